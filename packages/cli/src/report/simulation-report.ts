// How `baton simulate` prints a walk: the path, each step with its assignees and why they were
// chosen, the outcome and a count of effects.
import type { SimulationResult } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import type { Colours } from '../io.ts';
import type { Lang } from './file-problem.ts';

export function simulationText(result: SimulationResult, workflow: BatonWorkflowDefinition, lang: Lang, c: Colours): string {
  const names = new Map(workflow.nodes.map((n) => [n.id, n.name?.[lang] ?? n.name?.en ?? n.name?.['zh-CN']]));
  const out: string[] = [];
  if (result.path.length > 0) out.push(`${c.bold('path')}     ${result.path.join(' -> ')}`, '');
  for (const step of result.steps) {
    const name = names.get(step.node);
    out.push(`${c.bold(step.node)} ${c.dim(`(${step.type}${name ? `: ${name}` : ''})`)}`);
    for (const a of step.assignees) {
      out.push(`  ${a.user}  ${statusColour(a.status, c)}`);
      for (const why of a.explanation) out.push(c.dim(`    ${why}`));
    }
    for (const n of step.note ?? []) out.push(c.dim(`  note: ${n}`));
  }
  if (result.steps.length > 0) out.push('');
  const outcome = result.outcome ? ` (outcome ${result.outcome})` : '';
  out.push(`${c.bold('status')}   ${result.status}${outcome}`);
  if (result.refusal) out.push(`${c.bold('refused')}  ${result.refusal.code}: ${result.refusal.message[lang] ?? result.refusal.message.en}`);
  if (result.truncated) out.push(c.yellow('stopped: the flow kept going after the step limit (a loop?)'));
  const counts = new Map<string, number>();
  for (const e of result.effects) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const effects = [...counts].map(([type, n]) => (n > 1 ? `${type} x${n}` : type)).join(', ');
  out.push(`${c.bold('effects')}  ${effects || '(none)'}`);
  return out.join('\n') + '\n';
}

function statusColour(status: string, c: Colours): string {
  if (status === 'approved' || status === 'auto-approved') return c.green(status);
  if (status === 'rejected') return c.red(status);
  return c.yellow(status);
}
