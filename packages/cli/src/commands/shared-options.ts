// Options several verbs share, declared once so their help and checks read the same everywhere.
import { Option } from 'commander';
import { LANGS, type Lang } from '../report/file-problem.ts';

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of messages').choices([...LANGS]).default('en' satisfies Lang);
}
