/**
 * A follow-up in words (src/lib/ledger/follow-ups.ts): the same line on the ledger and the workbook page, naming the
 * note (its start when long) or the kind of help, and saying when it is overdue.
 */
import { describe, expect, it } from 'vitest';
import { dayInWords } from '~/lib/dates';
import { FOLLOW_UP_NOTE_LENGTH, followUpInWords } from '~/lib/ledger/follow-ups';

const today = '2026-03-12';
const by = (day: string) => dayInWords(day);

describe('followUpInWords', () => {
  it('names the note and the day', () => {
    expect(
      followUpInWords({ contact: 'Ama', note: 'Send the report', kind: 'resource', followUp: '2026-03-14' }, today),
    ).toBe(`Ama: Send the report (by ${by('2026-03-14')})`);
  });

  it('says overdue for a day already past, and not for today', () => {
    expect(followUpInWords({ contact: 'Ben', kind: 'advice', followUp: '2026-03-11' }, today)).toBe(
      `Ben: Advice or feedback (overdue, by ${by('2026-03-11')})`,
    );
    expect(followUpInWords({ contact: 'Ben', kind: 'advice', followUp: today }, today)).not.toContain('overdue');
  });

  it('without a note, names the kind of help; without either, says "follow up"', () => {
    expect(followUpInWords({ contact: 'Cleo', kind: 'introduction', followUp: today }, today)).toMatch(
      /^Cleo: An introduction \(/,
    );
    expect(followUpInWords({ contact: 'Cleo', note: '   ', followUp: today }, today)).toMatch(/^Cleo: follow up \(/);
  });

  it('shows only the start of a long note, cut at a word, with "…"', () => {
    const note = `${'Thank her for the introduction to the planning team '.repeat(40)}`.trim();
    const line = followUpInWords({ contact: 'Dev', note, followUp: today }, today);
    const shown = line.slice('Dev: '.length, line.indexOf(' (by'));
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(FOLLOW_UP_NOTE_LENGTH + 1);
    expect(note.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown).toMatch(/\w…$/);
  });

  it('a note over several lines is shown on one', () => {
    expect(followUpInWords({ contact: 'Eli', note: 'Call\n\nabout the job', followUp: today }, today)).toMatch(
      /^Eli: Call about the job \(/,
    );
  });
});
