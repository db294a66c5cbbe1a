/**
 * Worksheet answers: when a field counts as answered, what is wrong with an answer, how complete a worksheet is,
 * and an answer as readable text.
 */
import { describe, expect, it } from 'vitest';
import {
  answerProblem,
  answerText,
  completionOf,
  completionOnly,
  isAnswered,
  withoutHelp,
  type Answer,
} from '~/lib/workbook/answers';
import { answerKindProblem, misfitAnswer } from '~/lib/workbook/answer-kinds';
import { answerOutline } from '~/lib/workbook/answer-outline';
import { worksheetFieldSchema } from '~/schema';
import { fieldOf, reconnectionPlan, reflection } from '../fixtures/definitions';

const field = (id: string) => fieldOf(reconnectionPlan, id);
const row = (id: string, values: Record<string, string | number | string[] | null>) => ({ id, values });
const fullRow = (id: string) => row(id, { who: 'R.K.', 'by-when': '2026-03-20' });

describe('isAnswered', () => {
  it.each<[string, string, Answer | undefined, boolean]>([
    // Text
    ['short text with words', 'one-line-goal', 'Meet the planners', true],
    ['short text of only spaces', 'one-line-goal', '   ', false],
    ['short text, empty', 'one-line-goal', '', false],
    ['long text over several lines', 'portfolio-notice', 'Line one\nLine two', true],
    ['long text of only blank lines', 'portfolio-notice', '\n\n  \n', false],
    ['a text field holding a number', 'one-line-goal', 5, false],
    // Numbers
    ['a number', 'hours', 2.5, true],
    ['zero', 'hours', 0, true],
    ['a number written as text', 'hours', '3', false],
    ['a number that is not finite', 'hours', Number.POSITIVE_INFINITY, false],
    ['NaN', 'hours', Number.NaN, false],
    ['a point on the scale', 'confidence', 4, true],
    ['a scale left empty', 'confidence', null, false],
    // Choices
    ['one of the options', 'current-goal', 'settling-in', true],
    ['a value that is no longer an option', 'current-goal', 'retired-option', false],
    ['a choice stored as a list', 'current-goal', ['settling-in'], false],
    ['one ticked option', 'gives', ['advice'], true],
    ['several ticked options', 'gives', ['advice', 'introductions'], true],
    ['nothing ticked', 'gives', [], false],
    ['only options that no longer exist', 'gives', ['gossip'], false],
    ['a multiple choice stored as text', 'gives', 'advice', false],
    // Checklist: done only when every item is ticked
    ['a checklist with every item ticked', 'reconnection-steps', ['listed', 'drafted', 'sent'], true],
    ['a checklist ticked in another order', 'reconnection-steps', ['sent', 'listed', 'drafted'], true],
    ['a checklist with one item left', 'reconnection-steps', ['listed', 'drafted'], false],
    ['a checklist with nothing ticked', 'reconnection-steps', [], false],
    // Dates
    ['a date', 'start-date', '2026-03-16', true],
    ['an empty date', 'start-date', '', false],
    // Nothing
    ['a field never touched', 'one-line-goal', undefined, false],
    ['a cleared field', 'one-line-goal', null, false],
  ])('%s', (_case, id, answer, expected) => {
    expect(isAnswered(field(id), answer)).toBe(expected);
  });

  describe('a repeating group (at least 2 rows here, each with its required fields)', () => {
    it.each<[string, Answer | undefined, boolean]>([
      ['no rows', [], false],
      ['one complete row, fewer than the 2 it needs', [fullRow('a')], false],
      ['two complete rows', [fullRow('a'), fullRow('b')], true],
      ['three complete rows', [fullRow('a'), fullRow('b'), fullRow('c')], true],
      ['two rows, one missing a required date', [fullRow('a'), row('b', { who: 'Sam' })], false],
      [
        'two rows, one with a blank required name',
        [fullRow('a'), row('b', { who: ' ', 'by-when': '2026-03-20' })],
        false,
      ],
      [
        'two rows with optional fields left empty',
        [row('a', { who: 'R.K.', 'by-when': '2026-03-20', 'why-them': '', strength: null }), fullRow('b')],
        true,
      ],
      ['a group stored as text', 'two people', false],
      ['nothing', undefined, false],
    ])('%s', (_case, answer, expected) => {
      expect(isAnswered(field('dormant'), answer)).toBe(expected);
    });

    it('needs at least one row even when minRows is 0', () => {
      const group = worksheetFieldSchema.parse({
        id: 'people',
        type: 'group',
        label: 'People',
        help: 'Anyone.',
        itemLabel: 'Person',
        fields: [{ id: 'name', type: 'short-text', label: 'Name', help: 'A name.' }],
      });
      expect(isAnswered(group, [])).toBe(false);
      expect(isAnswered(group, [row('a', { name: 'Jo' })])).toBe(true);
    });
  });
});

