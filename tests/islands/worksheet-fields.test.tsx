// @vitest-environment happy-dom
/**
 * The worksheet island with one field of each type: what each field says (label, help, required mark, problems),
 * that answering it stores the answer, and that a new page load shows the stored answer again.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { worksheetSchema } from '~/schema';
import type { StorageBackend } from '~/stores/storage';
import { everyFieldWorksheet } from '../fixtures/worksheets';
import { loadWorksheetIsland, snapshot, storedJson, worksheetKey } from './harness';

const ID = 'every-field';

type Island = Awaited<ReturnType<typeof loadWorksheetIsland>>['WorksheetIsland'];
let WorksheetIsland: Island;
let backend: StorageBackend;

beforeEach(async () => {
  ({ WorksheetIsland, backend } = await loadWorksheetIsland());
});
afterEach(() => cleanup());

const renderIsland = (Component: Island = WorksheetIsland) =>
  render(<Component worksheetId={ID} definition={everyFieldWorksheet} />);

/** The answers stored for the worksheet, as the learner's browser holds them. */
const storedAnswers = () => storedJson<{ v: number; answers: Record<string, unknown> }>(backend, worksheetKey(ID));

/** What assistive technology reads as an element's description: the texts its aria-describedby points to. */
function descriptionOf(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
    .join(' ');
}

/** Unmount, then load the page again from what is in storage now: fresh modules, a backend holding the same keys. */
async function reloadFromStorage() {
  const saved = snapshot(backend);
  cleanup();
  const reloaded = await loadWorksheetIsland(saved);
  renderIsland(reloaded.WorksheetIsland);
}

const textbox = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });

interface FieldCase {
  type: string;
  fieldId: string;
  answer: (user: UserEvent) => Promise<void>;
  stored: unknown;
  /** Checks the page shows the answer (after a reload from storage). */
  shows: () => void;
}

const cases: FieldCase[] = [
  {
    type: 'short-text',
    fieldId: 'name',
    answer: (user) => user.type(textbox('Your name (required)'), 'Ada L.'),
    stored: 'Ada L.',
    shows: () => expect(textbox('Your name (required)').value).toBe('Ada L.'),
  },
  {
    type: 'long-text',
    fieldId: 'story',
    answer: (user) => user.type(textbox('How you got here'), 'Moved teams.{Enter}Started again.'),
    stored: 'Moved teams.\nStarted again.',
    shows: () => expect(textbox('How you got here').value).toBe('Moved teams.\nStarted again.'),
  },
  {
    type: 'number',
    fieldId: 'hours',
    answer: (user) => user.type(textbox('Hours spent networking (required)'), '12.5'),
    stored: 12.5,
    shows: () => expect(textbox('Hours spent networking (required)').value).toBe('12.5'),
  },
  {
    type: 'scale',
    fieldId: 'confidence',
    answer: (user) => user.click(screen.getByRole('radio', { name: '4' })),
    stored: 4,
    shows: () => {
      const scale = screen.getByRole('group', { name: 'How confident do you feel?' });
      const checked = within(scale)
        .getAllByRole<HTMLInputElement>('radio')
        .filter((radio) => radio.checked);
      expect(checked.map((radio) => radio.value)).toEqual(['4']);
    },
  },
  {
    type: 'single-choice',
    fieldId: 'stage',
    answer: (user) => user.click(screen.getByRole('radio', { name: 'Settled in' })),
    stored: 'settled',
    shows: () => {
      expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Settled in' }).checked).toBe(true);
      expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Just starting' }).checked).toBe(false);
    },
  },
  {
    type: 'multiple-choice',
    fieldId: 'channels',
    answer: async (user) => {
      // Ticked out of order: stored in the definition's order.
      await user.click(screen.getByRole('checkbox', { name: 'Social media' }));
      await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    },
    stored: ['email', 'social'],
    shows: () => {
      const group = screen.getByRole('group', { name: 'Which channels do you use?' });
      const ticked = within(group)
        .getAllByRole<HTMLInputElement>('checkbox')
        .filter((box) => box.checked);
      expect(ticked.map((box) => box.value)).toEqual(['email', 'social']);
    },
  },
  {
    type: 'checklist',
    fieldId: 'prep',
    answer: (user) => user.click(screen.getByRole('checkbox', { name: 'Send the invitation' })),
    stored: ['invite'],
    shows: () => {
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Send the invitation' }).checked).toBe(true);
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Write an agenda' }).checked).toBe(false);
      const group = screen.getByRole('group', { name: 'Before the meeting (required)' });
      expect(within(group).getByText('1 of 2 done')).toBeTruthy();
    },
  },
  {
    type: 'date',
    fieldId: 'meet-by',
    answer: (user) => user.type(screen.getByLabelText('Meet by'), '2026-03-31'),
    stored: '2026-03-31',
    shows: () => expect(screen.getByLabelText<HTMLInputElement>('Meet by').value).toBe('2026-03-31'),
  },
];

