/**
 * Reports locked with an assignment's key (src/lib/coach/keyed.ts, report.ts): what a client locks, only the coach
 * with that assignment's key opens, exactly as it was; any byte changed, another assignment's key or id, and the
 * report is refused as forged. Old forms (r1., s1., report files of version 1) still read, as unverified.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url, fromBase64Url } from '~/lib/coach/base64url';
import { KEY_PATTERN, newAssignmentKey, openWithKey, readKeyedToken } from '~/lib/coach/keyed';
import {
  MAX_REPORT_TEXT_CHARS,
  REPORT_FORMAT,
  encodeReport,
  lockReport,
  openKeyedReport,
  openSealedReport,
  readReportFile,
  readReportText,
  reportFile,
  reportLink,
  sealReport,
  type ProgressReport,
  type ReportEnvelope,
} from '~/lib/coach/report';
import type { Result } from '~/lib/coach/errors';

const ID = 'k3J9-xQ2_pLmZ';
const OTHER_ID = 'sam-lee-1';
const FAST = 1000;

const report = (changes: Partial<ProgressReport> = {}): ProgressReport => ({
  v: 1,
  client: 'Zoë Nuñez',
  assignmentId: ID,
  createdAt: '2026-04-20T08:15:00.000Z',
  modules: [
    { id: 'give-before-you-get', title: 'Give before you get', done: true, doneAt: '2026-04-18T09:00:00.000Z' },
  ],
  worksheets: [
    {
      id: 'giving-style',
      title: 'Your giving style',
      lines: [{ label: 'What you give', text: 'Introductions\nand time' }],
    },
  ],
  ...changes,
});

function envelope(result: Result<ReportEnvelope>): ReportEnvelope {
  if (!result.ok) throw new Error(`not read: ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

function keyedOf(token: string) {
  const read = envelope(readReportText(token));
  if (read.kind !== 'keyed') throw new Error(`not keyed: ${read.kind}`);
  return read.keyed;
}

describe('assignment keys', () => {
  it('are 32 random bytes as 43 characters of base64url, different every time', () => {
    const keys = Array.from({ length: 50 }, newAssignmentKey);
    for (const key of keys) {
      expect(key).toMatch(KEY_PATTERN);
      expect((fromBase64Url(key) as Uint8Array).length).toBe(32);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a locked report (r2.)', () => {
  it('round-trips: the coach with the key opens exactly what the client locked', async () => {
    const key = newAssignmentKey();
    const token = await lockReport(report(), key);
    expect(token).toMatch(new RegExp(`^r2\\.${ID}\\.[A-Za-z0-9_-]+$`));
    const opened = await openKeyedReport(keyedOf(token), key);
    expect(opened).toStrictEqual({ ok: true, value: report() });
  });

  it('holds none of the report in readable form: no name, no answer', async () => {
    const token = await lockReport(report({ client: 'Zoe Nunez' }), newAssignmentKey());
    expect(token).not.toMatch(/Zoe|Introductions|giving/);
    // And locking the same report twice gives two different tokens (a fresh salt and iv each time).
    const key = newAssignmentKey();
    expect(await lockReport(report(), key)).not.toBe(await lockReport(report(), key));
  });

  it('round-trips any report the schema accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 30 }).filter((name) => /[a-z]/i.test(name)),
        fc.array(fc.string({ maxLength: 200 }), { maxLength: 5 }),
        async (name, texts) => {
          const made = report({
            client: name.replace(/[^a-z ]/gi, 'x'),
            worksheets: [{ id: 'giving-style', title: 'T', lines: texts.map((text) => ({ label: 'L', text })) }],
          });
          const key = newAssignmentKey();
          const opened = await openKeyedReport(keyedOf(await lockReport(made, key)), key);
          expect(opened.ok).toBe(true);
          if (opened.ok) expect(opened.value.worksheets[0]!.lines.map((line) => line.text)).toEqual(texts);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('fails authentication when any one byte is changed, wherever it is', async () => {
    const key = newAssignmentKey();
    const token = await lockReport(report(), key);
    const keyed = keyedOf(token);
    for (let at = 0; at < keyed.bytes.length; at++) {
      const bytes = keyed.bytes.slice();
      bytes[at] = bytes[at]! ^ (1 << (at % 8));
      const opened = await openKeyedReport({ ...keyed, bytes }, key);
      expect(opened.ok ? 'opened' : opened.error.kind, `byte ${at}`).toBe('forged');
    }
  });

  it('is refused when any one character of the link is changed', async () => {
    const key = newAssignmentKey();
    const token = await lockReport(report(), key);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let at = 3; at < token.length; at++) {
      if (token[at] === '.') continue;
      const changed = token.slice(0, at) + alphabet[(alphabet.indexOf(token[at]!) + 7) % 64] + token.slice(at + 1);
      const read = readReportText(changed);
      const opened = read.ok && read.value.kind === 'keyed' ? await openKeyedReport(read.value.keyed, key) : read;
      expect(opened.ok, `character ${at}`).toBe(false);
    }
  });

  it('does not open with another assignment’s key', async () => {
    const token = await lockReport(report(), newAssignmentKey());
    const opened = await openKeyedReport(keyedOf(token), newAssignmentKey());
    expect(opened.ok ? 'opened' : opened.error.kind).toBe('forged');
  });

  it('does not open when moved under another assignment’s id, even with that assignment’s key', async () => {
    // Another client of the same coach sends their own genuine report, relabelled as Zoë's.
    const theirs = newAssignmentKey();
    const zoes = newAssignmentKey();
    const token = await lockReport(report({ assignmentId: OTHER_ID, client: 'Sam Lee' }), theirs);
    const moved = token.replace(`r2.${OTHER_ID}.`, `r2.${ID}.`);
    expect(moved).not.toBe(token);
    for (const key of [zoes, theirs]) {
      const opened = await openKeyedReport(keyedOf(moved), key);
      expect(opened.ok ? 'opened' : opened.error.kind).toBe('forged');
    }
  });

  it('is refused as forged when what is inside names another assignment than the token', async () => {
    // Made with the lower-level lock, as a forger with one client's key would: the id outside and inside disagree.
    const { lockForAssignment } = await import('~/lib/coach/keyed');
    const key = newAssignmentKey();
    const { token } = await lockForAssignment(report({ assignmentId: OTHER_ID }), ID, key);
    const opened = await openKeyedReport(keyedOf(token), key);
    expect(opened.ok ? 'opened' : opened.error.kind).toBe('forged');
  });

  it('binds the format version: the same bytes under another version do not open', async () => {
    const key = newAssignmentKey();
    const keyed = keyedOf(await lockReport(report(), key));
    const raw = await openWithKey(keyed, key, 1_000_000, 'report');
    expect(raw.ok).toBe(true);
    // A future r3. would be refused as newer before any key is tried.
    const read = readReportText(`r3.${ID}.${toBase64Url(keyed.bytes)}`);
    expect(read.ok ? 'read' : read.error.kind).toBe('newer-version');
  });

  it.each([
    ['cut after the prefix', 'r2.'],
    ['cut after the id', `r2.${ID}`],
    ['cut short of its tag', `r2.${ID}.${toBase64Url(new Uint8Array(40))}`],
    ['with an id that is not one', 'r2.a b.AAAA'],
    ['with characters outside base64url', `r2.${ID}.AAAA+AAA`],
  ])('says a token %s cannot be read, without a key', (_what, token) => {
    const read = readKeyedToken(token, 10_000, 'report');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(['truncated', 'damaged', 'not-ours']).toContain(read.error.kind);
  });

  it('travels in a link and in a file, and reads back the same', async () => {
    const key = newAssignmentKey();
    const token = await lockReport(report(), key);
    const link = reportLink('https://coach.example/coach/clients/#old', token);
    expect(link).toBe(`https://coach.example/coach/clients/#r=${token}`);
    expect(keyedOf(link)).toStrictEqual(keyedOf(token));
    const file = reportFile(token);
    expect(JSON.parse(file)).toStrictEqual({ format: REPORT_FORMAT, version: 2, token });
    const fromFile = envelope(readReportFile(file));
    expect(fromFile.kind).toBe('keyed');
    if (fromFile.kind === 'keyed')
      expect(await openKeyedReport(fromFile.keyed, key)).toStrictEqual({ ok: true, value: report() });
  });
});

describe('old forms still read, as unverified', () => {
  it('reads an unlocked r1. token as it was', () => {
    expect(envelope(readReportText(encodeReport(report())))).toStrictEqual({ kind: 'plain', report: report() });
  });

  it('reads an r1. link as it was', () => {
    const link = reportLink('https://coach.example/coach/clients/', encodeReport(report()));
    expect(envelope(readReportText(link))).toStrictEqual({ kind: 'plain', report: report() });
  });

  it('reads a version-1 file holding the report itself', () => {
    const file = JSON.stringify({ format: REPORT_FORMAT, version: 1, report: report() }, null, 2);
    expect(envelope(readReportFile(file))).toStrictEqual({ kind: 'plain', report: report() });
  });

  it('reads a sealed s1. token and a version-1 sealed file, which open with the passphrase', async () => {
    const sealed = await sealReport(report(), 'blue heron forty-two', FAST);
    expect(envelope(readReportText(sealed))).toStrictEqual({ kind: 'sealed', token: sealed });
    const file = JSON.stringify({ format: REPORT_FORMAT, version: 1, sealed });
    expect(envelope(readReportFile(file))).toStrictEqual({ kind: 'sealed', token: sealed });
    expect(await openSealedReport(sealed, 'blue heron forty-two', FAST)).toStrictEqual({ ok: true, value: report() });
    const wrong = await openSealedReport(sealed, 'blue heron forty-three', FAST);
    expect(wrong.ok ? 'opened' : wrong.error.kind).toBe('wrong-passphrase');
  });

  it('still reads an old a1. report’s assignment id, so a report from before keys can be filed', () => {
    const read = envelope(readReportText(encodeReport(report())));
    expect(read.kind === 'plain' && read.report.assignmentId).toBe(ID);
  });
});

describe('the length of a pasted text is checked before anything else', () => {
  // Each text is wrong in two ways: too long, and something else (not ours, damaged, a fragment to parse). The answer
  // is "too large" every time, so the length was checked before any decoding or parsing was done.
  it.each([
    ['a report token of bad characters', `r2.${ID}.${'!'.repeat(MAX_REPORT_TEXT_CHARS)}`],
    ['an r1. token of bad characters', `r1.${'*'.repeat(MAX_REPORT_TEXT_CHARS)}`],
    ['a link with a long fragment to parse', `https://x.example/#r=${'%'.repeat(MAX_REPORT_TEXT_CHARS)}`],
    ['text from somewhere else', 'Lorem ipsum '.repeat(MAX_REPORT_TEXT_CHARS / 10)],
    ['10 MB of anything', 'x'.repeat(10 * 1024 * 1024)],
  ])('refuses %s as too large', (_what, text) => {
    const read = readReportText(text);
    expect(read.ok ? 'read' : read.error.kind).toBe('too-large');
    if (!read.ok) expect(read.error.message).toMatch(/far longer than any report link/);
  });

  it('refuses a file over the limit from its size alone, without looking at the text', () => {
    const read = readReportFile('not even JSON', 5 * 1024 * 1024);
    expect(read.ok ? 'read' : read.error.kind).toBe('too-large');
  });
});
