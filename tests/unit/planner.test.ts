/**
 * The conversation planner (src/lib/conversations/planner.ts): new plans, keeping them newest first, removing them,
 * turning a promise into a give/get ledger entry (which must then be a valid ledger entry with its follow-up), and
 * the stored record's validation as read through decodeStored.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyPlanner,
  newPlan,
  plannerRecordSpec,
  promiseToLedgerEntry,
  putPlan,
  removePlan,
  type ConversationPlan,
  type PlannerRecord,
  type Promise_,
} from '~/lib/conversations/planner';
import { followUpsDue } from '~/lib/ledger/figures';
import { emptyLedger, ledgerRecordSpec, putEntry } from '~/lib/ledger/ledger';
import { decodeStored } from '~/lib/storage/stored-record';

const NOW = '2026-03-10T09:00:00.000Z';

const plan = (id: string, createdAt: string, extra: Partial<ConversationPlan> = {}): ConversationPlan => ({
  ...newPlan(id, `Person ${id}`, createdAt, `${id}-q1`),
  ...extra,
});
const plannerOf = (...plans: ConversationPlan[]): PlannerRecord => ({ ...emptyPlanner(NOW), plans });
const ids = (planner: PlannerRecord) => planner.plans.map((p) => p.id);

describe('a new plan', () => {
  it('is for the person named, created now, with one empty question ready and no promises', () => {
    expect(newPlan('p1', 'Ama Mensah', NOW, 'q1')).toEqual({
      id: 'p1',
      with: 'Ama Mensah',
      questions: [{ id: 'q1', question: '', followUp: '' }],
      promises: [],
      createdAt: NOW,
    });
  });

  it('has no date, purpose, offer or debrief until the learner writes one', () => {
    const p = newPlan('p1', 'Ama', NOW, 'q1');
    expect([p.date, p.purpose, p.offer, p.learned, p.followUpsAsked, p.contactId]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('an empty planner holds no plans', () => {
    expect(emptyPlanner(NOW)).toEqual({ v: 1, updatedAt: NOW, plans: [] });
  });

  it('a new plan in a planner is a valid stored planner', () => {
    expect(
      decodeStored(JSON.stringify(putPlan(emptyPlanner(NOW), newPlan('p1', 'Ama', NOW, 'q1'))), plannerRecordSpec).kind,
    ).toBe('ok');
  });
});

describe('keeping plans', () => {
  const oldest = plan('a', '2026-03-01T10:00:00.000Z');
  const middle = plan('b', '2026-03-05T10:00:00.000Z');
  const newest = plan('c', '2026-03-09T10:00:00.000Z');

  it('adds a plan to an empty planner', () => {
    expect(putPlan(emptyPlanner(NOW), oldest).plans).toEqual([oldest]);
  });

  it('keeps plans newest first, whatever order they are added in', () => {
    let planner = emptyPlanner(NOW);
    for (const p of [middle, newest, oldest]) planner = putPlan(planner, p);
    expect(ids(planner)).toEqual(['c', 'b', 'a']);
  });

  it('plans created the same day are ordered by time', () => {
    const morning = plan('m', '2026-03-09T08:00:00.000Z');
    const evening = plan('e', '2026-03-09T20:00:00.000Z');
    expect(ids(putPlan(plannerOf(evening), morning))).toEqual(['e', 'm']);
    expect(ids(putPlan(plannerOf(morning), evening))).toEqual(['e', 'm']);
  });

  it('saving a changed plan replaces it and keeps its place', () => {
    const planner = plannerOf(newest, middle, oldest);
    const changed = putPlan(planner, { ...middle, purpose: 'Learn how pricing decisions are made' });
    expect(ids(changed)).toEqual(['c', 'b', 'a']);
    expect(changed.plans[1]!.purpose).toBe('Learn how pricing decisions are made');
  });

  it('does not change the planner it was given', () => {
    const planner = plannerOf(newest, oldest);
    const before = structuredClone(planner);
    putPlan(planner, middle);
    putPlan(planner, { ...oldest, with: 'Someone else' });
    removePlan(planner, 'c');
    expect(planner).toEqual(before);
  });

  it('removes a plan by id, keeping the others in order', () => {
    expect(ids(removePlan(plannerOf(newest, middle, oldest), 'b'))).toEqual(['c', 'a']);
  });

  it('removing an unknown plan changes nothing', () => {
    expect(removePlan(plannerOf(newest, oldest), 'zz').plans).toEqual([newest, oldest]);
  });
});

describe('a promise becomes a ledger entry', () => {
  const conversation: ConversationPlan = {
    ...newPlan('p1', 'Ama Mensah', NOW, 'q1'),
    contactId: 'c7',
    date: '2026-03-12',
    purpose: 'Understand how the finance team plans the year',
  };
  const promise: Promise_ = { id: 'pr1', text: 'Send her the onboarding checklist, with my notes', due: '2026-03-19' };
  const made = promiseToLedgerEntry(conversation, promise, 'e42', '2026-03-13');

  it('as something I gave, to the person of the conversation, on the day of the conversation', () => {
    expect(made).toMatchObject({
      id: 'e42',
      date: '2026-03-12',
      contact: 'Ama Mensah',
      contactId: 'c7',
      direction: 'gave',
      fiveMinuteFavour: false,
    });
  });

  it('with the promise’s due date as the follow-up', () => {
    expect(made.followUp).toBe('2026-03-19');
    expect(made.followedUp).toBeUndefined();
  });

  it('with a note quoting the promise', () => {
    expect(made.note).toContain('Send her the onboarding checklist, with my notes');
  });

  it('dated today when the conversation has no date', () => {
    const undated = promiseToLedgerEntry({ ...conversation, date: undefined }, promise, 'e43', '2026-03-13');
    expect(undated.date).toBe('2026-03-13');
  });

  it('with no follow-up when the promise has no due date', () => {
    expect(
      promiseToLedgerEntry(conversation, { id: 'pr2', text: 'Share the article' }, 'e44', '2026-03-13').followUp,
    ).toBeUndefined();
  });

  it('with no audit contact when the conversation was not with one', () => {
    expect(
      promiseToLedgerEntry({ ...conversation, contactId: undefined }, promise, 'e45', '2026-03-13').contactId,
    ).toBeUndefined();
  });

  it('is a valid entry of the stored ledger', () => {
    const ledger = putEntry(emptyLedger(NOW), made);
    expect(decodeStored(JSON.stringify(ledger), ledgerRecordSpec).kind).toBe('ok');
  });

  it('the longest promise and name still make a valid ledger entry', () => {
    const long = promiseToLedgerEntry(
      { ...conversation, with: 'x'.repeat(200) },
      { id: 'p', text: 'y'.repeat(500) },
      'e46',
      '2026-03-13',
    );
    expect(decodeStored(JSON.stringify(putEntry(emptyLedger(NOW), long)), ledgerRecordSpec).kind).toBe('ok');
  });

  it('shows among the follow-ups due in the week the promise is due (Monday 16 to Sunday 22 March)', () => {
    expect(followUpsDue([made], '2026-03-16')).toEqual([made]);
    expect(followUpsDue([made], '2026-03-15')).toEqual([]);
  });
});

describe('reading the stored planner', () => {
  const full: ConversationPlan = {
    id: 'p1',
    with: 'Ama Mensah',
    contactId: 'c7',
    date: '2026-03-12',
    purpose: 'Understand how the finance team plans the year',
    questions: [
      {
        id: 'q1',
        question: 'What surprised you when you joined?',
        followUp: 'What would you tell your first-week self?',
      },
      { id: 'q2', question: 'Who should I talk to next?', followUp: '' },
    ],
    offer: 'Notes from the pricing review',
    learned: 'Budgets are set in October; ask before September.',
    followUpsAsked: 'Asked what made the October round hard.',
    promises: [{ id: 'pr1', text: 'Send the checklist', due: '2026-03-19', ledgerEntryId: 'e42' }],
    createdAt: NOW,
  };
  const good = { v: 1, updatedAt: NOW, plans: [full] };
  const read = (record: unknown) => decodeStored(JSON.stringify(record), plannerRecordSpec);
  const withPlan = (change: Record<string, unknown>) => ({ ...good, plans: [{ ...full, ...change }] });
  const reason = (record: unknown) => {
    const decoded = read(record);
    return decoded.kind === 'corrupt' ? decoded.reason : `not rejected (${decoded.kind})`;
  };

  it('a planner with every field filled in reads back unchanged', () => {
    expect(read(good)).toEqual({ kind: 'ok', record: good });
  });

  it('an empty planner reads back', () => {
    expect(read(emptyPlanner(NOW))).toEqual({ kind: 'ok', record: emptyPlanner(NOW) });
  });

  it.each(['2026-02-30', '2026-04-31', '2026-02-29', '12/03/2026', ''])(
    'a conversation dated %j is rejected',
    (date) => {
      expect(reason(withPlan({ date }))).toMatch(/not valid at plans\.0\.date: not a calendar date/);
    },
  );

  it('a promise due on an impossible date is rejected', () => {
    expect(reason(withPlan({ promises: [{ id: 'pr1', text: 'x', due: '2026-06-31' }] }))).toContain(
      'not valid at plans.0.promises.0.due:',
    );
  });

  it.each([
    ['a name over 200 characters', { with: 'x'.repeat(201) }, 'plans.0.with'],
    ['a purpose over 2,000 characters', { purpose: 'x'.repeat(2001) }, 'plans.0.purpose'],
    ['a debrief over 5,000 characters', { learned: 'x'.repeat(5001) }, 'plans.0.learned'],
    [
      'more than 30 questions',
      { questions: Array.from({ length: 31 }, (_, i) => ({ id: `q${i}`, question: '', followUp: '' })) },
      'plans.0.questions',
    ],
    [
      'a question with no follow-up field',
      { questions: [{ id: 'q1', question: 'Why?' }] },
      'plans.0.questions.0.followUp',
    ],
    ['a promise over 500 characters', { promises: [{ id: 'pr', text: 'x'.repeat(501) }] }, 'plans.0.promises.0.text'],
    [
      'more than 30 promises',
      { promises: Array.from({ length: 31 }, (_, i) => ({ id: `p${i}`, text: 'x' })) },
      'plans.0.promises',
    ],
    ['no list of promises', { promises: undefined }, 'plans.0.promises'],
    ['a creation time that is not a time', { createdAt: 'last Tuesday' }, 'plans.0.createdAt'],
    ['a creation time on an impossible date', { createdAt: '2026-02-30T10:00:00.000Z' }, 'plans.0.createdAt'],
  ])('%s is rejected, and the message says where', (_, change, where) => {
    expect(reason(withPlan(change))).toContain(`not valid at ${where}:`);
  });

  it('30 questions, 30 promises and 200-character names are still accepted', () => {
    const record = withPlan({
      with: 'x'.repeat(200),
      questions: Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, question: 'Q', followUp: 'F' })),
      promises: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, text: 'x'.repeat(500) })),
    });
    expect(read(record).kind).toBe('ok');
  });

  it('more than 500 conversations are rejected; 500 are accepted', () => {
    const plans = Array.from({ length: 501 }, (_, i) => ({ ...full, id: `p${i}` }));
    expect(reason({ ...good, plans })).toContain('not valid at plans:');
    expect(read({ ...good, plans: plans.slice(1) }).kind).toBe('ok');
  });

  it('a planner saved by a newer version of the site is left alone', () => {
    expect(read({ ...good, v: 2 })).toMatchObject({ kind: 'newer', version: 2 });
  });
});
