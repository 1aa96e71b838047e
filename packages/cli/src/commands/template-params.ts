// `--param name=value` arguments as template answers. A shell gives only text, so each value is
// read as the type its parameter declares (number, integer, boolean, array) when it looks like
// one; otherwise it stays text, and installTemplate refuses it naming the parameter.
import type { BatonTemplateManifest } from '@baton/schema';

export type ParsedParams = { ok: true; values: Record<string, unknown> } | { ok: false; message: string };

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function parseParams(args: readonly string[], manifest: BatonTemplateManifest): ParsedParams {
  const declared = manifest.parameters?.properties ?? {};
  const values: Record<string, unknown> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) return { ok: false, message: `--param expects name=value, got ${JSON.stringify(arg)}` };
    const name = arg.slice(0, eq);
    const text = arg.slice(eq + 1);
    if (Object.hasOwn(values, name)) return { ok: false, message: `--param ${name} is given twice` };
    const spec = Object.hasOwn(declared, name) ? declared[name] : undefined;
    // defineProperty: a name such as "__proto__" becomes an own key, for installTemplate to refuse.
    Object.defineProperty(values, name, { value: typed(text, spec?.type, spec?.items?.type), enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, values };
}

function typed(text: string, type: string | undefined, itemType: string | undefined): unknown {
  switch (type) {
    case 'number':
    case 'integer':
      return NUMBER.test(text.trim()) ? Number(text.trim()) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'array': {
      if (text.trim().startsWith('[')) {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      }
      const items = text === '' ? [] : text.split(',').map((s) => s.trim());
      return itemType === 'number' ? items.map((s) => (NUMBER.test(s) ? Number(s) : s)) : items;
    }
    default:
      return text;
  }
}
