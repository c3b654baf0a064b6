/** The time a fake judges expiry and rate limits by: the real one, or a virtual one that moves only when told. */
export interface FakeClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Moves a virtual clock forward; on the real clock it throws (real time cannot be pushed). */
  advance(ms: number): void;
  readonly virtual: boolean;
}

export const realClock: FakeClock = {
  now: () => Date.now(),
  advance() {
    throw new TypeError('advance() needs a virtual clock: start the fake with { clock: "virtual" }');
  },
  virtual: false,
};

/** A clock that stands still at `start` (default: now) until `advance` moves it. */
export function virtualClock(start: number = Date.now()): FakeClock {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError('advance(ms) takes a finite number >= 0');
      now += ms;
    },
    virtual: true,
  };
}

/** `'real'` (default), `'virtual'` (starting now), or a clock of your own. */
export type ClockOption = 'real' | 'virtual' | FakeClock;

export function clockOf(option: ClockOption | undefined): FakeClock {
  if (option === undefined || option === 'real') return realClock;
  if (option === 'virtual') return virtualClock();
  return option;
}