describe('each field type', () => {
  it.each(cases)('$type: the answer is stored and shown again after a reload', async (field) => {
    const user = userEvent.setup();
    renderIsland();
    expect(storedAnswers()).toBeNull();

    await field.answer(user);

    const stored = storedAnswers();
    expect(stored?.v).toBe(1);
    expect(stored?.answers).toEqual({ [field.fieldId]: field.stored });

    await reloadFromStorage();
    field.shows();
  });

  it('clearing a text field removes its answer from storage', async () => {
    const user = userEvent.setup();
    renderIsland();
    await user.type(textbox('Your name (required)'), 'Ada');
    expect(storedAnswers()?.answers).toEqual({ name: 'Ada' });

    await user.clear(textbox('Your name (required)'));
    expect(storedAnswers()?.answers).toEqual({});
  });

  it('"Clear this answer" clears a chosen option', async () => {
    const user = userEvent.setup();
    renderIsland();
    const stage = screen.getByRole('group', { name: 'Where are you in your role? (required)' });
    expect(within(stage).queryByRole('button', { name: 'Clear this answer' })).toBeNull();

    await user.click(within(stage).getByRole('radio', { name: 'Just starting' }));
    expect(storedAnswers()?.answers).toEqual({ stage: 'starting' });

    await user.click(within(stage).getByRole('button', { name: 'Clear this answer' }));
    expect(storedAnswers()?.answers).toEqual({});
    expect(within(stage).getByRole<HTMLInputElement>('radio', { name: 'Just starting' }).checked).toBe(false);
  });
});

describe('labels, help and required marks', () => {
  it('labels each control, marks required ones, and ties the help text as its description', () => {
    renderIsland();
    const expected: [role: string, name: string, help: string][] = [
      ['textbox', 'Your name (required)', 'Initials will do.'],
      ['textbox', 'How you got here', 'A paragraph is plenty.'],
      ['textbox', 'Hours spent networking (required)', 'Round to the nearest hour.'],
      ['group', 'How confident do you feel?', 'Your first feeling is fine.'],
      ['group', 'Where are you in your role? (required)', 'Pick the closest.'],
      ['group', 'Which channels do you use?', 'Tick all that apply.'],
      ['group', 'Before the meeting (required)', 'Tick each step once it is done.'],
      ['group', 'People to contact (required)', 'Add one row for each person.'],
    ];
    for (const [role, name, help] of expected) {
      const element = screen.getByRole(role, { name, description: help });
      expect(descriptionOf(element)).toBe(help);
    }
    const date = screen.getByLabelText('Meet by');
    expect(date.getAttribute('type')).toBe('date');
    expect(descriptionOf(date)).toBe('A date within the next month.');
  });

  it('marks exactly the required fields as required', () => {
    renderIsland();
    const marked = screen.getAllByText('(required)').map((mark) => mark.parentElement?.textContent);
    expect(marked).toEqual([
      'Your name (required)',
      'Hours spent networking (required)',
      'Where are you in your role? (required)',
      'Before the meeting (required)',
      'People to contact (required)',
    ]);
    expect(textbox('Your name (required)').required).toBe(true);
    expect(textbox('How you got here').required).toBe(false);
  });

  it('shows the unit after a number and names the ends of a scale', () => {
    renderIsland();
    const hours = textbox('Hours spent networking (required)');
    expect(hours.parentElement?.textContent).toContain('hours a week');
    const scale = screen.getByRole('group', { name: 'How confident do you feel?' });
    const points = within(scale).getAllByRole('radio');
    expect(points).toHaveLength(5);
    // (happy-dom lays out the hidden span as a block, so the name may read "1 : Not at all".)
    expect(within(scale).getByRole('radio', { name: /^1 ?: Not at all$/ })).toBe(points[0]);
    expect(within(scale).getByRole('radio', { name: /^5 ?: Very$/ })).toBe(points[4]);
    expect(within(scale).getByRole('radio', { name: '3' })).toBe(points[2]);
  });
});

