/**
 * Property tests for every coach-mode reader: whatever text arrives (arbitrary strings, base64url behind our
 * prefixes, arbitrary bytes, well-compressed JSON of any shape, a valid token with a character changed), none throws,
 * and every failure is a CoachCodeError of a known kind with a message. And what the encoders make, the decoders
 * read back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, type Assignment } from '~/lib/coach/assignment';
import { toBase64Url } from '~/lib/coach/base64url';
import { COACH_ERROR_KINDS, CoachCodeError, type Result } from '~/lib/coach/errors';
import { cleanName, cleanText } from '~/lib/coach/clean';
import { newAssignmentKey } from '~/lib/coach/keyed';
import {
  REPORT_FORMAT,
  encodeReport,
  lockReport,
  openKeyedReport,
  readReportFile,
  readReportText,
  type ProgressReport,
} from '~/lib/coach/report';
import { openSealed, sealText } from '~/lib/coach/seal';
import { packToken } from '~/lib/coach/token';

const FAST = 1000;
const RUNS = 1000;
const SEAL_RUNS = 200;
/** A thousand runs take a second or two; allow for a busy machine. */
const PROPERTY_TIMEOUT = 180_000;

/** A failure must be a CoachCodeError of a known kind, with a message to show. */
function expectWellFormed(result: Result<unknown>): void {
  if (result.ok) return;
  expect(result.error).toBeInstanceOf(CoachCodeError);
  expect(COACH_ERROR_KINDS).toContain(result.error.kind);
  expect(result.error.message.trim().length).toBeGreaterThan(20);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
const prefix = fc.constantFrom('a1.', 'r1.', 's1.', 'a2.', 'r2.', 's2.', 'a10.', ' a1.', '');
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary-ascii', maxLength: 400 }),
);
const base64ish = fc
  .tuple(prefix, fc.string({ unit: fc.constantFrom(...ALPHABET, ALPHABET[0]!, ' ', '\n', '=', '.'), maxLength: 600 }))
  .map(([p, text]) => p + text);
const prefixedBytes = fc.tuple(prefix, fc.uint8Array({ maxLength: 800 })).map(([p, bytes]) => p + toBase64Url(bytes));
/** Correctly compressed and checksummed JSON of any shape: only validation stands in the way. */
const packedJson = fc
  .tuple(fc.constantFrom('a', 'r'), fc.jsonValue({ maxDepth: 4 }))
  .map(([letter, value]) => packToken({ letter, version: 1 }, value).token);

/** Objects shaped almost like an assignment's wire form, with any values. */
const almostAssignment = fc
  .record(
    {
      i: fc.oneof(fc.string({ maxLength: 70 }), fc.jsonValue({ maxDepth: 1 })),
      c: fc.oneof(fc.string({ maxLength: 90 }), fc.integer()),
      l: fc.string({ maxLength: 90 }),
      t: fc.array(
        fc.array(
          fc.oneof(
            fc.constantFrom('m', 'w', 'x', 'give-before-you-get', '2026-02-30', '2026-04-01'),
            fc.jsonValue({ maxDepth: 1 }),
          ),
          {
            maxLength: 4,
          },
        ),
        { maxLength: 45 },
      ),
      n: fc.oneof(fc.string({ maxLength: 310 }), fc.constant(null)),
      d: fc.oneof(fc.constantFrom('2026-03-02T19:04:11Z', '2026-02-30T10:00:00Z', 'now'), fc.string()),
    },
    { requiredKeys: [] },
  )
  .map((value) => packToken({ letter: 'a', version: 1 }, value).token);

