/**
 * The network audit, stored under `real-networking:audit` (shape and version in src/lib/network/audit.ts).
 * Actions apply one change to the freshest stored copy, like every record store.
 */
import { computed } from 'nanostores';
import {
  addContact,
  auditRecordSpec,
  emptyAudit,
  newContact,
  removeContact,
  removeSnapshot,
  setRestApart,
  setTie,
  takeSnapshot,
  updateContact,
  type AuditRecord,
  type AuditSetup,
  type Contact,
  type Pair,
  type Tie,
} from '~/lib/network/audit';
import { recordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const audit = recordStore<AuditRecord>('audit', auditRecordSpec, emptyAudit);

/** The audit's state (record null until something is saved). */
export const $audit = audit.$state;

/** The audit's people, who-knows-whom answers, setup and snapshots, never null. */
export const $network = computed($audit, (state) => ({
  contacts: state.record?.contacts ?? [],
  ties: state.record?.ties ?? [],
  apart: state.record?.apart ?? [],
  setup: state.record?.setup ?? {},
  snapshots: state.record?.snapshots ?? [],
}));

/** What is needed to put a removed person back: the person, their place, and their who-knows-whom answers. */
export interface RemovedPerson {
  contact: Contact;
  index: number;
  ties: Tie[];
  apart: Pair[];
}

const newId = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/** Add a person by alias; returns their id, and whether it was saved. */
export function addPerson(alias: string): { id: string; result: SaveResult } {
  const id = newId();
  return { id, result: audit.update((record) => addContact(record, newContact(id, alias.trim()))) };
}

/** Change some of a person's answers. */
export function editPerson(id: string, change: Partial<Omit<Contact, 'id'>>): SaveResult {
  return audit.update((record) => updateContact(record, id, change));
}

/** Remove a person; returns what is needed to undo it. */
export function removePerson(id: string): { result: SaveResult; undo: RemovedPerson | undefined } {
  const record = audit.$state.get().record;
  const index = record?.contacts.findIndex((contact) => contact.id === id) ?? -1;
  const contact = index >= 0 ? record!.contacts[index] : undefined;
  const ties = record?.ties.filter((tie) => tie.a === id || tie.b === id) ?? [];
  const apart = record?.apart.filter((pair) => pair.a === id || pair.b === id) ?? [];
  const result = audit.update((current) => removeContact(current, id));
  return { result, undo: contact ? { contact, index, ties, apart } : undefined };
}

/** Put a removed person back, with their who-knows-whom answers (only those with people still in the audit). */
export function restorePerson(undo: RemovedPerson): SaveResult {
  return audit.update((record) => {
    if (record.contacts.some((contact) => contact.id === undo.contact.id)) return record;
    const contacts = [...record.contacts];
    contacts.splice(Math.min(undo.index, contacts.length), 0, undo.contact);
    const here = new Set(contacts.map((contact) => contact.id));
    const still = (pair: Pair) => here.has(pair.a) && here.has(pair.b);
    return {
      ...record,
      contacts,
      ties: [...record.ties, ...undo.ties.filter(still)],
      apart: [...record.apart, ...undo.apart.filter(still)],
    };
  });
}

/** Say whether two people know each other: 0 no, 1 yes, 2 well. */
export function setKnows(a: string, b: string, strength: 0 | 1 | 2): SaveResult {
  return audit.update((record) => setTie(record, a, b, strength));
}

/** Answer "do not know each other" for every pair of this person still open. */
export function setNobodyElse(id: string): SaveResult {
  return audit.update((record) => setRestApart(record, id));
}

/** Change the audit's context. */
export function editSetup(change: Partial<AuditSetup>): SaveResult {
  return audit.update((record) => ({ ...record, setup: { ...record.setup, ...change } }));
}

/**
 * Remove the audit's own copy of the job contact once module 2's worksheet holds it (src/stores/shared-answers.ts).
 * Bookkeeping, not a change of answer: no backup reminder.
 */
export function clearLegacyJobContact(): SaveResult {
  return audit.update(
    (record) => {
      const { jobContact: _moved, ...setup } = record.setup;
      return { ...record, setup };
    },
    { countsAsChange: false },
  );
}

/** Save a dated snapshot of the audit as it is now. */
export function snapshotAudit(label: string): SaveResult {
  return audit.update((record) => takeSnapshot(record, newId(), new Date().toISOString(), label));
}

/** Delete a snapshot. */
export function deleteSnapshot(id: string): SaveResult {
  return audit.update((record) => removeSnapshot(record, id));
}
