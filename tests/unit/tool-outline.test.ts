/**
 * The tools' sections of the printable workbook and the Markdown export (src/lib/workbook/tool-outline.ts): a
 * section only for each tool the learner has used, in course order (audit, ledger, conversations, ramp), with the
 * labels and texts a learner reads, for a small, realistic set of data worked through by hand.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannerRecord } from '~/lib/conversations/planner';
import { emptyLedger, type LedgerEntry, type LedgerRecord } from '~/lib/ledger/ledger';
import { emptyAudit, newContact, type AuditRecord } from '~/lib/network/audit';
import { emptyRamp, type RampRecord } from '~/lib/ramp/plan';
import type { AnswerLine } from '~/lib/workbook/answer-outline';
import { toolOutlines, type ToolOutline } from '~/lib/workbook/tool-outline';
import { inZone, useTimeZone } from './time-zones';

const NOW = '2026-03-11T09:00:00.000Z';
/** Wednesday 11 March 2026: this week began Monday 9 March; the last four weeks began 16 Feb, 23 Feb, 2 and 9 Mar. */
const TODAY = '2026-03-11';

const audit: AuditRecord = {
  ...emptyAudit(NOW),
  setup: { goal: 'Find a sponsor in the product group', jobContact: 3 },
  contacts: [
    { ...newContact('c1', 'Ama'), networkType: 'operational', field: 'finance', energy: 2 },
    { ...newContact('c2', 'Ben'), networkType: 'strategic' },
    { ...newContact('c3', 'Cleo'), field: 'design' },
  ],
  ties: [{ a: 'c1', b: 'c2', strength: 1 }],
  snapshots: [
    { id: 's1', label: 'Week 0', takenAt: '2026-01-05T18:00:00.000Z', contacts: [], ties: [], apart: [] },
    { id: 's2', label: 'Week 4 re-audit', takenAt: '2026-02-01T18:00:00.000Z', contacts: [], ties: [], apart: [] },
  ],
};

const entry = (id: string, date: string, extra: Partial<LedgerEntry>): LedgerEntry => ({
  id,
  date,
  contact: 'Ama',
  direction: 'gave',
  kind: 'information',
  fiveMinuteFavour: false,
  ...extra,
});

/** Stored newest first, as the ledger keeps them. */
const ledger: LedgerRecord = {
  ...emptyLedger(NOW),
  weeklyBudgetMinutes: 60,
  entries: [
    entry('e4', '2026-03-10', {
      kind: 'introduction',
      minutes: 15,
      reason: 'glad',
      note: 'Introduced her to Priya in data',
    }),
    entry('e3', '2026-03-04', { direction: 'received', kind: 'advice', contact: 'Ben', minutes: 30 }),
    entry('e2', '2026-02-25', { direction: 'asked', contact: 'Cleo', minutes: 10 }),
    entry('e1', '2026-02-17', { reason: 'obliged', minutes: 5 }),
  ],
};

const planner: PlannerRecord = {
  v: 1,
  updatedAt: NOW,
  plans: [
    {
      id: 'p2',
      with: 'Ama',
      date: '2026-03-12',
      purpose: 'Learn how the finance team plans the year',
      questions: [
        {
          id: 'q1',
          question: 'What does a good first quarter look like here?',
          followUp: 'What would make it excellent?',
        },
        { id: 'q2', question: '   ', followUp: 'a follow-up to a blank question' },
        { id: 'q3', question: 'Who should I meet next?', followUp: '' },
      ],
      offer: 'My notes from the pricing review',
      learned: 'Budgets are set in October.',
      followUpsAsked: 'Asked what made last October hard.',
      promises: [
        { id: 'pr1', text: 'Send the onboarding checklist', due: '2026-03-13' },
        { id: 'pr2', text: 'Share the article on pricing' },
        { id: 'pr3', text: '  ' },
      ],
      createdAt: '2026-03-09T08:00:00.000Z',
    },
    {
      id: 'p1',
      with: 'Ben',
      questions: [{ id: 'q1', question: '', followUp: '' }],
      promises: [],
      createdAt: '2026-03-02T08:00:00.000Z',
    },
  ],
};

