/**
 * The printable ASCII characters but the single quote (the stub passes the text to python3 in single quotes): 94 of
 * them, in order, so a character's value is its code less 32, less one more after the quote.
 */
export const BASE94_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== "'")
  .join('');

/**
 * Bytes as one number written in base 94, most significant digit first, after a leading 1 byte (so leading zero
 * bytes survive). The stub reads it back with Python's integers in one line:
 * `n = reduce(lambda n, c: n * 94 + ord(c) - 32 - (c > "&"), text, 0)` (past "&" is past the quote, which never comes), then `n.to_bytes(...)[1:]`.
 * 8 / log2(94) = 1.220 characters a byte against base85's 1.25: every character counts again, base64-encoded,
 * inside a lifecycle script SageMaker measures.
 */
export function base94(data: Uint8Array): string {
  let value = BigInt('0x01' + Buffer.from(data).toString('hex'));
  const digits: string[] = [];
  // Eight digits at a time: 94^8 < 2^53, so a part is exact as a Number and each step is one BigInt division.
  const chunk = 94n ** 8n;
  while (value > 0n) {
    let part = Number(value % chunk);
    value /= chunk;
    for (let k = 0; k < 8 && (value > 0n || part > 0); k++) {
      digits.push(BASE94_ALPHABET[part % 94]!);
      part = Math.floor(part / 94);
    }
  }
  return digits.reverse().join('');
}
