// Keyset cursors for lists ordered by a time and an id: opaque base64url text of [time, id].
// A cursor that does not decode is 'bad' (the route answers 400), never thrown.
export interface TimeCursor {
  t: string;
  id: string;
}

export function readTimeCursor(text: string | undefined): TimeCursor | undefined | 'bad' {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { t: v[0], id: v[1] };
  } catch {
    /* fall through */
  }
  return 'bad';
}

export const writeTimeCursor = (t: string, id: string) => Buffer.from(JSON.stringify([t, id])).toString('base64url');
