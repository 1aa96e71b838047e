// The ports the app is built on. Tests pass a fake clock and counting ids; `pnpm start` the real ones.
import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Store } from './store/store.ts';

export interface Clock {
  now(): Date;
}

export interface Ids {
  /** A new unique id (opaque string). */
  next(): string;
}

export interface Secrets {
  /** The HS256 key for session tokens (at least 32 bytes). */
  sessionKey: Uint8Array;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface AppOptions {
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimit: number;
  /** Failed logins allowed per user name and address in `loginWindowMs` (default 5). */
  loginAttempts: number;
  loginWindowMs: number;
  /** Session token lifetime in seconds (default 12 hours). */
  sessionTtlSeconds: number;
  /** Bounded retries of a command on a revision conflict before 409 (default 8). */
  commandRetries: number;
  /** SQLite: let concurrent commands share one transaction (group commit; default true). */
  groupCommit: boolean;
  /** Bytes a user's uploads may total while no request, draft or record holds them (default 200 MiB). */
  attachmentPendingQuotaBytes: number;
  /** Uploads one user may make in any hour (default 300). */
  attachmentUploadsPerHour: number;
  /** Uploads nothing holds are swept once older than this many hours (default 24). */
  attachmentOrphanHours: number;
  /** The slow check of a user's pending uploads against their holders runs at most once per user in this many minutes (default 5, at most 60). */
  attachmentHeldCheckMinutes: number;
  /** A sweep deletes an upload only this many minutes or more after an earlier sweep marked it unheld (default 15). */
  attachmentSweepMarginMinutes: number;
  /** Flows record triggers may start about one record in any hour (default 20): the backstop for
   * trigger loops whose cause was lost on the way out and back (records/record-triggers.ts). */
  triggerStartsPerRecordPerHour: number;
  /** Folder of a web build to serve at `/`, if any. */
  webRoot?: string;
  /**
   * The IANA zone a schedule trigger's cron is read in when the trigger names none (default
   * Asia/Shanghai: see docs/server.md, Schedules). Never the process's TZ, so every process agrees.
   */
  scheduleTimezone: string;
}

export interface AppDeps {
  store: Store;
  clock: Clock;
  ids: Ids;
  secrets: Secrets;
  logger: Logger;
  options?: Partial<AppOptions>;
}

export const DEFAULT_OPTIONS: AppOptions = {
  bodyLimit: 1024 * 1024,
  loginAttempts: 5,
  loginWindowMs: 15 * 60 * 1000,
  sessionTtlSeconds: 12 * 3600,
  commandRetries: 8,
  groupCommit: true,
  attachmentPendingQuotaBytes: 200 * 1024 * 1024,
  attachmentUploadsPerHour: 300,
  attachmentOrphanHours: 24,
  attachmentHeldCheckMinutes: 5,
  attachmentSweepMarginMinutes: 15,
  triggerStartsPerRecordPerHour: 20,
  scheduleTimezone: 'Asia/Shanghai',
};

export const systemClock: Clock = { now: () => new Date() };

// Random bytes for the ids, drawn 4 KiB at a time: uuid's own source asks WebCrypto for 16 bytes
// per id (1.8 µs against 0.2 µs, and an approval makes several ids).
const entropy = new Uint8Array(4096);
let entropyUsed = entropy.length;
function sixteenRandomBytes(): Uint8Array {
  if (entropyUsed === entropy.length) {
    randomFillSync(entropy);
    entropyUsed = 0;
  }
  entropyUsed += 16;
  return entropy.subarray(entropyUsed - 16, entropyUsed);
}

/**
 * UUIDv7: time-ordered, so rows written together (an approval's outbox and audit rows, a day's
 * requests) sit together in the primary-key and subject indexes instead of on random B-tree pages:
 * 2.3 WAL pages per approval under group commit against 4.2 with random UUIDs (docs/performance.md,
 * http.bench.ts). 74 random bits: ids are names, never secrets (every read is authorised).
 */
export const randomIds: Ids = { next: () => uuidv7({ rng: sixteenRandomBytes }) };

/** A logger that writes one JSON line per event to stderr. */
export function jsonLogger(): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    process.stderr.write(JSON.stringify({ level, message, ...fields }) + '\n');
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
