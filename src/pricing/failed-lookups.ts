/** Price List look-ups that gave no price, by usage type, with the time they failed (ISO 8601). */
export interface FailedLookups {
  get(usageType: string): { failedAt: string } | undefined;
  set(usageType: string, value: { failedAt: string }): void;
}

/**
 * How long a look-up that gave no price is not asked again: one hour. Without it, an account without
 * pricing:GetProducts, or a network that blocks the Price List endpoint, paid the look-up (and its retries) on every
 * run; meanwhile the cached or built-in price is shown, as when the look-up fails.
 */
export const FAILED_LOOKUP_MS = 60 * 60_000;

/** The Price List calls smnb makes, by usage type. */
export interface PriceListLookup {
  notebookPrice(usageType: string): Promise<number | undefined>;
  storagePrice(usageType: string): Promise<number | undefined>;
}

/**
 * A look-up that remembers failures: a usage type that failed (an error, or no single price) less than an hour ago is
 * not asked again, and answers "no price" at once; a new failure is written down with its time.
 */
export function rememberingFailures(
  lookup: () => Promise<PriceListLookup>,
  failures: FailedLookups,
  now: () => number,
): PriceListLookup {
  const ask = async (usageType: string, call: (l: PriceListLookup) => Promise<number | undefined>) => {
    const failed = failures.get(usageType);
    if (failed && now() - Date.parse(failed.failedAt) < FAILED_LOOKUP_MS) return undefined;
    let price: number | undefined;
    try {
      price = await call(await lookup());
    } finally {
      if (price === undefined) failures.set(usageType, { failedAt: new Date(now()).toISOString() });
    }
    return price;
  };
  return {
    notebookPrice: (usageType) => ask(usageType, (l) => l.notebookPrice(usageType)),
    storagePrice: (usageType) => ask(usageType, (l) => l.storagePrice(usageType)),
  };
}

/** One promise per key for the whole run: every notebook of a type shares one look-up, however many there are. */
export function sharedByKey<T>(make: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (key) => {
    let promise = made.get(key);
    if (!promise) made.set(key, (promise = make(key)));
    return promise;
  };
}
