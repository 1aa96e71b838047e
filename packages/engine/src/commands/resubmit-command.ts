// resubmit (重新提交): the initiator sends a returned request on, with edits the start step
// allows. "resume" re-enters the steps that were open when it was returned (earlier approvals
// stand); "restart" starts again after the start node.
import { applyEdits, checkEdits } from '../forms/form-data.ts';
import { go } from '../runtime/flow.ts';
import type { Run } from '../runtime/run.ts';
import type { CommandOf } from '../types/command.ts';

export function resubmitCommand(run: Run, cmd: CommandOf<'resubmit'>): void {
  const s = run.s;
  if (run.actor !== s.initiator) return run.refuse('not-initiator');
  if (s.status !== 'returned') return run.refuse('not-returned', s.status);
  if (cmd.data !== undefined) {
    const edits = checkEdits(run, cmd.data, run.def.start?.fieldPermissions, 'edit');
    if (!edits.ok) return run.refuse(edits.code, edits.reason, `/data/${edits.key}`);
    applyEdits(run, edits);
  }
  const parked = s.parked ?? [];
  delete s.parked;
  s.status = 'running';
  const mode = run.def.settings.resubmit ?? 'resume';
  run.event('resubmitted', { actor: run.actor, detail: { mode } });
  if (mode === 'resume' && parked.length > 0) {
    for (const p of parked) go(run, p.node, p.scope);
    return;
  }
  delete s.forks;
  const start = run.def.start;
  const first = start ? run.def.outgoing.get(start.id)?.[0] : undefined;
  if (!first) return run.refuse('definition-broken', 'the start node leads nowhere');
  go(run, first.to, undefined);
}
