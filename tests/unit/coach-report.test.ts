/**
 * Progress reports (src/lib/coach/report.ts): initials, the report as a token, a link and a file, sealed and not,
 * and every way each can be wrong.
 */
import { describe, expect, it } from 'vitest';
import { tokenFromFragment } from '~/lib/coach/assignment';
import { CoachCodeError, type CoachErrorKind, type Result } from '~/lib/coach/errors';
import {
  MAX_REPORT_BYTES,
  MAX_REPORT_FILE_BYTES,
  MAX_REPORT_TOKEN_CHARS,
  REPORT_FORMAT,
  REPORT_PREFIX,
  checkReport,
  encodeReport,
  initials,
  openSealedReport,
  readReportFile,
  readReportText,
  reportFile,
  reportFileName,
  reportLink,
  sealReport,
  type ProgressReport,
  type ReportEnvelope,
} from '~/lib/coach/report';
import { sealText } from '~/lib/coach/seal';
import { packToken } from '~/lib/coach/token';

const FAST = 1000;
const PASSPHRASE = 'blue kettle, 7 lanterns';

const report: ProgressReport = {
  v: 1,
  client: 'Zoë Nuñez',
  assignmentId: 'k3J9-xQ2_pLmZ',
  createdAt: '2026-04-20T08:15:00.000Z',
  modules: [
    {
      id: 'broadcasting-is-not-networking',
      title: 'Broadcasting is not networking',
      done: true,
      doneAt: '2026-03-04T21:10:00.000Z',
    },
    { id: 'give-before-you-get', title: 'Give before you get', done: false },
  ],
  worksheets: [
    {
      id: 'giving-style',
      title: 'Your giving style',
      updatedAt: '2026-03-30T18:02:00.000Z',
      lines: [
        { label: 'What you give most easily', text: 'Introductions; feedback on drafts.' },
        {
          label: 'Recent gives',
          text: '2 rows',
          rows: [
            {
              title: 'Give 1',
              lines: [
                { label: 'To whom', text: 'P. K.' },
                { label: 'What', text: 'An intro to a recruiter' },
              ],
            },
            { title: 'Give 2', lines: [{ label: 'To whom', text: 'T. W.' }] },
          ],
        },
      ],
    },
    { id: 'ramp-readiness', title: 'Ramp readiness', lines: [] },
  ],
  audit: {
    people: [{ name: 'P. K.' }, { name: 'T. W.' }, { name: 'Ingrid' }],
    measures: [
      { label: 'Effective size', value: '7.2' },
      { label: 'Constraint', value: '0.31' },
    ],
  },
  checks: [
    {
      id: 'give-before-you-get',
      title: 'Module 4, Give before you get',
      questions: 4,
      answered: 3,
      firstTryKnown: 3,
      rightFirstTime: 2,
      rightNow: 3,
    },
  ],
};

const minimal: ProgressReport = { v: 1, client: 'Sam', createdAt: '2026-04-20T08:15:00Z', modules: [], worksheets: [] };

const handMade = (value: unknown, version = 1) => packToken({ letter: 'r', version }, value).token;
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: REPORT_FORMAT, version: 1, report, ...fields }, null, 2);
/** A version-1 report file holding the report itself, as earlier versions of the site wrote it. */
const plainFile = (r: ProgressReport) => JSON.stringify({ format: REPORT_FORMAT, version: 1, report: r }, null, 2);

/** The report in an unlocked envelope, or why there is none. */
function plain(read: Result<ReportEnvelope>): Result<ProgressReport> {
  if (!read.ok) return read;
  if (read.value.kind !== 'plain') throw new Error(`expected an unlocked report, got ${read.value.kind}`);
  return { ok: true, value: read.value.report };
}

/** An old unlocked report token or link (`r1.`), read as the coach's page reads it. */
const decodeReport = (text: string) => plain(readReportText(text));

function failure<T>(result: Result<T>): CoachCodeError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

