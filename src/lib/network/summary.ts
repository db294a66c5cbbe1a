/**
 * Every measure of one audit (or snapshot): Burt's structural measures from src/lib/network/measures.ts, and the
 * counts and shares the course teaches alongside them. Pure; `today` is passed in so tests are exact.
 *
 * A blank is never an answer (src/lib/network/audit.ts): each measure is computed over the people who answered the
 * questions it rests on, and `answered` says how many did, so that src/lib/network/insights.ts can state the base of
 * every figure and hold back a verdict until there are enough answers (the minimums are there, with their reasons).
 *
 * - Who knows whom counts only the pairs the learner answered: density is the share of answered pairs who know each
 *   other, and `pairs.open` says how many are still to answer.
 * - Burt's measures need the learner's closeness to each person and every pair among them. They are computed over
 *   the largest set found of people with closeness answered and no open pair among them (`structure`): people are
 *   left out, most open pairs first (the one added last between equals), until no open pair is left.
 */
import { subYears } from 'date-fns';
import { fromDay, toDay } from '~/lib/dates';
import {
  ACCESS,
  ALLIANCES,
  NETWORK_TYPES,
  POWER_LINES,
  type Contact,
  type Network,
  type Tie,
} from '~/lib/network/audit';
import { PERSON_QUESTIONS, introductionOf, isAnswered } from '~/lib/network/answers';
import { structuralMeasures, type EgoNetwork } from '~/lib/network/measures';

/** Uzzi & Dunlap's flag: self-introduced above this share suggests an inbred network. */
export const SELF_INTRODUCED_FLAG = 0.65;
/**
 * The fewest answers a share, an index or a verdict about the whole list is given for: below five, one answer moves a
 * share by 20 points or more (src/lib/network/insights.ts explains each minimum).
 */
export const MIN_PEOPLE = 5;
/** The fewest answered pairs density is given for: the pairs among five people. */
export const MIN_PAIRS = 10;
/** Levin, Walter & Murnighan: out of touch for three years or more counts as dormant. */
export const DORMANT_YEARS = 3;

/** A question about a person, by its key in `Contact`. */
export type Question = (typeof PERSON_QUESTIONS)[number];

/** The learner's tie to a contact as a strength for Burt's measures: closeness 1–2 weak, 3 medium, 4–5 strong. */
export function egoStrength(contact: Pick<Contact, 'closeness'>): number | undefined {
  if (contact.closeness === undefined) return undefined;
  return contact.closeness <= 2 ? 1 / 3 : contact.closeness === 3 ? 2 / 3 : 1;
}

/** The ego network of these contacts: closeness gives the learner's ties, "knows well" counts double "knows". */
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

/**
 * Who-knows-whom answers among these contacts as a matrix, built once per calculation: for people i and j (their
 * places in the list), `answers[i * n + j]` is 0 when the pair is open, 1 when they do not know each other, 2 when
 * they do (3 when well). Pairs naming someone not in the list, or one person twice, are left out.
 */
function pairMatrix(network: Network): { answers: Uint8Array; answered: number; tied: number } {
  const n = network.contacts.length;
  const index = new Map(network.contacts.map((contact, i) => [contact.id, i]));
  const answers = new Uint8Array(n * n);
  let answered = 0;
  let tied = 0;
  const set = (a: string, b: string, value: number) => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) return;
    const before = answers[i * n + j]!;
    if (before === 0) answered += 1;
    if (before < 2 && value >= 2) tied += 1;
    if (before >= 2 && value < 2) tied -= 1;
    answers[i * n + j] = value;
    answers[j * n + i] = value;
  };
  for (const pair of network.apart) set(pair.a, pair.b, 1);
  for (const tie of network.ties) set(tie.a, tie.b, tie.strength + 1);
  return { answers, answered, tied };
}

/**
 * The people Burt's measures can be computed over: those with closeness answered and no open pair among them. Left
 * out one at a time, the person with the most open pairs among those still in first (the one added last between
 * equals), until no open pair is left.
 */
