// The dataset of the archive and inbox benches: 1,000,000 archived requests (three years of
// them) plus 100,000 live ones (running with pending tasks, or finished and not yet archived),
// with tasks up each initiator's manager chain, some CC rows, and realistic, varied titles and
// form data (English words, company and product names, Chinese phrases). Written with prepared
// statements in big transactions, straight into a migrated SQLite file, and cached under the temp
// dir keyed by a hash of the schema and generator, so a re-run opens it in a second.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatonOrgDirectory } from '../../packages/schema/src/index.ts';
import { argon2idHasher, openSqliteStore, seedDemoOrg } from '../../packages/server/src/index.ts';
import { flattenText, indexTokens } from '../../packages/server/src/archive/archive-text.ts';

const requireFromServer = createRequire(new URL('../../packages/server/package.json', import.meta.url));
interface Statement { run(...args: unknown[]): unknown }
interface RawDb {
  prepare(sql: string): Statement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  pragma(text: string): unknown;
  exec(sql: string): void;
  close(): void;
}
const BetterSqlite3 = requireFromServer('better-sqlite3') as new (file: string) => RawDb;

export const ARCHIVED = Number(process.env.BATON_BENCH_ARCHIVED ?? 1_000_000);
export const LIVE = Number(process.env.BATON_BENCH_LIVE ?? 100_000);
const GENERATOR = 'archive-dataset-v1';
export const PASSWORD = 'bench-pass-1';
export const NOW = '2026-03-02T09:00:00.000Z';

const root = new URL('../../', import.meta.url);
export const ORG = JSON.parse(readFileSync(new URL('templates/demo-org.json', root), 'utf8')) as BatonOrgDirectory;

export const FLOWS = [
  ['discount-approval', 'sales'], ['contract-approval', 'sales'], ['quote-approval', 'sales'], ['refund-request', 'service'],
  ['order-change', 'operations'], ['expense-claim', 'finance'], ['purchase-request', 'finance'], ['campaign-budget', 'marketing'],
  ['leave-request', 'hr'], ['ticket-escalation', 'service'], ['lead-assignment', 'sales'], ['data-export', 'data'],
] as const;
export const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne', 'Soylent', 'Aperture', 'Vandelay', 'Pied Piper', 'Dunder', 'Monarch', 'Oscorp', 'Gringotts', 'Nakatomi', 'Virtucon',
  '华为', '阿里巴巴', '腾讯', '字节跳动', '美团', '京东', '小米', '比亚迪', '海尔', '联想', '中兴', '格力', '百度', '网易', '顺丰', '招商银行', '中国平安', '万科', '宁德时代', '蔚来'];
export const PRODUCTS = ['laptop', 'server', 'licence', 'subscription', 'printer', 'router', 'firewall', 'storage', 'monitor', 'headset', 'consulting', 'training', 'support', 'warranty', 'cloud', 'database', 'analytics', 'crm', 'erp', 'scanner',
  '服务器', '笔记本', '软件许可', '云服务', '打印机', '培训', '技术支持', '维保', '数据库', '显示器'];
export const PHRASES = ['合同续签', '价格调整', '年度框架协议', '紧急采购', '退款申请', '客户投诉', '项目延期', '预算超支', '渠道折扣', '批量订单', '付款条件变更', '发票更正', '备件更换', '新客户开户', '交付延迟', '质量问题', '促销活动', '差旅报销', '办公用品', '设备维修'];
const WORDS = ('annual renewal discount urgent quarterly rebate pilot migration upgrade expansion onboarding escalation review shipment invoice '
  + 'correction replacement backorder priority strategic partner channel regional enterprise premium standard bundle promotion clearance '
  + 'warehouse logistics delivery schedule milestone budget overrun approval exception compliance audit security privacy contract amendment '
  + 'termination extension volume tier loyalty referral campaign webinar conference sponsorship booth travel hotel flight meal equipment '
  + 'maintenance repair spare parts calibration inspection quality defect return exchange credit note payment terms net thirty sixty').split(' ');
