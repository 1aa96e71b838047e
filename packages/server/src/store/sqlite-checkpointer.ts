// WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the COMMIT that
// crosses 1000 WAL pages, on the event loop: it copies those pages into the database file and
// fsyncs twice, 10-30 ms during which no request is served (docs/performance.md, http.bench.ts).
// A worker thread with its own connection runs PASSIVE checkpoints instead, so the server's
// commits only append to the WAL. The server's connection keeps a higher automatic threshold as a
// safety net should the worker fall behind.
import { Worker } from 'node:worker_threads';

export interface CheckpointResult {
  ok: boolean;
  /** WAL frames in the log, and how many of them are now in the database file. */
  log?: number;
  checkpointed?: number;
  busy?: number;
  error?: string;
}

export interface SqliteCheckpointer {
  /** One PASSIVE checkpoint now (besides the periodic ones). */
  checkpoint(): Promise<CheckpointResult>;
  /** Stops the worker and closes its connection. */
  stop(): Promise<void>;
}

/** The WAL size (pages) at which the server's own connection still checkpoints, should the worker fall behind. */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 8000;

/** Starts the worker on `file` (a WAL-mode database); `intervalMs` 0 checkpoints only on request. */
export function startSqliteCheckpointer(file: string, intervalMs: number): SqliteCheckpointer {
  const worker = new Worker(new URL('./sqlite-checkpoint-worker.mjs', import.meta.url), { workerData: { file, intervalMs } });
  // Never what keeps the process alive; a crash of the worker leaves the fallback threshold.
  worker.unref();
  let nextId = 0;
  let stopped = false;
  const pending = new Map<number, (r: CheckpointResult) => void>();
  worker.on('message', (m: { id: number; result: CheckpointResult }) => {
    pending.get(m.id)?.(m.result);
    pending.delete(m.id);
  });
  const failAll = (error: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  };
  worker.on('error', (e) => failAll(String(e)));
  worker.on('exit', () => failAll('the checkpoint worker has stopped'));
  const send = (type: 'checkpoint' | 'stop') => new Promise<CheckpointResult>((resolve) => {
    if (stopped) return resolve({ ok: false, error: 'the checkpoint worker has stopped' });
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ type, id });
  });
  return {
    checkpoint: () => send('checkpoint'),
    async stop() {
      if (stopped) return;
      await send('stop');
      stopped = true;
      await worker.terminate();
    },
  };
}
