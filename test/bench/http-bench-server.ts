// The server side of http.bench.ts, run in its own process so the load generator does not share
// its event loop: `tsx http-bench-server.ts approve|bare <dataDir> <tasks> [warmup]`. Prints one
// JSON line ({ url, token?, tasks? }) once listening, and in approve mode a second one
// ({ serverSide }) once the measured approvals (those after the warm-up) are answered: where the
// tail lives, inside the handler or in the event loop's queue.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { openBenchApp, prepareApprovals } from './http-bench-flow.ts';
import { listen } from '../../packages/server/src/index.ts';

const [mode, dataDir, count, warmupArg] = process.argv.slice(2);
// A clean exit on SIGTERM lets `--cpu-prof` write its profile when profiling this process.
process.on('SIGTERM', () => void stopProfile().finally(() => process.exit(0)));
// BATON_BENCH_PROFILE=<file>: a CPU profile of the served approvals alone (started after the setup).
const profileFile = process.env.BATON_BENCH_PROFILE;
const session = profileFile ? new Session() : undefined;
async function stopProfile(): Promise<void> {
  if (session && profileFile) writeFileSync(profileFile, JSON.stringify((await session.post('Profiler.stop')).profile));
}
const requireFromServer = createRequire(new URL('../../packages/server/package.json', import.meta.url));

if (mode === 'bare') {
  // Loaded from the server package's dependencies (test/ has no node_modules of its own).
  type BareContext = { json(value: unknown): Response };
  type BareApp = { post(path: string, handler: (c: BareContext) => Response): void };
  const { Hono } = requireFromServer('hono') as { Hono: new () => BareApp };
  const app = new Hono();
  app.post('/bare', (c) => c.json({ ok: true }));
  const running = await listen(app as Parameters<typeof listen>[0], 0);
  console.log(JSON.stringify({ url: running.url }));
} else {
  const bench = await openBenchApp(join(dataDir!, 'baton.sqlite'));
  const { app } = bench;
  // Time inside the app per measured approval, and the event loop's delay meanwhile.
  const warmup = Number(warmupArg ?? 0);
  const measured = Number(count) - warmup;
  const handlerMs: number[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  let approvalsSeen = 0;
  const fetchApp = app.fetch;
  const timedApp = Object.assign(Object.create(app) as typeof app, {
    fetch: async (req: Request, env?: unknown) => {
      const timed = req.url.includes('/approve') && ++approvalsSeen > warmup;
      if (timed && approvalsSeen === warmup + 1) loopDelay.enable();
      const t0 = performance.now();
      const res = await fetchApp(req, env as never);
      if (timed) {
        handlerMs.push(performance.now() - t0);
        if (handlerMs.length === measured) {
          loopDelay.disable();
          const sorted = handlerMs.sort((a, b) => a - b);
          const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1));
          const ms = (ns: number) => Number((ns / 1e6).toFixed(1));
          console.log(JSON.stringify({ serverSide: { handlerP50: at(0.5), handlerP99: at(0.99), handlerMax: at(1), loopDelayP50: ms(loopDelay.percentile(50)), loopDelayP99: ms(loopDelay.percentile(99)), loopDelayMax: ms(loopDelay.max) } }));
        }
      }
      return res;
    },
  });
  const running = await listen(timedApp, 0);
  const call = async (path: string, token: string | undefined, body: unknown) => {
    const res = await fetch(running.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    return (await res.json()) as Record<string, unknown>;
  };
  const { approver, tasks } = await prepareApprovals(call, bench, Number(count));
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  console.log(JSON.stringify({ url: running.url, token: approver, tasks }));
}