describe('answerProblem', () => {
  const longText = fieldOf(reflection, 'surprise');

  it.each<[string, string, Answer | undefined, string | undefined]>([
    // Empty is acceptable: required fields are a matter of completion, not of errors.
    ['nothing', 'hours', undefined, undefined],
    ['a cleared value', 'hours', null, undefined],
    ['an empty text', 'start-date', '', undefined],
    // Length
    ['short text at its limit', 'one-line-goal', 'x'.repeat(80), undefined],
    ['short text over its limit', 'one-line-goal', 'x'.repeat(81), 'Keep this under 80 characters (it has 81).'],
    // Number bounds (0 to 40)
    ['a number inside its bounds', 'hours', 12.5, undefined],
    ['the lowest allowed number', 'hours', 0, undefined],
    ['the highest allowed number', 'hours', 40, undefined],
    ['a number below its bounds', 'hours', -1, 'Enter a number from 0 to 40.'],
    ['a number above its bounds', 'hours', 41, 'Enter a number from 0 to 40.'],
    ['text in a number field', 'hours', 'two', 'Enter a number.'],
    ['NaN in a number field', 'hours', Number.NaN, 'Enter a number.'],
    ['infinity in a number field', 'hours', Number.POSITIVE_INFINITY, 'Enter a number.'],
    // Scale (1 to 5 by default)
    ['a point on the scale', 'confidence', 5, undefined],
    ['a point off the scale', 'confidence', 6, 'Enter a number from 1 to 5.'],
    // Dates
    ['a date', 'start-date', '2026-03-31', undefined],
    ['a leap day', 'start-date', '2028-02-29', undefined],
    ['a date in day/month/year order', 'start-date', '31/03/2026', 'Enter a date, for example 2026-03-31.'],
    ['a thirteenth month', 'start-date', '2026-13-01', 'Enter a date, for example 2026-03-31.'],
    ['a date with a time', 'start-date', '2026-03-31T10:00', 'Enter a date, for example 2026-03-31.'],
    ['words for a date', 'start-date', 'next Tuesday', 'Enter a date, for example 2026-03-31.'],
    // Rows (at most 3)
    ['as many rows as allowed', 'dormant', [fullRow('a'), fullRow('b'), fullRow('c')], undefined],
    ['too many rows', 'dormant', ['a', 'b', 'c', 'd'].map(fullRow), 'This list holds at most 3 rows.'],
    // Choices have nothing to be wrong with
    ['a choice that is no longer an option', 'current-goal', 'retired-option', undefined],
  ])('%s', (_case, id, answer, expected) => {
    expect(answerProblem(field(id), answer)).toBe(expected);
  });

  it.each([
    [5000, undefined],
    [5001, 'Keep this under 5,000 characters (it has 5,001).'],
  ])('long text of %i characters against the default limit of 5,000', (length, expected) => {
    expect(answerProblem(longText, 'x'.repeat(length))).toBe(expected);
  });

  it.each<[string, object, number, string | undefined]>([
    ['only a minimum: below it', { min: 1 }, 0, 'Enter 1 or more.'],
    ['only a minimum: far above it', { min: 1 }, 1e6, undefined],
    ['only a maximum: above it', { max: 10 }, 11, 'Enter 10 or less.'],
    ['only a maximum: far below it', { max: 10 }, -5, undefined],
    ['no bounds', {}, -1e6, undefined],
  ])('a number with %s', (_case, bounds, answer, expected) => {
    const number = worksheetFieldSchema.parse({ id: 'n', type: 'number', label: 'N', help: 'A number.', ...bounds });
    expect(answerProblem(number, answer)).toBe(expected);
  });

  // BUG (src/lib/workbook/answers.ts, answerProblem, case 'date'): the check relies on Date.parse, which in V8 rolls
  // an impossible day over into the next month (Date.parse('2026-02-30') is 2 March), so days that do not exist pass.
  it.each([['2026-02-30'], ['2026-04-31'], ['2027-02-29']])(
    'an impossible date (%s) is reported as not a date',
    (date) => {
      expect(answerProblem(field('start-date'), date)).toBe('Enter a date, for example 2026-03-31.');
    },
  );
});

