/**
 * The network audit's data: the learner's contacts, who knows whom, and dated snapshots. The vocabularies here are
 * the course's (see module 3): how you met (Uzzi & Dunlap), network type (Ibarra & Hunter), alliances and lines of
 * power (Kanter), the article's four kinds of access, energy (Cross), give and get.
 *
 * Stored under `real-networking:audit` as version 1:
 * `{ v: 1, updatedAt, setup, contacts: Contact[], ties: Tie[], snapshots: Snapshot[] }`.
 */
import * as v from 'valibot';
import { labelOf, type Choice } from '~/lib/choices';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';
import { isCalendarDate } from '~/lib/dates';

export type { Choice };
export { labelOf };

export const HOW_MET = [
  { value: 'same-team', label: 'Working in the same team or place' },
  { value: 'shared-activity', label: 'A shared activity (project, committee, club, volunteering)' },
  { value: 'introduced', label: 'Someone introduced us' },
  { value: 'event', label: 'An event or conference' },
  { value: 'online', label: 'Online' },
  { value: 'other', label: 'Some other way' },
] as const satisfies readonly Choice[];

export const NETWORK_TYPES = [
  { value: 'operational', label: 'Operational: getting today’s work done' },
  { value: 'personal', label: 'Personal: your own growth and an outside view' },
  { value: 'strategic', label: 'Strategic: seeing what is coming, winning support' },
] as const satisfies readonly Choice[];

export const LEVELS = [
  { value: 'higher', label: 'More senior than you' },
  { value: 'same', label: 'About your level' },
  { value: 'lower', label: 'More junior than you' },
  { value: 'outside', label: 'Outside any hierarchy you share' },
] as const satisfies readonly Choice[];

export const ALLIANCES = [
  { value: 'sponsor', label: 'Sponsor: senior, backs you' },
  { value: 'peer', label: 'Peer ally' },
  { value: 'junior', label: 'Junior ally' },
] as const satisfies readonly Choice[];

export const POWER_LINES = [
  { value: 'supply', label: 'Supply: resources your work needs' },
  { value: 'information', label: 'Information: what is really going on' },
  { value: 'support', label: 'Support: backing and approval' },
] as const satisfies readonly Choice[];

/** The four kinds of access the article's young networker wanted from his network. */
export const ACCESS = [
  { value: 'opportunities', label: 'Other job opportunities' },
  { value: 'supervisors', label: 'What supervisors and managers are like' },
  { value: 'how-it-works', label: 'How the organisation really works' },
  { value: 'competencies', label: 'The skills you need to get on' },
] as const satisfies readonly Choice[];

export const FREQUENCY = [
  { value: 'weekly', label: 'Every week or more' },
  { value: 'monthly', label: 'About monthly' },
  { value: 'quarterly', label: 'A few times a year' },
  { value: 'yearly', label: 'About once a year' },
  { value: 'rarer', label: 'Less than once a year' },
] as const satisfies readonly Choice[];

export const SIDES = [
  { value: 'inside', label: 'Inside your organisation' },
  { value: 'outside', label: 'Outside it' },
] as const satisfies readonly Choice[];

type Values<T extends readonly Choice[]> = T[number]['value'];

/** One person in the audit. Only the alias is required. */
export interface Contact {
  id: string;
  /** An alias or initials by default: these are other people's details. */
  alias: string;
  /** "me" if nobody introduced you, else the id of another contact or a name. */
  introducedBy?: string | undefined;
  howMet?: Values<typeof HOW_MET> | undefined;
  side?: Values<typeof SIDES> | undefined;
  /** Function or field, in the learner's words ("finance", "nursing"). */
  field?: string | undefined;
  level?: Values<typeof LEVELS> | undefined;
  networkType?: Values<typeof NETWORK_TYPES> | undefined;
  alliances: Values<typeof ALLIANCES>[];
  lines: Values<typeof POWER_LINES>[];
  access: Values<typeof ACCESS>[];
  frequency?: Values<typeof FREQUENCY> | undefined;
  /** How close: 1 (acquaintance) to 5 (very close). */
  closeness?: number | undefined;
  /** Date of your last real conversation, YYYY-MM-DD. */
  lastConversation?: string | undefined;
  /** −2 draining … +2 energising (Cross). */
  energy?: number | undefined;
  /** −2 you mostly take … +2 you mostly give. */
  giveGet?: number | undefined;
}

/** Two contacts who know each other: 1 = yes, 2 = well. Pairs who do not are not stored. */
export interface Tie {
  a: string;
  b: string;
  strength: 1 | 2;
}

/** Context for reading the measures. */
export interface AuditSetup {
  situation?: 'new-in-role' | 'established' | 'job-seeking' | 'changing' | undefined;
  monthsInOrganisation?: number | undefined;
  /** 1 to 5: how much your job brings you into contact with people beyond your team (Kanter). */
  jobContact?: number | undefined;
  goal?: string | undefined;
}

/** A dated copy of the audit, for re-audits and comparisons. */
export interface Snapshot {
  id: string;
  takenAt: string;
  label: string;
  contacts: Contact[];
  ties: Tie[];
}

/** The whole audit as stored. */
export interface AuditRecord {
  v: 1;
  updatedAt: string;
  setup: AuditSetup;
  contacts: Contact[];
  ties: Tie[];
  snapshots: Snapshot[];
}