/** Started Monday 5 January 2026; 11 March is 65 days on (26 + 28 + 11), in week ⌊65 / 7⌋ + 1 = 10. */
const ramp: RampRecord = {
  ...emptyRamp(NOW),
  startDate: '2026-01-05',
  start: 'new-role',
  checkIns: {
    '10': {
      reviewed: 'partly',
      conversations: 2,
      given: 3,
      learned: 'Finance signs off on every hire',
      celebrate: 'First cross-team lunch',
      ifThen: { when: 'I finish the Monday stand-up', then: 'ask one person about their week' },
      savedAt: NOW,
    },
    '2': { reviewed: 'not', savedAt: NOW },
    '9': { conversations: 0, savedAt: NOW },
  },
};

const section = (outlines: ToolOutline[], id: ToolOutline['id']) => {
  const found = outlines.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id} section`);
  return found;
};

describe('which sections appear', () => {
  it('no tools used, no sections', () => {
    expect(toolOutlines({}, TODAY)).toEqual([]);
    expect(toolOutlines({ audit: null, ledger: null, planner: null, ramp: null }, TODAY)).toEqual([]);
  });

  it('tools opened but not used (no contacts, entries, conversations or start date) give no sections', () => {
    const unused = {
      audit: emptyAudit(NOW),
      ledger: emptyLedger(NOW),
      planner: { v: 1 as const, updatedAt: NOW, plans: [] },
      ramp: emptyRamp(NOW),
    };
    expect(toolOutlines(unused, TODAY)).toEqual([]);
  });

  it('every tool in use gives a section, in course order: audit, ledger, conversations, ramp', () => {
    const outlines = toolOutlines({ ramp, planner, ledger, audit }, TODAY);
    expect(outlines.map((o) => [o.id, o.title])).toEqual([
      ['audit', 'Network audit'],
      ['ledger', 'Give/get ledger'],
      ['conversations', 'Conversation planner'],
      ['ramp', '26-week ramp plan'],
    ]);
  });

  it.each([
    ['the ledger and the ramp plan', { ledger, ramp }, ['ledger', 'ramp']],
    ['the audit and the planner', { audit, planner }, ['audit', 'conversations']],
    ['the ramp plan, with an audit that has nobody in it', { ramp, audit: emptyAudit(NOW) }, ['ramp']],
    ['the planner alone', { planner }, ['conversations']],
  ])('with %s in use, only their sections appear', (_, tools, expected) => {
    expect(toolOutlines(tools, TODAY).map((o) => o.id)).toEqual(expected);
  });
});

describe('the network audit section', () => {
  // Snapshot times are stored in UTC; in London in January local time is UTC, so the local day is plain.
  useTimeZone('Europe/London');
  let lines: AnswerLine[] = [];
  beforeEach(() => {
    lines = section(toolOutlines({ audit }, TODAY), 'audit').lines;
  });

  it('starts with the goal, then the people with every answer given about each one (blanks left out)', () => {
    expect(lines[0]).toEqual({ label: 'Goal', text: 'Find a sponsor in the product group' });
    expect(lines[1]).toEqual({
      label: 'People',
      text: '3',
      rows: [
        {
          title: '1. Ama',
          lines: [
            { label: 'Function or field', text: 'finance' },
            { label: 'Kind', text: 'Operational: getting today’s work done' },
            { label: 'Energy', text: '+2 (−2 usually drains me, +2 usually energises me)' },
          ],
        },
        { title: '2. Ben', lines: [{ label: 'Kind', text: 'Strategic: seeing what is coming, winning support' }] },
        { title: '3. Cleo', lines: [{ label: 'Function or field', text: 'design' }] },
      ],
    });
  });

  it('then who knows whom, with the pairs still open', () => {
    expect(lines[2]!.label).toBe('Who knows whom');
    expect(lines[2]!.text).toMatch(/^\d+ of 3 pairs answered, \d+ still open$/);
  });

  it('then each insight with what it rests on: a reading and its next step, or what is still to answer', () => {
    const insights = lines.slice(3, -1);
    expect(insights.length).toBeGreaterThan(1);
    expect(insights[0]).toEqual({
      label: 'Size',
      text: '3 people (based on 3 people listed). Next step: Keep adding the people you rely on until you have 10 to 20: the measures below say more with more people.',
    });
    for (const line of insights) {
      expect(line.text).toMatch(
        /^(.+ \(based on .+\)\. Next step: .+|not enough answers yet \(.+\)\. (Answer|Add|Say) .+)$/,
      );
    }
    // Three people are below the five most measures need: only the size, and energy (one answer names a person).
    expect(
      insights.filter((line) => !line.text.startsWith('not enough answers yet')).map((line) => line.label),
    ).toEqual(['Size', 'Energy']);
  });

  it('ends with the snapshots, each with the day it was taken', () => {
    expect(lines.at(-1)).toEqual({
      label: 'Snapshots',
      text: 'Week 0 (Mon 5 Jan 2026); Week 4 re-audit (Sun 1 Feb 2026)',
    });
  });

  /*
   * BUG: the outline writes a snapshot's day as `takenAt.slice(0, 10)`, the UTC date of an ISO time, while the audit
   * page shows the learner's local date (SnapshotPanel: toLocaleDateString). A snapshot taken at 9:00 on 5 January
   * in Auckland (20:00 UTC on the 4th) reads "(2026-01-04)" in the printable workbook and the Markdown export; one
   * taken at 20:00 on 5 January in New York (01:00 UTC on the 6th) reads "(2026-01-06)".
   */
  it('a snapshot is dated with the learner’s local day, as on the audit page (Auckland)', () => {
    const morning = { ...audit, snapshots: [{ ...audit.snapshots[0]!, takenAt: '2026-01-04T20:00:00.000Z' }] };
    const text = inZone(
      'Pacific/Auckland',
      () => section(toolOutlines({ audit: morning }, TODAY), 'audit').lines.at(-1)!.text,
    );
    expect(text).toBe('Week 0 (Mon 5 Jan 2026)');
  });

  it('a snapshot is dated with the learner’s local day, as on the audit page (New York)', () => {
    const evening = { ...audit, snapshots: [{ ...audit.snapshots[0]!, takenAt: '2026-01-06T01:00:00.000Z' }] };
    const text = inZone(
      'America/New_York',
      () => section(toolOutlines({ audit: evening }, TODAY), 'audit').lines.at(-1)!.text,
    );
    expect(text).toBe('Week 0 (Mon 5 Jan 2026)');
  });

  it('starts with the situation the learner gave, before the goal', () => {
    const situated = { ...audit, setup: { ...audit.setup, situation: 'new-in-role' as const } };
    const lines = section(toolOutlines({ audit: situated }, TODAY), 'audit').lines;
    expect(lines.slice(0, 2)).toEqual([
      { label: 'Where you are now', text: 'New in a job or role' },
      { label: 'Goal', text: 'Find a sponsor in the product group' },
    ]);
  });

  it('leaves out the goal and snapshots when there are none', () => {
    const bare = section(toolOutlines({ audit: { ...audit, setup: {}, snapshots: [] } }, TODAY), 'audit').lines;
    expect(bare[0]!.label).toBe('People');
    expect(bare.map((l) => l.label)).not.toContain('Snapshots');
    expect(bare.map((l) => l.label)).not.toContain('Goal');
  });
});

describe('the give/get ledger section', () => {
  const lines = section(toolOutlines({ ledger }, TODAY), 'ledger').lines;

  it('reads the last four weeks in the order the ledger shows them, figures worked out by hand', () => {
    expect(lines.slice(0, 5)).toEqual([
      { label: 'Exchanges a week', text: '0.8 a week over the last four weeks' }, // G 2 + R 1 = 3 over 4 weeks = 0.75 → 0.8
      // G 2 + R 1: too few exchanges to read a balance, and too few gives with a reason to read a share.
      {
        label: 'Giving and getting',
        text: 'not enough exchanges yet to read a balance (3 of 5 in the last four weeks)',
      },
      { label: 'Asking', text: '1 ask in the last four weeks' },
      { label: 'Giving out of obligation', text: 'not enough gives with a reason yet (2 of 5 in the last four weeks)' },
      { label: 'Time spent', text: '15 minutes a week (your budget: 1 hour)' }, // (15 + 30 + 10 + 5) / 4 = 15
    ]);
  });

  it('then the latest entries, newest first, with what happened, with whom, and everything written for each', () => {
    expect(lines[5]).toEqual({
      label: 'Latest entries',
      text: '4 in all',
      rows: [
        {
          title: 'Tue 10 Mar 2026: I gave, an introduction, Ama',
          lines: [
            { label: 'Minutes it took', text: '15' },
            { label: 'Why I gave', text: 'I was glad to' },
            { label: 'Note', text: 'Introduced her to Priya in data' },
          ],
        },
        {
          title: 'Wed 4 Mar 2026: I received, advice or feedback, Ben',
          lines: [{ label: 'Minutes it took', text: '30' }],
        },
        { title: 'Wed 25 Feb 2026: I asked, information, Cleo', lines: [{ label: 'Minutes it took', text: '10' }] },
        {
          title: 'Tue 17 Feb 2026: I gave, information, Ama',
          lines: [
            { label: 'Minutes it took', text: '5' },
            { label: 'Why I gave', text: 'I felt obliged' },
          ],
        },
      ],
    });
  });

  it('an entry’s favour, feeling and follow-up are written out; a follow-up done says so', () => {
    const full = entry('f1', '2026-03-09', {
      minutes: 0,
      fiveMinuteFavour: true,
      energyAfter: -1,
      followUp: '2026-03-16',
      followedUp: true,
    });
    const rows = section(toolOutlines({ ledger: { ...ledger, entries: [full] } }, TODAY), 'ledger').lines.at(-1)!.rows!;
    expect(rows[0]!.lines).toEqual([
      { label: 'Minutes it took', text: '0' },
      { label: 'Five-minute favour', text: 'yes' },
      { label: 'How I felt after', text: '−1 (−2 drained, +2 energised)' },
      { label: 'Follow up by', text: 'Mon 16 Mar 2026 (done)' },
    ]);
  });

  it('lists at most the 20 latest entries, and says where the rest are', () => {
    const many: LedgerRecord = {
      ...ledger,
      entries: Array.from({ length: 25 }, (_, i) => entry(`n${i}`, `2026-03-${String(25 - i).padStart(2, '0')}`, {})),
    };
    const latest = section(toolOutlines({ ledger: many }, TODAY), 'ledger').lines.at(-1)!;
    expect(latest.text).toBe('The latest 20 of 25; the JSON export keeps them all');
    expect(latest.rows).toHaveLength(20);
    expect(latest.rows![0]!.title).toBe('Wed 25 Mar 2026: I gave, information, Ama');
    expect(latest.rows![19]!.title).toBe('Fri 6 Mar 2026: I gave, information, Ama');
  });

  it('without a budget, the time reads without one', () => {
    const lines = section(
      toolOutlines({ ledger: { ...ledger, weeklyBudgetMinutes: undefined } }, TODAY),
      'ledger',
    ).lines;
    expect(lines.find((l) => l.label === 'Time spent')!.text).toBe('15 minutes a week');
  });
});

describe('the conversation planner section', () => {
  const lines = section(toolOutlines({ planner }, TODAY), 'conversations').lines;

  it('has one line per conversation, in the stored order, named by person and date', () => {
    expect(lines.map((l) => [l.label, l.text])).toEqual([
      ['Conversation with Ama (Thu 12 Mar 2026)', 'Learn how the finance team plans the year'],
      ['Conversation with Ben', 'Nothing written yet'],
    ]);
  });

  it('gives the plan and debrief: questions with their follow-ups, offer, learning, follow-ups asked, promises', () => {
    expect(lines[0]!.rows).toEqual([
      {
        title: 'Plan and debrief',
        lines: [
          {
            label: 'Question 1',
            text: 'What does a good first quarter look like here? (follow-up: What would make it excellent?)',
          },
          { label: 'Question 2', text: 'Who should I meet next?' }, // the blank question is skipped, numbering has no gap
          { label: 'What I can offer', text: 'My notes from the pricing review' },
          { label: 'What I learned', text: 'Budgets are set in October.' },
          { label: 'Follow-ups I asked', text: 'Asked what made last October hard.' },
          { label: 'Promised', text: 'Send the onboarding checklist (by Fri 13 Mar 2026)' },
          { label: 'Promised', text: 'Share the article on pricing' },
        ],
      },
    ]);
  });

  it('a conversation with nothing written yet says so, with no empty plan under it', () => {
    expect(lines[1]).toEqual({ label: 'Conversation with Ben', text: 'Nothing written yet' });
  });
});

describe('the ramp plan section', () => {
  const lines = section(toolOutlines({ ramp }, TODAY), 'ramp').lines;

  it('says when the plan started and which week it is in now', () => {
    expect(lines[0]).toEqual({ label: 'Started', text: 'Mon 5 Jan 2026 (now in week 10)' });
  });

  it('lists check-ins in week order (2, 9, 10, not 10, 2, 9), each in words', () => {
    expect(lines.slice(1)).toEqual([
      { label: 'Week 2', text: "last week's commitment: not done" },
      { label: 'Week 9', text: '0 conversations' },
      {
        label: 'Week 10',
        text:
          "last week's commitment: partly; 2 conversations; 3 things given; learned: Finance signs off on every hire; " +
          'celebrate: First cross-team lunch; if I finish the Monday stand-up, then I will ask one person about their week',
      },
    ]);
  });

  it.each([
    ['2026-01-04', 'Mon 5 Jan 2026 (not yet begun)'], // the day before the start
    ['2026-01-05', 'Mon 5 Jan 2026 (now in week 1)'],
    ['2026-07-05', 'Mon 5 Jan 2026 (now in week 26)'], // 5 January + 181 days: the last day of week 26
    ['2026-07-06', 'Mon 5 Jan 2026 (all 26 weeks done)'], // the day after
  ])('on %s it reads "%s"', (today, text) => {
    expect(section(toolOutlines({ ramp }, today), 'ramp').lines[0]).toEqual({ label: 'Started', text });
  });

  it('a plan with a start date but no check-ins has just the start line', () => {
    expect(section(toolOutlines({ ramp: { ...ramp, checkIns: {} } }, TODAY), 'ramp').lines).toHaveLength(1);
  });

  /*
   * BUG (wording): the ramp section writes counts without singular forms, so a week with one conversation and one
   * thing given prints "1 conversations; 1 things given" in the printable workbook and the Markdown export
   * (tool-outline.ts: `${checkIn.conversations} conversations`, `${checkIn.given} things given`). The ledger's
   * readings already do this right ("1 ask in four weeks").
   */
  it('one conversation and one thing given read in the singular', () => {
    const one = { ...ramp, checkIns: { '3': { conversations: 1, given: 1, savedAt: NOW } } };
    expect(section(toolOutlines({ ramp: one }, TODAY), 'ramp').lines[1]).toEqual({
      label: 'Week 3',
      text: '1 conversation; 1 thing given',
    });
  });
});
