// kill -9 under load, then restart: every approval acknowledged before the kill is still there,
// nothing is half-written (each request's status agrees with its task rows and the inbox), and the
// audit chain verifies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { api, login, startServerProcess } from './server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'baton-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () => startServerProcess(dataDir);

describe('kill -9 under load, then restart', () => {
  it('keeps every acknowledged approval and leaves nothing half-written', async () => {
    const first = await start();
    const lina = await login(first.url, 'li.na');
    const wang = await login(first.url, 'wang.lei');
    const data = { amount: 8000, customer: 'cust-1', discount_rate: 3, lines: [{ product: 'P', quantity: 1, unit_price: 8000 }], reason: 'r', total_cost: 5200 };
    const started: Array<{ id: string; task: string }> = [];
    for (let i = 0; i < 60; i++) {
      const r = await api(first.url, 'POST', '/api/instances', lina, { definition: 'discount-approval', data });
      expect(r.status).toBe(201);
      started.push({ id: r.body.id, task: r.body.tasks[0].id });
    }
    const acknowledged = new Set<string>();
    let killed: Promise<void> | undefined;
    await Promise.allSettled(started.map(async ({ id, task }) => {
      const r = await api(first.url, 'POST', `/api/tasks/${task}/approve`, wang, {});
      if (r.status === 200) acknowledged.add(id);
      if (acknowledged.size === 20 && !killed) killed = first.kill();
    }));
    await killed;
    expect(acknowledged.size).toBeGreaterThanOrEqual(20);

    const second = await start();
    try {
      const admin = await login(second.url, 'admin');
      const wang2 = await login(second.url, 'wang.lei');
      expect((await api(second.url, 'GET', '/api/audit/verify', admin)).body.ok).toBe(true);
      const todo = new Set<string>();
      for (let cursor: string | null = null, i = 0; i === 0 || cursor; i++) {
        const page: { body: { items: Array<{ instance: { id: string } }>; nextCursor: string | null } } = await api(second.url, 'GET', `/api/inbox/todo?limit=100${cursor ? `&cursor=${cursor}` : ''}`, wang2);
        for (const item of page.body.items) todo.add(item.instance.id);
        cursor = page.body.nextCursor;
      }
      let approved = 0;
      for (const { id } of started) {
        const d = await api(second.url, 'GET', `/api/instances/${id}`, admin);
        const pending = d.body.tasks.filter((t: any) => t.status === 'pending').length;
        if (acknowledged.has(id)) expect(d.body.status).toBe('approved');
        if (d.body.status === 'approved') {
          approved++;
          expect(pending).toBe(0);
          expect(todo.has(id)).toBe(false);
        } else {
          expect(d.body.status).toBe('running');
          expect(pending).toBe(1);
          expect(todo.has(id)).toBe(true);
        }
      }
      expect(approved).toBeGreaterThanOrEqual(acknowledged.size);
      // The survivors can still be approved after the restart.
      const left = started.filter(({ id }) => todo.has(id));
      for (const { task } of left.slice(0, 3)) expect((await api(second.url, 'POST', `/api/tasks/${task}/approve`, wang2, {})).status).toBe(200);
    } finally {
      await second.kill();
    }
  });
});
