/**
 * base64url (RFC 4648 §5) without padding: the alphabet A–Z a–z 0–9 - _, safe in a URL fragment, a file and an email.
 *
 * Written here rather than with `btoa`/`Buffer` so it works the same in the browser and in Node, on large inputs,
 * and so that reading says how a text is wrong instead of throwing.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index++) VALUES[ALPHABET.charCodeAt(index)] = index;

/** Whether every character of a text is in the base64url alphabet. */
export function isBase64UrlText(text: string): boolean {
  return /^[A-Za-z0-9_-]*$/.test(text);
}

/** base64url text (no padding) for bytes. */
export function toBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let line = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const n = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    line += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    if (line.length >= 8192) {
      parts.push(line);
      line = '';
    }
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const n = bytes[index]! << 16;
    line += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[index]! << 16) | (bytes[index + 1]! << 8);
    line += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  parts.push(line);
  return parts.join('');
}

/**
 * The bytes of base64url text, or why it is not base64url: `damaged` when a character is outside the alphabet
 * (padding `=` included), `truncated` when its length cannot be that of any encoding (a 4-character group cut after
 * its first character). Unused bits in the last character are ignored. Never throws.
 */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | 'damaged' | 'truncated' {
  if (!isBase64UrlText(text)) return 'damaged';
  if (text.length % 4 === 1) return 'truncated';
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let out = 0;
  let index = 0;
  const at = (i: number) => VALUES[text.charCodeAt(i)]!;
  for (; index + 3 < text.length; index += 4) {
    const n = (at(index) << 18) | (at(index + 1) << 12) | (at(index + 2) << 6) | at(index + 3);
    bytes[out++] = n >> 16;
    bytes[out++] = (n >> 8) & 255;
    bytes[out++] = n & 255;
  }
  const rest = text.length - index;
  if (rest === 2) {
    bytes[out] = ((at(index) << 18) | (at(index + 1) << 12)) >> 16;
  } else if (rest === 3) {
    const n = (at(index) << 18) | (at(index + 1) << 12) | (at(index + 2) << 6);
    bytes[out] = n >> 16;
    bytes[out + 1] = (n >> 8) & 255;
  }
  return bytes;
}

/**
 * Whether base64url text is the one encoding of its bytes: the unused bits of its last character are zero, as every
 * encoder writes them. A locked report (keyed.ts) accepts only such text, so that no change of one character can
 * leave its bytes as they were.
 */
export function isCanonicalBase64Url(text: string): boolean {
  const rest = text.length % 4;
  if (rest < 2) return true;
  const last = VALUES[text.charCodeAt(text.length - 1)] ?? -1;
  return last >= 0 && (last & (rest === 2 ? 15 : 3)) === 0;
}
