/**
 * Every measure of one audit (or snapshot): Burt's structural measures from src/lib/network/measures.ts, and the
 * counts and shares the course teaches alongside them. Pure; `today` is passed in so tests are exact.
 */
import { subYears } from 'date-fns';
import { fromDay, toDay } from '~/lib/dates';
import { ACCESS, ALLIANCES, NETWORK_TYPES, POWER_LINES, type Contact, type Tie } from '~/lib/network/audit';
import { structuralMeasures, type EgoNetwork } from '~/lib/network/measures';

/** Uzzi & Dunlap's flag: self-introduced above this share suggests an inbred network. */
export const SELF_INTRODUCED_FLAG = 0.65;
/** Levin, Walter & Murnighan: out of touch for three years or more counts as dormant. */
export const DORMANT_YEARS = 3;

/** The learner's tie to a contact as a strength for Burt's measures: closeness 1–2 weak, 3 medium, 4–5 strong. */
export function egoStrength(contact: Pick<Contact, 'closeness'>): number | undefined {
  if (contact.closeness === undefined) return undefined;
  return contact.closeness <= 2 ? 1 / 3 : contact.closeness === 3 ? 2 / 3 : 1;
}

/** The ego network of an audit: closeness gives the learner's ties, "knows well" counts double "knows". */
export function egoNetworkOf(contacts: readonly Contact[], ties: readonly Tie[]): EgoNetwork {
  const strength = (value: number | undefined) => (value === undefined ? {} : { strength: value });
  return {
    contacts: contacts.map((contact) => ({ id: contact.id, ...strength(egoStrength(contact)) })),
    ties: ties.map((tie) => ({ a: tie.a, b: tie.b, strength: tie.strength === 2 ? 1 : 0.5 })),
  };
}

/** Blau's index of heterogeneity, 1 − Σ share²: 0 when everyone is alike, near 1 when all differ. NaN for none. */
export function blauIndex(values: readonly string[]): number {
  if (values.length === 0) return Number.NaN;
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return 1 - [...counts.values()].reduce((sum, count) => sum + (count / values.length) ** 2, 0);
}

/** Krackhardt & Stern's E-I index, (E − I) / (E + I): −1 all inside, +1 all outside. NaN when neither is known. */
export function eiIndex(external: number, internal: number): number {
  return external + internal === 0 ? Number.NaN : (external - internal) / (external + internal);
}