export function fullyAnswered(network: Network, matrix = pairMatrix(network)): Contact[] {
  const n = network.contacts.length;
  const candidates = network.contacts
    .map((contact, i) => ({ contact, i }))
    .filter(({ contact }) => contact.closeness !== undefined);
  const inSet = new Uint8Array(n);
  for (const { i } of candidates) inSet[i] = 1;
  const openCount = new Int32Array(n);
  for (const { i } of candidates) {
    for (const { i: j } of candidates) if (i !== j && matrix.answers[i * n + j] === 0) openCount[i]! += 1;
  }
  for (;;) {
    let worst = -1;
    let most = 0;
    for (const { i } of candidates) {
      // `>=` keeps the later of two equals: the person added last is left out first.
      if (inSet[i] && openCount[i]! > 0 && openCount[i]! >= most) {
        most = openCount[i]!;
        worst = i;
      }
    }
    if (worst === -1) break;
    inSet[worst] = 0;
    for (const { i } of candidates) if (inSet[i] && matrix.answers[worst * n + i] === 0) openCount[i]! -= 1;
  }
  return candidates.filter(({ i }) => inSet[i]).map(({ contact }) => contact);
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length;

/** A contact named in a measure. */
export interface Named {
  id: string;
  alias: string;
}

/** Everything the audit shows about one network. */
export interface AuditSummary {
  size: number;
  /** For each question about a person, how many people answered it. */
  answered: Record<Question, number>;
  /** Who knows whom: pairs answered, still open, and all pairs. */
  pairs: { answered: number; open: number; total: number };
  /** Pairs answered "know each other" (or "well"). */
  ties: number;
  /** Share of answered pairs who know each other. NaN when no pair is answered. */
  density: number;
  /** The people Burt's measures are computed over (see `fullyAnswered`), and why the others are left out. */
  structure: { people: number; withoutCloseness: number; withOpenPairs: number };
  effectiveSize: number;
  efficiency: number;
  constraint: number;
  /** The three contacts who add most to constraint, with their share of it (equal parts keep list order). */
  topConstraint: { id: string; alias: string; share: number }[];
  /** Share introduced by nobody ("me"), of those with an answer. NaN when nobody has one. */
  selfIntroduced: number;
  /** Self-introduced share above 65%, read on the whole percentage shown (so "65%" is never flagged). */
  selfIntroducedFlag: boolean;
  /** People who introduced you to two or more contacts: most first, then in alphabetical order. */
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
  /** How many contacts hold each of Kanter's alliances and lines (of those who answered). */
  alliances: Record<'sponsor' | 'peer' | 'junior', number>;
  lines: Record<'supply' | 'information' | 'support', number>;
  /** How many contacts give each of the four kinds of access (of those who answered). */
  access: Record<'opportunities' | 'supervisors' | 'how-it-works' | 'competencies', number>;
  /** Kinds of access covered by at least one contact, and by at least two. */
  accessCovered: number;
  accessCoveredTwice: number;
  /** Share more senior, of those with a level (Seibert et al.'s social resources). */
  higherLevelShare: number;
  /** Dormant contacts: the longest out of touch first, then in list order. */
  dormant: Named[];
  energyMean: number;
  /** Contacts who drain you (energy below 0): the most draining first, then in list order. */
  draining: Named[];
  /** Contacts who give you energy (energy above 0): the most energising first, then in list order. */
  energising: Named[];
  giveGetMean: number;
  /** Contacts you mostly take from (give/get below 0): the most taken from first, then in list order. */
  mostlyTaking: Named[];
}

/** Whole percent, the one way the audit writes a share. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}

/** Measure an audit's (or a snapshot's) people and who-knows-whom answers. */
export function summarise(network: Network, today: string): AuditSummary {
  const { contacts } = network;
  const ids = new Set(contacts.map((contact) => contact.id));
  const ties = network.ties.filter((tie) => tie.a !== tie.b && ids.has(tie.a) && ids.has(tie.b));
  const answered = Object.fromEntries(
    PERSON_QUESTIONS.map((question) => [question, contacts.filter((c) => isAnswered(c, question)).length]),
  ) as Record<Question, number>;
  const matrix = pairMatrix(network);
  const totalPairs = (contacts.length * (contacts.length - 1)) / 2;
  const pairs = { answered: matrix.answered, open: totalPairs - matrix.answered, total: totalPairs };

  const core = fullyAnswered(network, matrix);
  const coreIds = new Set(core.map((contact) => contact.id));
  const structure = structuralMeasures(
    egoNetworkOf(
      core,
      ties.filter((tie) => coreIds.has(tie.a) && coreIds.has(tie.b)),
    ),
  );
  const aliases = new Map(contacts.map((contact) => [contact.id, contact.alias]));
  const aliasOf = (id: string) => aliases.get(id) ?? id;
  const total = structure.constraint;

  const known = <K extends Question>(key: K) =>
    contacts.filter((contact) => isAnswered(contact, key)).map((contact) => contact[key] as NonNullable<Contact[K]>);

  const introductions = contacts.map((contact) => introductionOf(contact, contacts));
  const givenIntroductions = introductions.filter((introduction) => introduction.kind !== 'blank');
  const selfIntroduced =
    givenIntroductions.length === 0
      ? Number.NaN
      : givenIntroductions.filter((introduction) => introduction.kind === 'me').length / givenIntroductions.length;
  // Count introducers by who they are (a contact's id, or a typed name), not by display name: two contacts can
  // share an alias. Someone not on the list with no name given cannot be counted twice.
  const introducerCounts = new Map<string, { name: string; count: number }>();
  for (const introduction of introductions) {
    if (introduction.kind !== 'contact' && (introduction.kind !== 'someone' || introduction.name === '')) continue;
    const key = introduction.kind === 'contact' ? `id:${introduction.id}` : `name:${introduction.name.toLowerCase()}`;
    const name = introduction.kind === 'contact' ? introduction.alias : introduction.name;
    const current = introducerCounts.get(key) ?? { name, count: 0 };
    introducerCounts.set(key, { ...current, count: current.count + 1 });
  }

  const types = known('networkType');
  const share = (count: number, of: number) => (of === 0 ? Number.NaN : count / of);
  const countOf = <T extends string>(key: 'alliances' | 'lines' | 'access', value: T) =>
    contacts.filter((contact) => (contact[key] as readonly string[] | undefined)?.includes(value)).length;
  const accessCounts = Object.fromEntries(
    ACCESS.map((a) => [a.value, countOf('access', a.value)]),
  ) as AuditSummary['access'];
  const sides = known('side');
  const levels = known('level');
  const fields = known('field').map((field) => field.trim().toLowerCase());
  const listOrder = new Map(contacts.map((contact, index) => [contact.id, index]));
  const strongest = (pick: (contact: Contact) => number | undefined, below: number): Named[] =>
    contacts
      .filter((contact) => (pick(contact) ?? below) < below)
      .sort((a, b) => pick(a)! - pick(b)! || listOrder.get(a.id)! - listOrder.get(b.id)!)
      .map(({ id, alias }) => ({ id, alias }));

  return {
    size: contacts.length,
    answered,
    pairs,
    ties: matrix.tied,
    density: pairs.answered === 0 ? Number.NaN : matrix.tied / pairs.answered,
    structure: {
      people: core.length,
      withoutCloseness: contacts.length - answered.closeness,
      withOpenPairs: answered.closeness - core.length,
    },
    effectiveSize: structure.effectiveSize,
    efficiency: structure.efficiency,
    constraint: total,
    topConstraint: structure.constraintByContact
      .slice(0, 3)
      .map((part) => ({ id: part.id, alias: aliasOf(part.id), share: part.constraint / total })),
    selfIntroduced,
    selfIntroducedFlag: wholePercent(selfIntroduced) > wholePercent(SELF_INTRODUCED_FLAG),
    brokers: [...introducerCounts.values()]
      .filter(({ count }) => count >= 2)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    diversity: {
      howMet: blauIndex(known('howMet')),
      field: blauIndex(fields),
      level: blauIndex(levels),
      networkType: blauIndex(types),
      side: blauIndex(sides),
    },
    fieldRange: new Set(fields).size,
    eiIndex: eiIndex(sides.filter((s) => s === 'outside').length, sides.filter((s) => s === 'inside').length),
    insideCount: sides.filter((s) => s === 'inside').length,
    outsideCount: sides.filter((s) => s === 'outside').length,
    typeMix: Object.fromEntries(
      NETWORK_TYPES.map((t) => [t.value, share(types.filter((x) => x === t.value).length, types.length)]),
    ) as AuditSummary['typeMix'],
    alliances: Object.fromEntries(
      ALLIANCES.map((a) => [a.value, countOf('alliances', a.value)]),
    ) as AuditSummary['alliances'],
    lines: Object.fromEntries(POWER_LINES.map((l) => [l.value, countOf('lines', l.value)])) as AuditSummary['lines'],
    access: accessCounts,
    accessCovered: Object.values(accessCounts).filter((count) => count >= 1).length,
    accessCoveredTwice: Object.values(accessCounts).filter((count) => count >= 2).length,
    higherLevelShare: share(levels.filter((level) => level === 'higher').length, levels.length),
    dormant: contacts
      .filter((contact) => isDormant(contact, today))
      .sort(
        (a, b) =>
          (a.lastConversation! < b.lastConversation! ? -1 : a.lastConversation! > b.lastConversation! ? 1 : 0) ||
          listOrder.get(a.id)! - listOrder.get(b.id)!,
      )
      .map(({ id, alias }) => ({ id, alias })),
    energyMean: mean(known('energy')),
    draining: strongest((contact) => contact.energy, 0),
    energising: strongest((contact) => (contact.energy === undefined ? undefined : -contact.energy), 0),
    giveGetMean: mean(known('giveGet')),
    mostlyTaking: strongest((contact) => contact.giveGet, 0),
  };
}
