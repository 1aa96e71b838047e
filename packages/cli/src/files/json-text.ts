// Parsing a Baton file's text. JSON.parse does the work; when it fails, a small strict scanner
// finds where, because Node's messages do not always carry a position and people need a
// line:column to fix the file.

export type JsonText =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

export function parseJsonText(text: string): JsonText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (err) {
    const found = locateSyntaxError(body);
    const fallback = err instanceof Error ? err.message : String(err);
    const offset = found?.offset ?? 0;
    const { line, column } = lineColumn(body, offset);
    return { ok: false, line, column, message: found?.message ?? fallback };
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

type Found = { offset: number; message: string };

/** Scans strict JSON (RFC 8259) and returns the first error, or undefined when it is valid. */
export function locateSyntaxError(text: string): Found | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw { offset: at, message } satisfies Found;
  };
  const describe = (at: number): string => (at >= text.length ? 'end of file' : `'${text[at]}'`);
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe(i)}: expected a value`);
  };
  const string = (): void => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('control character in a string (escape it, e.g. \\n)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string', i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('bad escape in a string', i);
      } else i++;
    }
    fail('unterminated string');
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') fail(`unexpected ${describe(i)}: expected a value`);
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 1000) fail('nesting is deeper than 1000 levels');
    space();
    const c = text[i];
    if (c === '{') object(depth);
    else if (c === '[') array(depth);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail(`unexpected ${describe(i)}: expected a value`);
  };
  const object = (depth: number): void => {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(`unexpected ${describe(i)}: expected a property name in double quotes`);
      string();
      space();
      if (text[i] !== ':') fail(`unexpected ${describe(i)}: expected ':'`);
      i++;
      value(depth + 1);
      space();
      if (text[i] === ',') {
        const comma = i++;
        space();
        if (text[i] === '}') fail("trailing comma before '}'", comma);
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`unexpected ${describe(i)}: expected ',' or '}'`);
    }
  };
  const array = (depth: number): void => {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value(depth + 1);
      space();
      if (text[i] === ',') {
        const comma = i++;
        space();
        if (text[i] === ']') fail("trailing comma before ']'", comma);
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`unexpected ${describe(i)}: expected ',' or ']'`);
    }
  };
  try {
    space();
    if (i >= text.length) fail('the file is empty');
    value(0);
    space();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the document`);
    return undefined;
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'offset' in err) return err as Found;
    throw err;
  }
}
