import { resolveAssignees } from '../assignees/assignee-resolver.ts';
import { note, pass } from '../runtime/flow.ts';
import { resolveContext } from '../runtime/task-assignment.ts';
import type { NodeKind } from './node-kind.ts';

/** CC (抄送): the recipients become readers and are told; the flow does not wait. */
export function ccNodeKind(): NodeKind<'cc'> {
  return {
    type: 'cc',
    enter(run, node, token) {
      const res = resolveAssignees(resolveContext(run), node.assignees, node.id);
      const users = res.candidates.map((c) => c.user);
      note(run, ...res.notes, ...res.candidates.map((c) => `cc ${c.user}: ${c.why.join('; ')}`));
      if (users.length > 0) {
        const readers = new Set(run.s.readers ?? []);
        for (const u of users) readers.add(u);
        run.s.readers = [...readers];
        run.effect({ type: 'cc', to: users, node: node.id });
      } else note(run, 'nobody to copy');
      pass(run, node.id, token.scope);
    },
  };
}
