/**
 * Bounded in-process memo of computed results. Results are a pure function of their inputs, so
 * the key is a SHA-256 of every input (scheme version, units, facts rows, ratings): a hit is
 * exactly what computing again would give, in any process and after any write. Snapshots are
 * immutable, so their parsed content is memoised by snapshot id. Bounded by units held.
 */
import { createHash } from "node:crypto";

/** A small LRU map bounded by a total weight (units held). */
export class WeightedMemo<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;

  constructor(private readonly maxWeight: number) {}

  /** The value for `key`, marking it recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores a value; evicts the least recently used until the weight fits. */
  set(key: string, value: V, weight: number): void {
    if (weight > this.maxWeight) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.total -= old.weight;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, weight });
    this.total += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
  }
}

/** SHA-256 of a JSON-serialisable value (JSON quoting keeps every boundary unambiguous). */
export function digestOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}
