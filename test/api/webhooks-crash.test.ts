// kill -9 in the middle of a stream of webhook deliveries, then restart: no delivery is lost, the
// one the receiver was holding when the process died goes out again under the same `webhook-id`,
// and every attempt verifies with the `standardwebhooks` library. Real processes (pnpm start's
// main.ts) on a SQLite file; the outbox lease is shortened to 2 s so the test need not wait 60.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { api, login, startServerProcess } from './server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'baton-wh-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () => startServerProcess(dataDir, { BATON_OUTBOUND_ALLOW: '127.0.0.1', BATON_OUTBOX_LEASE_MS: '2000' });

describe('kill -9 during webhook deliveries, then restart', () => {
  it('loses no delivery and repeats the interrupted one under the same webhook-id', async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    let onDelivery: (res: ServerResponse) => void = (res) => res.end('ok');
    const rx = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
        onDelivery(res);
      });
    });
    await new Promise<void>((r) => rx.listen(0, '127.0.0.1', r));
    const rxUrl = `http://127.0.0.1:${(rx.address() as AddressInfo).port}/hook`;

    const first = await start();
    const admin = await login(first.url, 'admin');
    const sub = await api(first.url, 'POST', '/api/webhooks', admin, { url: rxUrl, events: ['task.created'] });
    expect(sub.status).toBe(201);
    const secret = sub.body.secret as string;

    // The 5th delivery is held unanswered while the process is killed.
    let killed: Promise<void> | undefined;
    let heldId = '';
    onDelivery = (res) => {
      if (received.length === 5 && !killed) {
        heldId = String(received[4]!.headers['webhook-id']);
        killed = first.kill().then(() => void res.destroy());
        return;
      }
      res.end('ok');
    };
    const lina = await login(first.url, 'li.na');
    const data = { amount: 8000, customer: 'cust-1', discount_rate: 3, lines: [{ product: 'P', quantity: 1, unit_price: 8000 }], reason: 'r', total_cost: 5200 };
    const started: string[] = [];
    for (let i = 0; i < 30 && !killed; i++) {
      // A start in flight at the kill may fail: only acknowledged ones are counted.
      const r = await api(first.url, 'POST', '/api/instances', lina, { definition: 'discount-approval', data }).catch(() => undefined);
      if (r?.status !== 201) break;
      started.push(r.body.id);
    }
    await expect.poll(() => killed !== undefined, { timeout: 20_000, interval: 50 }).toBe(true);
    await killed;
    onDelivery = (res) => res.end('ok');

    const second = await start();
    try {
      const admin2 = await login(second.url, 'admin');
      // Every request started has its task.created delivered, the held one again after its lease.
      await expect.poll(async () => {
        const log = (await api(second.url, 'GET', `/api/webhooks/${sub.body.id}/deliveries`, admin2)).body.items as any[];
        return log.length >= started.length && log.every((d) => d.status === 'done');
      }, { timeout: 30_000, interval: 250 }).toBe(true);
      const log = (await api(second.url, 'GET', `/api/webhooks/${sub.body.id}/deliveries`, admin2)).body.items as any[];
      const delivered = new Set(log.map((d) => d.id));
      const seen = received.map((r) => String(r.headers['webhook-id']));
      expect(new Set(seen)).toEqual(delivered);
      expect(seen.filter((id) => id === heldId).length).toBeGreaterThanOrEqual(2);
      expect(log.find((d) => d.id === heldId)).toMatchObject({ status: 'done', attempts: 2 });
      const instances = new Set<string>();
      for (const r of received) {
        const payload = new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { type: string; data: { instance: string } };
        expect(payload.type).toBe('task.created');
        instances.add(payload.data.instance);
      }
      for (const id of started) expect(instances.has(id)).toBe(true);
    } finally {
      await second.kill();
      await new Promise<void>((r) => rx.close(() => r()));
    }
  }, 90_000);
});
