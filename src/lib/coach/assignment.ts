/**
 * Assignment links: a coach assigns lessons ("modules") and worksheets to a client with a link whose data travels in
 * the URL fragment (`#a=...`), which browsers never send to the server.
 *
 * Token format, version 1: `a1.` then base64url (no padding) of raw DEFLATE of the UTF-8 of compact JSON (see
 * token.ts) with short keys:
 *
 * ```text
 * { "i": id, "c": coach, "l": client, "t": [[kind, item id] | [kind, item id, due], ...], "n"?: note, "d": issuedAt }
 * ```
 *
 * where `kind` is `"m"` (module) or `"w"` (worksheet) and `due` is `YYYY-MM-DD`. Readers ignore keys they do not
 * know, so a later version may add an optional key without breaking this one; any other change raises the version
 * (`a2.`), which this site reports as `newer-version`. A token is at most 4,000 characters and inflates to at most
 * 64 KB. The link: `<absolute URL of /assignment/>#a=<token>`.
 */
import * as v from 'valibot';
import { CoachCodeError, coachError, failed, type Result } from '~/lib/coach/errors';
import { assignmentIdField, calendarDay, contentId, isoTime, personName, text, validateAs } from '~/lib/coach/fields';
import { packToken, prefixOf, unpackToken, type TokenSpec } from '~/lib/coach/token';

/** The assignment token version this site writes and the newest it reads. */
export const ASSIGNMENT_VERSION = 1;
/** Every version-1 assignment token starts with this. */
export const ASSIGNMENT_PREFIX = prefixOf({ letter: 'a', version: ASSIGNMENT_VERSION });
/** Longest assignment token read or written: fits in any browser's address bar, chat message and email. */
export const MAX_ASSIGNMENT_TOKEN_CHARS = 4000;
/** Most bytes an assignment token may inflate to: far above any real one (about 1 KB). */
export const MAX_ASSIGNMENT_BYTES = 64 * 1024;
/** Limits on an assignment's fields. */
export const ASSIGNMENT_LIMITS = { name: 80, note: 300, minItems: 1, maxItems: 40 } as const;

/** One thing to do: a module (lesson, by slug) or a worksheet (by id), with an optional due day. */
export interface AssignmentItem {
  kind: 'module' | 'worksheet';
  /** The lesson's slug or the worksheet's id, kebab-case. */
  id: string;
  /** `YYYY-MM-DD`. */
  due?: string;
}

/** What a coach assigns to one client. */
export interface Assignment {
  /** Stable per coach and client (1–64 of A–Z a–z 0–9 - _), so a progress report can name what it answers. */
  id: string;
  /** The coach's name as they want it shown, at most 80 characters. */
  coach: string;
  /** The client's name as the coach wants it shown, at most 80 characters. */
  client: string;
  /** In the order the coach wants them done: 1 to 40, no item twice. */
  items: AssignmentItem[];
  /** A note from the coach, at most 300 characters, shown as plain text. */
  note?: string;
  /** When the coach made the link, ISO time. */
  issuedAt: string;
}

const itemSchema = v.object({
  kind: v.picklist(['module', 'worksheet']),
  id: contentId,
  due: v.optional(calendarDay),
});

/** The rules an assignment must meet to be written or read. */
export const assignmentSchema = v.object({
  id: assignmentIdField,
  coach: personName(ASSIGNMENT_LIMITS.name),
  client: personName(ASSIGNMENT_LIMITS.name),
  items: v.pipe(
    v.array(itemSchema),
    v.minLength(ASSIGNMENT_LIMITS.minItems, 'no items'),
    v.maxLength(ASSIGNMENT_LIMITS.maxItems, `more than ${ASSIGNMENT_LIMITS.maxItems} items`),
    v.check(
      (items) => new Set(items.map((item) => `${item.kind}:${item.id}`)).size === items.length,
      'an item is listed twice',
    ),
  ),
  note: v.optional(text(ASSIGNMENT_LIMITS.note)),
  issuedAt: isoTime,
});

const kindSchema = v.picklist(['m', 'w']);
const wireSchema = v.object({
  i: v.string(),
  c: v.string(),
  l: v.string(),
  t: v.array(v.union([v.strictTuple([kindSchema, v.string()]), v.strictTuple([kindSchema, v.string(), v.string()])])),
  n: v.optional(v.string()),
  d: v.string(),
});
type Wire = v.InferOutput<typeof wireSchema>;

const spec: TokenSpec = {
  letter: 'a',
  version: ASSIGNMENT_VERSION,
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
 * The token for an assignment (`a1.…`, URL-fragment-safe). Throws a `CoachCodeError` of kind `invalid` (its `detail`
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

/** Read an assignment token: the assignment, or a plain reason it cannot be read. Never throws. */
export function decodeAssignment(token: string): Result<Assignment> {
  try {
    const unpacked = unpackToken(token, spec);
    if (!unpacked.ok) return unpacked;
    const wire = validateAs(wireSchema, unpacked.value, 'assignment');
    if (!wire.ok) return wire;
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
 * The token in a URL fragment: `'#a=a1.…'` gives `'a1.…'`. Takes a fragment with or without its `#`, or a whole link;
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
