/**
 * Reading the learner's answers in an audit (src/lib/network/audit.ts holds the data and its changes): which
 * questions about a person are answered, how "who introduced you" reads, and which pairs of "who knows whom" are
 * answered or still open. A blank is never an answer. Kept apart from the record's definition so that pages which
 * only store or count an audit (the workbook page) do not load them.
 */
import { pairKey, type Contact, type Network, type Pair } from '~/lib/network/audit';

/** The learner's answer for a pair: 0 they do not know each other, 1 they do, 2 well; undefined when not answered. */
export function pairAnswer(network: Pick<Network, 'ties' | 'apart'>, a: string, b: string): 0 | 1 | 2 | undefined {
  const key = pairKey(a, b);
  const tie = network.ties.find((candidate) => pairKey(candidate.a, candidate.b) === key);
  if (tie) return tie.strength;
  return network.apart.some((pair) => pairKey(pair.a, pair.b) === key) ? 0 : undefined;
}

/** The distinct answered pairs between two of these people (a pair answered twice counts once). */
function answeredPairs(network: Pick<Network, 'ties' | 'apart'>, ids: ReadonlySet<string>): Pair[] {
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  for (const pair of [...network.ties, ...network.apart]) {
    if (pair.a === pair.b || !ids.has(pair.a) || !ids.has(pair.b)) continue;
    const key = pairKey(pair.a, pair.b);
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({ a: pair.a, b: pair.b });
  }
  return pairs;
}

/** Who-knows-whom answers for pairs among these contacts: answered, still open, and all pairs. */
export function pairCounts(network: Network): { answered: number; open: number; total: number } {
  const ids = new Set(network.contacts.map((contact) => contact.id));
  const answered = answeredPairs(network, ids).length;
  const total = (ids.size * (ids.size - 1)) / 2;
  return { answered, open: total - answered, total };
}

/** Every answered pair, by `pairKey`: 0 they do not know each other, 1 they do, 2 well. */
export function pairAnswers(network: Pick<Network, 'ties' | 'apart'>): Map<string, 0 | 1 | 2> {
  const answers = new Map<string, 0 | 1 | 2>();
  for (const pair of network.apart) answers.set(pairKey(pair.a, pair.b), 0);
  for (const tie of network.ties) answers.set(pairKey(tie.a, tie.b), tie.strength);
  return answers;
}

/** For each contact, how many of the pairs with the other people in the audit are answered. */
export function answeredPairsByPerson(network: Network): Map<string, number> {
  const ids = new Set(network.contacts.map((contact) => contact.id));
  const counts = new Map(network.contacts.map((contact) => [contact.id, 0]));
  for (const { a, b } of answeredPairs(network, ids)) {
    counts.set(a, counts.get(a)! + 1);
    counts.set(b, counts.get(b)! + 1);
  }
  return counts;
}

/** How "who introduced you" was answered for a contact. */
export type Introduction =
  | { kind: 'blank' }
  | { kind: 'me' }
  | { kind: 'contact'; id: string; alias: string }
  | { kind: 'someone'; name: string };

/** How a contact's "who introduced you" reads: blank, myself, another contact, or someone not on the list. */
export function introductionOf(contact: Pick<Contact, 'introducedBy'>, contacts: readonly Contact[]): Introduction {
  const by = contact.introducedBy;
  if (by === undefined) return { kind: 'blank' };
  if (by.trim().toLowerCase() === 'me') return { kind: 'me' };
  const other = contacts.find((candidate) => candidate.id === by);
  if (other) return { kind: 'contact', id: other.id, alias: other.alias };
  return { kind: 'someone', name: by.trim() };
}

/** An introduction in words, for exports: '' when blank. */
export function introductionInWords(introduction: Introduction): string {
  switch (introduction.kind) {
    case 'blank':
      return '';
    case 'me':
      return 'nobody (I introduced myself)';
    case 'contact':
      return introduction.alias || 'Unnamed';
    case 'someone':
      return introduction.name || 'someone not on my list';
  }
}

/** The questions about a person, each either answered or blank (the alias is not one of them: it is required). */
export const PERSON_QUESTIONS = [
  'introducedBy',
  'howMet',
  'side',
  'field',
  'level',
  'networkType',
  'alliances',
  'lines',
  'access',
  'frequency',
  'closeness',
  'lastConversation',
  'energy',
  'giveGet',
] as const satisfies readonly (keyof Contact)[];

/** Each question about a person as the page asks it, for saying what is still to answer. */
export const QUESTION_LABELS: Record<(typeof PERSON_QUESTIONS)[number], string> = {
  introducedBy: 'Who introduced you?',
  howMet: 'How did you meet?',
  side: 'Inside or outside your organisation?',
  field: 'Their function or field',
  level: 'Their level, compared with yours',
  networkType: 'What kind of contact are they for you?',
  alliances: 'Are they an ally?',
  lines: 'Which lines of power run through them?',
  access: 'What do you hear from them?',
  frequency: 'How often are you in touch?',
  closeness: 'How close are you?',
  lastConversation: 'When was your last real conversation?',
  energy: 'How do you usually feel after time with them?',
  giveGet: 'Between you, who gives and who gets?',
};

/** Whether a question about a contact is answered: a blank or a space-only text is not an answer. */
export function isAnswered(contact: Contact, question: (typeof PERSON_QUESTIONS)[number]): boolean {
  const value = contact[question];
  if (value === undefined) return false;
  if (typeof value === 'string') return question === 'introducedBy' || value.trim() !== '';
  return true;
}

/** How many of the questions about a contact are answered. */
export function answeredCount(contact: Contact): number {
  return PERSON_QUESTIONS.filter((question) => isAnswered(contact, question)).length;
}
