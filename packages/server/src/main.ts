// `pnpm start`: the server on the embedded SQLite (or DATABASE_URL), seeded on first run with the
// demo company and the repo's templates; serves the web build when it exists.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { BatonOrgDirectory } from '@baton/schema';
import { createApp } from './app.ts';
import { argon2idHasher } from './auth/passwords.ts';
import { loadConfig } from './config.ts';
import { jsonLogger, randomIds, systemClock } from './deps.ts';
import { DEMO_PASSWORD, seedDemoOrg } from './seed/demo-seed.ts';
import { seedTemplates } from './seed/template-seed.ts';
import { recordTypeFiles, seedDemoRecords, seedRecordTypes } from './records/record-type-seed.ts';
import { listen } from './serve.ts';
import { fireDueTimers } from './runtime/timer-runner.ts';
import { createScheduleRunner } from './schedules/schedule-runner.ts';
import { isTimeZone } from '@baton/schema';
import { createArchiveJob } from './archive/archive-job.ts';
import { sweepOrphanAttachments } from './attachments/orphan-sweeper.ts';
import { createAppOutboxWorker } from './outbox/app-outbox.ts';
import { allowListFromEnv, outboundPolicy } from './effects/ssrf-guard.ts';
import { openStoreFromEnv } from './store/open-store.ts';
import { mailSettingsFromEnv } from './notifications/mail-settings.ts';
import { createSmtpMailer } from './notifications/smtp-mailer.ts';
import { intervalFromEnv, startRepeatingJob } from './repeating-job.ts';

const repoRoot = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const cfg = loadConfig(process.env, process.cwd());
if (!cfg.ok) {
  console.error(`baton: ${cfg.error}`);
  process.exit(2);
}
const config = cfg.config;
const mail = mailSettingsFromEnv(process.env);
if (!mail.ok) {
  console.error(`baton: ${mail.error}`);
  process.exit(2);
}
// The zone of schedule triggers that name none (docs/server.md, Schedules); never the process's TZ.
const scheduleTimezone = process.env.BATON_SCHEDULE_TIMEZONE || undefined;
if (scheduleTimezone !== undefined && !isTimeZone(scheduleTimezone)) {
  console.error(`baton: BATON_SCHEDULE_TIMEZONE must be an IANA time zone such as Asia/Shanghai or UTC, not "${scheduleTimezone}"`);
  process.exit(2);
}
const store = await openStoreFromEnv({ ...process.env, BATON_DATA_DIR: config.dataDir });
const hasher = argon2idHasher();
const now = new Date().toISOString();
const org = JSON.parse(readFileSync(join(repoRoot, 'templates/demo-org.json'), 'utf8')) as BatonOrgDirectory;
const seeded = await seedDemoOrg(store, org, hasher, now);
const templates = seeded.seeded ? await seedTemplates(store, join(repoRoot, 'templates'), now) : undefined;
// Record types missing from the store (defaults and templates' record-types/); demo rows only on a
// store seeded just now (an upgraded company's store gets the types, never demo customers).
await seedRecordTypes(store, recordTypeFiles(join(repoRoot, 'templates')), now);
if (seeded.seeded) await seedDemoRecords(store, now);