describe('a number out of range', () => {
  it('shows the problem, ties it to the input and marks the input invalid, until the number is in range', async () => {
    const user = userEvent.setup();
    renderIsland();
    const hours = textbox('Hours spent networking (required)');
    expect(hours.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Enter a number from 0 to 40/)).toBeNull();

    await user.type(hours, '50');

    expect(screen.getByText('Enter a number from 0 to 40. Not saved until then.')).toBeTruthy();
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(hours)).toBe('Round to the nearest hour. Enter a number from 0 to 40. Not saved until then.');
    // What stays saved is the last answer the question accepts (the "5" typed on the way), never the 50: it is what
    // prints, exports and goes to a coach.
    expect(hours.value).toBe('50');
    expect(storedAnswers()?.answers).toEqual({ hours: 5 });

    await user.clear(hours);
    await user.type(hours, '40');
    expect(screen.queryByText(/Enter a number from 0 to 40/)).toBeNull();
    expect(hours.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(hours)).toBe('Round to the nearest hour.');
    expect(storedAnswers()?.answers).toEqual({ hours: 40 });
  });

  it('a negative number is kept in the box and said, and never saved', async () => {
    const user = userEvent.setup();
    renderIsland();
    const hours = textbox('Hours spent networking (required)');

    await user.type(hours, '-3');

    expect(hours.value).toBe('-3');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number from 0 to 40. Not saved until then.')).toBeTruthy();
    expect(storedAnswers()?.answers ?? {}).toEqual({});
  });

  it('says so when what is typed is not a number, and stores only what parses', async () => {
    const user = userEvent.setup();
    renderIsland();
    const hours = textbox('Hours spent networking (required)');

    await user.type(hours, '3x');

    expect(hours.value).toBe('3x');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(hours)).toBe(
      'Round to the nearest hour. Enter a number in figures, such as 3 or 2.5. Not saved until then.',
    );
    expect(storedAnswers()?.answers).toEqual({ hours: 3 });
  });

  it('takes a decimal comma as a learner in much of Europe writes it', async () => {
    const user = userEvent.setup();
    renderIsland();
    const hours = textbox('Hours spent networking (required)');

    await user.type(hours, '2,5');

    expect(hours.value).toBe('2,5');
    expect(hours.getAttribute('aria-invalid')).toBeNull();
    expect(storedAnswers()?.answers).toEqual({ hours: 2.5 });
  });
});

/** A worksheet of one question, for a test about that kind of question. */
const oneQuestion = (title: string, field: Record<string, unknown>) =>
  worksheetSchema.parse({ title, intro: 'For the test.', fields: [field] });

describe('a “none of these” choice', () => {
  it('stands alone: ticking it clears the other choices, and ticking another clears it', async () => {
    const user = userEvent.setup();
    const definition = oneQuestion('Doubts', {
      id: 'doubts',
      type: 'multiple-choice',
      label: 'What holds you back?',
      help: 'Tick all that apply.',
      options: [
        { value: 'time', label: 'No time' },
        { value: 'words', label: 'Not sure what to say' },
        { value: 'none', label: 'None of these', exclusive: true },
      ],
    });
    render(<WorksheetIsland worksheetId="doubts" definition={definition} />);
    const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
    const stored = () => storedJson<{ answers: Record<string, unknown> }>(backend, worksheetKey('doubts'))?.answers;
    await user.click(box('No time'));
    await user.click(box('Not sure what to say'));
    expect(stored()).toEqual({ doubts: ['time', 'words'] });
    await user.click(box('None of these'));
    expect(stored()).toEqual({ doubts: ['none'] });
    expect([box('No time').checked, box('Not sure what to say').checked]).toEqual([false, false]);
    await user.click(box('No time'));
    expect(stored()).toEqual({ doubts: ['time'] });
    expect(box('None of these').checked).toBe(false);
    // Said on the page, as GOV.UK does: an "or" before the choice that stands alone.
    expect(screen.getByText('or').nextElementSibling?.textContent).toBe('None of these');
  });
});

