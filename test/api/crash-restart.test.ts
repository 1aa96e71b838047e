// kill -9 under load, then restart: every approval acknowledged before the kill is still there,
// nothing is half-written (each request's status agrees with its task rows and the inbox), and the
// audit chain verifies.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'baton-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(): Promise<{ url: string; kill(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['packages/server/src/main.ts'], { cwd: root, env: { ...process.env, PORT: '0', BATON_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m && out.includes('demo logins')) {
        resolve({
          url: m[1]!,
          kill: () => new Promise<void>((done) => {
            child.once('exit', () => done());
            process.kill(-child.pid!, 'SIGKILL');
          }),
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => void (out += d.toString()));
    child.once('exit', (code, signal) => reject(new Error(`exited ${code ?? signal}: ${out}`)));
  });
}

const api = async (url: string, method: string, path: string, token?: string, body?: unknown) => {
  const res = await fetch(url + path, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as any };
};
const login = async (url: string, user: string) => (await api(url, 'POST', '/api/auth/login', undefined, { username: user, password: 'baton-demo' })).body.token as string;

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