describe('completionOf', () => {
  const all = {
    'current-goal': 'support',
    dormant: [fullRow('a'), fullRow('b')],
  };

  it.each<[string, Record<string, Answer>, object]>([
    ['nothing answered', {}, { requiredAnswered: 0, requiredTotal: 2, answered: 0, complete: false, empty: true }],
    [
      'only optional fields answered',
      { hours: 3, 'one-line-goal': 'Meet the planners' },
      { requiredAnswered: 0, requiredTotal: 2, answered: 2, complete: false, empty: false },
    ],
    [
      'one of two required fields answered',
      { 'current-goal': 'support', dormant: [fullRow('a')] },
      { requiredAnswered: 1, requiredTotal: 2, answered: 1, complete: false, empty: false },
    ],
    [
      'every required field answered',
      all,
      { requiredAnswered: 2, requiredTotal: 2, answered: 2, complete: true, empty: false },
    ],
    [
      'every required field answered, and more',
      { ...all, hours: 3, 'reconnection-steps': ['listed', 'drafted', 'sent'] },
      { requiredAnswered: 2, requiredTotal: 2, answered: 4, complete: true, empty: false },
    ],
    [
      'a half-ticked checklist, which does not count',
      { 'reconnection-steps': ['listed'] },
      { requiredAnswered: 0, requiredTotal: 2, answered: 0, complete: false, empty: true },
    ],
    [
      'only answers to fields no longer in the worksheet',
      { 'old-field': 'kept' },
      { requiredAnswered: 0, requiredTotal: 2, answered: 0, complete: false, empty: true },
    ],
  ])('a worksheet with required fields, %s', (_case, answers, expected) => {
    expect(completionOf(reconnectionPlan, answers)).toEqual(expected);
  });

  it.each<[string, Record<string, Answer>, object]>([
    ['nothing answered: not complete', {}, { requiredTotal: 0, answered: 0, complete: false, empty: true }],
    ['only blanks: not complete', { next: '  ' }, { requiredTotal: 0, answered: 0, complete: false, empty: true }],
    ['one answer: complete', { next: 'Ask J.' }, { requiredTotal: 0, answered: 1, complete: true, empty: false }],
  ])('a worksheet with nothing required, %s', (_case, answers, expected) => {
    expect(completionOf(reflection, answers)).toMatchObject(expected);
  });
});

