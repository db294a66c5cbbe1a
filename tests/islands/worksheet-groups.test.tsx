// @vitest-environment happy-dom
/**
 * A repeating group, used with the keyboard only: Tab to reach a control, Enter to press it, typing into whatever
 * has focus. Rows are added, filled, moved, removed and brought back, and storage follows each step.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupRow } from '~/lib/workbook/answers';
import type { StorageBackend } from '~/stores/storage';
import { everyFieldWorksheet } from '../fixtures/worksheets';
import { loadWorksheetIsland, snapshot, storedJson, tabTo, worksheetKey } from './harness';

const ID = 'group-keyboard';

type Island = Awaited<ReturnType<typeof loadWorksheetIsland>>['WorksheetIsland'];
let WorksheetIsland: Island;
let backend: StorageBackend;

beforeEach(async () => {
  ({ WorksheetIsland, backend } = await loadWorksheetIsland());
});
afterEach(() => cleanup());

const renderIsland = (Component: Island = WorksheetIsland) =>
  render(<Component worksheetId={ID} definition={everyFieldWorksheet} />);

/** The stored rows of the "people" group. */
const storedRows = () =>
  storedJson<{ answers: { people?: GroupRow[] } }>(backend, worksheetKey(ID))?.answers.people ?? null;

/** The row shown as "Person n". */
const row = (n: number) => screen.getByRole('listitem', { name: `Person ${n}` });
const focused = () => document.activeElement;

