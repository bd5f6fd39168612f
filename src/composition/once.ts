/** The first call's promise, shared by every later call: a client or an answer asked for once per command. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
