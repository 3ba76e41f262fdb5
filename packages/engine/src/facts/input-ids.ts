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
 * Ids of pairs of ids (a, b) ≥ 0, in one open-addressing hash table of typed arrays: a tree node's
 * child along a label, a memo key extended by one more id. No object is allocated per pair
 * (a `Map` per tree node was a tenth of the round's allocations). New ids come from `next`.
 */
export class PairIds {
  private mask: number;
  private size = 0;
  private left: Int32Array;
  private right: Int32Array;
  private ids: Int32Array;

  constructor(
    private readonly next: () => number,
    capacity = 1 << 12,
  ) {
    this.mask = capacity - 1;
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.ids = new Int32Array(capacity); // 0: empty slot (ids are ≥ 1)
  }

  /** The id of the pair (a, b), made on first use. */
  idOf(a: number, b: number): number {
    const mask = this.mask;
    let i = hash(a, b) & mask;
    for (;;) {
      const id = this.ids[i] as number;
      if (id === 0) break;
      if (this.left[i] === a && this.right[i] === b) return id;
      i = (i + 1) & mask;
    }
    const id = this.next();
    this.ids[i] = id;
    this.left[i] = a;
    this.right[i] = b;
    if (++this.size * 2 > mask) this.grow();
    return id;
  }

  private grow(): void {
    const { left, right, ids } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] as number;
      if (id === 0) continue;
      let i = hash(left[j] as number, right[j] as number) & this.mask;
      while (this.ids[i] !== 0) i = (i + 1) & this.mask;
      this.ids[i] = id;
      this.left[i] = left[j] as number;
      this.right[i] = right[j] as number;
    }
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
  readonly pairs = new PairIds(() => ++this.count);

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
