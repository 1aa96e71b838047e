// Issue 5 item 4: the inbox on 1,100,000 requests (1,000,000 archived, 100,000 live; the same
// cached dataset as the archive bench), tasks spread over the demo company. p95 of the to-do and
// started-by-me lists (GET /api/inbox/todo and /started, first page, in-process) for several
// users, from a manager with thousands of pending tasks to members with few. Goal: p95 < 20 ms.
import { benchApp, fmt, load, summary } from './bench-app.ts';
import { ARCHIVED, LIVE, benchDataset } from './archive-dataset.ts';

const GOAL_P95_MS = 20;
const USERS = ['li.na', 'wang.lei', 'sarah.chen', 'zhao.ming', 'tom.baker', 'chen.jing', 'he.jun', 'ma.chao'];
const ROUNDS = 25;

export async function run(): Promise<void> {
  const file = await benchDataset();
  const app = await benchApp(file, USERS);
  const views = ['todo', 'started'] as const;
  for (const v of views) for (const u of USERS) await app.get(u, `/api/inbox/${v}?limit=20`);
  const times: Record<(typeof views)[number], number[]> = { todo: [], started: [] };
  const perUser = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const u of USERS) {
      for (const v of views) {
        const res = await app.get(u, `/api/inbox/${v}?limit=20`);
        times[v].push(res.ms);
        perUser.set(`${v} ${u}`, [...(perUser.get(`${v} ${u}`) ?? []), res.ms]);
      }
    }
  }
  const counts = new Map<string, unknown>();
  for (const u of USERS) counts.set(u, (await app.get(u, '/api/inbox/counts')).body);
  await app.store.close();
  console.log(`inbox, ${(ARCHIVED + LIVE).toLocaleString('en')} requests (${ARCHIVED.toLocaleString('en')} archived), ${USERS.length} users x ${ROUNDS} rounds, load ${load()}`);
  for (const v of views) {
    const s = summary(times[v]);
    console.log(`  ${v.padEnd(8)} p50 ${fmt(s.p50)} ms  p95 ${fmt(s.p95)} ms  p99 ${fmt(s.p99)} ms  ratio p95 / ${GOAL_P95_MS} ms goal: ${(s.p95 / GOAL_P95_MS).toFixed(2)}`);
  }
  for (const [key, ms] of perUser) {
    const s = summary(ms);
    const [v, u] = key.split(' ') as [string, string];
    const c = counts.get(u) as Record<string, number>;
    console.log(`    ${key.padEnd(20)} p95 ${fmt(s.p95)} ms  (${v === 'todo' ? c.todo : c.started} items)`);
  }
}