function expectKind<T>(result: Result<T>, kind: CoachErrorKind): CoachCodeError {
  const error = failure(result);
  expect(error).toBeInstanceOf(CoachCodeError);
  expect(error.kind).toBe(kind);
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

function thrown(run: () => unknown): CoachCodeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CoachCodeError);
    return error as CoachCodeError;
  }
  throw new Error('expected it to throw');
}

/** A report whose answers add up to about `bytes` of varied text. */
function bigReport(bytes: number): ProgressReport {
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = 'mentor coffee quarterly sponsor intro budget Lisbon Kwame feedback roadmap awkward generous'.split(
    ' ',
  );
  const sentence = () => Array.from({ length: 12 }, () => words[Math.floor(next() * words.length)]).join(' ');
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const text = Array.from({ length: 40 }, sentence).join('. ');
    lines.push({ label: `Question ${lines.length + 1}`, text: text.slice(0, 50_000) });
    size += text.length;
  }
  const worksheets = [];
  for (let start = 0; start < lines.length; start += 400) {
    worksheets.push({ id: `sheet-${start}`, title: 'Long answers', lines: lines.slice(start, start + 400) });
  }
  return { ...minimal, worksheets };
}

describe('initials', () => {
  it.each([
    ['Zoë Nuñez', 'Z. N.'],
    ['Sam', 'S.'],
    ['  Sam   Okafor  ', 'S. O.'],
    ['Jean-Luc Picard', 'J.-L. P.'],
    ['Anne - Marie Dupont', 'A. M. D.'],
    ['Jean--Luc', 'J.-L.'],
    ['mary-kate o’neil', 'M.-K. O.'],
    ["D'Arcy", 'D.'],
    ['(Sam) Lee', 'S. L.'],
    ['Émile Zola', 'É. Z.'],
    ['E\u0301mile Zola', 'É. Z.'],
    ['Łukasz Ørsted', 'Ł. Ø.'],
    ['Иван Петров', 'И. П.'],
    ['山田 太郎', '山. 太.'],
    ['Sam\u00a0Lee', 'S. L.'],
    ['Sam\tLee\nJr', 'S. L. J.'],
    ['R2 D2', 'R. D.'],
    ['😀 Sam', 'S.'],
    ['Sam 🌱', 'S.'],
    ['👩‍👩‍👧', ''],
    ['', ''],
    ['   ', ''],
    ['-', ''],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('never throws on something that is not text', () => {
    expect(initials(undefined as unknown as string)).toBe('');
  });
});

describe('encodeReport and decodeReport', () => {
  it('round-trips a full report', () => {
    const token = encodeReport(report);
    expect(token).toMatch(/^r1\.[A-Za-z0-9_-]+$/);
    expect(token.startsWith(REPORT_PREFIX)).toBe(true);
    expect(decodeReport(token)).toStrictEqual({ ok: true, value: report });
  });

  it('round-trips a report without the optional parts, adding no empty keys', () => {
    const result = decodeReport(encodeReport(minimal));
    expect(result).toStrictEqual({ ok: true, value: minimal });
  });

  it('round-trips a report of about 150 KB, read in many pieces', () => {
    const big = bigReport(150 * 1024);
    const token = encodeReport(big);
    expect(token.length).toBeLessThan(MAX_REPORT_TOKEN_CHARS);
    expect(decodeReport(token)).toStrictEqual({ ok: true, value: big });
  });

  it('ignores keys it does not know, and leaves them out', () => {
    const result = decodeReport(handMade({ ...minimal, mood: 'great', modules: [{ ...report.modules[1], x: 1 }] }));
    expect(result).toStrictEqual({ ok: true, value: { ...minimal, modules: [report.modules[1]] } });
  });

  it('refuses to encode a report that breaks a rule, naming the field', () => {
    const error = thrown(() => encodeReport({ ...report, client: ' ' }));
    expect(error.kind).toBe('invalid');
    expect(error.detail).toMatch(/^client: /);
    expect(failure(checkReport({ ...report, createdAt: 'today' })).detail).toMatch(/^createdAt: /);
    expect(failure(checkReport({ ...report, modules: [{ id: 'x', title: 'X', done: 'yes' }] })).detail).toMatch(
      /^modules\.0\.done: /,
    );
  });

  it('refuses knowledge-check scores that cannot be (more right than answered), naming the field', () => {
    const broken = { ...report.checks![0]!, rightFirstTime: 4 };
    expect(failure(checkReport({ ...report, checks: [broken] })).detail).toMatch(/^checks\.0: /);
  });

  it('reads a report made before knowledge-check scores were added', () => {
    const { checks: _scores, ...withoutScores } = report;
    expect(decodeReport(encodeReport(withoutScores))).toStrictEqual({ ok: true, value: withoutScores });
  });

  it('refuses to encode a report past 200 KB rather than send one that cannot be kept', () => {
    const error = thrown(() => encodeReport(bigReport(MAX_REPORT_BYTES + 1000)));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/more than a coach's dashboard keeps \(200 KB\)/);
  });
});

describe('decodeReport: every way a report can be wrong', () => {
  const token = encodeReport(report);

  it.each([
    ['plain words', 'here is my report'],
    ['an assignment link’s token', 'a1.q1YqzkksUbJSMjQyVaoFAA'],
    ['a JSON report pasted as text', JSON.stringify(report)],
    ['an empty text', ''],
  ])('says %s is not a report', (_case, text) => {
    const error = expectKind(decodeReport(text), 'not-ours');
    expect(error.message).toMatch(/not a progress report from this course/);
  });

  it('says a report made by a newer version is one, by its prefix or by its version number', () => {
    expectKind(decodeReport(token.replace(/^r1\./, 'r3.')), 'newer-version');
    expectKind(decodeReport(handMade({ ...report, v: 2 })), 'newer-version');
  });

  it('says a report with its last 10 characters cut off is incomplete', () => {
    const error = expectKind(decodeReport(token.slice(0, -10)), 'truncated');
    expect(error.message).toMatch(/^This report is incomplete: it may have been cut off/);
  });

  it('says a report with one character changed in the middle is damaged', () => {
    const middle = Math.floor(token.length / 2);
    const changed = token.slice(0, middle) + (token[middle] === 'Q' ? 'R' : 'Q') + token.slice(middle + 1);
    const error = expectKind(decodeReport(changed), 'damaged');
    expect(error.message).toMatch(/^This report is damaged/);
  });

  it('refuses a token over 2,000,000 characters before decoding it', () => {
    expectKind(decodeReport(`r1.${'A'.repeat(MAX_REPORT_TOKEN_CHARS)}`), 'too-large');
  });

  it('stops inflating a short token that would pass 200 KB', () => {
    const bomb = handMade({ ...minimal, client: ' '.repeat(MAX_REPORT_BYTES) });
    expect(bomb.length).toBeLessThan(10_000);
    expectKind(decodeReport(bomb), 'too-large');
  });

  it.each<[string, unknown, RegExp]>([
    ['no version', { ...minimal, v: undefined }, /^v: /],
    ['no modules', { ...minimal, modules: undefined }, /^modules: /],
    [
      'a module with an id that is not kebab-case',
      { ...minimal, modules: [{ id: 'Module 1', title: 'M', done: true }] },
      /^modules\.0\.id: /,
    ],
    [
      'a worksheet line without text',
      { ...minimal, worksheets: [{ id: 'w', title: 'W', lines: [{ label: 'L' }] }] },
      /^worksheets\.0\.lines\.0\.text: /,
    ],
    ['a person without a name', { ...minimal, audit: { people: [{}], measures: [] } }, /^audit\.people\.0\.name: /],
    [
      'an answer longer than 50,000 characters',
      { ...minimal, worksheets: [{ id: 'w', title: 'W', lines: [{ label: 'L', text: 'x'.repeat(50_001) }] }] },
      /text: /,
    ],
  ])('says a report holding %s is not valid', (_case, value, detail) => {
    const error = expectKind(decodeReport(handMade(value)), 'invalid');
    expect(error.message).toMatch(/not a valid progress report/);
    expect(error.detail).toMatch(detail);
  });

  it('says a sealed report is sealed, and carries it for the passphrase', async () => {
    const sealed = await sealReport(report, PASSPHRASE, FAST);
    expect(readReportText(`${sealed.slice(0, 50)}\n${sealed.slice(50)}`)).toStrictEqual({
      ok: true,
      value: { kind: 'sealed', token: sealed },
    });
    expectKind(readReportText(sealed.replace(/^s1\./, 's2.')), 'newer-version');
  });

  it('never throws, even when given something that is not text', () => {
    expectKind(decodeReport(7 as unknown as string), 'not-ours');
  });
});

describe('sealed reports', () => {
  it('opens a sealed report with its passphrase', async () => {
    const sealed = await sealReport(report, PASSPHRASE, FAST);
    expect(await openSealedReport(sealed, PASSPHRASE, FAST)).toStrictEqual({ ok: true, value: report });
  });

  it('says a wrong passphrase is wrong', async () => {
    const sealed = await sealReport(report, PASSPHRASE, FAST);
    expectKind(await openSealedReport(sealed, 'blue kettle, 7 lantern', FAST), 'wrong-passphrase');
  });

  it('says a seal holding something other than a report is not one', async () => {
    const sealed = await sealText('just a note', PASSPHRASE, FAST);
    expectKind(await openSealedReport(sealed, PASSPHRASE, FAST), 'not-ours');
    const nested = await sealText(await sealText('x', PASSPHRASE, FAST), PASSPHRASE, FAST);
    expectKind(await openSealedReport(nested, PASSPHRASE, FAST), 'not-ours');
  });

  it('refuses to seal a report that breaks a rule', async () => {
    await expect(sealReport({ ...report, client: '' }, PASSPHRASE, FAST)).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('reportLink', () => {
  it('puts a report, sealed or not, in the fragment, where tokenFromFragment finds it', async () => {
    const token = encodeReport(report);
    const link = reportLink('https://example.org/coach/#old', token);
    expect(link).toBe(`https://example.org/coach/#r=${token}`);
    expect(decodeReport(tokenFromFragment(new URL(link).hash, 'r')!)).toStrictEqual({ ok: true, value: report });
    expect(decodeReport(link)).toStrictEqual({ ok: true, value: report });
    const sealed = await sealReport(report, PASSPHRASE, FAST);
    const fromLink = tokenFromFragment(new URL(reportLink('https://example.org/coach/', sealed)).hash, 'r')!;
    expect(await openSealedReport(fromLink, PASSPHRASE, FAST)).toStrictEqual({ ok: true, value: report });
  });
});

describe('reportFile and readReportFile', () => {
  it('tells a workbook file from this course apart from another program’s file', () => {
    const workbook = JSON.stringify({
      format: 'real-networking-workbook',
      version: 2,
      exportedAt: '2026-12-01',
      entries: {},
    });
    const read = readReportFile(workbook);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.kind).toBe('not-ours');
    expect(read.error.message).toMatch(/^This is a workbook file from this course, not a progress report/);
    expect(read.error.message).not.toMatch(/another program/);
  });

  it('reads a version-1 file that holds the report itself, as earlier versions wrote it', () => {
    const text = plainFile(report);
    expect(plain(readReportFile(text, new TextEncoder().encode(text).length))).toStrictEqual({
      ok: true,
      value: report,
    });
    expect(plain(readReportFile(plainFile(minimal)))).toStrictEqual({ ok: true, value: minimal });
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(plain(readReportFile(`\uFEFF${plainFile(report)}`))).toStrictEqual({ ok: true, value: report });
  });

  it('writes a sealed report as a version-2 file holding the token, which then opens with the passphrase', async () => {
    const sealed = await sealReport(report, PASSPHRASE, FAST);
    const text = reportFile(sealed);
    expect(text).toContain('\n  "format": "real-networking-report",\n  "version": 2,\n');
    expect(JSON.parse(text)).toStrictEqual({ format: REPORT_FORMAT, version: 2, token: sealed });
    expect(text).not.toMatch(/client|createdAt|worksheets/);
    expect(readReportFile(text)).toStrictEqual({ ok: true, value: { kind: 'sealed', token: sealed } });
    expect(await openSealedReport(sealed, PASSPHRASE, FAST)).toStrictEqual({ ok: true, value: report });
  });

  it('reads a version-1 sealed file', async () => {
    const sealed = await sealReport(report, PASSPHRASE, FAST);
    const text = JSON.stringify({ format: REPORT_FORMAT, version: 1, sealed });
    expect(readReportFile(text)).toStrictEqual({ ok: true, value: { kind: 'sealed', token: sealed } });
  });

  it('refuses to make a file of a report that is not locked or sealed', () => {
    expect(thrown(() => reportFile(encodeReport(report))).kind).toBe('invalid');
    expectKind(
      readReportFile(JSON.stringify({ format: REPORT_FORMAT, version: 2, token: encodeReport(report) })),
      'invalid',
    );
  });

  it.each([
    ['a JSON file from another program', JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: {} })],
    ['a CSV file', 'name,closeness\nPriya,4\n'],
    ['JSON that is a list', '[1, 2, 3]'],
    ['an empty file', ''],
  ])('says %s is not a report file', (_case, text) => {
    const error = expectKind(readReportFile(text), 'not-ours');
    expect(error.message).toMatch(/^This file is not a progress report from this course/);
  });

  it('says a report file of a newer version is one', () => {
    const error = expectKind(readReportFile(file({ version: 3 })), 'newer-version');
    expect(error.message).toMatch(/made by a newer version of the course/);
    expectKind(readReportFile(file({ report: { ...report, v: 2 } })), 'newer-version');
  });

  it('says a file cut off part of the way is incomplete', () => {
    const text = plainFile(report);
    expectKind(readReportFile(text.slice(0, -10)), 'truncated');
    expectKind(readReportFile(text.slice(0, Math.floor(text.length / 2))), 'truncated');
  });

  it('says a file that is ours but no longer JSON is damaged', () => {
    const text = plainFile(report).replace('"client":', '"client"');
    expectKind(readReportFile(text), 'damaged');
  });

  it.each([
    ['no version', file({ version: undefined })],
    ['a version that is not a number', file({ version: '1' })],
    ['a sealed token that is not one', JSON.stringify({ format: REPORT_FORMAT, version: 1, sealed: 'r1.abc' })],
    [
      'a sealed token with a broken character',
      JSON.stringify({ format: REPORT_FORMAT, version: 1, sealed: 's1.ab+c' }),
    ],
  ])('says a file with %s is damaged', (_case, text) => {
    expectKind(readReportFile(text), 'damaged');
  });

  it.each([
    ['no report', JSON.stringify({ format: REPORT_FORMAT, version: 1 })],
    ['both a report and a seal', file({ sealed: 's1.AAAA' })],
    ['a report that breaks a rule', file({ report: { ...report, createdAt: 'last Tuesday' } })],
  ])('says a file with %s is not valid', (_case, text) => {
    expectKind(readReportFile(text), 'invalid');
  });

  it('refuses a file over 600 KB before reading it, saying how large it is', () => {
    const error = expectKind(readReportFile(plainFile(minimal), 7.3 * 1024 * 1024), 'too-large');
    expect(error.message).toMatch(/^This file is 7,476 KB, larger than a progress report may be \(200 KB of answers\)/);
    expectKind(readReportFile(' '.repeat(MAX_REPORT_FILE_BYTES + 1), 10), 'too-large');
  });

  it('never throws, even when given something that is not text', () => {
    expectKind(readReportFile(null as unknown as string, 0), 'not-ours');
  });
});

describe('reportFileName', () => {
  it.each([
    [new Date(2026, 0, 5, 12), 'real-networking-report-2026-01-05.json'],
    [new Date(2026, 10, 25, 23, 59), 'real-networking-report-2026-11-25.json'],
  ])('names the file by the local date: %s', (now, expected) => {
    expect(reportFileName(now)).toBe(expected);
  });
});
