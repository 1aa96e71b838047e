// Issue 7 item 5: archive search on 1,000,000 archived requests (SQLite file, generated once and
// cached: archive-dataset.ts). 200 varied queries through GET /api/archive (in-process): keywords
// in English and Chinese, one and several terms, common and rare, with and without filters, as an
// admin and as members (visibility), filters alone, and second pages. Prints p50 / p95 / p99 and
// the ratio of p95 to the 50 ms goal, overall and per kind.
import { benchApp, fmt, load, summary } from './bench-app.ts';
import { ARCHIVED, CITIES, COMPANIES, FLOWS, PHRASES, PRODUCTS, benchDataset, prng } from './archive-dataset.ts';

const GOAL_P95_MS = 50;
const QUERIES = 200;
const MEMBERS = ['li.na', 'wang.lei', 'sarah.chen', 'zhao.ming', 'chen.jing', 'he.jun'];

type Kind = 'keyword' | 'keyword-zh' | 'two-terms' | 'keyword+filters' | 'filters-only' | 'member-keyword' | 'member-browse' | 'next-page';

function queries(): Array<{ kind: Kind; user: string; qs: string }> {
  const r = prng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const enc = (o: Record<string, string>) => new URLSearchParams(o).toString();
  const year = () => String(2023 + Math.floor(r() * 3));
  const kinds: Kind[] = ['keyword', 'keyword-zh', 'two-terms', 'keyword+filters', 'filters-only', 'member-keyword', 'member-browse', 'next-page'];
  const out: Array<{ kind: Kind; user: string; qs: string }> = [];
  for (let i = 0; i < QUERIES; i++) {
    const kind = kinds[i % kinds.length]!;
    const company = pick(COMPANIES).split(' ')[0]!.toLowerCase();
    switch (kind) {
      case 'keyword': out.push({ kind, user: 'admin', qs: enc({ q: r() < 0.5 ? company : pick(PRODUCTS) }) }); break;
      case 'keyword-zh': out.push({ kind, user: 'admin', qs: enc({ q: r() < 0.5 ? pick(PHRASES) : pick(PHRASES).slice(0, 2) }) }); break;
      case 'two-terms': out.push({ kind, user: 'admin', qs: enc({ q: `${company} ${r() < 0.5 ? pick(PRODUCTS) : pick(CITIES)}` }) }); break;
      case 'keyword+filters': out.push({ kind, user: 'admin', qs: enc({ q: r() < 0.5 ? company : pick(PHRASES), definition: pick(FLOWS)[0], status: r() < 0.5 ? 'approved' : 'rejected', from: `${year()}-01-01` }) }); break;
      case 'filters-only': {
        const y = year();
        out.push({ kind, user: 'admin', qs: enc(r() < 0.5 ? { definition: pick(FLOWS)[0], from: `${y}-03-01`, to: `${y}-06-01` } : { category: pick(FLOWS)[1], status: 'withdrawn', initiator: pick(MEMBERS) }) });
        break;
      }
      case 'member-keyword': out.push({ kind, user: pick(MEMBERS), qs: enc({ q: r() < 0.5 ? company : pick(PHRASES) }) }); break;
      case 'member-browse': out.push({ kind, user: pick(MEMBERS), qs: enc(r() < 0.5 ? {} : { definition: pick(FLOWS)[0] }) }); break;
      case 'next-page': out.push({ kind, user: r() < 0.5 ? 'admin' : pick(MEMBERS), qs: enc({ q: pick(PRODUCTS) }) }); break;
    }
  }
  return out;
}

export async function run(): Promise<void> {
  const file = await benchDataset();
  const app = await benchApp(file, ['admin', ...MEMBERS]);
  const list = queries();
  // Warm the page cache and the statement cache as a running server would be.
  for (const q of list.slice(0, 40)) await app.get(q.user, `/api/archive?${q.qs}`);
  const times: number[] = [];
  const byKind = new Map<Kind, number[]>();
  let hits = 0;
  for (const q of list) {
    let ms: number;
    if (q.kind === 'next-page') {
      const first = await app.get(q.user, `/api/archive?${q.qs}`);
      const cursor = first.body.nextCursor as string | null;
      const second = await app.get(q.user, `/api/archive?${q.qs}${cursor ? `&cursor=${cursor}` : ''}`);
      ms = second.ms;
      hits += second.body.items.length;
    } else {
      const res = await app.get(q.user, `/api/archive?${q.qs}`);
      ms = res.ms;
      hits += res.body.items.length;
    }
    times.push(ms);
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
  }
  await app.store.close();
  const all = summary(times);
  console.log(`archive search, ${ARCHIVED.toLocaleString('en')} archived requests, ${list.length} queries (${hits} rows returned), load ${load()}`);
  console.log(`  all:            p50 ${fmt(all.p50)} ms  p95 ${fmt(all.p95)} ms  p99 ${fmt(all.p99)} ms  max ${fmt(all.max)} ms`);
  for (const [kind, ms] of byKind) {
    const s = summary(ms);
    console.log(`  ${kind.padEnd(16)}p50 ${fmt(s.p50)} ms  p95 ${fmt(s.p95)} ms  (n ${s.n})`);
  }
  console.log(`  ratio p95 / ${GOAL_P95_MS} ms goal: ${(all.p95 / GOAL_P95_MS).toFixed(2)} (<= 1 meets it)`);
}