/** The most contacts an audit holds; the page suggests 10 to 20. */
export const MAX_CONTACTS = 150;

const oneOf = <T extends readonly Choice[]>(choices: T) =>
  v.picklist(choices.map((choice) => choice.value) as [string, ...string[]]);
const optional = <T extends v.GenericSchema>(schema: T) => v.optional(schema);
const dateOnly = v.pipe(v.string(), v.check(isCalendarDate, 'not a calendar date'));
const contactSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  alias: v.pipe(v.string(), v.maxLength(200)),
  introducedBy: optional(v.pipe(v.string(), v.maxLength(200))),
  howMet: optional(oneOf(HOW_MET)),
  side: optional(oneOf(SIDES)),
  field: optional(v.pipe(v.string(), v.maxLength(200))),
  level: optional(oneOf(LEVELS)),
  networkType: optional(oneOf(NETWORK_TYPES)),
  alliances: v.array(oneOf(ALLIANCES)),
  lines: v.array(oneOf(POWER_LINES)),
  access: v.array(oneOf(ACCESS)),
  frequency: optional(oneOf(FREQUENCY)),
  closeness: optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  lastConversation: optional(dateOnly),
  energy: optional(v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2))),
  giveGet: optional(v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2))),
});
const tieSchema = v.object({ a: v.string(), b: v.string(), strength: v.picklist([1, 2]) });

export const auditRecordSpec: RecordSpec<AuditRecord> = {
  name: 'network audit',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      setup: v.object({
        situation: optional(v.picklist(['new-in-role', 'established', 'job-seeking', 'changing'])),
        monthsInOrganisation: optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1000))),
        jobContact: optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
        goal: optional(v.pipe(v.string(), v.maxLength(2000))),
      }),
      contacts: v.pipe(v.array(contactSchema), v.maxLength(MAX_CONTACTS)),
      ties: v.array(tieSchema),
      snapshots: v.array(
        v.object({
          id: v.string(),
          takenAt: isoTime,
          label: v.pipe(v.string(), v.maxLength(200)),
          contacts: v.array(contactSchema),
          ties: v.array(tieSchema),
        }),
      ),
    }) as v.GenericSchema<unknown, AuditRecord>,
  ),
  migrations: {},
};

/** An audit with nobody in it yet. */
export function emptyAudit(now: string): AuditRecord {
  return { v: 1, updatedAt: now, setup: {}, contacts: [], ties: [], snapshots: [] };
}

/** A new contact with only an alias. */
export function newContact(id: string, alias: string): Contact {
  return { id, alias, introducedBy: 'me', alliances: [], lines: [], access: [] };
}

/** A pair's key, the same whichever way round: "a|b" with a < b. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The audit with a contact added (refused past MAX_CONTACTS: returns the audit unchanged). */
export function addContact(audit: AuditRecord, contact: Contact): AuditRecord {
  if (audit.contacts.length >= MAX_CONTACTS) return audit;
  return { ...audit, contacts: [...audit.contacts, contact] };
}

/** The audit with one contact changed. */
export function updateContact(audit: AuditRecord, id: string, change: Partial<Omit<Contact, 'id'>>): AuditRecord {
  return {
    ...audit,
    contacts: audit.contacts.map((contact) => (contact.id === id ? { ...contact, ...change } : contact)),
  };
}

/**
 * The audit without a contact: its ties go with it, and anyone it introduced is marked as introduced by its alias
 * (the introduction still happened).
 */
export function removeContact(audit: AuditRecord, id: string): AuditRecord {
  const removed = audit.contacts.find((contact) => contact.id === id);
  return {
    ...audit,
    contacts: audit.contacts
      .filter((contact) => contact.id !== id)
      .map((contact) => (contact.introducedBy === id ? { ...contact, introducedBy: removed?.alias ?? '' } : contact)),
    ties: audit.ties.filter((tie) => tie.a !== id && tie.b !== id),
  };
}

/** The audit with whether two contacts know each other set: 0 no, 1 yes, 2 well. */
export function setTie(audit: AuditRecord, a: string, b: string, strength: 0 | 1 | 2): AuditRecord {
  if (a === b) return audit;
  const key = pairKey(a, b);
  const others = audit.ties.filter((tie) => pairKey(tie.a, tie.b) !== key);
  const [first, second] = a < b ? [a, b] : [b, a];
  return { ...audit, ties: strength === 0 ? others : [...others, { a: first, b: second, strength }] };
}

/** How well two contacts know each other: 0, 1 or 2. */
export function tieBetween(ties: readonly Tie[], a: string, b: string): 0 | 1 | 2 {
  const key = pairKey(a, b);
  return ties.find((tie) => pairKey(tie.a, tie.b) === key)?.strength ?? 0;
}

/** The audit with a dated snapshot of its contacts and ties added. */
export function takeSnapshot(audit: AuditRecord, id: string, takenAt: string, label: string): AuditRecord {
  const snapshot: Snapshot = { id, takenAt, label, contacts: audit.contacts, ties: audit.ties };
  return { ...audit, snapshots: [...audit.snapshots, snapshot] };
}

/** The audit without a snapshot. */
export function removeSnapshot(audit: AuditRecord, id: string): AuditRecord {
  return { ...audit, snapshots: audit.snapshots.filter((snapshot) => snapshot.id !== id) };
}
