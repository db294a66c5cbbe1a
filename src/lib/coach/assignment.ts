/**
 * Assignment links: a coach assigns lessons ("modules") and worksheets to a client with a link whose data travels in
 * the URL fragment (`#a=...`), which browsers never send to the server.
 *
 * Token format, version 2: `a2.` then base64url (no padding) of raw DEFLATE of the UTF-8 of compact JSON (see
 * token.ts) with short keys:
 *
 * ```text
 * { "i": id, "c": coach, "l": client, "t": [[kind, item id] | [kind, item id, due], ...], "n"?: note, "d": issuedAt,
 *   "k"?: key }
 * ```
 *
 * where `kind` is `"m"` (module) or `"w"` (worksheet), `due` is `YYYY-MM-DD`, and `k` is the assignment's key (32
 * random bytes, base64url: see keyed.ts), which locks the client's reports so that only this coach can open them and
 * knows they came from this link. Version 1 (`a1.`) is the same without `k`; it is still read (clients may hold old
 * links), and its reports need a passphrase. Readers ignore keys they do not know; any other change raises the
 * version (`a3.`), which this site reports as `newer-version`. A token is at most 4,000 characters and inflates to at
 * most 64 KB. Names and the note are cleaned as they are read (clean.ts): a name must have a visible character. The
 * link: `<absolute URL of /assignment/>#a=<token>`.
 */
import * as v from 'valibot';
import {
  ASSIGNMENT_LIMITS,
  itemsSchema,
  keySchema,
  type Assignment,
  type AssignmentItem,
} from '~/lib/coach/assignment-shape';
import { cleanedName, cleanedText } from '~/lib/coach/cleaned-fields';
import { CoachCodeError, coachError, failed, validateAs, type Result } from '~/lib/coach/errors';
import { assignmentIdField, isoTime } from '~/lib/coach/fields';
import { packToken, prefixOf, unpackToken, type TokenSpec } from '~/lib/coach/token';

/** The assignment token version this site writes and the newest it reads. */
export const ASSIGNMENT_VERSION = 2;
/** The oldest assignment token version this site reads: `a1.`, with no key. */
export const OLDEST_ASSIGNMENT_VERSION = 1;
export {
  ASSIGNMENT_LIMITS,
  storedAssignmentSchema,
  type Assignment,
  type AssignmentItem,
} from '~/lib/coach/assignment-shape';

/** Every assignment token this site writes starts with this. */
export const ASSIGNMENT_PREFIX = /* @__PURE__ */ prefixOf({ letter: 'a', version: ASSIGNMENT_VERSION });
/** Longest assignment token read or written: fits in any browser's address bar, chat message and email. */
export const MAX_ASSIGNMENT_TOKEN_CHARS = 4000;
/** Most bytes an assignment token may inflate to: far above any real one (about 1 KB). */
export const MAX_ASSIGNMENT_BYTES = 64 * 1024;
/** The rules an assignment must meet to be written or read from a link: names and note cleaned (clean.ts). */
export const assignmentSchema = v.object({
  id: assignmentIdField,
  coach: cleanedName(ASSIGNMENT_LIMITS.name),
  client: cleanedName(ASSIGNMENT_LIMITS.name),
  items: itemsSchema,
  note: v.optional(cleanedText(ASSIGNMENT_LIMITS.note)),
  issuedAt: isoTime,
  key: v.optional(keySchema),
});

const kindSchema = v.picklist(['m', 'w']);
const wireSchema = v.object({
  i: v.string(),
  c: v.string(),
  l: v.string(),
  t: v.array(v.union([v.strictTuple([kindSchema, v.string()]), v.strictTuple([kindSchema, v.string(), v.string()])])),
  n: v.optional(v.string()),
  d: v.string(),
  k: v.optional(v.string()),
});
type Wire = v.InferOutput<typeof wireSchema>;

const spec: TokenSpec = {
  letter: 'a',
  version: ASSIGNMENT_VERSION,
  oldest: OLDEST_ASSIGNMENT_VERSION,
  maxChars: MAX_ASSIGNMENT_TOKEN_CHARS,
  maxBytes: MAX_ASSIGNMENT_BYTES,
  subject: 'assignment',
};

