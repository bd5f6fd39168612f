/** Time as operations see it, so tests run instantly. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The day (UTC, YYYY-MM-DD) a clock is in: what prices and caches are dated with. */
export const today = (clock: Clock): string => new Date(clock.now()).toISOString().slice(0, 10);

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
