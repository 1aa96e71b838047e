// The plain-language change summary shown before publishing: the schema package's
// diffWorkflows rendered by renderDiff, one line per change, in the UI language.
import { diffWorkflows, renderDiff, type BatonWorkflowDefinition } from '@baton/schema';

/** Lines describing what changes from `before` (null: never published) to `after`; [] when nothing does. */
export function changeSummary(before: BatonWorkflowDefinition | null, after: BatonWorkflowDefinition, locale: 'en' | 'zh-CN'): string[] {
  if (!before) {
    return [
      locale === 'en'
        ? `First version of “${after.name.en ?? after.key}”: ${after.nodes.length} steps, ${after.form.fields.length} form fields.`
        : `首次发布「${after.name['zh-CN'] ?? after.key}」：共 ${after.nodes.length} 个节点、${after.form.fields.length} 个表单字段。`,
    ];
  }
  const changes = diffWorkflows(before, after);
  return changes.length === 0 ? [] : renderDiff(changes, 'text', locale).split('\n');
}
