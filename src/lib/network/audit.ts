/**
 * The network audit's data: the learner's contacts, who knows whom, and dated snapshots. The vocabularies here are
 * the course's (see module 3): how you met (Uzzi & Dunlap), network type (Ibarra & Hunter), alliances and lines of
 * power (Kanter), the article's four kinds of access, energy (Cross), give and get.
 *
 * Stored under `real-networking:audit` as version 2:
 * `{ v: 2, updatedAt, setup, contacts: Contact[], ties: Tie[], apart: Pair[], snapshots: Snapshot[] }`.
 *
 * A blank is never an answer. Every question about a person is optional, and a question left blank is stored as a
 * missing key (a missing list for the tick-box questions, whose "none of these" is an empty list), so that every
 * measure counts only the people who answered it (src/lib/network/summary.ts). Who knows whom is stored both ways:
 * `ties` holds the pairs who know each other, `apart` the pairs the learner said do not; a pair in neither has not
 * been answered yet.
 *
 * Migration from version 1 (which filled some answers in by default, so a default could not be told from a choice):
 * - "who introduced you" was preset to "me" (myself) on every new person. On a person with nothing else answered it
 *   is removed: such a person was added by name and never filled in, so the "me" is the old default, not an answer.
 *   On anyone with another answer it is kept, as the learner may have chosen it.
 * - an empty list of allies, lines or access meant "not answered" as much as "none" (version 1 had no "none"), so it
 *   becomes "not answered"; a list with something ticked is kept.
 * - pairs who did not know each other were not stored, and the page showed "No" before any answer, so version 1
 *   cannot say which were answered: `apart` starts empty, and those pairs show as still to answer.
 * Everything else is kept as it was, snapshots included.
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
  /**
   * Who introduced you: "me" if nobody did, the id of another contact, a name typed for someone not on the list, or
   * "" for someone not on the list whose name is not given. Missing when not answered.
   */
  introducedBy?: string | undefined;
  howMet?: Values<typeof HOW_MET> | undefined;
  side?: Values<typeof SIDES> | undefined;
  /** Function or field, in the learner's words ("finance", "nursing"). */
  field?: string | undefined;
  level?: Values<typeof LEVELS> | undefined;
  networkType?: Values<typeof NETWORK_TYPES> | undefined;
  /** Tick-box answers: missing when not answered, an empty list for "none of these". */
  alliances?: Values<typeof ALLIANCES>[] | undefined;
  lines?: Values<typeof POWER_LINES>[] | undefined;
  access?: Values<typeof ACCESS>[] | undefined;
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

/** Two contacts who know each other: 1 = yes, 2 = well. */
export interface Tie {
  a: string;
  b: string;
  strength: 1 | 2;
}

/** Two contacts the learner said do not know each other (`a` < `b`). */
export interface Pair {
  a: string;
  b: string;
}

/** Context for reading the measures. */
export interface AuditSetup {
  situation?: 'new-in-role' | 'established' | 'job-seeking' | 'changing' | undefined;
  monthsInOrganisation?: number | undefined;
  /**
   * 1 to 5: how much your job brings you into contact with people beyond your team (Kanter). One answer with module
   * 2's worksheet, stored there (src/lib/workbook/shared-answers.ts); a value here is the audit's older copy, moved
   * there when the audit is next shown.
   */
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
  apart: Pair[];
}

/** The whole audit as stored. */
export interface AuditRecord {
  v: 2;
  updatedAt: string;
  setup: AuditSetup;
  contacts: Contact[];
  ties: Tie[];
  apart: Pair[];
  snapshots: Snapshot[];
}

/** The people and who-knows-whom answers of an audit or a snapshot: what every measure reads. */
export interface Network {
  contacts: readonly Contact[];
  ties: readonly Tie[];
  apart: readonly Pair[];
}

