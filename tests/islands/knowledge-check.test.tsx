// @vitest-environment happy-dom
/** The knowledge-check island: feedback on each choice, saved answers, trying again, and keyboard use. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorageBackend } from '~/stores/storage';
import { fixtureCheck } from '../fixtures/worksheets';
import { checkKey, loadKnowledgeCheckIsland, snapshot, storedJson, tabTo } from './harness';

const ID = 'fixture-lesson';

type Island = Awaited<ReturnType<typeof loadKnowledgeCheckIsland>>['KnowledgeCheckIsland'];
let KnowledgeCheckIsland: Island;
let backend: StorageBackend;

beforeEach(async () => {
  ({ KnowledgeCheckIsland, backend } = await loadKnowledgeCheckIsland());
});
afterEach(() => cleanup());

const renderIsland = (Component: Island = KnowledgeCheckIsland) =>
  render(<Component checkId={ID} check={fixtureCheck} />);

const storedChosen = () => storedJson<{ chosen: Record<string, number> }>(backend, checkKey(ID))?.chosen ?? null;

const question = (n: 1 | 2) =>
  screen.getByRole('group', { name: `Question ${n}. ${fixtureCheck.questions[n - 1]!.prompt}` });
/** The list item of question n: its options, feedback and buttons. */
const questionItem = (n: 1 | 2) => question(n).closest('li')!;
const option = (n: 1 | 2, text: string) => within(question(n)).getByRole<HTMLInputElement>('radio', { name: text });

/** The verdict shown for question n ("Right." / "Not quite.") with the explanation after it, or null. */
function feedback(n: 1 | 2): { verdict: string; explanation: string } | null {
  const verdict = within(questionItem(n)).queryByText(/^(Right\.|Not quite\.)$/);
  if (!verdict) return null;
  return { verdict: verdict.textContent ?? '', explanation: verdict.nextElementSibling?.textContent ?? '' };
}

const summary = () => screen.getByText(/^(\d+ questions\.|\d+ of \d+ right so far\.)$/).textContent;

