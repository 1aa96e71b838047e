// Small guards for reading documents that are only known to be JSON.

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function stringAt(x: unknown, key: string): string | undefined {
  return isObject(x) && typeof x[key] === 'string' ? x[key] : undefined;
}

export function arrayAt(x: unknown, key: string): unknown[] {
  return isObject(x) && Array.isArray(x[key]) ? x[key] : [];
}
