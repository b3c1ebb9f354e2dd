/** The server's notion of now, injected so tests can stand at 11:59:59 of a closing day. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export const fixedClock = (start: Date | string) => {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (next: Date | string) => {
      current = new Date(next);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
};

/**
 * The system time moved by an offset that a browser test sets through `POST /api/test/clock` (TEST_CLOCK=true,
 * never in production). The offset lives in this process: the browser tests run one instance, and moving it
 * moves every deadline and timer the same way, as fixedClock does in the API tests (decision 009).
 */
export const offsetClock = () => {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    offsetMs: () => offsetMs,
    setNow: (target: Date) => {
      offsetMs = target.getTime() - Date.now();
    },
    reset: () => {
      offsetMs = 0;
    },
  };
};
export type OffsetClock = ReturnType<typeof offsetClock>;
