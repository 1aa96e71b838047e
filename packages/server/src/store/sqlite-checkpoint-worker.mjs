// The body of sqlite-checkpointer.ts's worker thread (plain JavaScript: a worker does not inherit
// the tsx loader). Its own connection copies WAL frames back into the database file with PASSIVE
// checkpoints (never waiting on, nor blocking, the writer), every `intervalMs` and on request.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const BetterSqlite3 = require('better-sqlite3');
const { file, intervalMs } = workerData;
const db = new BetterSqlite3(file);
// The fsyncs of a checkpoint, as on the server's own connection (WAL, NORMAL).
db.pragma('synchronous = NORMAL');

function checkpoint() {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    return { ok: true, busy: row.busy, log: row.log, checkpointed: row.checkpointed };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

// Each periodic result goes to the server too: it decides from the WAL's size when to hold its
// writes for a catch-up (sqlite-checkpointer.ts, beforeWrite).
const timer = intervalMs > 0 ? setInterval(() => parentPort.postMessage({ result: checkpoint() }), intervalMs) : undefined;
parentPort.on('message', (message) => {
  if (message.type === 'checkpoint') parentPort.postMessage({ id: message.id, result: checkpoint() });
  if (message.type === 'stop') {
    if (timer) clearInterval(timer);
    db.close();
    parentPort.postMessage({ id: message.id, result: { ok: true } });
    parentPort.close();
  }
});
