// @vitest-environment happy-dom
/**
 * What the worksheet says about saving: saved, not saved (storage full or refused), unreadable saved answers, and
 * answers written by a newer version of the course.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageBackend } from '~/stores/storage';
import { everyFieldWorksheet } from '../fixtures/worksheets';
import { captureDownloads, loadWorksheetIsland, storedJson, worksheetKey } from './harness';

const ID = 'storage-cases';
const KEY = worksheetKey(ID);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderWith(backend?: StorageBackend | Record<string, string>) {
  const loaded = await loadWorksheetIsland(backend);
  render(<loaded.WorksheetIsland worksheetId={ID} definition={everyFieldWorksheet} />);
  return loaded;
}

/** The worksheet's save status: the live region in its footer (the group has its own for row changes). */
function saveStatus(): HTMLElement {
  const regions = screen.getAllByRole('status').filter((region) => region.closest('footer'));
  expect(regions).toHaveLength(1);
  return regions[0]!;
}

const nameInput = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Your name (required)' });

/** A memory backend whose writes all fail with `error`. */
function failingBackend(error: unknown): StorageBackend & { attempts: number } {
  const values = new Map<string, string>();
  const backend = {
    attempts: 0,
    get: (key: string) => values.get(key) ?? null,
    set: () => {
      backend.attempts++;
      throw error;
    },
    remove: (key: string) => void values.delete(key),
    keys: () => [...values.keys()],
  };
  return backend;
}

describe('save status', () => {
  it('says answers save as you type, then "Saved in this browser." after a change', async () => {
    const user = userEvent.setup();
    const { backend } = await renderWith();
    expect(saveStatus().textContent).toBe('Your answers save as you type, in this browser only.');
    expect(saveStatus().getAttribute('aria-live')).toBe('polite');

    await user.type(nameInput(), 'Ada');

    expect(saveStatus().textContent).toBe('Saved in this browser.');
    expect(storedJson(backend, KEY)).toMatchObject({ answers: { name: 'Ada' } });
    expect(screen.queryByRole('button', { name: 'Download my workbook now' })).toBeNull();
  });

  it('when storage is full, says "Not saved", keeps the text on screen and offers a download that holds it', async () => {
    const user = userEvent.setup();
    const backend = failingBackend(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await renderWith(backend);

    await user.type(nameInput(), 'Ada');

    expect(backend.attempts).toBeGreaterThan(0);
    expect(backend.get(KEY)).toBeNull();
    expect(nameInput().value).toBe('Ada');
    expect(saveStatus().textContent).toBe(
      "Not saved: this browser's storage for this site is full. Your change is still on screen; export your workbook to keep a copy.",
    );
    const download = screen.getByRole('button', { name: 'Download my workbook now' });

    // A later change still shows, and still says it is not saved.
    await user.type(screen.getByRole('textbox', { name: 'How you got here' }), 'Hi');
    expect(nameInput().value).toBe('Ada');
    expect(saveStatus().textContent).toMatch(/^Not saved: this browser's storage for this site is full\./);

    const downloads = captureDownloads();
    await user.click(download);
    // The export code is loaded on demand, so the download comes a moment after the click.
    await vi.waitFor(() => expect(downloads.names).toHaveLength(1), { timeout: 20_000 });
    const [text] = await downloads.texts();
    expect(downloads.names[0]).toMatch(/^real-networking-workbook-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(text!) as { entries: Record<string, { answers: Record<string, unknown> }> };
    expect(file.entries[`worksheet:${ID}`]?.answers).toEqual({ name: 'Ada', story: 'Hi' });
  });

  it('when the browser refuses to save for another reason, says so', async () => {
    const user = userEvent.setup();
    await renderWith(failingBackend(new DOMException('Denied.', 'SecurityError')));

    await user.type(nameInput(), 'A');

    expect(nameInput().value).toBe('A');
    expect(saveStatus().textContent).toBe(
      'Not saved: this browser refused to save. Your change is still on screen; export your workbook to keep a copy.',
    );
    expect(screen.getByRole('button', { name: 'Download my workbook now' })).toBeTruthy();
  });
});

describe('unreadable saved answers', () => {
  const corrupt = '{"v":1,"updatedAt":"2026-01-01T00:00:00.000Z","answers":{"name":"Ad';

  it('says so in an alert, offers the saved text as a download, and leaves the form usable', async () => {
    const user = userEvent.setup();
    const { backend } = await renderWith({ [KEY]: corrupt });

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The saved answers to this worksheet could not be read')).toBeTruthy();
    expect(alert.textContent).toContain('The saved text is not valid JSON.');
    // The text is kept aside before anything can overwrite it.
    const recoveryKeys = backend.keys().filter((key) => key.startsWith(`real-networking:recovery:worksheet:${ID}:`));
    expect(recoveryKeys).toHaveLength(1);
    expect(storedJson<{ raw: string }>(backend, recoveryKeys[0]!)?.raw).toBe(corrupt);

    const downloads = captureDownloads();
    await user.click(within(alert).getByRole('button', { name: 'Download the saved text' }));
    expect(await downloads.texts()).toEqual([corrupt]);
    expect(downloads.names).toEqual([`real-networking-recovered-worksheet-${ID}.txt`]);

    // The form works: a new answer is saved as a readable record, and the kept copy stays.
    expect(nameInput().disabled).toBe(false);
    await user.type(nameInput(), 'Ada');
    expect(storedJson(backend, KEY)).toMatchObject({ v: 1, answers: { name: 'Ada' } });
    expect(saveStatus().textContent).toBe('Saved in this browser.');
    expect(storedJson<{ raw: string }>(backend, recoveryKeys[0]!)?.raw).toBe(corrupt);
  });

  it('treats a record that is JSON but not a valid worksheet record the same way', async () => {
    await renderWith({ [KEY]: JSON.stringify({ v: 1, updatedAt: 'yesterday', answers: {} }) });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The saved answers to this worksheet could not be read');
    expect(alert.textContent).toContain('The saved worksheet is not valid at updatedAt');
    expect(nameInput().disabled).toBe(false);
  });
});

describe('answers from a newer version of the course', () => {
  const newer = JSON.stringify({
    v: 99,
    updatedAt: '2030-01-01T00:00:00.000Z',
    answers: { name: 'From the future' },
  });

  it('disables the fields, says they are not saved, and leaves the stored text untouched', async () => {
    const user = userEvent.setup();
    const { backend } = await renderWith({ [KEY]: newer });

    expect(saveStatus().textContent).toBe('Not saved: these answers belong to a newer version of the course.');
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('The saved answers to this worksheet came from a newer version of the course'),
    ).toBeTruthy();
    expect(alert.textContent).toContain('this page will not change it');
    expect(screen.queryByRole('button', { name: 'Download my workbook now' })).toBeNull();

    for (const input of screen.getAllByRole<HTMLInputElement>('textbox')) expect(input.disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Meet by').disabled).toBe(true);
    for (const name of [
      'How confident do you feel?',
      'Where are you in your role? (required)',
      'Which channels do you use?',
      'Before the meeting (required)',
      'People to contact (required)',
    ]) {
      expect(screen.getByRole<HTMLFieldSetElement>('group', { name }).disabled).toBe(true);
    }

    await user.type(nameInput(), 'Overwrite');
    await user.click(screen.getByRole('radio', { name: 'Settled in' }));
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(backend.get(KEY)).toBe(newer);
    expect(nameInput().value).toBe('');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Settled in' }).checked).toBe(false);
  });
});
