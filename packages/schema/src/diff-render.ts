// Renders a list of changes as plain text (one line each) or Markdown for a pull-request comment
// (grouped under a heading per target type), in English or Chinese. No trailing newline.
import type { ChangeTargetType, WorkflowChange } from './diff.ts';
import type { Lang } from './diff-words.ts';

const GROUPS: ReadonlyArray<readonly [ChangeTargetType, string, string]> = [
  ['workflow', 'Workflow', '流程'],
  ['node', 'Steps', '节点'],
  ['edge', 'Branches and connections', '分支与连线'],
  ['field', 'Form', '表单'],
  ['variable', 'Variables', '变量'],
  ['settings', 'Settings', '设置'],
];

export function renderDiff(changes: readonly WorkflowChange[], format: 'text' | 'markdown', lang: Lang = 'en'): string {
  if (changes.length === 0) return lang === 'en' ? 'No changes.' : '没有变更。';
  if (format === 'text') return changes.map((c) => c.summary[lang]).join('\n');
  const lines: string[] = [];
  const count = changes.length;
  lines.push(lang === 'en' ? `### Workflow changes (${count})` : `### 流程变更（${count} 项）`);
  for (const [type, en, zh] of GROUPS) {
    const group = changes.filter((c) => c.target.type === type);
    if (group.length === 0) continue;
    lines.push('', `#### ${lang === 'en' ? en : zh}`, '');
    for (const c of group) lines.push(`- ${escapeMarkdown(c.summary[lang])}`);
  }
  return lines.join('\n');
}

// Summaries quote user text (names, conditions); keep it from turning into markup or HTML.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}
