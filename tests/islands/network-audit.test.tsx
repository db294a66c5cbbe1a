// @vitest-environment happy-dom
/**
 * The network audit island with stored audits: four names get what to answer next and no verdict; who knows whom
 * starts unanswered and stores "no" as an answer; a person's blank questions stay blank; the key measures state
 * their base. (The map's worker and geometry are tested in tests/unit/network-layout.test.ts and end to end.)
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNetworkAuditIsland, storedJson } from './harness';

const KEY = 'real-networking:audit';
const now = '2026-03-01T10:00:00.000Z';
const audit = (contacts: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 2, updatedAt: now, setup: {}, contacts, ties: [], apart: [], snapshots: [], ...extra });
const names = (...aliases: string[]) => aliases.map((alias, i) => ({ id: `c${i + 1}`, alias }));

afterEach(() => cleanup());

describe('four names and nothing else', () => {
  it('lists what to answer next, and every key measure asks for answers instead of giving a figure', async () => {
    const { NetworkAuditIsland } = await loadNetworkAuditIsland({ [KEY]: audit(names('Ama', 'Ben', 'Cleo', 'Dev')) });
    render(<NetworkAuditIsland />);
    const next = await screen.findByRole('list', { name: 'What to answer next' });
    expect(
      within(next)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Add 1 more person: the measures start at 5, and 10 to 20 is a good size.',
      'Say who knows whom: 6 of 6 pairs still open (section 3).',
      'Answer “How close are you?” for 4 people.',
    ]);
    const key = screen.getByRole('list', { name: 'Three key measures for your situation' });
    expect(within(key).getAllByText('Needs answers')).toHaveLength(3);
    // No reading anywhere: every measure's value says it has not enough answers (its meaning still explains it).
    const readings = [...document.querySelectorAll('.insight-value, .key-figure-value')].map((e) => e.textContent);
    expect(readings.filter((text) => text !== 'Not enough answers yet' && text !== 'Needs answers')).toEqual([
      '4 people',
    ]);
  });
});

describe('who knows whom', () => {
  it('starts with no answer chosen, stores "no" as an answer, and "nobody else" answers the rest "no"', async () => {
    const { NetworkAuditIsland, backend } = await loadNetworkAuditIsland({ [KEY]: audit(names('Ama', 'Ben', 'Cleo')) });
    render(<NetworkAuditIsland />);
    const pair = await screen.findByRole('group', { name: /^Ama and Ben/ });
    expect(
      within(pair)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
    expect(pair.textContent).toContain('(not answered)');
    const user = userEvent.setup();
    await user.click(within(pair).getByRole('radio', { name: 'No' }));
    expect(storedJson<{ apart: unknown[] }>(backend, KEY)!.apart).toEqual([{ a: 'c1', b: 'c2' }]);
    await user.click(screen.getByRole('button', { name: /Ama knows nobody else here/ }));
    expect(storedJson<{ apart: unknown[] }>(backend, KEY)!.apart).toEqual([
      { a: 'c1', b: 'c2' },
      { a: 'c1', b: 'c3' },
    ]);
    expect(screen.getByText(/2 of 3 pairs answered, 1 still open\. Only answered pairs count/)).toBeTruthy();
  });
});

describe('a new person', () => {
  it('is added with every question blank: "who introduced you" reads "Not answered", not "Nobody"', async () => {
    const { NetworkAuditIsland, backend } = await loadNetworkAuditIsland();
    render(<NetworkAuditIsland />);
    const user = userEvent.setup();
    const box = await screen.findByLabelText('Add a person');
    await user.type(box, 'Zoë{Enter}');
    const question = await screen.findByLabelText('Who introduced you?');
    expect((question as HTMLSelectElement).value).toBe('');
    const stored = storedJson<{ contacts: Record<string, unknown>[] }>(backend, KEY)!;
    expect(Object.keys(stored.contacts[0]!).sort()).toEqual(['alias', 'id']);
  });

  it('a name of only spaces is not added, and the box says what it needs', async () => {
    const { NetworkAuditIsland, backend } = await loadNetworkAuditIsland({ [KEY]: audit(names('Ama')) });
    render(<NetworkAuditIsland />);
    const user = userEvent.setup();
    const box = await screen.findByLabelText('Add a person');
    await user.type(box, '   {Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Type a name, an alias or initials first.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(storedJson<{ contacts: unknown[] }>(backend, KEY)!.contacts).toHaveLength(1);
    await user.type(box, 'B');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a name already in the list is pointed out first, and added on a second press', async () => {
    const { NetworkAuditIsland, backend } = await loadNetworkAuditIsland({ [KEY]: audit(names('Ama', 'Ben')) });
    render(<NetworkAuditIsland />);
    const user = userEvent.setup();
    const box = await screen.findByLabelText('Add a person');
    await user.type(box, ' ama{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/^Ama is already in your list\. If this is someone else/);
    expect(storedJson<{ contacts: unknown[] }>(backend, KEY)!.contacts).toHaveLength(2);
    expect((box as HTMLInputElement).value).toBe(' ama');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const contacts = storedJson<{ contacts: { alias: string }[] }>(backend, KEY)!.contacts;
    expect(contacts.map((c) => c.alias)).toEqual(['Ama', 'Ben', 'ama']);
    // Opened, the second Ama's name box points out the first.
    expect(await screen.findByText(/Someone else in your list is also called Ama/)).toBeTruthy();
  });

  it('a tick-box question can be answered "None of these", which is kept apart from a blank', async () => {
    const { NetworkAuditIsland, backend } = await loadNetworkAuditIsland({ [KEY]: audit(names('Ama')) });
    render(<NetworkAuditIsland />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Ama/ }));
    const allies = await screen.findByRole('group', { name: 'Are they an ally?' });
    await user.click(within(allies).getByRole('checkbox', { name: 'None of these' }));
    expect(storedJson<{ contacts: { alliances?: string[] }[] }>(backend, KEY)!.contacts[0]!.alliances).toEqual([]);
    await user.click(within(allies).getByRole('checkbox', { name: /^Sponsor/ }));
    expect(storedJson<{ contacts: { alliances?: string[] }[] }>(backend, KEY)!.contacts[0]!.alliances).toEqual([
      'sponsor',
    ]);
    expect((within(allies).getByRole('checkbox', { name: 'None of these' }) as HTMLInputElement).checked).toBe(false);
    await user.click(within(allies).getByRole('checkbox', { name: /^Sponsor/ }));
    expect(storedJson<{ contacts: Record<string, unknown>[] }>(backend, KEY)!.contacts[0]).not.toHaveProperty(
      'alliances',
    );
  });
});

describe('measures with enough answers', () => {
  it('state their base next to the figure', async () => {
    const people = names('Ama', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay').map((person, i) => ({
      ...person,
      access: i < 2 ? ['how-it-works'] : [],
    }));
    const { NetworkAuditIsland } = await loadNetworkAuditIsland({ [KEY]: audit(people) });
    render(<NetworkAuditIsland />);
    const key = await screen.findByRole('list', { name: 'Three key measures for your situation' });
    const access = within(key).getByText('The four kinds of access').closest('li')!;
    expect(access.textContent).toContain('1 of 4');
    expect(access.textContent).toContain('Based on 6 of 6 people answered.');
  });
});
