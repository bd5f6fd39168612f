/**
 * How many values a digit of the packed text takes: the bytes 0x02 to 0x7E. A quoted here-document in bash passes
 * every byte but NUL unchanged, and we leave out 0x01 and 0x7F as well, the two bytes bash uses inside as its own
 * quoting marks (CTLESC and CTLNUL in bash's source, syntax.h). All of them are ASCII, so the script stays valid
 * UTF-8. log2(125) = 6.97 bits a character, against 6.55 for base94 (printable ASCII but the quote): every character
 * counts again, base64-encoded, in a lifecycle script SageMaker measures.
 */
export const DIGIT_VALUES = 125;
/** The byte of digit 0. */
export const FIRST_DIGIT = 0x02;

/**
 * Bytes as one number written in base 125, most significant digit first, after a leading 1 byte (so leading zero
 * bytes survive). The stub reads it back with Python's integers in one line (UNPACK in idle-auto-stop.ts):
 * `n = reduce(lambda n, c: n * 125 + c - 2, digits, 0)`, then `n.to_bytes(...)[1:]`.
 */
export function heredocDigits(data: Uint8Array): string {
  let value = BigInt('0x01' + Buffer.from(data).toString('hex'));
  const base = BigInt(DIGIT_VALUES);
  const digits: number[] = [];
  // Seven digits at a time: 125^7 < 2^53, so a part is exact as a Number and each step is one BigInt division.
  const chunk = base ** 7n;
  while (value > 0n) {
    let part = Number(value % chunk);
    value /= chunk;
    for (let k = 0; k < 7 && (value > 0n || part > 0); k++) {
      digits.push(FIRST_DIGIT + (part % DIGIT_VALUES));
      part = Math.floor(part / DIGIT_VALUES);
    }
  }
  return Buffer.from(digits.reverse()).toString('latin1');
}
