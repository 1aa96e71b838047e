// The semantic diff of @baton/schema, with its plain-language rendering in both languages.
import { diffWorkflows, renderDiff } from '@baton/schema';

export function diffDefinitions(before: unknown, after: unknown) {
  const changes = diffWorkflows(before, after);
  return {
    changes,
    text: { en: renderDiff(changes, 'text', 'en'), 'zh-CN': renderDiff(changes, 'text', 'zh-CN') },
  };
}
