// A push plan in words: one line per definition, then the plain-language diff of each change
// (renderDiff text), indented. Conflicts show both sides against the pulled base.
import { diffWorkflows, renderDiff, type BatonWorkflowDefinition } from '@baton/schema';
import type { Colours } from '../io.ts';
import type { Lang } from '../report/file-problem.ts';
import { sameDefinition } from './definition-file.ts';
import { differsOnlyInLayout, type PlanStep } from './push-plan.ts';

const INDENT = '    ';

function changes(from: BatonWorkflowDefinition, to: BatonWorkflowDefinition, lang: Lang): string[] {
  const list = diffWorkflows(from, to);
  if (list.length === 0) {
    if (sameDefinition(from, to)) return [lang === 'en' ? 'no changes' : '没有变更'];
    if (differsOnlyInLayout(from, to)) return [lang === 'en' ? 'only the layout (canvas positions) changed' : '仅布局（画布位置）有变化'];
    return [lang === 'en' ? 'changes the semantic diff does not name (compare the files with git diff)' : '语义差异未列出的变更（请用 git diff 比较文件）'];
  }
  return renderDiff(list, 'text', lang).split('\n');
}

function block(lines: readonly string[], indent = INDENT): string {
  return lines.map((l) => `${indent}${l}\n`).join('');
}

function where(file: string | undefined): string {
  return file === undefined ? '' : ` (${file})`;
}

export function renderPlanStep(step: PlanStep, lang: Lang, c: Colours): string {
  switch (step.action) {
    case 'create': {
      const nodes = step.body.nodes.length;
      let text = `${c.green('create')}       ${step.key}${where(step.file)}: a new definition, ${nodes} node${nodes === 1 ? '' : 's'}\n`;
      if (step.publish) text += `${c.green('publish')}      ${step.key} as version 1\n`;
      return text;
    }
    case 'update':
    case 'unchanged': {
      let text =
        step.action === 'update'
          ? `${c.yellow('update draft')} ${step.key}${where(step.file)}\n${block(changes(step.server.draft, step.body, lang))}`
          : `${c.dim('unchanged')}    ${step.key}${where(step.file)}\n`;
      if (step.publish) {
        const next = step.server.latestVersion + 1;
        text += `${c.green('publish')}      ${step.key} as version ${next}`;
        text += step.published ? ` (changes since version ${step.server.latestVersion}:)\n${block(changes(step.published, step.body, lang))}` : '\n';
      }
      return text;
    }
    case 'delete':
      return `${c.red('delete')}       ${step.key}: no file any more; ${step.server.status === 'active' && step.server.latestVersion > 0 ? 'deactivated (running requests finish) and ' : ''}moved to the recycle bin\n`;
    case 'refused':
      return `${c.red('refused')}      ${step.key}${where(step.file)}: ${step.message}\n`;
    case 'conflict':
      return renderConflict(step, lang, c);
  }
}

function renderConflict(step: Extract<PlanStep, { action: 'conflict' }>, lang: Lang, c: Colours): string {
  const head = `${c.red('conflict')}     ${step.key}${where(step.file)}: `;
  if (step.reason === 'never-pulled' || step.base === undefined) {
    return `${head}exists on the server but was never pulled here; run "baton pull ${step.key}" and apply your changes to the pulled file\n` +
      `${INDENT}the file differs from the server's draft:\n${block(step.body ? changes(step.server.draft, step.body, lang) : [], INDENT + '  ')}`;
  }
  let text = `${head}the server's draft changed since it was pulled\n`;
  text += `${INDENT}on the server, since the pull:\n${block(changes(step.base, step.server.draft, lang), INDENT + '  ')}`;
  if (step.body === undefined) text += `${INDENT}here: the file was removed (--prune would delete the server's newer draft)\n`;
  else text += `${INDENT}in the file, since the pull:\n${block(changes(step.base, step.body, lang), INDENT + '  ')}`;
  return text;
}