describe('knowledge check', () => {
  it('shows the title, each question as a labelled group of options, and how many questions there are', () => {
    renderIsland();
    expect(screen.getByRole('heading', { name: 'Check your understanding' })).toBeTruthy();
    expect(within(question(1)).getAllByRole('radio')).toHaveLength(3);
    expect(within(question(2)).getAllByRole('radio')).toHaveLength(2);
    expect(option(1, 'Close friends').disabled).toBe(false);
    expect(summary()).toBe('2 questions.');
    expect(feedback(1)).toBeNull();
  });

  it('says "Not quite." with the explanation for a wrong option and "Right." for the right one, saving each', async () => {
    const user = userEvent.setup();
    renderIsland();

    await user.click(option(1, 'Close friends'));
    expect(feedback(1)).toEqual({
      verdict: 'Not quite.',
      explanation: 'Close friends mostly hear what you already hear.',
    });
    expect(storedChosen()).toEqual({ 'weak-ties': 0 });
    expect(summary()).toBe('0 of 2 right so far.');
    expect(feedback(2)).toBeNull();

    await user.click(option(1, 'Acquaintances'));
    expect(feedback(1)).toEqual({ verdict: 'Right.', explanation: 'Weak ties reach circles you do not.' });
    expect(storedChosen()).toEqual({ 'weak-ties': 1 });
    expect(summary()).toBe('1 of 2 right so far.');

    await user.click(option(2, 'Anyone with many contacts'));
    expect(feedback(2)?.verdict).toBe('Not quite.');
    expect(summary()).toBe('1 of 2 right so far.');
    await user.click(option(2, 'Someone who links groups that do not otherwise meet'));
    expect(feedback(2)).toEqual({ verdict: 'Right.', explanation: 'That is the bridge.' });
    expect(storedChosen()).toEqual({ 'weak-ties': 1, brokers: 0 });
    expect(summary()).toBe('2 of 2 right so far.');
  });

  it('shows saved answers and their feedback after a reload', async () => {
    const user = userEvent.setup();
    renderIsland();
    await user.click(option(1, 'Job boards only'));
    await user.click(option(2, 'Someone who links groups that do not otherwise meet'));

    const saved = snapshot(backend);
    cleanup();
    const reloaded = await loadKnowledgeCheckIsland(saved);
    renderIsland(reloaded.KnowledgeCheckIsland);

    expect(option(1, 'Job boards only').checked).toBe(true);
    expect(option(1, 'Acquaintances').checked).toBe(false);
    expect(feedback(1)).toEqual({
      verdict: 'Not quite.',
      explanation: 'Many roles are filled before they are posted.',
    });
    expect(feedback(2)?.verdict).toBe('Right.');
    expect(summary()).toBe('1 of 2 right so far.');
    // Shown, not read out: the one status line speaks only for a choice made now.
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('reads out the verdict of the learner’s own choice on one status line', async () => {
    const user = userEvent.setup();
    renderIsland();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    await user.click(option(1, 'Close friends'));
    // Said once the choice is saved and shown (after the render that shows it).
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Question 1: Not quite. Close friends mostly hear what you already hear.',
      ),
    );
    await user.click(option(2, 'Someone who links groups that do not otherwise meet'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Question 2: Right. That is the bridge.'));
  });

  it('"Try this question again" clears that question only', async () => {
    const user = userEvent.setup();
    renderIsland();
    expect(screen.queryByRole('button', { name: 'Try this question again' })).toBeNull();
    await user.click(option(1, 'Close friends'));
    await user.click(option(2, 'Anyone with many contacts'));
    expect(storedChosen()).toEqual({ 'weak-ties': 0, brokers: 1 });

    await user.click(within(questionItem(1)).getByRole('button', { name: 'Try this question again' }));

    expect(storedChosen()).toEqual({ brokers: 1 });
    expect(document.activeElement).toBe(option(1, 'Close friends'));
    expect(
      within(question(1))
        .getAllByRole<HTMLInputElement>('radio')
        .some((radio) => radio.checked),
    ).toBe(false);
    expect(feedback(1)).toBeNull();
    expect(within(questionItem(1)).queryByRole('button', { name: 'Try this question again' })).toBeNull();
    expect(feedback(2)?.verdict).toBe('Not quite.');
    expect(summary()).toBe('0 of 2 right so far.');

    await user.click(screen.getByRole('button', { name: 'Try the whole check again' }));
    expect(storedChosen()).toEqual({});
    expect(feedback(2)).toBeNull();
    expect(summary()).toBe('2 questions.');
    expect(screen.queryByRole('button', { name: 'Try the whole check again' })).toBeNull();
  });

  it('moves between the options of a question with the arrow keys, choosing each one', async () => {
    const user = userEvent.setup();
    renderIsland();

    await tabTo(user, option(1, 'Close friends'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(option(1, 'Acquaintances'));
    expect(option(1, 'Acquaintances').checked).toBe(true);
    expect(feedback(1)?.verdict).toBe('Right.');
    expect(storedChosen()).toEqual({ 'weak-ties': 1 });
    expect(summary()).toBe('1 of 2 right so far.');

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(option(1, 'Job boards only'));
    expect(feedback(1)?.verdict).toBe('Not quite.');
    expect(storedChosen()).toEqual({ 'weak-ties': 2 });
    expect(summary()).toBe('0 of 2 right so far.');

    // The arrows stay within the question: past the last option comes the first, not the next question.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(option(1, 'Close friends'));
    expect(storedChosen()).toEqual({ 'weak-ties': 0 });
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(option(1, 'Job boards only'));
    expect(storedChosen()).toEqual({ 'weak-ties': 2 });
    expect(
      within(question(2))
        .getAllByRole<HTMLInputElement>('radio')
        .some((radio) => radio.checked),
    ).toBe(false);
  });

  it('cannot be answered when the saved answers belong to a newer version of the course', async () => {
    const newer = JSON.stringify({ v: 99, updatedAt: '2030-01-01T00:00:00.000Z', chosen: {} });
    const loaded = await loadKnowledgeCheckIsland({ [checkKey(ID)]: newer });
    const user = userEvent.setup();
    renderIsland(loaded.KnowledgeCheckIsland);

    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('The saved answers to this knowledge check came from a newer version of the course'),
    ).toBeTruthy();
    expect((question(1) as HTMLFieldSetElement).disabled).toBe(true);
    await user.click(option(1, 'Acquaintances'));
    expect(option(1, 'Acquaintances').checked).toBe(false);
    expect(loaded.backend.get(checkKey(ID))).toBe(newer);
  });
});
