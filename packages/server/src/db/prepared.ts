/**
 * Statements built and compiled once, run with new values (issue 17, docs/decisions/0296).
 *
 * Kysely builds a query's operation tree and compiles it to SQL on every call; on the facts save
 * that was about a fifth of a save's CPU. A prepared statement is written as an ordinary typed
 * Kysely query whose values come from its `values` argument; the first run builds it with
 * placeholders in place of the values, compiles it, and remembers where each placeholder landed
 * among the parameters. Later runs only swap in the new values. The compiled form is kept per
 * database (its dialect's adapter) and per list of plugins, so a transaction reuses its
 * database's statements, and the same SQL text object reaches the driver every time (SQLite's
 * statement cache finds it without hashing the text again, ./sqlite.ts). On PostgreSQL the compiled
 * text is sent as a named prepared statement (./named-statements.ts, decision 0307).
 *
 * The builder may use a value only as an SQL value (an operand, an inserted or set value, an
 * element of an `in` list); it must not branch on it or read inside it. Arrays become lists of
 * placeholders and plain objects objects of placeholders (keys holding `undefined` left out, as
 * Kysely leaves them out of an insert), so the statement is kept per shape (array lengths,
 * object keys). A placeholder that ended up in the SQL text instead of its parameters (used as
 * a name, not a value) is a programmer error and throws.
 */
import type {
  Compilable,
  CompiledQuery,
  DialectAdapter,
  Kysely,
  KyselyPlugin,
  QueryResult,
} from "kysely";
import { nameStatement } from "./named-statements.js";
import type { Database } from "./schema.js";

/** Stands for one value of the statement until it runs. */
class Placeholder {
  constructor(
    readonly path: string,
    readonly read: (values: unknown) => unknown,
  ) {}
}

/** A compiled statement and, per parameter, the placeholder it came from (or a constant). */
interface Compiled {
  plugins: readonly KyselyPlugin[];
  shape: string;
  query: CompiledQuery;
  placeholders: (Placeholder | undefined)[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** What the compiled SQL depends on in the values: array lengths and object keys. */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shapeOf).join(",")}]`;
  if (!isPlainObject(value)) return "";
  let shape = "{";
  for (const key in value) if (value[key] !== undefined) shape += `${key}:${shapeOf(value[key])},`;
  return `${shape}}`;
}

/** The values' stand-in: every value a placeholder that reads it from the real values. */
function placeholdersOf(value: unknown, path: string, read: (values: unknown) => unknown): unknown {
  if (Array.isArray(value))
    return value.map((item, index) =>
      placeholdersOf(item, `${path}[${index}]`, (v) => (read(v) as unknown[])[index]),
    );
  if (isPlainObject(value)) {
    const object: Record<string, unknown> = {};
    for (const key in value)
      if (value[key] !== undefined)
        object[key] = placeholdersOf(
          value[key],
          path === "" ? key : `${path}.${key}`,
          (v) => (read(v) as Record<string, unknown>)[key],
        );
    return object;
  }
  return new Placeholder(path, read);
}

/** How many compiled forms one statement keeps per database (shapes and plugin lists). */
const MAX_KEPT = 32;

const samePlugins = (a: readonly KyselyPlugin[], b: readonly KyselyPlugin[]) =>
  a.length === b.length && a.every((plugin, i) => plugin === b[i]);

/** A statement compiled once per database and shape, run with the given values. */
export type PreparedStatement<V, O> = ((
  db: Kysely<Database>,
  values: V,
) => Promise<QueryResult<O>>) & {
  /** The statement with the given values, compiled, not run (to send it with another, ./pipeline.ts). */
  with: (db: Kysely<Database>, values: V) => CompiledQuery<O>;
};

/**
 * Prepares a statement: `build` writes it as a normal Kysely query taking its values from
 * `values` (see the file comment for what it may do with them).
 */
export function prepared<V extends object, O>(
  build: (db: Kysely<Database>, values: V) => Compilable<O>,
): PreparedStatement<V, O> {
  const byAdapter = new WeakMap<DialectAdapter, Compiled[]>();

  function compile(db: Kysely<Database>, values: V, shape: string): Compiled {
    const stand = placeholdersOf(values, "", (v) => v) as V;
    const query = build(db, stand).compile();
    // A placeholder turned into text (a name, not a value) shows as "[object Object]".
    if (query.sql.includes("[object Object]"))
      throw new Error(`a prepared statement used a value as SQL text: ${query.sql}`);
    nameStatement(query.sql, query.parameters.length);
    const placeholders = query.parameters.map((parameter) =>
      parameter instanceof Placeholder ? parameter : undefined,
    );
    return { plugins: db.getExecutor().plugins, shape, query, placeholders };
  }

  const withValues = (db: Kysely<Database>, values: V): CompiledQuery<O> => {
    const executor = db.getExecutor();
    let kept = byAdapter.get(executor.adapter);
    if (kept === undefined) {
      kept = [];
      byAdapter.set(executor.adapter, kept);
    }
    const shape = shapeOf(values);
    let compiled = kept.find(
      (entry) => entry.shape === shape && samePlugins(entry.plugins, executor.plugins),
    );
    if (compiled === undefined) {
      compiled = compile(db, values, shape);
      // Bounded: shapes are few by design; plugin lists differ only in tests.
      if (kept.length >= MAX_KEPT) kept.shift();
      kept.push(compiled);
    }
    const { query, placeholders } = compiled;
    const parameters = query.parameters.map((constant, i) => {
      const placeholder = placeholders[i];
      return placeholder === undefined ? constant : placeholder.read(values);
    });
    return { ...query, parameters } as CompiledQuery<O>;
  };
  const run = async (db: Kysely<Database>, values: V) => db.executeQuery<O>(withValues(db, values));
  return Object.assign(run, { with: withValues });
}