/** Whether a contact is dormant: last real conversation three or more years before `today`. */
export function isDormant(contact: Pick<Contact, 'lastConversation'>, today: string): boolean {
  if (!contact.lastConversation) return false;
  // date-fns keeps 29 February on the last day of February three years back, rather than rolling into March.
  return contact.lastConversation <= toDay(subYears(fromDay(today), DORMANT_YEARS));
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length;

/** Everything the audit shows about one network. */
export interface AuditSummary {
  size: number;
  ties: number;
  density: number;
  effectiveSize: number;
  efficiency: number;
  constraint: number;
  /** The three contacts who add most to constraint, with their share of it. */
  topConstraint: { id: string; alias: string; share: number }[];
  /** Share introduced by nobody ("me"), of those with an answer. NaN when nobody has one. */
  selfIntroduced: number;
  selfIntroducedFlag: boolean;
  /** People who introduced you to two or more contacts, most first. */
  brokers: { name: string; count: number }[];
  /** Blau's index for each attribute, over contacts with an answer. */
  diversity: { howMet: number; field: number; level: number; networkType: number; side: number };
  /** Number of different fields among contacts. */
  fieldRange: number;
  eiIndex: number;
  insideCount: number;
  outsideCount: number;
  /** Share of contacts of each network type, of those with a type. */
  typeMix: Record<'operational' | 'personal' | 'strategic', number>;
  /** How many contacts hold each of Kanter's alliances and lines. */
  alliances: Record<'sponsor' | 'peer' | 'junior', number>;
  lines: Record<'supply' | 'information' | 'support', number>;
  /** How many contacts give each of the four kinds of access. */
  access: Record<'opportunities' | 'supervisors' | 'how-it-works' | 'competencies', number>;
  /** Kinds of access covered by at least one contact, and by at least two. */
  accessCovered: number;
  accessCoveredTwice: number;
  /** Share of contacts in other functions, and more senior (Seibert et al.'s social resources). */
  higherLevelShare: number;
  dormant: { id: string; alias: string }[];
  energyMean: number;
  draining: { id: string; alias: string }[];
  giveGetMean: number;
  /** Contacts where you mostly take (give/get −2 or −1). */
  mostlyTaking: { id: string; alias: string }[];
}

/** Measure an audit's contacts and ties. */
export function summarise(contacts: readonly Contact[], ties: readonly Tie[], today: string): AuditSummary {
  const net = egoNetworkOf(contacts, ties);
  const known = <K extends keyof Contact>(key: K) =>
    contacts
      .map((contact) => contact[key])
      .filter(
        (value): value is NonNullable<Contact[K]> =>
          value !== undefined && !(typeof value === 'string' && value.trim() === ''),
      );
  const aliases = new Map(contacts.map((contact) => [contact.id, contact.alias]));
  const aliasOf = (id: string) => aliases.get(id) ?? id;
  const structure = structuralMeasures(net);
  const total = structure.constraint;
  const introductions = known('introducedBy')
    .map((by) => by.trim())
    .filter(Boolean);
  const selfIntroduced =
    introductions.length === 0
      ? Number.NaN
      : introductions.filter((by) => by.toLowerCase() === 'me').length / introductions.length;
  // Count introducers by who they are (a contact's id, or a typed name), not by display name: two contacts can
  // share an alias.
  const introducerCounts = new Map<string, { name: string; count: number }>();
  for (const by of introductions) {
    if (by.toLowerCase() === 'me') continue;
    const key = aliases.has(by) ? `id:${by}` : `name:${by.toLowerCase()}`;
    const current = introducerCounts.get(key) ?? { name: aliases.has(by) ? aliasOf(by) : by, count: 0 };
    introducerCounts.set(key, { ...current, count: current.count + 1 });
  }
  const types = known('networkType');
  const share = (count: number, of: number) => (of === 0 ? Number.NaN : count / of);
  const countOf = <T extends string>(list: readonly T[][], value: T) =>
    list.filter((values) => values.includes(value)).length;
  const accessCounts = Object.fromEntries(
    ACCESS.map((a) => [
      a.value,
      countOf(
        contacts.map((c) => c.access),
        a.value,
      ),
    ]),
  ) as AuditSummary['access'];
  const sides = known('side');
  const levels = known('level');
  const energies = known('energy');
  const balances = known('giveGet');

  return {
    size: structure.size,
    ties: structure.ties,
    density: structure.density,
    effectiveSize: structure.effectiveSize,
    efficiency: structure.efficiency,
    constraint: total,
    topConstraint: structure.constraintByContact
      .slice(0, 3)
      .map((part) => ({ id: part.id, alias: aliasOf(part.id), share: part.constraint / total })),
    selfIntroduced,
    selfIntroducedFlag: selfIntroduced > SELF_INTRODUCED_FLAG,
    brokers: [...introducerCounts.values()]
      .filter(({ count }) => count >= 2)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    diversity: {
      howMet: blauIndex(known('howMet')),
      field: blauIndex(known('field').map((field) => field.trim().toLowerCase())),
      level: blauIndex(levels),
      networkType: blauIndex(types),
      side: blauIndex(sides),
    },
    fieldRange: new Set(known('field').map((field) => field.trim().toLowerCase())).size,
    eiIndex: eiIndex(sides.filter((s) => s === 'outside').length, sides.filter((s) => s === 'inside').length),
    insideCount: sides.filter((s) => s === 'inside').length,
    outsideCount: sides.filter((s) => s === 'outside').length,
    typeMix: Object.fromEntries(
      NETWORK_TYPES.map((t) => [t.value, share(types.filter((x) => x === t.value).length, types.length)]),
    ) as AuditSummary['typeMix'],
    alliances: Object.fromEntries(
      ALLIANCES.map((a) => [
        a.value,
        countOf(
          contacts.map((c) => c.alliances),
          a.value,
        ),
      ]),
    ) as AuditSummary['alliances'],
    lines: Object.fromEntries(
      POWER_LINES.map((l) => [
        l.value,
        countOf(
          contacts.map((c) => c.lines),
          l.value,
        ),
      ]),
    ) as AuditSummary['lines'],
    access: accessCounts,
    accessCovered: Object.values(accessCounts).filter((count) => count >= 1).length,
    accessCoveredTwice: Object.values(accessCounts).filter((count) => count >= 2).length,
    higherLevelShare: share(levels.filter((level) => level === 'higher').length, levels.length),
    dormant: contacts.filter((contact) => isDormant(contact, today)).map(({ id, alias }) => ({ id, alias })),
    energyMean: mean(energies),
    draining: contacts.filter((contact) => (contact.energy ?? 0) < 0).map(({ id, alias }) => ({ id, alias })),
    giveGetMean: mean(balances),
    mostlyTaking: contacts.filter((contact) => (contact.giveGet ?? 0) < 0).map(({ id, alias }) => ({ id, alias })),
  };
}
