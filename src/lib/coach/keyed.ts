/**
 * Reports locked with an assignment's key: private and verified, with no passphrase.
 *
 * Every assignment a coach makes carries a fresh random key of 32 bytes (`k` in the assignment link, base64url: 43
 * characters), so the key travels only in the link's fragment, which browsers never send to a server. The client's
 * browser keeps it with the accepted assignment; the coach's browser keeps it with the client. A report for that
 * assignment is encrypted and authenticated with it:
 *
 * ```text
 * r2.<assignment id>.<base64url (no padding) of: length (4 bytes) | salt (16) | iv (12) | AES-GCM ciphertext with its tag>
 * ```
 *
 * - the AES-GCM key (256 bits) is HKDF-SHA-256 of the assignment's key, with the random salt and the info
 *   `real-networking report r2`, so every report has a key of its own;
 * - the plaintext is raw DEFLATE of the UTF-8 of the report's compact JSON (the report as in report.ts, which must
 *   name the same assignment id);
 * - the additional authenticated data is the UTF-8 of `r2.<assignment id>` followed by the 4 length bytes: a report
 *   moved under another assignment's id, or presented as another version, does not open;
 * - the length (big-endian) is that of all the bytes, itself included, so a link cut short on the way (a chat app
 *   may do that) is told apart from a changed one before any key is tried; the base64url text must be the one
 *   encoding of its bytes (no stray bits in its last character), so no change of one character goes unnoticed.
 *
 * Anyone may see the assignment id (random, meaningless) and roughly how long the report is; nobody without the key
 * can read the report or make one that opens. Opening fails the same way for a wrong key and for a changed byte: the
 * tag does not verify (`forged`). Web Crypto (`crypto.subtle`) exists only on https pages (and localhost); elsewhere
 * both sides report `unsupported`.
 */
import { fromBase64Url, isCanonicalBase64Url, toBase64Url } from '~/lib/coach/base64url';
import { coachError, failed, ok, type CoachSubject, type Result } from '~/lib/coach/errors';
import { deflateJson, inflateJson, readPrefix } from '~/lib/coach/token';

/** The version of a keyed report token: `r2.` (an `r1.` token is a report with no lock). */
export const KEYED_VERSION = 2;
/** Bytes of an assignment's key. */
export const KEY_BYTES = 32;
export { KEY_PATTERN } from '~/lib/coach/fields';

const LENGTH_BYTES = 4;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT_AT = LENGTH_BYTES;
const IV_AT = SALT_AT + SALT_BYTES;
const HEADER_BYTES = IV_AT + IV_BYTES;
const INFO = new TextEncoder().encode('real-networking report r2');
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether this browser can lock and open keyed reports here (Web Crypto, which browsers give only to https pages). */
export function canLock(): boolean {
  return typeof globalThis.crypto?.subtle?.deriveKey === 'function';
}

/** A fresh random key for a new assignment, base64url. */
export function newAssignmentKey(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

/** The additional data that binds a keyed report to its assignment, its format version and its length. */
function boundTo(assignmentId: string, length: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = new TextEncoder().encode(`r${KEYED_VERSION}.${assignmentId}`);
  const bound = new Uint8Array(prefix.length + LENGTH_BYTES);
  bound.set(prefix, 0);
  bound.set(length.subarray(0, LENGTH_BYTES), prefix.length);
  return bound;
}

async function aesKey(key: string, salt: Uint8Array<ArrayBuffer>, use: KeyUsage): Promise<CryptoKey> {
  const raw = fromBase64Url(key);
  if (typeof raw === 'string' || raw.length !== KEY_BYTES) throw new Error('not an assignment key');
  const material = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  );
}