/** Objects shaped almost like a report, with any values. */
const almostReportValue = fc.record(
  {
    v: fc.oneof(fc.constant(1), fc.constant(2), fc.jsonValue({ maxDepth: 0 })),
    client: fc.oneof(fc.string({ maxLength: 90 }), fc.jsonValue({ maxDepth: 0 })),
    assignmentId: fc.string({ maxLength: 70 }),
    createdAt: fc.constantFrom('2026-04-20T08:15:00Z', 'yesterday', '2026-13-01T00:00:00Z'),
    modules: fc.array(
      fc.record(
        {
          id: fc.string({ maxLength: 20 }),
          title: fc.string(),
          done: fc.jsonValue({ maxDepth: 0 }),
          doneAt: fc.string(),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    ),
    worksheets: fc.array(
      fc.record(
        {
          id: fc.constantFrom('giving-style', 'Not Kebab', ''),
          title: fc.string(),
          lines: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
    audit: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: [] },
);
const almostReport = almostReportValue.map((value) => packToken({ letter: 'r', version: 1 }, value).token);

/** Report files of every kind: ours and not, every version, sealed and not. */
const almostReportFile = fc
  .record(
    {
      format: fc.constantFrom(REPORT_FORMAT, 'real-networking-workbook', 'other'),
      version: fc.oneof(fc.constantFrom(1, 2, 0, -1, 1.5), fc.jsonValue({ maxDepth: 0 })),
      report: fc.oneof(almostReportValue, fc.jsonValue({ maxDepth: 2 })),
      sealed: fc.oneof(base64ish, prefixedBytes, fc.jsonValue({ maxDepth: 0 })),
    },
    { requiredKeys: ['format'] },
  )
  .map((value) => JSON.stringify(value, null, 2));

/** Sealed report files, whole, cut short or with any token. */
const almostSealedFile = fc
  .tuple(
    fc.oneof(
      prefixedBytes,
      base64ish,
      fc.uint8Array({ minLength: 44, maxLength: 300 }).map((b) => `s1.${toBase64Url(b)}`),
    ),
    fc.nat(),
  )
  .map(([sealed, cut]) => {
    const text = JSON.stringify({ format: REPORT_FORMAT, version: 1, sealed }, null, 2);
    return cut % 3 === 0 ? text.slice(0, cut % text.length) : text;
  });

const everyInput = fc.oneof(
  anyText,
  base64ish,
  prefixedBytes,
  packedJson,
  almostAssignment,
  almostReport,
  almostReportFile,
  almostSealedFile,
);

describe('no reader ever throws, and every failure says why', { timeout: PROPERTY_TIMEOUT }, () => {
  it('decodeAssignment', () => {
    fc.assert(
      fc.property(everyInput, (text) => expectWellFormed(decodeAssignment(text))),
      { numRuns: RUNS },
    );
  });

  it('readReportText', () => {
    fc.assert(
      fc.property(everyInput, (text) => expectWellFormed(readReportText(text))),
      { numRuns: RUNS },
    );
  });

  it('readReportFile', () => {
    fc.assert(
      fc.property(everyInput, fc.nat({ max: 6 * 1024 * 1024 }), (text, size) => {
        expectWellFormed(readReportFile(text));
        expectWellFormed(readReportFile(text, size));
      }),
      { numRuns: RUNS },
    );
  });

  it('openSealed', async () => {
    const sealedish = fc.oneof(
      anyText,
      base64ish,
      prefixedBytes,
      fc.uint8Array({ minLength: 44, maxLength: 300 }).map((bytes) => `s1.${toBase64Url(bytes)}`),
    );
    await fc.assert(
      fc.asyncProperty(sealedish, fc.string({ maxLength: 30 }), async (text, passphrase) => {
        const result = await openSealed(text, passphrase, FAST);
        expectWellFormed(result);
        // Random bytes are never a seal this passphrase opens.
        if (text.startsWith('s1.') && /^[A-Za-z0-9_-]*$/.test(text.slice(3))) expect(result.ok).toBe(false);
      }),
      { numRuns: SEAL_RUNS },
    );
  });
});

/** Plain objects only: fast-check may otherwise make objects without a prototype, which JSON cannot give back. */
const plain = { noNullPrototype: true } as const;
/** A name as a reader gives it back: already clean (any other is cleaned: see "names are cleaned" below). */
const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => s.length <= 80 && cleanName(s) === s);
/** Text as a reader gives it back: already clean. */
const words = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength }).filter((s) => cleanText(s) === s);
/** A valid assignment id: not a name every object already has, like `constructor` (those are refused). */
const assignmentId = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
  .filter((id) => id !== 'prototype' && !Object.hasOwn(Object.prototype, id));
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const time = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const day = time.map((iso) => iso.slice(0, 10));

const assignment: fc.Arbitrary<Assignment> = fc.record(
  {
    id: assignmentId,
    coach: name,
    client: name,
    items: fc.uniqueArray(
      fc.record(
        { kind: fc.constantFrom('module' as const, 'worksheet' as const), id: slug, due: day },
        { requiredKeys: ['kind', 'id'], noNullPrototype: true },
      ),
      { minLength: 1, maxLength: 40, selector: (item) => `${item.kind}:${item.id}` },
    ),
    note: words(60).filter((s) => s.length <= 300),
    issuedAt: time,
  },
  { requiredKeys: ['id', 'coach', 'client', 'items', 'issuedAt'], noNullPrototype: true },
);

const pair = fc.record({ label: words(20), text: words(60) }, plain);
const report: fc.Arbitrary<ProgressReport> = fc.record(
  {
    v: fc.constant(1 as const),
    client: name,
    assignmentId: assignmentId,
    createdAt: time,
    modules: fc.array(
      fc.record(
        { id: slug, title: words(40), done: fc.boolean(), doneAt: time },
        { requiredKeys: ['id', 'title', 'done'], noNullPrototype: true },
      ),
      { maxLength: 10 },
    ),
    worksheets: fc.array(
      fc.record(
        {
          id: slug,
          title: words(40),
          updatedAt: time,
          lines: fc.array(
            fc.record(
              {
                label: words(20),
                text: words(60),
                rows: fc.array(fc.record({ title: words(20), lines: fc.array(pair, { maxLength: 4 }) }, plain), {
                  maxLength: 3,
                }),
              },
              { requiredKeys: ['label', 'text'], noNullPrototype: true },
            ),
            { maxLength: 6 },
          ),
        },
        { requiredKeys: ['id', 'title', 'lines'], noNullPrototype: true },
      ),
      { maxLength: 5 },
    ),
    audit: fc.record(
      {
        people: fc.array(fc.record({ name: words(10) }, plain), { maxLength: 20 }),
        measures: fc.array(fc.record({ label: words(30), value: words(10) }, plain), { maxLength: 8 }),
      },
      plain,
    ),
  },
  { requiredKeys: ['v', 'client', 'createdAt', 'modules', 'worksheets'], noNullPrototype: true },
);

describe('what the encoders make, the decoders read back exactly', { timeout: PROPERTY_TIMEOUT }, () => {
  it('assignments', () => {
    fc.assert(
      fc.property(assignment, (a) => {
        expect(decodeAssignment(encodeAssignment(a))).toStrictEqual({ ok: true, value: a });
      }),
      { numRuns: 300 },
    );
  });

  it('reports in the old unlocked form, as tokens and as version-1 files', () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(readReportText(encodeReport(r))).toStrictEqual({ ok: true, value: { kind: 'plain', report: r } });
        const file = JSON.stringify({ format: REPORT_FORMAT, version: 1, report: r });
        expect(readReportFile(file)).toStrictEqual({ ok: true, value: { kind: 'plain', report: r } });
      }),
      { numRuns: 300 },
    );
  });

  it('reports locked with their assignment’s key', async () => {
    await fc.assert(
      fc.asyncProperty(report, assignmentId, async (made, id) => {
        const r = { ...made, assignmentId: made.assignmentId ?? id };
        const key = newAssignmentKey();
        const read = readReportText(await lockReport(r, key));
        if (!read.ok || read.value.kind !== 'keyed') throw new Error('not read as a locked report');
        expect(await openKeyedReport(read.value.keyed, key)).toStrictEqual({ ok: true, value: r });
      }),
      { numRuns: 60 },
    );
  });

  it('names are cleaned, never refused for what cannot be seen unless nothing can be', () => {
    fc.assert(
      fc.property(assignment, fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), (a, coach) => {
        const result = decodeAssignment(
          packToken(
            { letter: 'a', version: 2 },
            {
              i: a.id,
              c: coach,
              l: a.client,
              t: a.items.map((item) => (item.due ? [item.kind[0], item.id, item.due] : [item.kind[0], item.id])),
              d: a.issuedAt,
            },
          ).token,
        );
        expectWellFormed(result);
        if (cleanName(coach) === '') expect(result.ok).toBe(false);
        else if (result.ok) {
          expect(result.value.coach).toBe(cleanName(coach));
          expect(result.value.coach).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a valid token with any one character changed is refused, or read as it was', () => {
    fc.assert(
      fc.property(assignment, fc.nat(), fc.constantFrom(...ALPHABET), (a, position, replacement) => {
        const token = encodeAssignment(a);
        const at = 3 + (position % (token.length - 3));
        fc.pre(token[at] !== replacement);
        const result = decodeAssignment(token.slice(0, at) + replacement + token.slice(at + 1));
        expectWellFormed(result);
        if (result.ok) expect(result.value).toStrictEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  it('sealed text, with any passphrase', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'grapheme', minLength: 16, maxLength: 30 }),
        async (text, passphrase) => {
          const sealed = await sealText(text, passphrase, FAST);
          expect(await openSealed(sealed, passphrase, FAST)).toEqual({ ok: true, value: text });
          const wrong = await openSealed(sealed, `${passphrase}x`, FAST);
          expect(!wrong.ok && wrong.error.kind).toBe('wrong-passphrase');
        },
      ),
      { numRuns: 50 },
    );
  });
});
