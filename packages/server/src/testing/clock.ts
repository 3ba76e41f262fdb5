/** A clock tests move by hand (timeouts, lockout, password expiry, TOTP steps). */

/** A controllable clock: pass `clock.now` as the configuration's clock. */
export interface FakeClock {
  now: () => Date;
  /** Moves time forward. */
  advance: (ms: number) => void;
  /** Moves time forward by minutes. */
  advanceMinutes: (minutes: number) => void;
  set: (at: Date) => void;
}

/** A fake clock starting at `start` (default 2026-03-01T08:00:00Z). */
export function createFakeClock(start = new Date("2026-03-01T08:00:00.000Z")): FakeClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    advanceMinutes: (minutes) => {
      current += minutes * 60_000;
    },
    set: (at) => {
      current = at.getTime();
    },
  };
}
