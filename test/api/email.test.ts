// Email over real SMTP on SQLite and PostgreSQL: a loopback `smtp-server` sink receives what the
// outbox worker sends through nodemailer, read back with `mailparser`. Task notices and an
// automation email node in the recipient's language, the request link, HTML escaping, a 451
// answer retried into exactly one mail, a 550 answer dead-lettered, a dead sink retried.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppOutboxWorker } from '../../packages/server/src/index.ts';
import type { OutboxWorker } from '../../packages/server/src/index.ts';
import { createSmtpMailer } from '../../packages/server/src/notifications/smtp-mailer.ts';
import type { Mailer } from '../../packages/server/src/notifications/smtp-mailer.ts';
import { DIALECTS, startTestServer, usePgCluster } from './harness.ts';
import type { TestServer } from './harness.ts';

interface Sink {
  port: number;
  received: ParsedMail[];
  /** SMTP codes to answer MAIL FROM with, in turn (then accept). */
  refuse: number[];
  close(): Promise<void>;
}

async function startSink(): Promise<Sink> {
  const received: ParsedMail[] = [];
  const refuse: number[] = [];
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    onMailFrom(_address, _session, callback) {
      const code = refuse.shift();
      if (code === undefined) return callback();
      return callback(Object.assign(new Error(code < 500 ? 'Try again later' : 'Mailbox unavailable'), { responseCode: code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, refuse, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const PUBLIC = 'https://baton.example.test';
const flow = (key: string, notifications?: Record<string, unknown>) => ({
  key,
  name: { en: 'Mail & <flow>', 'zh-CN': '邮件 & <流程>' },
  form: { fields: [{ key: 'amount', type: 'money', label: { en: 'Amount' }, required: true }, { key: 'reason', type: 'text', label: { en: 'Reason' } }] },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'mail', type: 'automation', name: { en: 'Tell the initiator', 'zh-CN': '通知发起人' },
      action: { type: 'email', to: [{ type: 'initiator' }], subject: { en: 'Received: {{amount}}', 'zh-CN': '已收到：{{amount}}' }, body: { en: 'Your reason: {{reason}}\n\nThanks.', 'zh-CN': '您的理由：{{reason}}\n\n谢谢。' } },
    },
    { id: 'review', type: 'approval', name: { en: 'Review', 'zh-CN': '审核' }, assignees: [{ type: 'users', users: ['wang.lei'] }] },
    { id: 'end', type: 'end' },
  ],
  edges: [{ from: 'start', to: 'mail' }, { from: 'mail', to: 'review' }, { from: 'review', to: 'end' }],
  settings: { ...(notifications ? { notifications } : {}) },
});

const cluster = usePgCluster();
let sink: Sink;
beforeAll(async () => {
  sink = await startSink();
});
afterAll(() => sink.close());

for (const dialect of DIALECTS) {
  describe(`email on ${dialect}`, () => {
    let s: TestServer;
    let mailer: Mailer;
    let worker: OutboxWorker;
    const tok: Record<string, string> = {};
    const start = async (key: string, reason: string) => {
      const r = await s.call('POST', '/api/instances', { token: tok['li.na'], body: { definition: key, data: { amount: 42, reason } } });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const mailsTo = (addr: string, id: string) => sink.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === addr && String(m.text).includes(id));
    const mailRows = (id: string) => s.store.db.selectFrom('outbox').selectAll().where('instance_id', '=', id).where('kind', '=', 'mail').execute();

    beforeAll(async () => {
      s = await startTestServer(dialect, cluster.pg);
      mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${sink.port}`, from: 'Baton <baton@northwind.test>', timeoutMs: 5000 });
      worker = createAppOutboxWorker(s.baton.ctx, { mailer, publicUrl: PUBLIC + '/', worker: { maxAttempts: 3, backoff: { baseMs: 1000, capMs: 60_000 }, random: () => 1 } });
      for (const u of ['li.na', 'wang.lei', 'xu.ting']) tok[u] = await s.token(u);
      for (const [key, n] of [['mail-flow', undefined], ['mail-inapp', { channels: ['in-app'] }]] as const) {
        const made = await s.call('POST', '/api/definitions', { token: tok['xu.ting'], body: flow(key, n) });
        expect(made.status, JSON.stringify(made.body)).toBe(201);
        expect((await s.call('POST', `/api/definitions/${key}/publish`, { token: tok['xu.ting'] })).status).toBe(201);
      }
    }, 60_000);
    afterAll(async () => {
      mailer?.close();
      await s?.close();
    });
    beforeEach(() => {
      sink.refuse.length = 0;
    });

    it('mails the task and the automation email in each recipient\'s language, with the link, escaped', async () => {
      expect((await s.call('PUT', '/api/notifications/settings', { token: tok['li.na'], body: { locale: 'en' } })).status).toBe(200);
      const id = await start('mail-flow', '<b>Dinner</b> & "drinks"');
      expect(await worker.drain()).toMatchObject({ dead: 0, retried: 0 });
      const link = `${PUBLIC}/workspace/requests/${id}`;

      // wang.lei never chose a language: zh-CN.
      const [task] = mailsTo('wang.lei@example.com', id);
      expect(task).toBeDefined();
      expect(task!.subject).toBe('待办：邮件 & <流程> · 李娜');
      expect(task!.text).toContain(link);
      expect(task!.text).toContain('审核');
      expect(task!.from?.text).toContain('baton@northwind.test');
      expect(task!.html).toContain('邮件 &amp; &lt;流程&gt;');
      expect(task!.html).not.toContain('<流程>');
      expect(task!.html).toContain(`href="${link}"`);
      expect(task!.messageId).toMatch(/^<mail_[0-9a-f]+@baton\.local>$/);

      // li.na chose English: the automation node's email, placeholders filled, body escaped.
      const [auto] = mailsTo('li.na@example.com', id);
      expect(auto).toBeDefined();
      expect(auto!.subject).toBe('Received: 42');
      expect(auto!.text).toContain('Your reason: <b>Dinner</b> & "drinks"');
      expect(auto!.text).toContain('Open the request: ' + link);
      expect(auto!.html).toContain('Your reason: &lt;b&gt;Dinner&lt;/b&gt;');
      expect(auto!.html).not.toContain('<b>Dinner');
      expect(sink.received.filter((m) => String(m.text).includes(id))).toHaveLength(2);

      // A replayed source row queues nothing new and sends nothing again.
      await s.store.db.updateTable('outbox').set({ status: 'pending' }).where('instance_id', '=', id).where('kind', 'in', ['task-created', 'email']).execute();
      await worker.drain();
      expect(sink.received.filter((m) => String(m.text).includes(id))).toHaveLength(2);
      expect(await mailRows(id)).toHaveLength(2);
    });

    it('skips recipients without an email address or no longer active; their in-app notice stays', async () => {
      const id = await start('mail-flow', 'bus');
      await worker.drain();
      // admin has no address; chen.jing is deactivated after being copied.
      const cc = await s.call('POST', `/api/instances/${id}/cc`, { token: tok['li.na'], body: { users: ['admin', 'chen.jing', 'sarah.chen'] } });
      expect(cc.status).toBe(200);
      await s.store.db.updateTable('users').set({ active: 0 }).where('id', '=', 'chen.jing').execute();
      try {
        await worker.drain();
      } finally {
        await s.store.db.updateTable('users').set({ active: 1 }).where('id', '=', 'chen.jing').execute();
      }
      const to = (await mailRows(id)).map((r) => JSON.parse(r.payload).to as string).sort();
      expect(to).toEqual(['li.na@example.com', 'sarah.chen@example.com', 'wang.lei@example.com']);
      const adminNotes = (await s.call('GET', '/api/notifications', { token: await s.token('admin') })).body.items as any[];
      expect(adminNotes.some((n) => n.instanceId === id && n.kind === 'cc')).toBe(true);
    });

    it('retries after a 451 and delivers exactly one mail', async () => {
      sink.refuse.push(451);
      const id = await start('mail-inapp', 'taxi');
      // mail-inapp sends no task email; only the automation email to li.na is queued.
      const first = await worker.drain();
      expect(first).toMatchObject({ retried: 1, dead: 0 });
      expect(sink.received.filter((m) => String(m.text).includes(id))).toHaveLength(0);
      const [row] = await mailRows(id);
      expect(row).toMatchObject({ status: 'pending', attempts: 1, response_code: 451 });
      expect(row!.last_error).toContain('451');
      // Not due yet: nothing is sent before the backoff has passed.
      expect((await worker.runOnce()).claimed).toBe(0);
      s.clock.advance(2000);
      expect(await worker.drain()).toMatchObject({ done: 1 });
      expect(sink.received.filter((m) => String(m.text).includes(id))).toHaveLength(1);
      expect((await mailRows(id))[0]).toMatchObject({ status: 'done', attempts: 2 });
    });

    it('dead-letters a mail the server refuses with 550, at once', async () => {
      sink.refuse.push(550);
      const id = await start('mail-inapp', 'hotel');
      expect(await worker.drain()).toMatchObject({ dead: 1, retried: 0 });
      const [row] = await mailRows(id);
      expect(row).toMatchObject({ status: 'dead', attempts: 1, response_code: 550 });
      expect(sink.received.filter((m) => String(m.text).includes(id))).toHaveLength(0);
    });

    it('retries while the SMTP server is unreachable', async () => {
      const closed = createSmtpMailer({ url: 'smtp://127.0.0.1:1', from: 'Baton <baton@northwind.test>', timeoutMs: 2000 });
      const offline = createAppOutboxWorker(s.baton.ctx, { mailer: closed, publicUrl: PUBLIC, worker: { maxAttempts: 3, backoff: { baseMs: 1000, capMs: 60_000 }, random: () => 1 } });
      const id = await start('mail-inapp', 'train');
      expect(await offline.drain()).toMatchObject({ retried: 1, dead: 0 });
      expect((await mailRows(id))[0]).toMatchObject({ status: 'pending', attempts: 1 });
      closed.close();
      // The sink is back (the regular worker): delivered once.
      s.clock.advance(2000);
      expect(await worker.drain()).toMatchObject({ done: 1 });
      expect(sink.received.filter((m) => String(m.text).includes(id))).toHaveLength(1);
    });
  });
}
