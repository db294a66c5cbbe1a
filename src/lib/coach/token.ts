/**
 * Compressed JSON tokens, shared by assignment links and progress reports.
 *
 * Format: `<letter><version>.<payload>`, where the letter names what the token holds (`a` an assignment, `r` a
 * report, `s` a sealed text: see seal.ts), the version is a decimal integer from 1 without leading zeros, and the
 * payload is base64url (RFC 4648 §5, no padding) of
 *
 * ```text
 * raw DEFLATE (RFC 1951, no zlib or gzip header) of the UTF-8 of compact JSON | CRC-32 of that UTF-8 (4 bytes, big-endian)
 * ```
 *
 * The CRC-32 (the one of zlib, gzip and PNG) is there because DEFLATE alone does not notice every change: in tests,
 * about one in five single-character changes to an assignment link still inflated to valid JSON with, say, one
 * letter of the note changed. With it, any change of one character is caught.
 *
 * Reading checks, in order: the length (`too-large`), the prefix (`not-ours`, `newer-version`), base64url
 * (`damaged`, `truncated`), inflating with a hard limit on the output (`too-large` as soon as it is passed,
 * `truncated` when the compressed data ends early, `damaged` otherwise), the CRC-32, UTF-8 and JSON (`damaged`).
 * Whitespace anywhere in a token (an email client wrapping a long link) is ignored.
 */
import { deflateSync, Inflate } from 'fflate';
import { fromBase64Url, toBase64Url } from '~/lib/coach/base64url';
import { coachError, failed, ok, type CoachCodeError, type CoachSubject, type Result } from '~/lib/coach/errors';

/** What a token of one kind looks like, and how much of it a reader will take. */
export interface TokenSpec {
  /** The letter before the version: `a`, `r`. */
  letter: string;
  /** The version this site writes and the newest it reads. */
  version: number;
  /** The oldest version it reads (default: `version`). */
  oldest?: number;
  /** Longest token read (whitespace not counted). */
  maxChars: number;
  /** Most bytes the payload may inflate to. */
  maxBytes: number;
  /** What the messages call it. */
  subject: CoachSubject;
}

/** How a prefix reads: the letter and version, and the prefix's length; `undefined` when it is not a prefix. */
export function readPrefix(token: string): { letter: string; version: number; length: number } | undefined {
  const match = /^([a-z])([1-9][0-9]{0,5})\./.exec(token);
  if (!match) return undefined;
  return { letter: match[1]!, version: Number(match[2]), length: match[0].length };
}

/** The prefix a token of this kind and version starts with: `a1.`. */
export function prefixOf(spec: Pick<TokenSpec, 'letter' | 'version'>): string {
  return `${spec.letter}${spec.version}.`;
}

/**
 * The checks every token reader makes before looking inside: the prefix and the size. Gives the payload after the
 * prefix (whitespace removed), or the error. Never throws.
 */
export function checkEnvelope(
  raw: unknown,
  spec: Omit<TokenSpec, 'maxBytes'>,
): Result<{ payload: string; version: number }> {
  if (typeof raw !== 'string') return failed(coachError('not-ours', spec.subject));
  // The length first, before any other work on the text: whitespace is dropped below, and a text that is mostly
  // whitespace is refused before that work is done.
  if (raw.length > spec.maxChars * 2) return failed(coachError('too-large', spec.subject));
  const prefix = readPrefix(raw.trimStart());
  if (!prefix || prefix.letter !== spec.letter) return failed(coachError('not-ours', spec.subject));
  if (prefix.version > spec.version) return failed(coachError('newer-version', spec.subject));
  if (prefix.version < (spec.oldest ?? spec.version)) return failed(coachError('not-ours', spec.subject));
  const token = raw.replace(/\s+/g, '');
  if (token.length > spec.maxChars) return failed(coachError('too-large', spec.subject));
  const payload = token.slice(prefix.length);
  if (payload === '') return failed(coachError('truncated', spec.subject));
  return ok({ payload, version: prefix.version });
}

/**
 * A token for a JSON value: the prefix, then base64url of raw DEFLATE of its compact JSON. Also gives the size of
 * the JSON in bytes, which a reader limits.
 */