describe('required answers', () => {
  /** The links after "Still to answer:", by name, or [] when that line is gone. */
  function stillToAnswer(): string[] {
    const line = screen.queryByText(/^Still to answer:/);
    return line
      ? within(line)
          .getAllByRole('link')
          .map((link) => link.textContent ?? '')
      : [];
  }
  const progressText = () => screen.getByRole('progressbar').getAttribute('value');

  it('counts required answers, lists what is missing and says Complete when all are given', async () => {
    const user = userEvent.setup();
    renderIsland();

    expect(screen.getByText('0 of 5 required answers given')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '0 of 5 required answers given' })).toBeTruthy();
    expect(stillToAnswer()).toEqual([
      'Your name',
      'Hours spent networking',
      'Where are you in your role?',
      'Before the meeting',
      'People to contact',
    ]);
    // Each link leads to its field.
    const link = screen.getByRole('link', { name: 'Hours spent networking' });
    const target = document.getElementById(link.getAttribute('href')!.replace(/^#/, ''));
    expect(target).toBe(textbox('Hours spent networking (required)'));
    const groupLink = screen.getByRole('link', { name: 'People to contact' });
    expect(document.getElementById(groupLink.getAttribute('href')!.slice(1))).toBe(
      screen.getByRole('group', { name: 'People to contact (required)' }),
    );

    // And following a link puts focus in the question's first box (a link alone would leave it on the page).
    await user.click(link);
    expect(document.activeElement).toBe(textbox('Hours spent networking (required)'));
    await user.click(screen.getByRole('link', { name: 'Where are you in your role?' }));
    expect(document.activeElement).toBe(
      within(screen.getByRole('group', { name: /Where are you in your role/ })).getAllByRole('radio')[0],
    );
    await user.click(groupLink);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add person' }));

    await user.type(textbox('Your name (required)'), 'Ada');
    expect(screen.getByText('1 of 5 required answers given')).toBeTruthy();
    expect(progressText()).toBe('1');
    expect(stillToAnswer()).not.toContain('Your name');
    expect(stillToAnswer()).toHaveLength(4);

    // An answer out of range still counts as given; an optional field does not count at all.
    await user.type(textbox('How you got here'), 'Long story.');
    expect(screen.getByText('1 of 5 required answers given')).toBeTruthy();
    await user.type(textbox('Hours spent networking (required)'), '6');
    expect(screen.getByText('2 of 5 required answers given')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Settled in' }));
    expect(screen.getByText('3 of 5 required answers given')).toBeTruthy();

    // A checklist counts once every item is ticked.
    await user.click(screen.getByRole('checkbox', { name: 'Write an agenda' }));
    expect(screen.getByText('3 of 5 required answers given')).toBeTruthy();
    expect(stillToAnswer()).toContain('Before the meeting');
    await user.click(screen.getByRole('checkbox', { name: 'Send the invitation' }));
    expect(screen.getByText('4 of 5 required answers given')).toBeTruthy();
    expect(stillToAnswer()).toEqual(['People to contact']);

    // A group counts once it has a row whose required fields are answered.
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(screen.getByText('4 of 5 required answers given')).toBeTruthy();
    await user.type(textbox('Name (required)'), 'Bo');

    expect(screen.getByText('Complete: every required answer is given.')).toBeTruthy();
    expect(screen.queryByText(/required answers given/)).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Complete: every required answer is given.' })).toBeTruthy();
    expect(progressText()).toBe('5');
    expect(stillToAnswer()).toEqual([]);

    // Taking an answer away makes it missing again.
    await user.clear(textbox('Your name (required)'));
    expect(screen.getByText('4 of 5 required answers given')).toBeTruthy();
    expect(stillToAnswer()).toEqual(['Your name']);
  });

  it('says how many rows a list needs when it has fewer, and how many it has', async () => {
    const user = userEvent.setup();
    const definition = oneQuestion('Messages', {
      id: 'messages',
      type: 'group',
      label: 'Your messages',
      help: 'One row per message.',
      itemLabel: 'Message',
      minRows: 2,
      required: true,
      fields: [{ id: 'to', type: 'short-text', label: 'To', help: 'Who.', required: true }],
    });
    render(<WorksheetIsland worksheetId="messages" definition={definition} />);
    const line = () => screen.queryByText(/^Still to answer:/)?.textContent;
    expect(line()).toBe('Still to answer: Your messages (needs at least 2 rows; 0 so far)');
    await user.click(screen.getByRole('button', { name: 'Add message' }));
    await user.type(textbox('To (required)'), 'Bo');
    expect(line()).toBe('Still to answer: Your messages (needs at least 2 rows; 1 so far)');
    await user.click(screen.getByRole('button', { name: 'Add message' }));
    // Enough rows: what is missing now is an answer in one of them, which the row itself shows.
    expect(line()).toBe('Still to answer: Your messages');
  });
});
