/**
 * The learner's situation is one stored answer (the audit's setup), whoever asks it; drafts the audit can start
 * (dormant ties and brokers) and how starting one adds a row to the message-drafts worksheet.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRecordSpec, emptyAudit, type Contact } from '~/lib/network/audit';
import { draftStarters, introducers, reconnectionDraft, thanksDraft } from '~/lib/messages/starters';
import { NOTED_SITUATIONS, SITUATIONS } from '~/lib/situation';
import { decodeStored, encodeStored } from '~/lib/storage/stored-record';
import { memoryBackend, useStorageBackend, type StorageBackend } from '~/stores/storage';

const person = (id: string, alias: string, more: Partial<Contact> = {}): Contact => ({
  id,
  alias,
  introducedBy: 'me',
  alliances: [],
  lines: [],
  access: [],
  ...more,
});

describe('the situations', () => {
  it.each(SITUATIONS.map((choice) => [choice.value]))('"%s" is a value the audit stores', (value) => {
    const audit = { ...emptyAudit('2026-12-01T10:00:00.000Z'), setup: { situation: value } };
    expect(decodeStored(encodeStored(audit), auditRecordSpec).kind).toBe('ok');
  });

  it('names the two situations each lesson has notes for', () => {
    expect(Object.keys(NOTED_SITUATIONS).every((value) => SITUATIONS.some((s) => s.value === value))).toBe(true);
    expect(SITUATIONS.find((s) => s.value === 'job-seeking')?.label).toBe('Between jobs');
  });
});

describe('draftStarters', () => {
  const today = '2026-12-01';
  const contacts = [
    person('a', 'Martin', { lastConversation: '2014-05-01' }),
    person('b', 'Karin', { lastConversation: '2025-11-20' }),
    person('c', 'Leila'),
    person('d', 'Joe', { introducedBy: 'c' }),
    person('e', 'Farah', { introducedBy: 'c' }),
    person('f', 'Ops director', { introducedBy: 'Sam from the gym' }),
    person('g', 'Ines', { introducedBy: 'ME' }),
    person('h', 'Tom', { introducedBy: 'me' }),
  ];

  it('offers a reconnection note to each dormant tie (three years or more) and to nobody else', () => {
    const reconnect = draftStarters(contacts, today).filter((s) => s.kind === 'reconnect');
    expect(reconnect.map((s) => s.to)).toEqual(['Martin']);
    expect(reconnect[0]!.text).toBe(reconnectionDraft('Martin'));
    expect(reconnect[0]!.reason).toBe('last real conversation 2014-05-01');
  });

  it('offers a thank-you to whoever introduced two or more contacts, by name, never to "me"', () => {
    expect(introducers(contacts)).toEqual([{ name: 'Leila', count: 2 }]);
    const thanks = draftStarters(contacts, today).filter((s) => s.kind === 'thanks');
    expect(thanks).toEqual([
      {
        key: 'thanks:leila',
        kind: 'thanks',
        to: 'Leila',
        reason: 'introduced you to 2 of your contacts',
        text: thanksDraft('Leila', 2),
      },
    ]);
    expect(thanks[0]!.text).toContain('You have done it 2 times now');
  });

  it('offers nothing for an audit with nobody dormant and no broker', () => {
    expect(draftStarters([person('x', 'Priya')], today)).toEqual([]);
  });
});

describe('the situation store and starting a draft (in-memory storage)', () => {
  let backend: StorageBackend;
  beforeEach(() => {
    backend = memoryBackend();
    useStorageBackend(backend, true);
  });

  it('keeps the situation once, in the audit, and both places read the same answer', async () => {
    const { $situation, setSituation } = await import('~/stores/situation');
    const { $network, editSetup } = await import('~/stores/audit');
    expect(setSituation('job-seeking')).toEqual({ saved: true });
    expect($network.get().setup.situation).toBe('job-seeking');
    expect($situation.get()).toEqual({ situation: 'job-seeking', readOnly: false });
    editSetup({ situation: 'changing' });
    expect($situation.get().situation).toBe('changing');
    // One record holds the answer; the other is the workbook's bookkeeping (time of the last change).
    expect(backend.keys().sort()).toEqual(['real-networking:audit', 'real-networking:meta']);
  });

  it('adds a started draft as a new row of the message-drafts worksheet, after the learner\u2019s own', async () => {
    const { startDraft, $messageRows } = await import('~/stores/message-drafts');
    const { saveRows, newRow } = await import('~/stores/worksheets');
    saveRows('message-drafts', 'drafts', () => [{ ...newRow(), values: { kind: 'thanks', to: 'Ama' } }]);
    const [starter] = draftStarters([person('a', 'Martin', { lastConversation: '2010-01-01' })], '2026-12-01');
    const { result, place } = startDraft(starter!);
    expect(result).toEqual({ saved: true });
    expect(place).toBe(2);
    expect($messageRows.get().map((row) => row.values)).toEqual([
      { kind: 'thanks', to: 'Ama' },
      { kind: 'reconnect', to: 'Martin', draft: reconnectionDraft('Martin'), status: 'draft' },
    ]);
    const stored = JSON.parse(backend.get('real-networking:worksheet:message-drafts')!);
    expect(stored.answers.drafts).toHaveLength(2);
  });
});