const logger = jsonLogger();
const { app, ctx } = createApp({ store, clock: systemClock, ids: randomIds, secrets: { sessionKey: config.secret }, logger, hasher, ...(scheduleTimezone ? { options: { scheduleTimezone } } : {}) });
const webRoot = join(repoRoot, 'packages/web/dist');
if (existsSync(join(webRoot, 'index.html'))) {
  // Files of the build, then index.html for the app's own routes; /api stays the API's (its
  // unknown paths keep answering the JSON 404).
  const files = serveStatic({ root: webRoot });
  const index = serveStatic({ path: join(webRoot, 'index.html') });
  app.use('/*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  app.get('/*', (c, next) => (c.req.path.startsWith('/api/') ? next() : index(c, next)));
} else {
  app.get('/', (c) => c.redirect('/api/docs'));
}
const running = await listen(app, config.port, config.host);
const shown = config.host === '0.0.0.0' ? `http://localhost:${running.port}` : running.url;

console.log(`\nBaton is running at ${shown}`);
console.log(`  API reference: ${shown}/api/docs   health: ${shown}/api/health`);
console.log(`  store: ${store.dialect === 'sqlite' ? join(config.dataDir, 'baton.sqlite') : 'PostgreSQL (DATABASE_URL)'}`);
if (seeded.seeded) {
  console.log(`  first run: seeded the demo company (${org.users.length + 1} users)${templates ? `, installed ${templates.installed.join(', ') || 'no templates'}` : ''}`);
  for (const s of templates?.skipped ?? []) console.log(`  template ${s.key} not installed: ${s.reason}`);
}
console.log(`  demo logins (password "${DEMO_PASSWORD}"): admin (admin), gao.feng (admin), xu.ting (designer), li.na, wang.lei, sarah.chen, chen.jing (members)`);
if (config.secretSource === 'generated') console.log(`  generated a session secret in ${join(config.dataDir, 'session-secret')}`);

// Due timers (timeouts, delays) fire every few seconds; several processes may do this at once.
// BATON_TIMER_INTERVAL_MS changes the pace (the scale-out suite uses 200 ms); one run at a time.
const jobs = [startRepeatingJob('timer run', intervalFromEnv(process.env.BATON_TIMER_INTERVAL_MS, 5000, 100), () => fireDueTimers(ctx), logger)];

// Cron-scheduled triggers (record types' "schedule" triggers), read in each trigger's own zone or
// ctx.options.scheduleTimezone (BATON_SCHEDULE_TIMEZONE), never the process's TZ; a row keeps the
// zone it was given (a differing default is warned once, not applied);
// several processes may run this at once (a conditional claim per due time). BATON_SCHEDULE_INTERVAL_MS.
const schedules = createScheduleRunner(ctx);
jobs.push(startRepeatingJob('schedule run', intervalFromEnv(process.env.BATON_SCHEDULE_INTERVAL_MS, 30_000, 100), () => schedules.run(), logger));

// Outbox effects (webhooks, HTTP request nodes) every second; several processes may do this at
// once (leases; SKIP LOCKED on PostgreSQL). BATON_OUTBOUND_ALLOW opens special addresses explicitly.
const outbox = createAppOutboxWorker(ctx, {
  policy: outboundPolicy({ allow: allowListFromEnv(process.env) }),
  worker: { leaseMs: intervalFromEnv(process.env.BATON_OUTBOX_LEASE_MS, 60_000, 1000) },
  // Email notices over SMTP when BATON_SMTP_URL is set (BATON_MAIL_FROM, BATON_PUBLIC_URL for links).
  ...(mail.settings.smtp ? { mailer: createSmtpMailer(mail.settings.smtp) } : { mailDisabledReason: mail.settings.disabledReason ?? 'email is off' }),
  ...(mail.settings.publicUrl ? { publicUrl: mail.settings.publicUrl } : {}),
});
console.log(`  email: ${mail.settings.smtp ? `over ${new URL(mail.settings.smtp.url).host} from ${mail.settings.smtp.from}` : `off (${mail.settings.disabledReason})`}`);
jobs.push(startRepeatingJob('outbox run', 1000, () => outbox.drain(10), logger));

// Archive policy and retention (settings.archive) every minute; several processes may do this at
// once (SKIP LOCKED on PostgreSQL, conditional writes). BATON_ARCHIVE_INTERVAL_MS changes the pace.
const archiveJob = createArchiveJob(ctx);
jobs.push(startRepeatingJob('archive run', intervalFromEnv(process.env.BATON_ARCHIVE_INTERVAL_MS, 60_000, 1000), () => archiveJob.run(), logger));

// Uploads nothing holds, older than attachmentOrphanHours, marked, and deleted by a sweep at least
// attachmentSweepMarginMinutes later, every ten minutes; several processes may do this at once
// (SKIP LOCKED, the DELETE re-checks). BATON_ATTACHMENT_SWEEP_INTERVAL_MS.
jobs.push(startRepeatingJob('attachment sweep', intervalFromEnv(process.env.BATON_ATTACHMENT_SWEEP_INTERVAL_MS, 600_000, 1000), () => sweepOrphanAttachments(ctx, { actor: 'system' }), logger));

const stop = async () => {
  for (const job of jobs) job.stop();
  await running.close();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
