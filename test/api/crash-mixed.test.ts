// kill -9 in the middle of a stream of approvals AND webhook deliveries, then restart (real
// `pnpm start` processes on one SQLite file, a receiver on 127.0.0.1 opened by
// BATON_OUTBOUND_ALLOW): every approval acknowledged before the kill is applied exactly once
// (request state, task rows, one approve audit row), none is applied twice, no webhook is lost
// (each task.created, task.closed and instance.approved the final state implies arrives), every
// repeat of a delivery carries the same webhook-id and the same bytes, all verify with the
// standardwebhooks library, and the audit chain holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { api, login, startServerProcess } from './server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'baton-crash-mixed-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () => startServerProcess(dataDir, { BATON_OUTBOUND_ALLOW: '127.0.0.1', BATON_OUTBOX_LEASE_MS: '2000' });
const REQUESTS = 80;

describe('kill -9 during approvals and webhook deliveries, then restart', () => {
  it('applies each acknowledged approval once and loses no webhook', async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const held: ServerResponse[] = [];
    let hold = false;
    const rx = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
        // Once approvals are flowing, deliveries are left unanswered: in flight at the kill.
        if (hold) held.push(res);
        else res.end('ok');
      });
    });
    await new Promise<void>((r) => rx.listen(0, '127.0.0.1', r));
    const rxUrl = `http://127.0.0.1:${(rx.address() as AddressInfo).port}/hook`;

    const first = await start();
    const admin = await login(first.url, 'admin');
    const sub = await api(first.url, 'POST', '/api/webhooks', admin, { url: rxUrl, events: ['task.created', 'task.closed', 'instance.approved'] });
    expect(sub.status).toBe(201);
    const secret = sub.body.secret as string;
    const lina = await login(first.url, 'li.na');
    const wang = await login(first.url, 'wang.lei');
    const data = { amount: 8000, customer: 'cust-1', discount_rate: 3, lines: [{ product: 'P', quantity: 1, unit_price: 8000 }], reason: 'r', total_cost: 5200 };
    const started: Array<{ id: string; task: string }> = [];
    for (let i = 0; i < REQUESTS; i++) {
      const r = await api(first.url, 'POST', '/api/instances', lina, { definition: 'discount-approval', data });
      expect(r.status).toBe(201);
      started.push({ id: r.body.id, task: r.body.tasks[0].id });
    }
    // Some task.created deliveries have gone out before the approvals start.
    await expect.poll(() => received.length, { timeout: 20_000, interval: 50 }).toBeGreaterThan(0);

    hold = true;
    const acknowledged = new Set<string>();
    let killed: Promise<void> | undefined;
    // Two approvals at a time; once 15 are acknowledged the stream waits for a delivery to be held
    // (the outbox runs once a second, and approvals may be faster than that), then the kill comes
    // right after the next approval is sent: in flight, with a delivery in flight too.
    let next = 0;
    await Promise.allSettled([0, 1].map(async () => {
      while (!killed && next < started.length) {
        if (acknowledged.size >= 15) await expect.poll(() => held.length, { timeout: 20_000, interval: 20 }).toBeGreaterThan(0);
        if (killed) break;
        const { id, task } = started[next++]!;
        const sent = api(first.url, 'POST', `/api/tasks/${task}/approve`, wang, {}).catch(() => undefined);
        if (acknowledged.size >= 15 && held.length > 0) killed ??= first.kill();
        const r = await sent;
        if (r?.status === 200) acknowledged.add(id);
      }
    }));
    expect(killed, 'the kill came while approvals were still being sent').toBeDefined();
    await killed;
    expect(acknowledged.size).toBeGreaterThanOrEqual(15);
    const heldIds = new Set(received.slice(received.length - held.length).map((r) => String(r.headers['webhook-id'])));
    for (const res of held) res.destroy();
    hold = false;

    const second = await start();
    try {
      const admin2 = await login(second.url, 'admin');
      expect((await api(second.url, 'GET', '/api/audit/verify', admin2)).body.ok).toBe(true);

      // Exactly once: each approval has at most one approve audit row, the acknowledged exactly one,
      // and the request and its task rows say the same.
      const expected: string[] = [];
      for (const { id, task } of started) {
        const audit = (await api(second.url, 'GET', `/api/audit?subject=instance:${id}&action=instance.approve`, admin2)).body.items as unknown[];
        const d = (await api(second.url, 'GET', `/api/instances/${id}`, admin2)).body;
        const mine = d.tasks.find((t: any) => t.id === task);
        expect(audit.length).toBeLessThanOrEqual(1);
        if (acknowledged.has(id)) expect(audit).toHaveLength(1);
        if (audit.length === 1) {
          expect(d.status).toBe('approved');
          expect(mine.status).toBe('approved');
        } else {
          expect(d.status).toBe('running');
          expect(mine.status).toBe('pending');
        }
        for (const t of d.tasks) {
          expected.push(`task.created ${t.id}`);
          if (t.status !== 'pending') expected.push(`task.closed ${t.id}`);
        }
        if (d.status === 'approved') expected.push(`instance.approved ${id}`);
      }

      // Nothing lost: every event the final state implies arrives, the interrupted ones again.
      const seen = () => new Set(received.map((r) => {
        const p = JSON.parse(r.body) as { type: string; data: { task?: string; instance: string } };
        return `${p.type} ${p.type.startsWith('task.') ? p.data.task : p.data.instance}`;
      }));
      await expect.poll(() => expected.filter((e) => !seen().has(e)), { timeout: 60_000, interval: 250 }).toEqual([]);
      const byId = new Map<string, Set<string>>();
      for (const r of received) {
        new Webhook(secret).verify(r.body, r.headers as Record<string, string>);
        const id = String(r.headers['webhook-id']);
        byId.set(id, (byId.get(id) ?? new Set()).add(r.body));
      }
      for (const bodies of byId.values()) expect(bodies.size).toBe(1);
      expect(heldIds.size).toBeGreaterThan(0);
      await expect.poll(() => [...heldIds].filter((id) => received.filter((r) => r.headers['webhook-id'] === id).length < 2), { timeout: 30_000, interval: 250 }).toEqual([]);
      // One delivery per event: a webhook-id is never reused for another event.
      expect(byId.size).toBe(new Set(received.map((r) => r.body)).size);
    } finally {
      await second.kill();
      await new Promise<void>((r) => rx.close(() => r()));
    }
  }, 150_000);
});