export const CITIES = ['Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', 'Chengdu', 'Singapore', 'London', 'Berlin', 'Tokyo', 'Seattle', '上海', '北京', '深圳', '杭州', '成都'];
const STATUSES = ['approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'rejected', 'rejected', 'withdrawn'] as const;

/** A small seeded generator (mulberry32), so every run builds the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export const USERS = ORG.users.map((u) => u.id);
const MANAGER = new Map(ORG.users.map((u) => [u.id, u.manager ?? null] as const));

function dataFor(r: () => number) {
  const company = pick(r, COMPANIES);
  const product = pick(r, PRODUCTS);
  const words = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(r, WORDS));
  const data: Record<string, unknown> = {
    customer: `${company} ${r() < 0.5 ? 'Ltd' : '有限公司'}`,
    product,
    amount: Math.round(r() * 500_000) / 100,
    city: pick(r, CITIES),
    reason: `${words.join(' ')} ${r() < 0.6 ? pick(r, PHRASES) : ''}`.trim(),
  };
  if (r() < 0.3) data.lines = [{ item: pick(r, PRODUCTS), qty: 1 + Math.floor(r() * 50) }, { item: pick(r, PRODUCTS), qty: 1 + Math.floor(r() * 50) }];
  return { data, title: `${company} · ${product} · ${words[0]}` };
}

// Keyed by what shapes the archive data; other engineers' migrations are applied to the cached
// file when it is opened (and a file that cannot be migrated is generated again).
const schemaHash = () => createHash('sha256')
  .update(GENERATOR + ARCHIVED + ':' + LIVE)
  .update(readFileSync(new URL('packages/server/src/archive/archive-migration.ts', root)))
  .update(readFileSync(new URL('packages/server/src/archive/archive-text.ts', root)))
  .digest('hex').slice(0, 12);

/** Who may find each archived request, as the archive writer records it: initiator, task assignees, CC'd. */
export function writeViewers(raw: { exec(sql: string): void }): void {
  raw.exec(`INSERT OR IGNORE INTO archive_viewers (user_id, entry_id)
    SELECT initiator, id FROM archive_entries
    UNION SELECT t.assignee, e.id FROM archive_entries e JOIN tasks t ON t.instance_id = e.instance_id
    UNION SELECT c.user_id, e.id FROM archive_entries e JOIN cc c ON c.instance_id = e.instance_id`);
}

/** The cached dataset's file, generated first when missing. */
export async function benchDataset(log: (s: string) => void = console.log): Promise<string> {
  const dir = join(tmpdir(), `baton-bench-archive-${schemaHash()}`);
  const file = join(dir, 'baton.sqlite');
  if (existsSync(join(dir, 'done'))) {
    try {
      await (await openSqliteStore({ file })).close();
      return file;
    } catch (e) {
      log(`  cached dataset cannot be migrated (${String(e).slice(0, 200)}): generating it again`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const partial = join(dir, 'partial.sqlite');
  const store = await openSqliteStore({ file: partial });
  await seedDemoOrg(store, ORG, argon2idHasher({ memoryCost: 1024, timeCost: 1 }), NOW, PASSWORD);
  await store.close();

  const raw = new BetterSqlite3(partial);
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -262144');
  const insInstance = raw.prepare('INSERT INTO instances (id, definition_key, version, status, initiator, title, snapshot, revision, search, created_at, updated_at, finished_at, archived_at) VALUES (?,?,1,?,?,?,?,3,?,?,?,?,?)');
  const insEntry = raw.prepare('INSERT INTO archive_entries (id, instance_id, definition_key, category, status, initiator, title, created_at, finished_at, archived_at) VALUES (?,?,?,?,?,?,?,?,?,?)');
  const insFts = raw.prepare('INSERT INTO archive_fts (rowid, body) VALUES (?, ?)');
  const insTask = raw.prepare('INSERT INTO tasks (id, instance_id, definition_key, node_id, assignee, status, created_at, completed_at) VALUES (?,?,?,?,?,?,?,?)');
  const insCc = raw.prepare('INSERT INTO cc (instance_id, user_id, node_id, created_at) VALUES (?,?,?,?)');
  const r = prng(20260302);
  const total = ARCHIVED + LIVE;
  const start = Date.parse('2023-03-01T00:00:00Z');
  const archivedSpan = Date.parse('2026-01-01T00:00:00Z') - start;
  const liveStart = Date.parse('2026-01-01T00:00:00Z');
  const liveSpan = Date.parse(NOW) - liveStart;
  const iso = (t: number) => new Date(t).toISOString();

  const batch = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const archived = i < ARCHIVED;
      const id = `ins_${i.toString(36).padStart(8, '0')}`;
      const [key, category] = pick(r, FLOWS);
      const initiator = pick(r, USERS);
      const { data, title } = dataFor(r);
      const created = archived ? start + (i / ARCHIVED) * archivedSpan : liveStart + ((i - ARCHIVED) / LIVE) * liveSpan;
      const running = !archived && r() < 0.5;
      const status = running ? 'running' : pick(r, STATUSES);
      const finished = running ? null : created + (1 + r() * 9) * 86_400_000;
      const archivedAt = archived ? finished! + 30 * 86_400_000 : null;
      const snapshot = JSON.stringify({ id, status, initiator, title, data });
      insInstance.run(id, key, status, initiator, title, snapshot, flattenText(title, data).toLowerCase().slice(0, 4000), iso(created), iso(finished ?? created), finished ? iso(finished) : null, archivedAt ? iso(archivedAt) : null);
      // Tasks up the manager chain (one or two levels); the last one pending while running.
      let assignee = MANAGER.get(initiator) ?? 'admin';
      const levels = 1 + (r() < 0.4 ? 1 : 0);
      for (let level = 0; level < levels; level++) {
        const last = level === levels - 1;
        const taskCreated = created + level * 3_600_000;
        const pending = running && last;
        insTask.run(`tsk_${id}_${level}`, id, key, `level-${level + 1}`, assignee, pending ? 'pending' : status === 'rejected' && last ? 'rejected' : 'approved', iso(taskCreated), pending ? null : iso(taskCreated + 1_800_000));
        assignee = MANAGER.get(assignee) ?? assignee;
      }
      if (r() < 0.05) insCc.run(id, pick(r, USERS), 'cc', iso(created));
      if (archived) {
        insEntry.run(i + 1, id, key, category, status, initiator, title, iso(created), iso(finished!), iso(archivedAt!));
        insFts.run(i + 1, indexTokens(flattenText(`${title} ${key}`, data)).join(' '));
      }
    }
  });
  const step = 50_000;
  for (let i = 0; i < total; i += step) {
    batch(i, Math.min(total, i + step));
    if ((i / step) % 4 === 3) log(`  generated ${i + step} / ${total} requests (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  log('  writing archive viewers');
  writeViewers(raw);
  raw.exec("INSERT INTO archive_fts(archive_fts) VALUES('optimize')");
  raw.exec('ANALYZE');
  raw.pragma('journal_mode = WAL');
  raw.close();
  renameSync(partial, file);
  writeFileSync(join(dir, 'done'), new Date().toISOString());
  log(`  dataset generated in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${file}`);
  return file;
}
