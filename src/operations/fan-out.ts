import type { AppError } from '../errors.js';
import { toAppError } from '../aws/aws-errors.js';
import { mapBounded } from './map-bounded.js';

/**
 * How many notebooks or stacks one command works on at once unless --concurrency says otherwise: gentle on the
 * CloudFormation and SageMaker request rates (their throttling answers are retried, but each costs seconds).
 */
export const DEFAULT_CONCURRENCY = 4;
/** The most --concurrency accepts. */
export const MAX_CONCURRENCY = 10;

/** One item's outcome: its result, or the error it met, as the AppError the summary and exit code are made from. */
export type FanOutRow<I, R> =
  | { readonly item: I; readonly result: R; readonly error?: undefined }
  | { readonly item: I; readonly result?: undefined; readonly error: AppError };

/**
 * Runs `task` for every item, at most `concurrency` at once, rows in the items' order. One item's failure is its own
 * row and never stops the others (a fleet or a --config run reports every notebook).
 */
export function fanOut<I, R>(
  items: readonly I[],
  operation: string,
  task: (item: I) => Promise<R>,
  concurrency: number = DEFAULT_CONCURRENCY,
): Promise<FanOutRow<I, R>[]> {
  return mapBounded(items, concurrency, async (item): Promise<FanOutRow<I, R>> => {
    try {
      return { item, result: await task(item) };
    } catch (error) {
      return { item, error: toAppError(error, operation) };
    }
  });
}
