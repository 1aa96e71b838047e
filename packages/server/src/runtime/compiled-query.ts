// Hot-path queries built and compiled once, then run with fresh parameters. Building a Kysely
// query and compiling it costs about as much as SQLite takes to run the small statements of an
// approval (docs/performance.md, http.bench.ts), so the command path builds each shape once per
// app. The query is compiled with placeholder values; each run swaps them for the arguments, so
// values are still bound parameters, never SQL text.
import type { CompiledQuery } from 'kysely';
import type { SqliteDirect } from '../store/sqlite-direct.ts';
import type { Db } from '../store/store.ts';

const PLACEHOLDER = '\u0000baton-arg-';

export interface CompiledTemplate<A extends readonly unknown[], R> {
  /** Runs the query on `db` (the handle or a transaction) with `args` in place of the placeholders. */
  run(db: Db, ...args: A): Promise<{ rows: R[]; numAffectedRows?: bigint }>;
}

/**
 * Compiles `build(arg)` once (lazily, on first use). `arg(i)` stands for the i-th run argument (typed `never` so it fits any column);
 * literal values given to the builder stay as they are. Throws (a programmer error) when a
 * placeholder does not survive compilation as a whole parameter. With `direct`, runs inside a
 * SQLite transaction skip Kysely's executor.
 */
export function compiledTemplate<A extends readonly unknown[], R>(build: (arg: (i: number) => never) => { compile(): CompiledQuery<R> }, direct?: SqliteDirect): CompiledTemplate<A, R> {
  let compiled: { query: CompiledQuery<R>; slots: Array<number | undefined> } | undefined;
  const prepare = () => {
    const query = build((i) => `${PLACEHOLDER}${i}` as never).compile();
    const slots = query.parameters.map((p) => (typeof p === 'string' && p.startsWith(PLACEHOLDER) ? Number(p.slice(PLACEHOLDER.length)) : undefined));
    if (query.sql.includes(PLACEHOLDER)) throw new Error('a placeholder was inlined into SQL text');
    return { query, slots };
  };
  return {
    async run(db, ...args) {
      compiled ??= prepare();
      const { query, slots } = compiled;
      const parameters = query.parameters.map((p, i) => {
        const slot = slots[i];
        return slot === undefined ? p : args[slot];
      });
      // Inside a SQLite transaction, straight on the prepared statement (sqlite-direct.ts).
      return direct?.execute<R>(db, query.sql, parameters) ?? db.executeQuery<R>({ ...query, parameters });
    },
  };
}
