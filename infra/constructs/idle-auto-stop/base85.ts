/** Python's base85 alphabet (RFC 1924's, as `base64.b85encode` uses it): no quote, backslash or space. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

/**
 * Bytes as Python's `base64.b85encode(data)` writes them (5 characters per 4 bytes, a short last group cut as
 * Python cuts it), so `base64.b85decode` on the notebook reads them back. A quarter denser than base64, which
 * counts twice inside a lifecycle script that SageMaker measures base64-encoded.
 */
export function base85(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const group = [0, 1, 2, 3].map((k) => data[i + k] ?? 0);
    let value = ((group[0]! << 24) | (group[1]! << 16) | (group[2]! << 8) | group[3]!) >>> 0;
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(ALPHABET[value % 85]!);
      value = Math.floor(value / 85);
    }
    const missing = Math.max(0, i + 4 - data.length);
    out += digits.slice(0, 5 - missing).join('');
  }
  return out;
}