describe('answerText', () => {
  it.each<[string, string, Answer | undefined, string]>([
    [
      'a single choice shows its label, not its value',
      'current-goal',
      'settling-in',
      'Settling into a new job or team',
    ],
    [
      'a multiple choice shows labels in the worksheet’s order',
      'gives',
      ['advice', 'new-information'],
      'News I would not hear otherwise; Advice or expertise',
    ],
    ['a multiple choice ignores options that no longer exist', 'gives', ['gossip', 'advice'], 'Advice or expertise'],
    ['a multiple choice of only retired options shows nothing', 'gives', ['gossip'], ''],
    [
      'a checklist shows the ticked items even when some are left',
      'reconnection-steps',
      ['sent', 'listed'],
      'I listed people I have been out of touch with; I sent the messages',
    ],
    ['a checklist with nothing ticked shows nothing', 'reconnection-steps', [], ''],
    ['a scale shows the point and what its ends mean', 'confidence', 4, '4 on a scale from 1 (Not at all) to 5 (Very)'],
    ['a number shows its unit', 'hours', 2.5, '2.5 hours a week'],
    ['a date is shown in words, as everywhere on the site', 'start-date', '2026-03-16', 'Mon 16 Mar 2026'],
    ['text is shown as written', 'portfolio-notice', 'Line one\nLine two', 'Line one\nLine two'],
    ['a group has no words of its own (its rows follow)', 'dormant', [fullRow('a'), fullRow('b')], ''],
    ['a group with too few rows shows nothing', 'dormant', [fullRow('a')], ''],
    ['a choice whose option was removed shows what was stored', 'current-goal', 'retired-option', 'retired-option'],
    ['an unanswered number shows nothing', 'hours', null, ''],
    ['a field never touched shows nothing', 'one-line-goal', undefined, ''],
  ])('%s', (_case, id, answer, expected) => {
    expect(answerText(field(id), answer)).toBe(expected);
  });

  it('a number without a unit is just the number', () => {
    const number = worksheetFieldSchema.parse({ id: 'n', type: 'number', label: 'N', help: 'A number.' });
    expect(answerText(number, 12)).toBe('12');
  });
});

describe('completionOnly', () => {
  it('gives the same completion as the whole definition, without the words a learner reads', () => {
    const slim = completionOnly(reconnectionPlan);
    const text = JSON.stringify(slim);
    const fields = reconnectionPlan.fields.flatMap((field) => [field, ...(field.type === 'group' ? field.fields : [])]);
    const words = fields.flatMap((field) => [
      field.label,
      field.help,
      ...('options' in field ? field.options.map((option) => option.label) : []),
      ...(field.type === 'scale' ? [field.minLabel, field.maxLabel] : []),
      ...(field.type === 'number' && field.unit ? [field.unit] : []),
      ...(field.type === 'group' ? [field.itemLabel] : []),
    ]);
    expect(words.length).toBeGreaterThan(fields.length * 2);
    for (const word of words) expect(text).not.toContain(JSON.stringify(word));
    // The option values stay: completion checks an answer against them.
    expect(text).toContain('"settling-in"');
    const answerSets: Record<string, Answer>[] = [
      {},
      { 'current-goal': 'support' },
      { 'current-goal': 'not-an-option' },
      { 'current-goal': 'support', 'reconnection-steps': ['listed', 'drafted', 'sent'], hours: 2 },
      { 'current-goal': 'support', gives: ['advice'], confidence: 3, dormant: [fullRow('a')] },
    ];
    for (const answers of answerSets)
      expect(completionOf(slim, answers)).toEqual(completionOf(reconnectionPlan, answers));
  });
});

