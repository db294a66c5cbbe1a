// @vitest-environment happy-dom
/**
 * "Your situation" in a lesson (one answer, shared with the audit; the matching note opens) and the drafts the audit
 * can start in module 9.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMessageStartersIsland, loadSituationIsland, storedJson, worksheetKey } from './harness';

afterEach(() => cleanup());

const notes = {
  betweenJobs: 'Reconnect with dormant ties first.\n\nThen ask for referrals.',
  changingField: 'Test the new work in small steps.',
};
const audit = (setup: object, contacts: object[] = []) =>
  JSON.stringify({ v: 1, updatedAt: '2026-11-01T10:00:00.000Z', setup, contacts, ties: [], snapshots: [] });

describe('Your situation', () => {
  it('asks the one question, saves it in the audit, and opens the note that applies', async () => {
    const { SituationIsland, backend } = await loadSituationIsland();
    const user = userEvent.setup();
    render(<SituationIsland lessonId="x" notes={notes} auditHref="/workbook/network-audit/" />);
    const select = screen.getByLabelText<HTMLSelectElement>('Your situation');
    await waitFor(() => expect(select.disabled).toBe(false));
    const between = screen.getByText('If you are between jobs').closest('details')!;
    expect(between.open).toBe(false);
    // Both notes can be read whatever the answer: paragraphs split on blank lines.
    expect(within(between).getAllByText(/Reconnect with dormant ties first\.|Then ask for referrals\./)).toHaveLength(
      2,
    );

    await user.selectOptions(select, 'Between jobs');
    expect(storedJson<{ setup: { situation: string } }>(backend, 'real-networking:audit')?.setup.situation).toBe(
      'job-seeking',
    );
    const opened = screen.getByText('If you are between jobs').closest('details')!;
    expect(opened.open).toBe(true);
    expect(within(opened).getByText('You said this applies to you')).toBeTruthy();
    expect(screen.getByText('If you are changing field or career').closest('details')!.open).toBe(false);
  });

  it('shows the answer already given in the audit, and leaves an audit from a newer version untouched', async () => {
    const loaded = await loadSituationIsland({ 'real-networking:audit': audit({ situation: 'changing' }) });
    render(<loaded.SituationIsland lessonId="x" notes={notes} auditHref="/a/" />);
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Your situation').value).toBe('changing'));
    expect(screen.getByText('If you are changing field or career').closest('details')!.open).toBe(true);
    cleanup();

    const newer = JSON.stringify({ v: 9, updatedAt: '2030-01-01T00:00:00.000Z' });
    const frozen = await loadSituationIsland({ 'real-networking:audit': newer });
    render(<frozen.SituationIsland lessonId="x" notes={notes} auditHref="/a/" />);
    await waitFor(() => expect(screen.getByText(/saved by a newer version of the course/)).toBeTruthy());
    expect(screen.getByLabelText<HTMLSelectElement>('Your situation').disabled).toBe(true);
    expect(frozen.backend.get('real-networking:audit')).toBe(newer);
  });
});

describe('Start a draft from your audit', () => {
  it('says what the audit could offer when it is empty', async () => {
    const { MessageStartersIsland } = await loadMessageStartersIsland();
    render(<MessageStartersIsland auditHref="/workbook/network-audit/" />);
    expect(screen.getByRole('link', { name: 'Open your network audit' })).toBeTruthy();
  });

  it('starts a reconnection note to a dormant tie as a new message, once', async () => {
    const contacts = [
      {
        id: 'a',
        alias: 'Martin',
        introducedBy: 'me',
        alliances: [],
        lines: [],
        access: [],
        lastConversation: '2012-03-01',
      },
    ];
    const { MessageStartersIsland, backend } = await loadMessageStartersIsland({
      'real-networking:audit': audit({}, contacts),
    });
    const user = userEvent.setup();
    render(<MessageStartersIsland auditHref="/a/" />);
    const start = await screen.findByRole('button', { name: 'Start a reconnection note to Martin' });
    await user.click(start);
    const rows = storedJson<{ answers: { drafts: { values: Record<string, string> }[] } }>(
      backend,
      worksheetKey('message-drafts'),
    )!.answers.drafts;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values).toMatchObject({ kind: 'reconnect', to: 'Martin', status: 'draft' });
    expect(rows[0]!.values['draft']).toContain('Hi Martin,');
    expect(screen.getAllByText(/Draft to Martin added to your messages below, as message 1\./).length).toBeGreaterThan(
      0,
    );
    const done = screen.getByRole<HTMLButtonElement>('button', { name: 'Draft started to Martin' });
    expect(done.disabled).toBe(true);
  });
});
