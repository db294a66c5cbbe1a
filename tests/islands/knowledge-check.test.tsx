// @vitest-environment happy-dom
/** The knowledge-check island: checking an answer, first tries and the score, saved answers, trying again, keyboard use. */
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

const stored = () =>
  storedJson<{ v: number; chosen: Record<string, number>; firstTry: Record<string, number | null> }>(
    backend,
    checkKey(ID),
  );
const storedChosen = () => stored()?.chosen ?? null;

const question = (n: 1 | 2) =>
  screen.getByRole('group', { name: `Question ${n}. ${fixtureCheck.questions[n - 1]!.prompt}` });
/** The list item of question n: its options, feedback and buttons. */
const questionItem = (n: 1 | 2) => question(n).closest('li')!;
const option = (n: 1 | 2, text: string) => within(question(n)).getByRole<HTMLInputElement>('radio', { name: text });
const checkButton = (n: 1 | 2) =>
  within(questionItem(n)).queryByRole('button', { name: `Check answer to question ${n}` });

/** The verdict shown for question n ("Right." / "Not quite.") with the explanation after it, or null. */
function feedback(n: 1 | 2): { verdict: string; explanation: string } | null {
  const verdict = within(questionItem(n)).queryByText(/^(Right\.|Not quite\.)$/);
  if (!verdict) return null;
  return { verdict: verdict.textContent ?? '', explanation: verdict.nextElementSibling?.textContent ?? '' };
}

const summary = () => document.querySelector('.check-score')?.textContent;

/** Choose an option and check it, as a learner with a mouse would. */
async function answer(user: ReturnType<typeof userEvent.setup>, n: 1 | 2, text: string) {
  await user.click(option(n, text));
  await user.click(checkButton(n)!);
}