describe('withoutHelp', () => {
  it('keeps what showing answers needs, and drops the help and the intro', () => {
    const slim = withoutHelp(reconnectionPlan);
    const text = JSON.stringify(slim);
    expect(text).not.toContain(reconnectionPlan.intro);
    const fields = reconnectionPlan.fields.flatMap((field) => [field, ...(field.type === 'group' ? field.fields : [])]);
    expect(fields.some((field) => field.type === 'group')).toBe(true);
    for (const field of fields) {
      expect(text).not.toContain(JSON.stringify(field.help));
      expect(text).toContain(JSON.stringify(field.label));
    }
    const answers: Record<string, Answer> = {
      'current-goal': 'support',
      hours: 2,
      'reconnection-steps': ['listed'],
      dormant: [fullRow('a')],
    };
    expect(answerOutline(slim, answers)).toEqual(answerOutline(reconnectionPlan, answers));
    expect(completionOf(slim, answers)).toEqual(completionOf(reconnectionPlan, answers));
  });
});

describe('answerKindProblem and misfitAnswer: an answer its question’s form cannot show', () => {
  // One answer the form could have written for each question of the fixture, rows of the group included.
  const shown: Record<string, Answer> = {
    'current-goal': 'support',
    'one-line-goal': 'Meet two people a month',
    'portfolio-notice': 'All in one team.',
    hours: 2.5,
    confidence: 4,
    gives: ['advice'],
    'start-date': '2026-03-20',
    'reconnection-steps': ['listed'],
    dormant: [row('a', { who: 'R.K.', 'why-them': 'Kind', 'by-when': '2026-03-20', strength: 'weak' })],
    deepen: 'A.',
  };

  it('accepts what the form writes, empty answers, a number out of range, and questions no longer asked', () => {
    expect(Object.keys(shown).sort()).toEqual(reconnectionPlan.fields.map((f) => f.id).sort());
    expect(misfitAnswer(reconnectionPlan.fields, shown)).toBeUndefined();
    const empty = Object.fromEntries(reconnectionPlan.fields.map((f) => [f.id, null]));
    expect(misfitAnswer(reconnectionPlan.fields, empty)).toBeUndefined();
    expect(misfitAnswer(reconnectionPlan.fields, { 'start-date': '', 'current-goal': '', gives: [] })).toBeUndefined();
    // The form keeps a number out of its range (and says so), so an export can hold one.
    expect(misfitAnswer(reconnectionPlan.fields, { hours: 400 })).toBeUndefined();
    // An answer to a question the worksheet no longer asks is not looked at.
    expect(misfitAnswer(reconnectionPlan.fields, { 'asked-once': 42 })).toBeUndefined();
  });

  it.each([
    ['hours', 'lots', 'a number'],
    ['confidence', '4', 'a whole number from 1 to 5'],
    ['confidence', 9, 'a whole number from 1 to 5'],
    ['confidence', 2.5, 'a whole number from 1 to 5'],
    ['one-line-goal', 7, 'text'],
    ['start-date', ['2026-03-20'], 'a date, written like 2026-03-31'],
    ['start-date', '31/02/2026', 'a date, written like 2026-03-31'],
    ['start-date', '2026-02-31', 'a date, written like 2026-03-31'],
    ['current-goal', ['support'], 'one of its options'],
    ['current-goal', 'banana', 'one of its options'],
    ['gives', 'advice', 'a list of its options'],
    ['gives', ['advice', 'nope'], 'a list of its options'],
    ['reconnection-steps', [1, 2], 'a list of its options'],
    ['dormant', 'R.K.', 'a list of rows'],
  ])('refuses %s answered %j, naming the question and what it should be', (id, answer, kind) => {
    expect(answerKindProblem(field(id), answer)).toBe(kind);
    expect(misfitAnswer(reconnectionPlan.fields, { ...shown, [id]: answer })).toEqual({
      question: `“${field(id).label}”`,
      kind,
    });
  });

  it('looks inside each row of a group, and says which row', () => {
    const rows = [fullRow('a'), row('b', { who: 'J.', 'by-when': '20/03/2026' })];
    expect(misfitAnswer(reconnectionPlan.fields, { ...shown, dormant: rows })).toEqual({
      question: '“By when” (Dormant tie 2, under “Dormant ties to reconnect with”)',
      kind: 'a date, written like 2026-03-31',
    });
  });
});
