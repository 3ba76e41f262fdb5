/**
 * Deterministic, varied, valid self-assessment facts of one township on `township-2022`
 * (every self-assessed item; item 8 is rated by raters, not typed by the unit). Tests of
 * review, results and appeals use them so totals and ranks differ between units.
 */

/** A small deterministic PRNG (mulberry32) so a seed always gives the same facts. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The facts of township number `seed`, by item code. */
export function townshipFacts(seed: number): Record<string, Record<string, unknown>> {
  const r = seededRandom(seed + 1);
  const int = (max: number) => Math.floor(r() * (max + 1));
  const dec = (lo: number, hi: number, places: number) => (lo + r() * (hi - lo)).toFixed(places);
  const levels = ["county", "city", "province", "national"];
  const late = int(3);
  const villages = 5 + int(20);
  return {
    "1.1": { met: r() > 0.1 },
    "1.2": { met: r() > 0.1 },
    "1.3": { absences: int(4) },
    "1.4": { late, lateAfterReminder: int(late) },
    "2.1": { score: dec(2, 5, 1) },
    "2.2": { articles: int(7) },
    "3.1": { score: dec(3, 5, 2) },
    "3.2": { score: String(int(5)) },
    "4.1": { rate: dec(98.5, 100, 2) },
    "4.2": { violations: int(3) },
    "4.3": { notices: int(3) },
    "4.4": { rate: dec(60, 80, 1) },
    "5.1": { missingWindows: int(2) },
    "5.2": { villagesServed: int(villages), villagesTotal: villages },
    "5.3": { met: r() > 0.2 },
    "5.4": { errors: int(4) },
    "5.5": { notices: int(2) },
    "5.6": { volume: 3000 + int(3000), previousVolume: 3000 + int(3000) },
    "6": { cases: Array.from({ length: int(2) }, () => ({ assisted: r() > 0.5 })) },
    "7": { findings: Array.from({ length: int(2) }, () => ({ level: levels[int(3)] })) },
    "9.2": { donationYuan: int(150000) },
    "9.3": r() > 0.5 ? { reached70On: `2022-0${1 + int(8)}-1${int(9)}` } : {},
    "9.4": {
      pilots: Array.from({ length: int(2) }, () => ({
        level: levels[int(3)],
        promoted: r() > 0.7,
      })),
    },
    "9.5": { honors: int(2) },
    "9.6": {
      endorsements: Array.from({ length: int(2) }, (_, k) => ({
        work: `工作${k}`,
        level: levels[int(3)],
      })),
    },
    "9.7": {
      adoptions: Array.from({ length: int(3) }, (_, k) => ({
        info: `信息${k}`,
        channel: r() > 0.5 ? "gov" : "media",
        level: levels[int(3)],
      })),
    },
    "9.8": { met: r() > 0.7 },
  };
}