describe('knowledge check', () => {
  it('shows the title, each question as a labelled group of options, and how many questions there are', () => {
    renderIsland();
    expect(screen.getByRole('heading', { name: 'Check your understanding' })).toBeTruthy();
    expect(within(question(1)).getAllByRole('radio')).toHaveLength(3);
    expect(within(question(2)).getAllByRole('radio')).toHaveLength(2);
    expect(option(1, 'Close friends').disabled).toBe(false);
    expect(summary()).toBe('2 questions, none answered yet.');
    expect(feedback(1)).toBeNull();
    expect(checkButton(1)).toBeNull();
  });

  it('choosing an option only selects it; checking it saves it and says "Not quite." or "Right." with why', async () => {
    const user = userEvent.setup();
    renderIsland();

    await user.click(option(1, 'Close friends'));
    expect(feedback(1)).toBeNull();
    expect(stored()).toBeNull();
    await user.click(checkButton(1)!);
    expect(feedback(1)).toEqual({
      verdict: 'Not quite.',
      explanation: 'Close friends mostly hear what you already hear.',
    });
    expect(storedChosen()).toEqual({ 'weak-ties': 0 });
    expect(summary()).toBe('0 of 1 right first time; 1 not answered yet.');
    expect(feedback(2)).toBeNull();
    // Focus stays in the question, on the answer just checked (the button is gone).
    expect(document.activeElement).toBe(option(1, 'Close friends'));
    expect(checkButton(1)).toBeNull();
  });

  it('scores the first checked answer: trying again teaches, and the score says what it counted', async () => {
    const user = userEvent.setup();
    renderIsland();
    await answer(user, 1, 'Close friends');
    await user.click(option(1, 'Acquaintances'));
    // A new selection hides the old verdict until it is checked.
    expect(feedback(1)).toBeNull();
    await user.click(checkButton(1)!);
    expect(feedback(1)).toEqual({ verdict: 'Right.', explanation: expect.stringContaining('Weak ties reach circles') });
    expect(
      within(questionItem(1)).getByText(/Your first answer was not right, and the score counts that one\./),
    ).toBeTruthy();
    expect(stored()).toMatchObject({ v: 2, chosen: { 'weak-ties': 1 }, firstTry: { 'weak-ties': 0 } });

    await answer(user, 2, 'Someone who links groups that do not otherwise meet');
    expect(feedback(2)).toEqual({ verdict: 'Right.', explanation: 'That is the bridge.' });
    expect(stored()).toMatchObject({
      chosen: { 'weak-ties': 1, brokers: 0 },
      firstTry: { 'weak-ties': 0, brokers: 0 },
    });
    expect(summary()).toBe('1 of 2 right first time.');

    // Every explanation can be read once a question is answered.
    const why = within(questionItem(1)).getByText('Why each option is or is not right');
    await user.click(why);
    expect(within(questionItem(1)).getByText('Many roles are filled before they are posted.')).toBeTruthy();
  });

  it('shows saved answers and their feedback after a reload, and keeps the first try', async () => {
    const user = userEvent.setup();
    renderIsland();
    await answer(user, 1, 'Job boards only');
    await answer(user, 2, 'Someone who links groups that do not otherwise meet');

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
    expect(summary()).toBe('1 of 2 right first time.');
    // Shown, not read out: the one status line speaks only for an answer checked now.
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says honestly that first tries are unknown for answers saved by the previous version', async () => {
    const v1 = JSON.stringify({ v: 1, updatedAt: '2026-02-01T10:00:00.000Z', chosen: { 'weak-ties': 1, brokers: 1 } });
    const loaded = await loadKnowledgeCheckIsland({ [checkKey(ID)]: v1 });
    renderIsland(loaded.KnowledgeCheckIsland);
    expect(option(1, 'Acquaintances').checked).toBe(true);
    expect(feedback(1)?.verdict).toBe('Right.');
    expect(summary()).toBe(
      'First tries not known: these answers were given before the course kept first tries. 1 of 2 right now.',
    );
    expect(
      within(questionItem(1)).getByText(/before the course kept first tries, so it is not in your score/),
    ).toBeTruthy();
  });

  it('reads out the verdict of an answer checked now on one status line', async () => {
    const user = userEvent.setup();
    renderIsland();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    await answer(user, 1, 'Close friends');
    // Said once the answer is saved and shown (after the render that shows it).
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Question 1: Not quite. Close friends mostly hear what you already hear.',
      ),
    );
    await answer(user, 2, 'Someone who links groups that do not otherwise meet');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Question 2: Right. That is the bridge.'));
  });

  it('"Try this question again" clears that question only, and keeps its first try', async () => {
    const user = userEvent.setup();
    renderIsland();
    expect(screen.queryByRole('button', { name: 'Try this question again' })).toBeNull();
    await answer(user, 1, 'Close friends');
    await answer(user, 2, 'Anyone with many contacts');
    expect(storedChosen()).toEqual({ 'weak-ties': 0, brokers: 1 });

    await user.click(within(questionItem(1)).getByRole('button', { name: 'Try this question again' }));

    expect(stored()).toMatchObject({ chosen: { brokers: 1 }, firstTry: { 'weak-ties': 0, brokers: 1 } });
    expect(document.activeElement).toBe(option(1, 'Close friends'));
    expect(
      within(question(1))
        .getAllByRole<HTMLInputElement>('radio')
        .some((radio) => radio.checked),
    ).toBe(false);
    expect(feedback(1)).toBeNull();
    expect(within(questionItem(1)).queryByRole('button', { name: 'Try this question again' })).toBeNull();
    expect(feedback(2)?.verdict).toBe('Not quite.');
    expect(summary()).toBe('0 of 2 right first time.');

    await user.click(screen.getByRole('button', { name: 'Try the whole check again' }));
    expect(stored()).toMatchObject({ chosen: {}, firstTry: { 'weak-ties': 0, brokers: 1 } });
    expect(feedback(2)).toBeNull();
    expect(summary()).toBe('0 of 2 right first time.');
    expect(screen.queryByRole('button', { name: 'Try the whole check again' })).toBeNull();
  });

  it('moving through the options with the arrow keys selects them without answering; the button checks', async () => {
    const user = userEvent.setup();
    renderIsland();

    await tabTo(user, option(1, 'Close friends'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(option(1, 'Acquaintances'));
    expect(option(1, 'Acquaintances').checked).toBe(true);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(option(1, 'Job boards only'));
    // The arrows stay within the question: past the last option comes the first, not the next question.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(option(1, 'Close friends'));
    await user.keyboard('{ArrowDown}');
    expect(option(1, 'Acquaintances').checked).toBe(true);
    // Nothing was answered, so nothing is saved and the first try is still to come.
    expect(stored()).toBeNull();
    expect(feedback(1)).toBeNull();

    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(checkButton(1));
    await user.keyboard('{Enter}');
    expect(feedback(1)?.verdict).toBe('Right.');
    expect(stored()).toMatchObject({ chosen: { 'weak-ties': 1 }, firstTry: { 'weak-ties': 1 } });
    expect(summary()).toBe('1 of 1 right first time; 1 not answered yet.');
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
    expect(checkButton(1)).toBeNull();
    expect(loaded.backend.get(checkKey(ID))).toBe(newer);
  });
});
