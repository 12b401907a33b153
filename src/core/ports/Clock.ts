import { invalidArgument } from "../errors/invalidArgument.js";

/**
 * Port: the current time. Domain code never reads the system clock itself; the host passes `clock.now()` in.
 *
 * @example
 * ```ts
 * const systemClock: Clock = { now: () => new Date() };
 * ```
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/**
 * A clock for tests and replays that only moves when told to.
 *
 * @example
 * ```ts
 * const clock: ManualClock = createManualClock("2026-03-01T00:00:00Z");
 * ```
 */
export interface ManualClock extends Clock {
  /** Jumps to an instant. */
  set(instant: Date | string): void;
  /** Moves forward (or back, when negative) by a number of milliseconds. */
  advance(milliseconds: number): void;
}

/**
 * Reference adapter: a clock that stands still until moved, for tests and replays.
 *
 * @example
 * ```ts
 * const clock = createManualClock("2026-03-01T08:00:00Z");
 * clock.advance(60_000);
 * clock.now().toISOString(); // "2026-03-01T08:01:00.000Z"
 * ```
 */
export function createManualClock(start: Date | string): ManualClock {
  let current = toTime(start, "start");
  return {
    now: () => new Date(current),
    set(instant) {
      current = toTime(instant, "instant");
    },
    advance(milliseconds) {
      if (!Number.isFinite(milliseconds)) throw invalidArgument(["milliseconds"], "must be a finite number");
      current += milliseconds;
    },
  };
}

function toTime(value: Date | string, name: string): number {
  const time = (value instanceof Date ? value : new Date(value)).getTime();
  if (Number.isNaN(time)) throw invalidArgument([name], "must be a valid date or ISO 8601 string");
  return time;
}
