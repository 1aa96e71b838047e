// Out-of-office delegation: a task for someone away goes to their delegate; a delegate who is
// also away (or unknown) falls through to the delegate's manager, who may be away in turn. Never
// loops: a person already visited ends the walk, and the task stays with the original assignee.
import type { Directory } from '../types/env.ts';

const MAX_HOPS = 20;

const PRESENT: readonly string[] = Object.freeze([]);

export function redirectAway(directory: Directory, user: string, at: string): { user: string; why: readonly string[] } {
  if (!directory.outOfOffice(user, at)) return { user, why: PRESENT };
  const why: string[] = [];
  const seen = new Set([user]);
  let cur = user;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const away = directory.outOfOffice(cur, at);
    if (!away) return { user: cur, why };
    const d = away.delegate;
    const until = away.until ? ` until ${away.until}` : '';
    const dUsable = usable(directory, d) && !seen.has(d);
    if (dUsable && !directory.outOfOffice(d, at)) {
      why.push(`${cur} is out of office${until} -> delegate ${d}`);
      return { user: d, why };
    }
    why.push(`${cur} is out of office${until}; delegate ${d} is ${dUsable ? 'also away' : 'unavailable'}`);
    const m = directory.manager(dUsable ? d : cur);
    if (!m || seen.has(m) || !usable(directory, m)) break;
    why.push(`falls through to manager ${m}`);
    seen.add(d);
    seen.add(m);
    cur = m;
  }
  why.push(`no available delegate: stays with ${user}`);
  return { user, why };
}

function usable(directory: Directory, user: string): boolean {
  const u = directory.user(user);
  return !!u && u.active !== false;
}
