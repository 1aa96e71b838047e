// urge (催办), comment (评论), ad-hoc cc (抄送): they change no step of the flow.
import type { Run } from '../runtime/run.ts';
import { isAdmin } from '../runtime/task-assignment.ts';
import { addDuration, timeOf } from '../time/duration.ts';
import type { CommandOf } from '../types/command.ts';
import type { Snapshot } from '../types/snapshot.ts';
import type { CompiledDefinition } from '../definition/compiled-definition.ts';
import { findTask, isParticipant, type Problem } from './task-guards.ts';

export const MAX_COMMENT = 5000;

/** The earliest time the initiator may urge again. */
export function nextUrgeAt(def: CompiledDefinition, s: Snapshot): string | undefined {
  if (!s.lastUrge) return undefined;
  return addDuration(s.lastUrge, def.settings.urgeInterval ?? 'PT1H');
}

export function urgeProblem(def: CompiledDefinition, s: Snapshot, actor: string, now: string): Problem | undefined {
  if (s.status !== 'running') return { code: 'not-running', detail: s.status };
  if (actor !== s.initiator) return { code: 'not-initiator' };
  const next = nextUrgeAt(def, s);
  if (next && timeOf(now) < timeOf(next)) return { code: 'urge-too-soon', detail: `next reminder from ${next}` };
  if (!s.tasks.some((t) => t.status === 'pending' && !t.hold)) return { code: 'action-not-allowed', detail: 'nobody is waiting to act' };
  return undefined;
}

export function urgeCommand(run: Run, cmd: CommandOf<'urge'>): void {
  const p = urgeProblem(run.def, run.s, run.actor, run.now);
  if (p) return run.refuse(p.code, p.detail);
  let tasks = run.s.tasks.filter((t) => t.status === 'pending' && !t.hold);
  if (cmd.taskId !== undefined) {
    const t = findTask(run.s, cmd.taskId);
    if (!t) return run.refuse('task-not-found', cmd.taskId);
    if (t.status !== 'pending') return run.refuse('already-decided', t.status);
    tasks = [t];
  }
  run.s.lastUrge = run.now;
  const to = [...new Set(tasks.map((t) => t.user))];
  const note = typeof cmd.comment === 'string' && cmd.comment.trim() !== '' ? cmd.comment.trim() : undefined;
  run.effect({ type: 'notify', to, reason: 'urge', by: run.actor, ...(tasks.length === 1 ? { task: tasks[0]!.id, node: tasks[0]!.node } : {}), ...(note ? { message: { en: note, 'zh-CN': note } } : {}) });
  run.event('urged', { actor: run.actor, detail: { to, ...(note ? { comment: note } : {}) } });
}

export function commentCommand(run: Run, cmd: CommandOf<'comment'>): void {
  const text = typeof cmd.text === 'string' ? cmd.text.trim() : '';
  if (text === '') return run.refuse('comment-empty', undefined, '/text');
  if (text.length > MAX_COMMENT) return run.refuse('comment-too-long', `at most ${MAX_COMMENT} characters`, '/text');
  if (!isParticipant(run.s, run.actor) && !isAdmin(run, run.actor)) return run.refuse('not-participant');
  if (cmd.taskId !== undefined && !findTask(run.s, cmd.taskId)) return run.refuse('task-not-found', cmd.taskId, '/taskId');
  const comment = { id: run.id('comment'), by: run.actor, at: run.now, text, ...(cmd.taskId !== undefined ? { task: cmd.taskId } : {}) };
  run.s.comments = [...(run.s.comments ?? []), comment];
  run.event('commented', { actor: run.actor, ...(cmd.taskId !== undefined ? { task: cmd.taskId } : {}), detail: { comment: comment.id } });
}

export function ccCommand(run: Run, cmd: CommandOf<'cc'>): void {
  if (!isParticipant(run.s, run.actor) && !isAdmin(run, run.actor)) return run.refuse('not-participant');
  const users = Array.isArray(cmd.users) ? cmd.users : [];
  if (users.length === 0) return run.refuse('users-required', undefined, '/users');
  for (let i = 0; i < users.length; i++) {
    const u = run.env.directory.user(String(users[i]));
    if (!u || u.active === false) return run.refuse('unknown-user', String(users[i]), `/users/${i}`);
  }
  const readers = new Set(run.s.readers ?? []);
  for (const u of users) readers.add(u);
  run.s.readers = [...readers];
  run.effect({ type: 'cc', to: [...new Set(users)], by: run.actor, ...(cmd.comment ? { comment: cmd.comment } : {}) });
  run.event('cc', { actor: run.actor, detail: { users } });
}