export function packToken(
  spec: Pick<TokenSpec, 'letter' | 'version'>,
  value: unknown,
): { token: string; bytes: number } {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const deflated = deflateSync(bytes, { level: 9 });
  const payload = new Uint8Array(deflated.length + CHECK_BYTES);
  payload.set(deflated, 0);
  new DataView(payload.buffer).setUint32(deflated.length, crc32(bytes));
  return { token: prefixOf(spec) + toBase64Url(payload), bytes: bytes.length };
}

const CHECK_BYTES = 4;
const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

/** The CRC-32 (IEEE 802.3, as in zlib, gzip and PNG) of bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index++) crc = CRC_TABLE[(crc ^ bytes[index]!) & 255]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Inflate raw DEFLATE data, stopping as soon as the output passes `maxBytes`. The input goes in small pieces, so no
 * more than about `maxBytes` more than the limit is ever held, however well the input compresses (DEFLATE expands
 * at most about 1,032 times). Never throws.
 */
export function inflateLimited(
  data: Uint8Array,
  maxBytes: number,
): { ok: true; bytes: Uint8Array } | { ok: false; kind: 'too-large' | 'truncated' | 'damaged' } {
  if (data.length === 0) return { ok: false, kind: 'truncated' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) over = true;
    else chunks.push(chunk);
  });
  const step = Math.max(16, Math.floor(maxBytes / 1032));
  try {
    for (let start = 0; start < data.length; start += step) {
      const end = Math.min(start + step, data.length);
      inflater.push(data.subarray(start, end), end === data.length);
      if (over) return { ok: false, kind: 'too-large' };
    }
  } catch (error) {
    // fflate's code 0 is "unexpected EOF": the data stops before the compressed stream ends.
    const code = (error as { code?: unknown } | null)?.code;
    return { ok: false, kind: code === 0 ? 'truncated' : 'damaged' };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}

/**
 * Read a token of one kind into the JSON value it holds (not yet validated), or say why it cannot be read. Never
 * throws.
 */
export function unpackToken(raw: unknown, spec: TokenSpec): Result<{ value: unknown; version: number }> {
  const fail = (kind: CoachCodeError['kind']) =>
    failed<{ value: unknown; version: number }>(coachError(kind, spec.subject));
  try {
    const envelope = checkEnvelope(raw, spec);
    if (!envelope.ok) return envelope;
    const data = fromBase64Url(envelope.value.payload);
    if (typeof data === 'string') return fail(data);
    if (data.length <= CHECK_BYTES) return fail('truncated');
    const inflated = inflateLimited(data.subarray(0, data.length - CHECK_BYTES), spec.maxBytes);
    if (!inflated.ok) return fail(inflated.kind);
    const check = new DataView(data.buffer, data.byteOffset + data.length - CHECK_BYTES, CHECK_BYTES).getUint32(0);
    if (check !== crc32(inflated.bytes)) return fail('damaged');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    } catch {
      return fail('damaged');
    }
    try {
      return ok({ value: JSON.parse(text) as unknown, version: envelope.value.version });
    } catch {
      return fail('damaged');
    }
  } catch {
    return fail('damaged');
  }
}

/** Raw DEFLATE of the UTF-8 of a value's compact JSON, and the JSON's size in bytes (for keyed reports, keyed.ts). */
export function deflateJson(value: unknown): { deflated: Uint8Array<ArrayBuffer>; bytes: number } {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return { deflated: deflateSync(bytes, { level: 9 }) as Uint8Array<ArrayBuffer>, bytes: bytes.length };
}

/** The JSON value in raw DEFLATE data, inflating at most `maxBytes`; the failure's kind, or the value. Never throws. */
export function inflateJson(
  data: Uint8Array,
  maxBytes: number,
): { ok: true; value: unknown } | { ok: false; kind: 'too-large' | 'truncated' | 'damaged' } {
  const inflated = inflateLimited(data, maxBytes);
  if (!inflated.ok) return inflated;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes)) as unknown };
  } catch {
    return { ok: false, kind: 'damaged' };
  }
}
