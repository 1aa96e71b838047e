// In-process companion of http.bench.ts: the same flow, org and body, approvals sent through
// `app.request()` (no socket), `concurrency` at a time. Prints µs of CPU per approval, the figure
// to compare back to back while cutting the command path (run under `node --cpu-prof --import tsx`
// to see where it goes). `tsx test/bench/http-profile.ts [approvals] [concurrency]`;
// BATON_PROFILE=<file> writes a CPU profile of the measured approvals alone (not the setup).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchApp, prepareApprovals } from './http-bench-flow.ts';

const approvals = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'baton-http-profile-'));
try {
  const bench = await openBenchApp(join(dir, 'baton.sqlite'));
  const { app, store } = bench;
  const call = async (path: string, token: string | undefined, body: unknown) => {
    const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    return (await res.json()) as Record<string, unknown>;
  };
  const { approver, tasks } = await prepareApprovals(call, bench, approvals + 200);
  const approve = async (id: string) => {
    const res = await app.request(`/api/tasks/${id}/approve`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${approver}` }, body: '{"comment":"ok"}' });
    if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  // Warm-up (JIT, statement caches), then the measured approvals.
  for (const id of tasks.slice(0, 200)) await approve(id);
  const rest = tasks.slice(200);
  const profileFile = process.env.BATON_PROFILE;
  const session = profileFile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < rest.length) await approve(rest[next++]!);
  }));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (session && profileFile) writeFileSync(profileFile, JSON.stringify((await session.post('Profiler.stop')).profile));
  console.log(`${approvals} approvals, concurrency ${concurrency}: ${((cpu.user + cpu.system) / approvals).toFixed(0)} µs CPU and ${((wall * 1000) / approvals).toFixed(0)} µs wall per approval (${(approvals / (wall / 1000)).toFixed(0)}/s)`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
