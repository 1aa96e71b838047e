// `.baton/state.json` beside the pulled files: for each server, each definition's draft ETag at
// the last pull or push and the draft itself then (the base), so push can tell "the server changed
// since" (ETag) and show what changed on each side (base -> server, base -> file); the same for
// each record type, apart (a record type and a flow may share a key). Written only when its bytes
// change, so a pull with nothing new touches no file.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatDocument, type BatonWorkflowDefinition } from '@baton/schema';

export interface SyncEntry {
  etag: string;
  base: BatonWorkflowDefinition;
}

export interface RecordTypeSyncEntry {
  etag: string;
  /** The record type as the server showed it (no revision, updatedAt or `$schema`). */
  base: Record<string, unknown> & { key: string };
}

export interface SyncState {
  /** server URL -> definition key -> what was last pulled or pushed there. */
  servers: Record<string, Record<string, SyncEntry>>;
  /** server URL -> record type key -> the same; absent in state files written before it. */
  recordTypes?: Record<string, Record<string, RecordTypeSyncEntry>>;
}

export type StateRead = { ok: true; state: SyncState; text: string | undefined } | { ok: false; message: string };

export function statePath(dir: string): string {
  return join(dir, '.baton', 'state.json');
}

export async function readState(dir: string): Promise<StateRead> {
  const path = statePath(dir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, state: { servers: {} }, text: undefined };
    return { ok: false, message: `cannot read ${path}: ${(err as Error).message}` };
  }
  try {
    const parsed = JSON.parse(text) as SyncState;
    if (typeof parsed.servers !== 'object' || parsed.servers === null) throw new Error('no "servers" object');
    if (parsed.recordTypes !== undefined && (typeof parsed.recordTypes !== 'object' || parsed.recordTypes === null)) throw new Error('"recordTypes" is not an object');
    return { ok: true, state: parsed, text };
  } catch (err) {
    return { ok: false, message: `${path} is not a baton state file (${(err as Error).message}); delete it and pull again` };
  }
}

/** Writes the state when its canonical text differs from `previous`; returns whether it wrote. */
export async function writeState(dir: string, state: SyncState, previous: string | undefined): Promise<boolean> {
  const text = formatDocument(state);
  if (text === previous) return false;
  const path = statePath(dir);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return true;
}

export function entriesFor(state: SyncState, server: string): Record<string, SyncEntry> {
  state.servers[server] ??= {};
  return state.servers[server];
}

export function recordTypeEntriesFor(state: SyncState, server: string): Record<string, RecordTypeSyncEntry> {
  state.recordTypes ??= {};
  state.recordTypes[server] ??= {};
  return state.recordTypes[server];
}
