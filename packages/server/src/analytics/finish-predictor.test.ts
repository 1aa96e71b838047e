// The per-node fallback of the predicted finish on branching flows, against a real SQLite store:
// an exclusive branch follows its default edge, a parallel fork waits for its slowest branch, a
// node short of samples makes the answer unknown, and only running requests get one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@baton/engine';
import type { BatonWorkflowDefinition } from '@baton/schema';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { predictFinish } from './finish-predictor.ts';

const H = 3_600_000;
const T = Date.parse('2026-04-01T08:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const node = (id: string, type: string) => ({ id, type }) as BatonWorkflowDefinition['nodes'][number];

const branching = {
  key: 'branching',
  nodes: [node('start', 'start'), node('intake', 'approval'), node('check', 'exclusive'), node('big', 'approval'), node('small', 'approval'), node('end', 'end')],
  edges: [
    { from: 'start', to: 'intake' }, { from: 'intake', to: 'check' },
    { from: 'check', to: 'big', condition: 'amount > 100', priority: 1 }, { from: 'check', to: 'small', default: true },
    { from: 'big', to: 'end' }, { from: 'small', to: 'end' },
  ],
} as unknown as BatonWorkflowDefinition;

const forked = {
  key: 'forked',
  nodes: [node('start', 'start'), node('a', 'approval'), node('fork', 'parallel'), node('b1', 'approval'), node('b2', 'handler'), node('join', 'join'), node('end', 'end')],
  edges: [{ from: 'start', to: 'a' }, { from: 'a', to: 'fork' }, { from: 'fork', to: 'b1' }, { from: 'fork', to: 'b2' }, { from: 'b1', to: 'join' }, { from: 'b2', to: 'join' }, { from: 'join', to: 'end' }],
} as unknown as BatonWorkflowDefinition;

function waitingAt(key: string, nodeId: string, status = 'running'): Snapshot {
  return {
    id: `${key}-open`, status, initiator: 'li.na',
    tasks: [{ id: 't-open', node: nodeId, act: 'a1', user: 'wang.lei', status: 'pending', created: iso(T), why: [] }],
    history: [{ node: 'start', at: iso(T) }, { node: nodeId, at: iso(T) }],
  } as unknown as Snapshot;
}

describe('predicted finish from per-node medians', () => {
  let dir: string;
  let store: Store;
  let seq = 0;
  /** Five past decisions at `nodeId` taking `hours` each, on requests still running (so "history" has nothing). */
  async function decisions(key: string, nodeId: string, hours: number, count = 5, status = 'approved') {
    for (let i = 0; i < count; i++) {
      const id = `${key}-${++seq}`;
      const created = T - 100 * H + seq * H;
      await store.db.insertInto('instances').values({ id, definition_key: key, version: 1, status: 'running', initiator: 'li.na', title: '', snapshot: '{}', revision: 1, search: '', created_at: iso(created), updated_at: iso(created), finished_at: null }).execute();
      await store.db.insertInto('tasks').values({ id: `${id}-t`, instance_id: id, definition_key: key, node_id: nodeId, assignee: 'wang.lei', status, created_at: iso(created), completed_at: iso(created + hours * H) }).execute();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-predictor-'));
    store = await openSqliteStore({ file: join(dir, 'p.sqlite') });
    await decisions('branching', 'intake', 1);
    await decisions('branching', 'small', 2);
    await decisions('branching', 'big', 10);
    await decisions('forked', 'a', 1);
    await decisions('forked', 'b1', 2);
    await decisions('forked', 'b2', 5, 5, 'completed'); // a handler task completes, it does not approve
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows the default edge of an exclusive branch', async () => {
    expect(await predictFinish(store.db, 'branching', branching, waitingAt('branching', 'intake'), T)).toEqual({ at: iso(T + 3 * H), basis: { samples: 5, method: 'node-medians' } });
  });

  it('waits for the slowest branch of a parallel fork', async () => {
    expect(await predictFinish(store.db, 'forked', forked, waitingAt('forked', 'a'), T)).toEqual({ at: iso(T + 6 * H), basis: { samples: 5, method: 'node-medians' } });
    // Already at a branch: only the rest of the path counts.
    expect(await predictFinish(store.db, 'forked', forked, waitingAt('forked', 'b1'), T)).toEqual({ at: iso(T + 2 * H), basis: { samples: 5, method: 'node-medians' } });
  });

  it('never predicts the past, is unknown when a node on the path has fewer than five samples, and only for running requests', async () => {
    expect((await predictFinish(store.db, 'branching', branching, waitingAt('branching', 'intake'), T + 8 * H))?.at).toBe(iso(T + 8 * H));
    await decisions('thin', 'intake', 1);
    await decisions('thin', 'small', 2, 4);
    const thin = { ...branching, key: 'thin' } as BatonWorkflowDefinition;
    expect(await predictFinish(store.db, 'thin', thin, waitingAt('thin', 'intake'), T)).toBeNull();
    expect(await predictFinish(store.db, 'branching', branching, waitingAt('branching', 'intake', 'returned'), T)).toBeNull();
    expect(await predictFinish(store.db, 'branching', branching, { ...waitingAt('branching', 'intake'), tasks: [] } as Snapshot, T)).toBeNull();
  });
});