/** Fewer contacts than this and the measures say little; the page suggests 10 to 20. */
export const SUGGESTED_MIN = 10;
/** More than this and the audit takes long to keep up; the page suggests 10 to 20. */
export const SUGGESTED_MAX = 20;

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
  alliances: optional(v.array(oneOf(ALLIANCES))),
  lines: optional(v.array(oneOf(POWER_LINES))),
  access: optional(v.array(oneOf(ACCESS))),
  frequency: optional(oneOf(FREQUENCY)),
  closeness: optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  lastConversation: optional(dateOnly),
  energy: optional(v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2))),
  giveGet: optional(v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2))),
});
const tieSchema = v.object({ a: v.string(), b: v.string(), strength: v.picklist([1, 2]) });
const pairSchema = v.object({ a: v.string(), b: v.string() });

/** A version-1 contact brought to version 2 (see the migration notes at the top of this file). */
function contactFromV1(contact: Record<string, unknown>): Record<string, unknown> {
  const lists = ['alliances', 'lines', 'access'] as const;
  const otherAnswers = Object.entries(contact).some(([key, value]) => {
    if (key === 'id' || key === 'alias' || key === 'introducedBy' || value === undefined) return false;
    return Array.isArray(value) ? value.length > 0 : true;
  });
  const migrated: Record<string, unknown> = { ...contact };
  if (contact['introducedBy'] === 'me' && !otherAnswers) delete migrated['introducedBy'];
  for (const list of lists) {
    if (Array.isArray(contact[list]) && (contact[list] as unknown[]).length === 0) delete migrated[list];
  }
  return migrated;
}

const contactsFromV1 = (contacts: unknown) =>
  Array.isArray(contacts)
    ? contacts.map((contact) =>
        typeof contact === 'object' && contact !== null ? contactFromV1(contact as Record<string, unknown>) : contact,
      )
    : contacts;

export const auditRecordSpec: RecordSpec<AuditRecord> = {
  name: 'network audit',
  version: 2,
  validate: validateWith(
    v.object({
      v: v.literal(2),
      updatedAt: isoTime,
      setup: v.object({
        situation: optional(v.picklist(['new-in-role', 'established', 'job-seeking', 'changing'])),
        monthsInOrganisation: optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1000))),
        jobContact: optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
        goal: optional(v.pipe(v.string(), v.maxLength(2000))),
      }),
      contacts: v.pipe(v.array(contactSchema), v.maxLength(MAX_CONTACTS)),
      ties: v.array(tieSchema),
      apart: v.array(pairSchema),
      snapshots: v.array(
        v.object({
          id: v.string(),
          takenAt: isoTime,
          label: v.pipe(v.string(), v.maxLength(200)),
          contacts: v.array(contactSchema),
          ties: v.array(tieSchema),
          apart: v.array(pairSchema),
        }),
      ),
    }) as v.GenericSchema<unknown, AuditRecord>,
  ),
  migrations: {
    1: (record) => ({
      ...record,
      contacts: contactsFromV1(record['contacts']),
      apart: [],
      snapshots: Array.isArray(record['snapshots'])
        ? record['snapshots'].map((snapshot: unknown) =>
            typeof snapshot === 'object' && snapshot !== null
              ? {
                  ...snapshot,
                  contacts: contactsFromV1((snapshot as Record<string, unknown>)['contacts']),
                  apart: [],
                }
              : snapshot,
          )
        : record['snapshots'],
    }),
  },
};

/** An audit with nobody in it yet. */
export function emptyAudit(now: string): AuditRecord {
  return { v: 2, updatedAt: now, setup: {}, contacts: [], ties: [], apart: [], snapshots: [] };
}