describe('a repeating group, by keyboard', () => {
  it('adds, fills, moves, removes and brings back rows, moving focus where the learner needs it', async () => {
    const user = userEvent.setup();
    renderIsland();
    const group = screen.getByRole('group', { name: 'People to contact (required)' });
    expect(within(group).getByText('None added yet.')).toBeTruthy();
    expect(within(group).queryAllByRole('listitem')).toHaveLength(0);

    // Add a row: focus moves into its first input.
    const add = within(group).getByRole('button', { name: 'Add person' });
    await tabTo(user, add);
    await user.keyboard('{Enter}');
    expect(within(group).queryByText('None added yet.')).toBeNull();
    const firstName = within(row(1)).getByRole('textbox', { name: 'Name (required)' });
    expect(focused()).toBe(firstName);
    expect(storedRows()).toEqual([{ id: expect.any(String), values: {} }]);

    // Fill it: type where the focus is, Tab to the next field.
    await user.keyboard('Ada');
    await user.tab();
    expect(focused()).toBe(within(row(1)).getByRole('textbox', { name: 'Why them' }));
    await user.keyboard('Old colleague');
    const adaId = storedRows()![0]!.id;
    expect(storedRows()).toEqual([{ id: adaId, values: { who: 'Ada', why: 'Old colleague' } }]);

    // Add a second row and fill it.
    await tabTo(user, within(group).getByRole('button', { name: 'Add person' }));
    await user.keyboard('{Enter}');
    expect(focused()).toBe(within(row(2)).getByRole('textbox', { name: 'Name (required)' }));
    await user.keyboard('Bo');
    const boId = storedRows()![1]!.id;
    expect(boId).not.toBe(adaId);
    expect(storedRows()).toEqual([
      { id: adaId, values: { who: 'Ada', why: 'Old colleague' } },
      { id: boId, values: { who: 'Bo' } },
    ]);
    expect(screen.getByText('Person 2 added.')).toBeTruthy();

    // The first row cannot move up, the last cannot move down.
    expect(within(row(1)).getByRole<HTMLButtonElement>('button', { name: 'Move Person 1 up' }).disabled).toBe(true);
    expect(within(row(2)).getByRole<HTMLButtonElement>('button', { name: 'Move Person 2 down' }).disabled).toBe(true);

    // Move the second row up (Shift+Tab back to its button): the order changes in storage, answers go with the row.
    await tabTo(user, within(row(2)).getByRole('button', { name: 'Move Person 2 up' }), { shift: true });
    await user.keyboard('{Enter}');
    expect(storedRows()?.map((stored) => stored.id)).toEqual([boId, adaId]);
    expect(storedRows()).toEqual([
      { id: boId, values: { who: 'Bo' } },
      { id: adaId, values: { who: 'Ada', why: 'Old colleague' } },
    ]);
    expect(within(row(1)).getByRole<HTMLInputElement>('textbox', { name: 'Name (required)' }).value).toBe('Bo');
    expect(within(row(2)).getByRole<HTMLInputElement>('textbox', { name: 'Name (required)' }).value).toBe('Ada');
    expect(screen.getByText('Person 2 moved to position 1.')).toBeTruthy();
    // Its "Move up" button is now disabled, so focus goes to the moved row's heading, not to the page.
    expect(focused()).toBe(within(row(1)).getByRole('heading', { name: 'Person 1' }));

    // Remove buttons name their row.
    expect(
      screen.getAllByRole('button', { name: /^Remove/ }).map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Remove Person 1', 'Remove Person 2']);

    // Remove the first row: Undo appears and takes focus.
    await tabTo(user, within(row(1)).getByRole('button', { name: 'Remove Person 1' }));
    await user.keyboard('{Enter}');
    expect(storedRows()).toEqual([{ id: adaId, values: { who: 'Ada', why: 'Old colleague' } }]);
    expect(within(group).getAllByRole('listitem')).toHaveLength(1);
    expect(within(row(1)).getByRole<HTMLInputElement>('textbox', { name: 'Name (required)' }).value).toBe('Ada');
    expect(
      screen.getAllByRole('button', { name: /^Remove/ }).map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Remove Person 1']);
    expect(screen.getByText('Person 1 removed. Use Undo to bring it back.')).toBeTruthy();
    const undo = within(group).getByRole('button', { name: 'Undo' });
    expect(focused()).toBe(undo);

    // Undo puts the row back at its place, with its answers, and focuses its heading.
    await user.keyboard('{Enter}');
    expect(storedRows()).toEqual([
      { id: boId, values: { who: 'Bo' } },
      { id: adaId, values: { who: 'Ada', why: 'Old colleague' } },
    ]);
    expect(within(group).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(row(1)).getByRole<HTMLInputElement>('textbox', { name: 'Name (required)' }).value).toBe('Bo');
    expect(focused()).toBe(within(row(1)).getByRole('heading', { name: 'Person 1' }));
    expect(screen.getByText('Person 1 is back.')).toBeTruthy();
    expect(
      screen.getAllByRole('button', { name: /^Remove/ }).map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Remove Person 1', 'Remove Person 2']);

    // A new page load shows the rows in their stored order.
    const saved = snapshot(backend);
    cleanup();
    const reloaded = await loadWorksheetIsland(saved);
    renderIsland(reloaded.WorksheetIsland);
    const names = screen
      .getAllByRole<HTMLInputElement>('textbox', { name: 'Name (required)' })
      .map((input) => input.value);
    expect(names).toEqual(['Bo', 'Ada']);
    expect(within(row(2)).getByRole<HTMLInputElement>('textbox', { name: 'Why them' }).value).toBe('Old colleague');
  });

  it('removing the last row offers Undo, which brings it back at the end', async () => {
    const user = userEvent.setup();
    renderIsland();
    const group = screen.getByRole('group', { name: 'People to contact (required)' });
    for (const name of ['Ada', 'Bo']) {
      await tabTo(user, within(group).getByRole('button', { name: 'Add person' }));
      await user.keyboard(`{Enter}${name}`);
    }
    expect(storedRows()?.map((stored) => stored.values['who'])).toEqual(['Ada', 'Bo']);

    await tabTo(user, within(row(2)).getByRole('button', { name: 'Remove Person 2' }));
    await user.keyboard('{Enter}');
    expect(storedRows()?.map((stored) => stored.values['who'])).toEqual(['Ada']);
    expect(screen.getByText('Person 2 removed. Use Undo to bring it back.')).toBeTruthy();
    expect(focused()).toBe(within(group).getByRole('button', { name: 'Undo' }));

    await user.keyboard('{Enter}');
    expect(storedRows()?.map((stored) => stored.values['who'])).toEqual(['Ada', 'Bo']);
    expect(focused()).toBe(within(row(2)).getByRole('heading', { name: 'Person 2' }));
  });
});
