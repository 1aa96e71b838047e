// WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the COMMIT that
// crosses 1000 WAL pages, on the event loop: it copies those pages into the database file and
// fsyncs twice, 10-30 ms during which no request is served (docs/performance.md, http.bench.ts).
// A worker thread with its own connection runs PASSIVE checkpoints instead, so the server's
// commits only append to the WAL. The server's connection keeps a higher automatic threshold as a
// safety net should the worker fall behind.
//
// SQLite starts the WAL over only when a write begins with every frame already copied back, and
// under sustained load the worker never catches up (new frames land while it copies). So once the
// WAL passes RESTART_WAL_PAGES, `beforeWrite` asks the write queue to hold its next transaction
// while the worker copies the few frames left: the next write then starts the WAL over, and the
// fsyncs happen on the worker's thread while the event loop keeps serving requests. Without it
// the WAL grows to the fallback threshold and the server's own checkpoint fsyncs on the event loop
// (10-18 ms with every waiting request held: the p99 of test/bench/http.bench.ts).
import { Worker } from 'node:worker_threads';
import type { Store } from './store.ts';

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
  /**
   * Undefined, or a promise the writer awaits before its next transaction: a catch-up
   * checkpoint, due once the WAL has grown past the restart size. Never rejects.
   */
  beforeWrite(): Promise<void> | undefined;
  /** Stops the worker and closes its connection. */
  stop(): Promise<void>;
}

/** The WAL size (pages) at which the server's own connection still checkpoints, should the worker fall behind. */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 8000;

/** The WAL size (pages, 4 KiB each) past which the writer holds for a catch-up checkpoint so the WAL starts over. */
export const RESTART_WAL_PAGES = 2000;

/** The longest a write waits for a catch-up checkpoint (a stalled disk must not stall every write). */
export const HOLD_LIMIT_MS = 1000;

export interface CheckpointerOptions {
  /** The WAL size (pages) past which beforeWrite holds for a catch-up; default RESTART_WAL_PAGES. */
  restartPages?: number;
  /** The worker's script (tests give one that misbehaves); default sqlite-checkpoint-worker.mjs. */
  workerUrl?: URL;
}

/** Starts the worker on `file` (a WAL-mode database); `intervalMs` 0 checkpoints only on request. */
export function startSqliteCheckpointer(file: string, intervalMs: number, options: CheckpointerOptions = {}): SqliteCheckpointer {
  const restartPages = options.restartPages ?? RESTART_WAL_PAGES;
  const worker = new Worker(options.workerUrl ?? new URL('./sqlite-checkpoint-worker.mjs', import.meta.url), { workerData: { file, intervalMs } });
  // Never what keeps the process alive; a crash of the worker leaves the fallback threshold.
  worker.unref();
  let nextId = 0;
  let stopped = false;
  const pending = new Map<number, (r: CheckpointResult) => void>();
  // The last checkpoint (periodic or asked) found a long WAL with frames still to copy. (All
  // copied: the next write starts the WAL over by itself.)
  let restartDue = false;
  let catchUp: Promise<void> | undefined;
  worker.on('message', (m: { id?: number; result: CheckpointResult }) => {
    const { ok, log = 0, checkpointed = 0 } = m.result;
    if (ok) restartDue = log >= restartPages && checkpointed < log;
    if (m.id === undefined) return;
    pending.get(m.id)?.(m.result);
    pending.delete(m.id);
  });
  const failAll = (error: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  };
  // A worker that crashed or exited answers nothing more: no hold is asked of the writer from then
  // on (the fallback threshold checkpoints instead), and whatever waited is answered now.
  const gone = (error: string) => {
    stopped = true;
    restartDue = false;
    failAll(error);
  };
  worker.on('error', (e) => gone(String(e)));
  worker.on('exit', () => gone('the checkpoint worker has stopped'));
  const send = (type: 'checkpoint' | 'stop') => new Promise<CheckpointResult>((resolve) => {
    if (stopped) return resolve({ ok: false, error: 'the checkpoint worker has stopped' });
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ type, id });
  });
  const checkpoint = () => send('checkpoint');
  return {
    checkpoint,
    beforeWrite() {
      if (catchUp) return catchUp;
      if (stopped || !restartDue) return undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, HOLD_LIMIT_MS);
        timer.unref();
      });
      catchUp = Promise.race([checkpoint(), limit]).then(() => {
        clearTimeout(timer);
        catchUp = undefined;
        // Hold once: had another writer added frames meanwhile (or the checkpoint failed), the
        // next periodic result decides again.
        restartDue = false;
      });
      return catchUp;
    },
    async stop() {
      if (stopped) return;
      // A worker that does not answer within the hold limit is terminated all the same.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([send('stop'), new Promise((resolve) => (timer = setTimeout(resolve, HOLD_LIMIT_MS)))]);
      clearTimeout(timer);
      stopped = true;
      await worker.terminate();
    },
  };
}

/** The write gate of a SQLite file store opened by openSqliteStore with its worker; undefined otherwise. */
export function walWriteGateOf(store: Store): (() => Promise<void> | undefined) | undefined {
  return (store as Store & { beforeWrite?: () => Promise<void> | undefined }).beforeWrite;
}