/** A keyed report token as read before opening: the assignment it names, and its sealed bytes. */
export interface KeyedToken {
  assignmentId: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Lock a value (a report, already checked) for an assignment: `r2.<id>.<…>`. Gives the token and the size of the JSON
 * in bytes, which the caller limits. Rejects without Web Crypto, or for a key that is not one.
 */
export async function lockForAssignment(
  value: unknown,
  assignmentId: string,
  key: string,
): Promise<{ token: string; bytes: number }> {
  if (!ID.test(assignmentId)) throw new Error('not an assignment id');
  const { deflated, bytes } = deflateJson(value);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const all = new Uint8Array(HEADER_BYTES + deflated.length + TAG_BYTES);
  new DataView(all.buffer).setUint32(0, all.length);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: boundTo(assignmentId, all) },
      await aesKey(key, salt, 'encrypt'),
      deflated,
    ),
  );
  all.set(salt, SALT_AT);
  all.set(iv, IV_AT);
  all.set(sealed, HEADER_BYTES);
  return { token: `r${KEYED_VERSION}.${assignmentId}.${toBase64Url(all)}`, bytes };
}

/**
 * Read a keyed token's envelope, with no key: the assignment id and the sealed bytes, or why it is not one (`not-ours`,
 * `newer-version`, `too-large` past `maxChars`, `damaged`, `truncated`). Whitespace is ignored. Never throws.
 */
export function readKeyedToken(raw: unknown, maxChars: number, subject: CoachSubject): Result<KeyedToken> {
  if (typeof raw !== 'string') return failed(coachError('not-ours', subject));
  if (raw.length > maxChars * 2) return failed(coachError('too-large', subject));
  const token = raw.replace(/\s+/g, '');
  if (token.length > maxChars) return failed(coachError('too-large', subject));
  const prefix = readPrefix(token);
  if (!prefix || prefix.letter !== 'r') return failed(coachError('not-ours', subject));
  if (prefix.version > KEYED_VERSION) return failed(coachError('newer-version', subject));
  if (prefix.version !== KEYED_VERSION) return failed(coachError('not-ours', subject));
  const rest = token.slice(prefix.length);
  const dot = rest.indexOf('.');
  if (dot === -1) return failed(coachError(rest === '' || ID.test(rest) ? 'truncated' : 'damaged', subject));
  const assignmentId = rest.slice(0, dot);
  if (!ID.test(assignmentId)) return failed(coachError('damaged', subject));
  const text = rest.slice(dot + 1);
  const bytes = fromBase64Url(text);
  if (typeof bytes === 'string') return failed(coachError(bytes, subject));
  if (bytes.length < LENGTH_BYTES) return failed(coachError('truncated', subject));
  const length = new DataView(bytes.buffer, bytes.byteOffset, LENGTH_BYTES).getUint32(0);
  // Cut short on the way, or longer than it says: told apart before any key is tried.
  if (bytes.length < length) return failed(coachError('truncated', subject));
  if (bytes.length > length || length < HEADER_BYTES + TAG_BYTES || !isCanonicalBase64Url(text)) {
    return failed(coachError('damaged', subject));
  }
  return ok({ assignmentId, bytes });
}

/**
 * Open a keyed token with the key of the assignment it names: the JSON value inside (not yet validated, at most
 * `maxBytes` once inflated), or why not: `forged` when the tag does not verify (a wrong key, a changed byte, another
 * assignment's id), `too-large`, `damaged`, `unsupported`. Never throws or rejects.
 */
export async function openWithKey(
  token: KeyedToken,
  key: string,
  maxBytes: number,
  subject: CoachSubject,
): Promise<Result<unknown>> {
  try {
    if (!canLock()) return failed(coachError('unsupported', subject));
    const { bytes, assignmentId } = token;
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.slice(IV_AT, HEADER_BYTES), additionalData: boundTo(assignmentId, bytes) },
        await aesKey(key, bytes.slice(SALT_AT, IV_AT), 'decrypt'),
        bytes.subarray(HEADER_BYTES),
      );
    } catch {
      return failed(coachError('forged', subject));
    }
    const inflated = inflateJson(new Uint8Array(plain), maxBytes);
    if (!inflated.ok) return failed(coachError(inflated.kind, subject));
    return ok(inflated.value);
  } catch {
    return failed(coachError('damaged', subject));
  }
}
