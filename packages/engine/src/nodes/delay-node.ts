import { markEntry, note, pass } from '../runtime/flow.ts';
import { addDuration, notAfter } from '../time/duration.ts';
import type { NodeKind } from './node-kind.ts';

/** Delay / wait-until (延时): a timer; the flow goes on when it fires (or at once if already due). */
export function delayNodeKind(): NodeKind<'delay'> {
  return {
    type: 'delay',
    enter(run, node, token) {
      let due: string | undefined;
      if (node.duration) due = addDuration(run.now, node.duration);
      else if (node.until) {
        const value = run.s.data[node.until.field];
        const base = typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(Date.parse(value)).toISOString() : undefined;
        due = base && node.until.offset ? addDuration(base, node.until.offset) : base;
        if (!base) note(run, `field ${node.until.field} holds no date: not waiting`);
      }
      if (!due || notAfter(due, run.now)) return pass(run, node.id, token.scope);
      const act = run.activate(node.id, token.scope);
      markEntry(run, act);
      const timer = run.id('timer');
      run.putActivation({ ...act, timer });
      run.addTimer({ id: timer, due, kind: 'delay', act: act.id });
    },
    timerFired(run, node, act) {
      run.removeActivation(act.id);
      run.event('node-completed', { node: node.id });
      pass(run, node.id, act.scope);
    },
  };
}