/** A new contact with only an alias: every question about them is still to answer. */
export function newContact(id: string, alias: string): Contact {
  return { id, alias };
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

/** A name as the audit compares names: trimmed, inner spaces single, in lower case ("  Sam  K " is "sam k"). */
const nameKey = (alias: string) => alias.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The person already in the list under the same name, if any (ignoring case and spaces), leaving out `except`: two
 * people with one name are hard to tell apart in the map, "who knows whom" and the readings.
 */
export function sameName(contacts: readonly Contact[], alias: string, except?: string): Contact | undefined {
  const key = nameKey(alias);
  if (key === '') return undefined;
  return contacts.find((contact) => contact.id !== except && nameKey(contact.alias) === key);
}

/** The audit with one contact changed. A key set to undefined is removed: the question is blank again. */
export function updateContact(audit: AuditRecord, id: string, change: Partial<Omit<Contact, 'id'>>): AuditRecord {
  return {
    ...audit,
    contacts: audit.contacts.map((contact) => {
      if (contact.id !== id) return contact;
      const changed: Record<string, unknown> = { ...contact, ...change };
      for (const key of Object.keys(changed)) if (changed[key] === undefined) delete changed[key];
      return changed as unknown as Contact;
    }),
  };
}

/**
 * The audit without a contact: its who-knows-whom answers go with it, and anyone it introduced is marked as
 * introduced by its alias (the introduction still happened).
 */
export function removeContact(audit: AuditRecord, id: string): AuditRecord {
  const removed = audit.contacts.find((contact) => contact.id === id);
  return {
    ...audit,
    contacts: audit.contacts
      .filter((contact) => contact.id !== id)
      .map((contact) => (contact.introducedBy === id ? { ...contact, introducedBy: removed?.alias ?? '' } : contact)),
    ties: audit.ties.filter((tie) => tie.a !== id && tie.b !== id),
    apart: audit.apart.filter((pair) => pair.a !== id && pair.b !== id),
  };
}

/** The audit with whether two contacts know each other answered: 0 they do not, 1 they do, 2 they know each other well. */
export function setTie(audit: AuditRecord, a: string, b: string, strength: 0 | 1 | 2): AuditRecord {
  if (a === b) return audit;
  const key = pairKey(a, b);
  const [first, second] = a < b ? [a, b] : [b, a];
  const ties = audit.ties.filter((tie) => pairKey(tie.a, tie.b) !== key);
  const apart = audit.apart.filter((pair) => pairKey(pair.a, pair.b) !== key);
  return strength === 0
    ? { ...audit, ties, apart: [...apart, { a: first, b: second }] }
    : { ...audit, ties: [...ties, { a: first, b: second, strength }], apart };
}

/**
 * The audit with every pair of `id` that is not answered yet answered "do not know each other": for "nobody else
 * here", once the learner has said whom this person does know.
 */
export function setRestApart(audit: AuditRecord, id: string): AuditRecord {
  const answered = new Set([...audit.ties, ...audit.apart].map((pair) => pairKey(pair.a, pair.b)));
  const added = audit.contacts
    .filter((other) => other.id !== id && !answered.has(pairKey(id, other.id)))
    .map((other) => (id < other.id ? { a: id, b: other.id } : { a: other.id, b: id }));
  return added.length === 0 ? audit : { ...audit, apart: [...audit.apart, ...added] };
}

/** How well two contacts know each other: 0, 1 or 2 (0 also when not answered). */
export function tieBetween(ties: readonly Tie[], a: string, b: string): 0 | 1 | 2 {
  const key = pairKey(a, b);
  return ties.find((tie) => pairKey(tie.a, tie.b) === key)?.strength ?? 0;
}

/** The audit with a dated snapshot of its contacts and who-knows-whom answers added. */
export function takeSnapshot(audit: AuditRecord, id: string, takenAt: string, label: string): AuditRecord {
  const snapshot: Snapshot = { id, takenAt, label, contacts: audit.contacts, ties: audit.ties, apart: audit.apart };
  return { ...audit, snapshots: [...audit.snapshots, snapshot] };
}

/** The audit without a snapshot. */
export function removeSnapshot(audit: AuditRecord, id: string): AuditRecord {
  return { ...audit, snapshots: audit.snapshots.filter((snapshot) => snapshot.id !== id) };
}