function toWire(a: Assignment): Wire {
  const wire: Wire = {
    i: a.id,
    c: a.coach,
    l: a.client,
    t: a.items.map((item) => {
      const kind = item.kind === 'module' ? 'm' : 'w';
      return item.due === undefined ? [kind, item.id] : [kind, item.id, item.due];
    }),
    d: a.issuedAt,
  };
  if (a.note !== undefined) wire.n = a.note;
  if (a.key !== undefined) wire.k = a.key;
  return wire;
}

function fromWire(wire: Wire): Assignment {
  const assignment: Assignment = {
    id: wire.i,
    coach: wire.c,
    client: wire.l,
    items: wire.t.map(([kind, id, due]) => {
      const item: AssignmentItem = { kind: kind === 'm' ? 'module' : 'worksheet', id };
      if (due !== undefined) item.due = due;
      return item;
    }),
    issuedAt: wire.d,
  };
  if (wire.n !== undefined) assignment.note = wire.n;
  if (wire.k !== undefined) assignment.key = wire.k;
  return assignment;
}

/**
 * Check an assignment against the rules (for the coach's form): the assignment with unknown keys dropped, or an
 * `invalid` error whose `detail` names the field. Never throws.
 */
export function checkAssignment(value: unknown): Result<Assignment> {
  return validateAs(assignmentSchema, value, 'assignment');
}

/**
 * The token for an assignment (`a2.…`, URL-fragment-safe). Throws a `CoachCodeError` of kind `invalid` (its `detail`
 * names the field) when the assignment breaks a rule, or `too-large` when the token would pass 4,000 characters, so
 * that no link is ever made that `decodeAssignment` would refuse. Use `checkAssignment` first to show problems.
 */
export function encodeAssignment(a: Assignment): string {
  const checked = checkAssignment(a);
  if (!checked.ok) throw checked.error;
  const { token } = packToken(spec, toWire(checked.value));
  if (token.length > MAX_ASSIGNMENT_TOKEN_CHARS) {
    throw new CoachCodeError(
      'too-large',
      `This assignment makes a link of ${token.length} characters, longer than the ${MAX_ASSIGNMENT_TOKEN_CHARS} a link may have. Shorten the note or assign fewer items.`,
    );
  }
  return token;
}

/**
 * Read an assignment token (`a2.`, or `a1.` with no key): the assignment, names and note cleaned, or a plain reason it
 * cannot be read. Never throws.
 */
export function decodeAssignment(token: string): Result<Assignment> {
  try {
    const unpacked = unpackToken(token, spec);
    if (!unpacked.ok) return unpacked;
    const wire = validateAs(wireSchema, unpacked.value.value, 'assignment');
    if (!wire.ok) return wire;
    // A version-1 link never carries a key; one that says it does was not made by this course.
    if (unpacked.value.version === 1 && wire.value.k !== undefined) return failed(coachError('invalid', 'assignment'));
    return checkAssignment(fromWire(wire.value));
  } catch {
    return failed(coachError('damaged', 'assignment'));
  }
}

/**
 * The link a coach sends: `base` (the absolute URL of the course's /assignment/ page; any fragment it has is
 * dropped) with `#a=<token>`. Throws as `encodeAssignment` does.
 */
export function assignmentLink(base: string, a: Assignment): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}#a=${encodeAssignment(a)}`;
}

/**
 * The token in a URL fragment: `'#a=a2.…'` gives `'a2.…'`. Takes a fragment with or without its `#`, or a whole link;
 * other parameters (`#x=1&a=…`) are ignored; `key` reads another parameter (`'r'` for a report link). `undefined`
 * when there is none. Never throws.
 */
export function tokenFromFragment(hash: string, key: string = 'a'): string | undefined {
  if (typeof hash !== 'string') return undefined;
  const at = hash.indexOf('#');
  const fragment = at === -1 ? hash : hash.slice(at + 1);
  try {
    const value = new URLSearchParams(fragment).get(key);
    return value ? value : undefined;
  } catch {
    return undefined;
  }
}
