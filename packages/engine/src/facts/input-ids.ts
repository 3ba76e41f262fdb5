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

interface Node {
  id: number;
  next: Map<number, Node> | undefined;
}

const TRUE = 1;
const FALSE = 2;
const NULL = 3;

/** Ids of plain JSON inputs within one round (never shared between rounds). */
export class InputIds {
  private count = NULL;
  private readonly numbers = new Map<number, number>();
  private readonly strings = new Map<string, number>();
  private readonly objects: Node = this.node();
  private readonly arrays: Node = this.node();

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
      case "string": {
        let id = this.strings.get(value);
        if (id === undefined) this.strings.set(value, (id = ++this.count));
        return id;
      }
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
        if (Array.isArray(value)) {
          if (Object.getPrototypeOf(value) !== Array.prototype) return -1;
          let node = this.arrays;
          // A hole reads as undefined, which has no id.
          for (let i = 0; i < value.length; i++) {
            const id = this.idOf(value[i], depth + 1);
            if (id < 0) return -1;
            node = this.step(node, id);
          }
          return node.id;
        }
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) return -1;
        let node = this.objects;
        for (const key in value) {
          // Plain prototype: `in` sees own enumerable string keys only, in JSON's order.
          const id = this.idOf((value as Record<string, unknown>)[key], depth + 1);
          if (id < 0) return -1;
          node = this.step(this.step(node, this.idOf(key)), id);
        }
        return node.id;
      }
      default:
        // undefined, functions, symbols and bigints vanish from (or break) JSON text.
        return -1;
    }
  }

  private node(): Node {
    return { id: ++this.count, next: undefined };
  }

  /** The child of a node along a label, made on first use. */
  private step(from: Node, label: number): Node {
    let next = from.next;
    if (next === undefined) from.next = next = new Map();
    let to = next.get(label);
    if (to === undefined) next.set(label, (to = this.node()));
    return to;
  }
}
