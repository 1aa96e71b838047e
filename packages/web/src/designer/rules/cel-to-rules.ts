// CEL text -> rule builder model, for the subset rules-to-cel.ts writes (spacing aside). Text
// outside the subset is not an error: the result says so, and the editor keeps the text as is.
import type { Operator, Rule, RuleGroup, RuleValue } from './rule-model.ts';
import { tokenize, type Token } from './cel-tokens.ts';

export type CelToRules = { ok: true; group: RuleGroup } | { ok: false; reason: string };

const SYMBOL_OPERATOR: Record<string, Operator> = { '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
const METHOD_OPERATOR: Record<string, Operator> = { contains: 'contains', startsWith: 'starts-with', endsWith: 'ends-with' };
const KEYWORDS = new Set(['true', 'false', 'null', 'in']);

class Unsupported extends Error {}

export function celToRules(text: string): CelToRules {
  if (text.trim() === '') return { ok: true, group: { kind: 'group', combinator: 'and', children: [] } };
  const tokens = tokenize(text);
  if (!tokens) return { ok: false, reason: 'tokens' };
  const p = new Parser(tokens);
  try {
    const node = p.or();
    if (!p.done()) throw new Unsupported('trailing input');
    const group: RuleGroup = node.kind === 'group' ? node : { kind: 'group', combinator: 'and', children: [node] };
    return { ok: true, group };
  } catch (err) {
    if (err instanceof Unsupported) return { ok: false, reason: err.message };
    throw err;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  or(): Rule | RuleGroup {
    return this.chain('||', 'or', () => this.and());
  }

  private and(): Rule | RuleGroup {
    return this.chain('&&', 'and', () => this.atom());
  }

  private chain(symbol: string, combinator: 'and' | 'or', next: () => Rule | RuleGroup): Rule | RuleGroup {
    const first = next();
    if (!this.isOp(symbol)) return first;
    const children = [first];
    while (this.eatOp(symbol)) children.push(next());
    return { kind: 'group', combinator, children };
  }

  private atom(): Rule | RuleGroup {
    if (this.eatOp('(')) {
      const inner = this.or();
      this.expectOp(')');
      return inner;
    }
    if (this.eatOp('!')) {
      // Only `!(field in [...])` is in the subset.
      this.expectOp('(');
      const field = this.path();
      this.expectIdent('in');
      const list = this.list();
      this.expectOp(')');
      return { kind: 'rule', field, operator: 'not-in', value: list };
    }
    const tok = this.peek();
    if (tok?.t === 'string') {
      this.i++;
      this.expectIdent('in');
      return { kind: 'rule', field: this.path(), operator: 'has', value: { kind: 'string', value: tok.v } };
    }
    const field = this.path();
    const method = this.methodCall();
    if (method) return { kind: 'rule', field, operator: method.operator, value: { kind: 'string', value: method.arg } };
    const next = this.peek();
    if (next?.t === 'ident' && next.v === 'in') {
      this.i++;
      return { kind: 'rule', field, operator: 'in', value: this.list() };
    }
    if (next?.t === 'op' && next.v in SYMBOL_OPERATOR) {
      this.i++;
      const operator = SYMBOL_OPERATOR[next.v] as Operator;
      return { kind: 'rule', field, operator, value: this.value() };
    }
    throw new Unsupported('not a comparison');
  }

  /** `.contains("x")` and friends after a path; undefined when no method follows. */
  private methodCall(): { operator: Operator; arg: string } | undefined {
    const dot = this.tokens[this.i];
    const name = this.tokens[this.i + 1];
    const open = this.tokens[this.i + 2];
    if (dot?.t !== 'op' || dot.v !== '.' || name?.t !== 'ident' || open?.t !== 'op' || open.v !== '(') return undefined;
    const operator = METHOD_OPERATOR[name.v];
    if (!operator) throw new Unsupported(`method ${name.v}`);
    this.i += 3;
    const arg = this.peek();
    if (arg?.t !== 'string') throw new Unsupported('method argument');
    this.i++;
    this.expectOp(')');
    return { operator, arg: arg.v };
  }

  private path(): string {
    const parts = [this.ident()];
    while (this.isOp('.') && this.tokens[this.i + 2]?.v !== '(') {
      this.i++;
      parts.push(this.ident());
    }
    if (parts[0] === 'vars' && parts.length === 1) throw new Unsupported('bare vars');
    return parts.join('.');
  }

  private value(): RuleValue {
    const tok = this.peek();
    if (!tok) throw new Unsupported('missing value');
    if (tok.t === 'op' && tok.v === '-') {
      const n = this.tokens[this.i + 1];
      if (n?.t !== 'number') throw new Unsupported('minus');
      this.i += 2;
      return { kind: 'number', value: -n.v };
    }
    this.i++;
    if (tok.t === 'number') return { kind: 'number', value: tok.v };
    if (tok.t === 'string') return { kind: 'string', value: tok.v };
    if (tok.t === 'ident' && (tok.v === 'true' || tok.v === 'false')) return { kind: 'bool', value: tok.v === 'true' };
    if (tok.t === 'ident' && tok.v === 'vars' && this.eatOp('.')) {
      const name = this.ident();
      if (this.isOp('.') || this.isOp('[') || this.isOp('(')) throw new Unsupported('deep vars');
      return { kind: 'var', name };
    }
    throw new Unsupported('value');
  }

  private list(): RuleValue {
    this.expectOp('[');
    const items: string[] = [];
    if (!this.eatOp(']')) {
      do {
        const tok = this.peek();
        if (tok?.t !== 'string') throw new Unsupported('list item');
        this.i++;
        items.push(tok.v);
      } while (this.eatOp(','));
      this.expectOp(']');
    }
    return { kind: 'list', value: items };
  }

  private ident(): string {
    const tok = this.peek();
    if (tok?.t !== 'ident' || KEYWORDS.has(tok.v)) throw new Unsupported('identifier');
    this.i++;
    return tok.v;
  }

  private expectIdent(v: string): void {
    const tok = this.peek();
    if (tok?.t !== 'ident' || tok.v !== v) throw new Unsupported(`expected ${v}`);
    this.i++;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(v: string): boolean {
    const tok = this.peek();
    return tok?.t === 'op' && tok.v === v;
  }

  private eatOp(v: string): boolean {
    if (!this.isOp(v)) return false;
    this.i++;
    return true;
  }

  private expectOp(v: string): void {
    if (!this.eatOp(v)) throw new Unsupported(`expected ${v}`);
  }
}
