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
  setTie,
  takeSnapshot,
  updateContact,
  type AuditRecord,
  type AuditSetup,
  type Contact,
  type Tie,
} from '~/lib/network/audit';
import { recordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const audit = recordStore<AuditRecord>('audit', auditRecordSpec, emptyAudit);

/** The audit's state (record null until something is saved). */
export const $audit = audit.$state;

/** The audit's contacts and ties, never null. */
export const $network = computed($audit, (state) => ({
  contacts: state.record?.contacts ?? [],
  ties: state.record?.ties ?? [],
  setup: state.record?.setup ?? {},
  snapshots: state.record?.snapshots ?? [],
}));

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
export function removePerson(id: string): {
  result: SaveResult;
  undo: { contact: Contact; index: number; ties: Tie[] } | undefined;
} {
  const record = audit.$state.get().record;
  const index = record?.contacts.findIndex((contact) => contact.id === id) ?? -1;
  const contact = index >= 0 ? record!.contacts[index] : undefined;
  const ties = record?.ties.filter((tie) => tie.a === id || tie.b === id) ?? [];
  const result = audit.update((current) => removeContact(current, id));
  return { result, undo: contact ? { contact, index, ties } : undefined };
}

/** Put a removed person back, with their ties. */
export function restorePerson(undo: { contact: Contact; index: number; ties: Tie[] }): SaveResult {
  return audit.update((record) => {
    if (record.contacts.some((contact) => contact.id === undo.contact.id)) return record;
    const contacts = [...record.contacts];
    contacts.splice(Math.min(undo.index, contacts.length), 0, undo.contact);
    return { ...record, contacts, ties: [...record.ties, ...undo.ties] };
  });
}

/** Say whether two people know each other: 0 no, 1 yes, 2 well. */
export function setKnows(a: string, b: string, strength: 0 | 1 | 2): SaveResult {
  return audit.update((record) => setTie(record, a, b, strength));
}

/** Change the audit's context. */
export function editSetup(change: Partial<AuditSetup>): SaveResult {
  return audit.update((record) => ({ ...record, setup: { ...record.setup, ...change } }));
}

/** Save a dated snapshot of the audit as it is now. */
export function snapshotAudit(label: string): SaveResult {
  return audit.update((record) => takeSnapshot(record, newId(), new Date().toISOString(), label));
}

/** Delete a snapshot. */
export function deleteSnapshot(id: string): SaveResult {
  return audit.update((record) => removeSnapshot(record, id));
}
