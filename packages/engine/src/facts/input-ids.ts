/**
 * Small ids for the inputs of one round (`{ "rate": "99.65" }`): equal plain JSON data gets the
 * same id, different data a different one. The round's memos are keyed by these ids, so a unit
 * whose input was already seen costs a few lookups of numbers and short strings, not a JSON text
 * (making it, hashing it and comparing it took a third of checking a province round).
 *
 * Objects and arrays are paths in a tree: an object is the sequence key, value, key, value… of
 * its own enumerable properties in order, an array the sequence of its elements, each labelled by
 * its own id. Primitives are told apart by type (1 ≠ "1" ≠ true). So two inputs share an id
 * exactly when `JSON.stringify` would write the same text for them and that text determines them —
 * the same domain the JSON-text key had (see `idOf`).
 */

const TRUE = 1;
const FALSE = 2;
const NULL = 3;
/** The id of null (also a null score in memo keys). */
export const NULL_ID = NULL;
/** The roots of the object and array trees (a node is an id; its children are pairs in `PairIds`). */
const OBJECTS = 4;
const ARRAYS = 5;

/**
 * A map from pairs of numbers (a, b) ≥ 0 to values ≥ 1, all below 2³¹, as one open-addressing
 * hash table in one typed array: each slot holds a, b and the value side by side, so a lookup
 * usually reads one cache line and nothing is allocated per entry (a `Map` per tree node was a
 * tenth of a round's allocations, and a `Map` lookup chases several pointers).
 */
export class PairTable {
  private mask: number;
  private size = 0;
  /** Slot i: [4i] = a, [4i + 1] = b, [4i + 2] = value (0: empty). */
  private slots: Int32Array;

  constructor(capacity = 1 << 12) {
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 4);
  }

  /** The value of (a, b), or 0 when there is none. */
  get(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = hash(a, b) & mask; ; i = (i + 1) & mask) {
      const at = i * 4;
      const value = slots[at + 2] as number;
      if (value === 0) return 0;
      if (slots[at] === a && slots[at + 1] === b) return value;
    }
  }

  /** Sets the value (≥ 1) of a pair that has none yet. */
  add(a: number, b: number, value: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let i = hash(a, b) & mask;
    while (slots[i * 4 + 2] !== 0) i = (i + 1) & mask;
    slots[i * 4] = a;
    slots[i * 4 + 1] = b;
    slots[i * 4 + 2] = value;
    if (++this.size * 2 > mask) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 4);
    this.size = 0;
    for (let at = 0; at < old.length; at += 4) {
      const value = old[at + 2] as number;
      if (value !== 0) this.add(old[at] as number, old[at + 1] as number, value);
    }
  }
}

/**
 * Ids of pairs of ids (a, b) ≥ 0: a tree node's child along a label, a memo key extended by one
 * more id. New ids come from `next`.
 */
export class PairIds {
  private readonly table: PairTable;

  constructor(
    private readonly next: () => number,
    capacity = 1 << 12,
  ) {
    this.table = new PairTable(capacity);
  }

  /** The id of the pair (a, b), made on first use. */
  idOf(a: number, b: number): number {
    const known = this.table.get(a, b);
    if (known !== 0) return known;
    const id = this.next();
    this.table.add(a, b, id);
    return id;
  }
}

/** A 32-bit mix of two ids (multiplicative hashing, then xor-shift so the low bits vary). */
function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  return h ^ (h >>> 15);
}

/** Ids of plain JSON inputs within one round (never shared between rounds). */
export class InputIds {
  private count = ARRAYS;
  private readonly numbers = new Map<number, number>();
  private readonly strings = new Map<string, number>();
  /** Tree edges (node, label) → node; also memo keys (score/memo.ts). Ids never collide with values'. */
  readonly pairs: PairIds;

  /** `capacity`: the pair table's starting size (a power of two). */
  constructor(capacity = 1 << 12) {
    this.pairs = new PairIds(() => ++this.count, capacity);
  }

  /** How many ids were given (values, tree nodes and memo keys): what the ids' maps and table hold. */
  get size(): number {
    return this.count - ARRAYS;
  }

  /**
   * The id (≥ 1) of a value, or −1 when it is not plain JSON data whose text would determine it:
   * undefined, NaN/±Infinity, −0, functions, symbols, bigints, boxed values, `Date` and other
   * non-plain objects, sparse arrays, nesting deeper than a list of records. Such input is checked
   * and scored on its own, without the memos.
   */
  idOf(value: unknown, depth = 0): number {
    switch (typeof value) {
      case "boolean":
        return value ? TRUE : FALSE;
      case "string":
        return this.stringId(value);
      case "number": {
        // NaN and ±Infinity are written "null"; −0 is written "0": kept out rather than argued.
        if (!Number.isFinite(value) || Object.is(value, -0)) return -1;
        let id = this.numbers.get(value);
        if (id === undefined) this.numbers.set(value, (id = ++this.count));
        return id;
      }
      case "object": {
        if (value === null) return NULL;
        if (depth > 2) return -1;
        const pairs = this.pairs;
        if (Array.isArray(value)) {
          if (Object.getPrototypeOf(value) !== Array.prototype) return -1;
          let node = ARRAYS;
          // A hole reads as undefined, which has no id.
          for (let i = 0; i < value.length; i++) {
            const v = value[i] as unknown;
            const id = typeof v === "string" ? this.stringId(v) : this.idOf(v, depth + 1);
            if (id < 0) return -1;
            node = pairs.idOf(node, id);
          }
          return node;
        }
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) return -1;
        let node = OBJECTS;
        for (const key in value) {
          // Plain prototype: `in` sees own enumerable string keys only, in JSON's order.
          const v = (value as Record<string, unknown>)[key];
          // Booleans and strings (most facts) without the recursive call.
          const id =
            typeof v === "boolean"
              ? v
                ? TRUE
                : FALSE
              : typeof v === "string"
                ? this.stringId(v)
                : this.idOf(v, depth + 1);
          if (id < 0) return -1;
          node = pairs.idOf(pairs.idOf(node, this.stringId(key)), id);
        }
        return node;
      }
      default:
        // undefined, functions, symbols and bigints vanish from (or break) JSON text.
        return -1;
    }
  }

  /** The id of a string (the same as `idOf` gives it). */
  stringId(value: string): number {
    let id = this.strings.get(value);
    if (id === undefined) this.strings.set(value, (id = ++this.count));
    return id;
  }
}
