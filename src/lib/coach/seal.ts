/**
 * Sealing text with a passphrase, so a progress report can travel through email or chat that others may read.
 *
 * Sealed token format, version 1: `s1.` then base64url (no padding) of `salt (16 bytes) | iv (12 bytes) |
 * ciphertext`, where the ciphertext (with its 16-byte tag at the end) is AES-GCM with a 256-bit key of the UTF-8 of
 * the text, and the key is PBKDF2-HMAC-SHA-256 of the UTF-8 of the passphrase (in Unicode NFC, so the same
 * passphrase typed on different systems gives the same key) with the random salt and 600,000 iterations (OWASP's
 * figure for PBKDF2-SHA-256). No additional data. The salt and iv are fresh for every seal.
 *
 * AES-GCM cannot tell a wrong passphrase from a changed or shortened token: both fail the tag, and both are reported
 * as `wrong-passphrase`, with a message that says so. Web Crypto (`crypto.subtle`) exists only on https pages (and
 * localhost); elsewhere sealing and opening report `unsupported`.
 */
import { fromBase64Url, toBase64Url } from '~/lib/coach/base64url';
import { MIN_PASSPHRASE_CHARS } from '~/lib/coach/fields';
import { CoachCodeError, coachError, failed, ok, type CoachSubject, type Result } from '~/lib/coach/errors';
import { prefixOf, readPrefix } from '~/lib/coach/token';

/** The seal version this site writes and the newest it opens. */
export const SEAL_VERSION = 1;
/** Every version-1 sealed token starts with this. */
export const SEAL_PREFIX = prefixOf({ letter: 's', version: SEAL_VERSION });
/** PBKDF2 iterations for a version-1 seal. */
export const SEAL_ITERATIONS = 600_000;
/** Longest sealed token read: a sealed report of the largest size (an r1. token of 300,000 characters) fits. */
export const MAX_SEALED_CHARS = 420_000;
export { MIN_PASSPHRASE_CHARS };

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = SALT_BYTES + IV_BYTES;

/** Whether this browser can seal and open here (it has Web Crypto, which browsers give only to https pages). */
export function canSeal(): boolean {
  return typeof globalThis.crypto?.subtle?.deriveKey === 'function';
}

/** Whether a text is a sealed token (of any version): `s1.…`. Never throws. */
export function isSealed(token: unknown): token is string {
  if (typeof token !== 'string') return false;
  return readPrefix(token.trimStart())?.letter === 's';
}

async function keyFor(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, use: KeyUsage) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  );
}

/**
 * Seal a text with a passphrase: `s1.` + base64url(salt | iv | AES-GCM ciphertext). Rejects with a `CoachCodeError`
 * of kind `invalid` for a passphrase shorter than 16 characters or `unsupported` without Web Crypto. `iterations` is for tests only:
 * `openSealed` must be given the same number.
 */
export async function sealText(
  plain: string,
  passphrase: string,
  iterations: number = SEAL_ITERATIONS,
): Promise<string> {
  if (typeof passphrase !== 'string' || passphrase.length < MIN_PASSPHRASE_CHARS) {
    throw new CoachCodeError(
      'invalid',
      `Choose a passphrase of at least ${MIN_PASSPHRASE_CHARS} characters to seal the report with.`,
    );
  }
  if (!canSeal()) throw coachError('unsupported', 'report');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await keyFor(passphrase, salt, iterations, 'encrypt');
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)),
  );
  const bytes = new Uint8Array(HEADER_BYTES + sealed.length);
  bytes.set(salt, 0);
  bytes.set(iv, SALT_BYTES);
  bytes.set(sealed, HEADER_BYTES);
  return SEAL_PREFIX + toBase64Url(bytes);
}

/**
 * The checks that need no passphrase: the size (`too-large`), the prefix (`not-ours`, `newer-version`), base64url and
 * length (`damaged`, `truncated`). Gives the sealed bytes. `subject` words the messages. Never throws.
 */
export function checkSealed(token: unknown, subject: CoachSubject = 'report'): Result<Uint8Array<ArrayBuffer>> {
  if (typeof token !== 'string') return failed(coachError('not-ours', subject));
  if (token.length > MAX_SEALED_CHARS * 2) return failed(coachError('too-large', subject));
  const prefix = readPrefix(token.trimStart());
  if (!prefix || prefix.letter !== 's') return failed(coachError('not-ours', subject));
  if (prefix.version > SEAL_VERSION) return failed(coachError('newer-version', subject));
  if (prefix.version !== SEAL_VERSION) return failed(coachError('not-ours', subject));
  const compact = token.replace(/\s+/g, '');
  if (compact.length > MAX_SEALED_CHARS) return failed(coachError('too-large', subject));
  const bytes = fromBase64Url(compact.slice(prefix.length));
  if (typeof bytes === 'string') return failed(coachError(bytes, subject));
  if (bytes.length < HEADER_BYTES + TAG_BYTES) return failed(coachError('truncated', subject));
  return ok(bytes);
}

/**
 * Open a sealed token with its passphrase: the text, or a plain reason it cannot be opened (`wrong-passphrase` when
 * the passphrase is wrong or the token was changed; `truncated`, `damaged`, `not-ours`, `newer-version`, `too-large`,
 * `unsupported`). Never throws or rejects.
 */
export async function openSealed(
  token: string,
  passphrase: string,
  iterations: number = SEAL_ITERATIONS,
): Promise<Result<string>> {
  try {
    const checked = checkSealed(token);
    if (!checked.ok) return checked;
    if (!canSeal()) return failed(coachError('unsupported', 'report'));
    if (typeof passphrase !== 'string') return failed(coachError('wrong-passphrase', 'report'));
    const bytes = checked.value;
    let key: CryptoKey;
    try {
      key = await keyFor(passphrase, bytes.slice(0, SALT_BYTES), iterations, 'decrypt');
    } catch {
      return failed(coachError('unsupported', 'report'));
    }
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.slice(SALT_BYTES, HEADER_BYTES) },
        key,
        bytes.subarray(HEADER_BYTES),
      );
    } catch {
      return failed(coachError('wrong-passphrase', 'report'));
    }
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return failed(coachError('damaged', 'report'));
  }
}
