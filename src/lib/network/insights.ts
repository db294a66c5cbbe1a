/**
 * What each measure of the audit means, in plain words, with one concrete next step. Never a score of a person's
 * worth: a close-knit network brings trust and clear expectations (Burt 2000; Podolny & Baron 1997), and the aim the
 * course teaches is a strong core plus bridges to other groups.
 *
 * Every insight says what it rests on (`base`: "8 of 12 people answered"), and gives a reading only with enough
 * answers; below its minimum it says what to answer instead (`ready: false`). The minimums, and why:
 *
 * | insight                                  | counts                                             | minimum  |
 * | ---------------------------------------- | -------------------------------------------------- | -------- |
 * | effective size, constraint               | people with closeness and every pair among them    | 5 people |
 * | density                                  | pairs answered in "who knows whom"                 | 10 pairs |
 * | who introduced you, brokers              | people with "who introduced you"                   | 5 people |
 * | inside and outside, fields, kinds, allies, access, give and get, each part of variety | people who answered it | 5 people |
 * | dormant ties, energy                     | people who answered it                             | 1 person |
 *
 * Five people, because below five one answer moves a share by 20 points or more, so the course's lines (65% met on
 * your own, 20% strategic, an E-I index of ±0.6, a mean give/get of ±0.25) would flip on a single person; and with
 * fewer than five contacts Burt's constraint is high whatever the network's shape (1/n with nobody linked). Ten
 * pairs are the pairs among five people; below that one answer moves density by ten points or more. Dormant ties
 * and draining relationships are facts about one person each, not shares, so one answer is enough to name one; the
 * reading then says how many people it covers.
 *
 * When several people fit a next step, the step names the strongest case (the lowest energy, the most taken from,
 * the longest out of touch, the broker with most introductions, the largest part of constraint, the first missing
 * kind in the course's order); between equal cases, the person higher in the learner's list (brokers: the name
 * first in alphabetical order). `TIE_RULE` says so on the page.
 */
import {
  ACCESS,
  ALLIANCES,
  POWER_LINES,
  SUGGESTED_MAX,
  SUGGESTED_MIN,
  labelOf,
  type AuditSetup,
} from '~/lib/network/audit';
import { QUESTION_LABELS, type PERSON_QUESTIONS } from '~/lib/network/answers';
import type { AuditSummary } from '~/lib/network/summary';
import { MIN_PAIRS, MIN_PEOPLE, SELF_INTRODUCED_FLAG, wholePercent } from '~/lib/network/summary';

export { SUGGESTED_MAX, SUGGESTED_MIN };
export { MIN_PAIRS, MIN_PEOPLE };
/** How a next step chooses among several people who fit it. */
export const TIE_RULE =
  'When several people fit a next step, it names the strongest case (for example the lowest energy score); between equal cases, the person higher in your list.';

/** The groups the detailed measures are shown in, in page order. */
export const INSIGHT_GROUPS = [
  { id: 'shape', title: 'The shape of your network' },
  { id: 'origins', title: 'Where your people come from' },
  { id: 'resources', title: 'What your people give you' },
  { id: 'care', title: 'Looking after your ties' },
] as const;

/** One of the groups above. */
export type InsightGroup = (typeof INSIGHT_GROUPS)[number]['id'];

/** Which insight each id is. */
export type InsightId =
  | 'size'
  | 'effective-size'
  | 'constraint'
  | 'density'
  | 'self-introduced'
  | 'brokers'
  | 'inside-outside'
  | 'diversity'
  | 'variety'
  | 'network-types'
  | 'kanter'
  | 'access'
  | 'dormant'
  | 'energy'
  | 'give-get'
  | 'job-contact';

/** One measure explained. */
export interface Insight {
  id: InsightId;
  group: InsightGroup;
  /** The measure's name, e.g. "Effective size". */
  title: string;
  /** Whether there are enough answers for a reading. When false, `value` and `next` say what is missing. */
  ready: boolean;
  /** What the measure rests on: "8 of 12 people answered". */
  base: string;
  /** The measure as one short figure, for the summary: "7.2", "58%", "3 of 4"; "—" when not ready. */
  figure: string;
  /** Its value in words, e.g. "7.2 from 8 people (efficiency 90%)", or what is missing. */
  value: string;
  /** What it means, in plain words. */
  meaning: string;
  /** One concrete thing to do next: a step in the learner's network, or the answers still needed. */
  next: string;
  /** Where it comes from, for the curious: "Burt 1992". */
  source: string;
}

type Question = (typeof PERSON_QUESTIONS)[number];

const percent = (share: number) => `${wholePercent(share)}%`;
// `|| 0` turns −0 into 0, so a tiny negative value does not show as "-0".
const oneDecimal = (value: number) => (Math.round(value * 10) / 10 || 0).toLocaleString('en');
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
/** "1 person", "2 people". */
export const countPeople = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;
const people = countPeople;
/** "1 more person", "3 more people". */
const morePeople = (count: number) => `${count} more ${count === 1 ? 'person' : 'people'}`;
const pairsWord = (count: number) => `${count} ${count === 1 ? 'pair' : 'pairs'}`;
const quoted = (question: Question) => `“${QUESTION_LABELS[question]}”`;

/** "8 of 12 people answered". */
function peopleBase(answered: number, size: number): string {
  return `${answered} of ${people(size)} answered`;
}

/** What to do to get `min` answers to a question: add people first if there are too few. */
function answersNeeded(summary: AuditSummary, question: Question, min = MIN_PEOPLE): string {
  const have = summary.answered[question];
  const missing = Math.max(0, min - have);
  const more = `${quoted(question)} for ${have > 0 ? morePeople(missing) : people(missing)}`;
  const add = summary.size < min ? `Add ${morePeople(min - summary.size)}, then answer` : 'Answer';
  return `${add} ${more}: this needs ${min} ${min === 1 ? 'answer' : 'answers'}, and has ${have}.`;
}

/** "none of the 8 people you answered for drains you"; with one answer, "the one person you answered for …". */
function energyValue(draining: number, answeredFor: number): string {
  if (answeredFor === 1)
    return `the one person you answered for ${draining === 1 ? 'drains you' : 'does not drain you'}`;
  if (draining === 0) return `none of the ${people(answeredFor)} you answered for drains you`;
  return `${draining} of the ${people(answeredFor)} you answered for ${draining === 1 ? 'drains' : 'drain'} you`;
}

/** The energy insight's next step: the most draining tie first; else copy what energisers do; else find one. */
function energyNext(summary: AuditSummary): string {
  const [drainer] = summary.draining;
  if (drainer)
    return `Think about what makes time with ${drainer.alias} draining, and change one thing: the length, the format or the topic.`;
  const [energiser] = summary.energising;
  if (summary.energising.length === 1)
    return `Notice what ${energiser!.alias} does that leaves you with more energy, such as listening closely or building on your ideas, and do it for others.`;
  if (energiser)
    return 'Notice what the people who give you energy do, such as listening closely or building on your ideas, and do it for others.';
  return 'Nobody you answered for gives you energy either. Think of someone who leaves you livelier than before, and add them to your list.';
}

/** An insight held back for want of answers. */
function notReady(
  id: InsightId,
  group: InsightGroup,
  title: string,
  base: string,
  next: string,
  meaning: string,
  source: string,
): Insight {
  return { id, group, title, ready: false, base, figure: '—', value: 'Not enough answers yet', meaning, next, source };
}

/** The insights for an audit, in the order the page shows them. */
export function auditInsights(summary: AuditSummary, setup: AuditSetup = {}): Insight[] {
  const insights: Insight[] = [];
  const n = summary.size;
  if (n === 0) return insights;
  const answered = summary.answered;
  const enough = (question: Question) => answered[question] >= MIN_PEOPLE;

  insights.push({
    id: 'size',
    group: 'shape',
    title: 'Size',
    ready: true,
    base: `${people(n)} listed`,
    figure: String(n),
    value: people(n),
    meaning:
      'How many people you listed. Size on its own does not predict how well people do at work; how the network is put together does.',
    next:
      n < SUGGESTED_MIN
        ? `Keep adding the people you rely on until you have ${SUGGESTED_MIN} to ${SUGGESTED_MAX}: the measures below say more with more people.`
        : 'Your list is long enough for the measures below to mean something. Add people only when they matter to your work or growth.',
    source: 'Cross (n.d.)',
  });

  // Burt's measures: over the people with closeness and every pair among them answered.
  const core = summary.structure.people;
  const structureBase =
    core === n
      ? `all ${people(n)}: closeness and who knows whom answered`
      : `${core} of ${people(n)}: those with closeness and every pair among them answered`;
  const structureMissing = () => {
    const steps: string[] = [];
    if (n < MIN_PEOPLE) steps.push(`Add ${morePeople(MIN_PEOPLE - n)}.`);
    if (summary.structure.withoutCloseness > 0) {
      steps.push(`Answer ${quoted('closeness')} for ${people(summary.structure.withoutCloseness)}.`);
    }
    if (summary.pairs.open > 0) {
      steps.push(`Say who knows whom for the ${pairsWord(summary.pairs.open)} still open.`);
    }
    return `${steps.join(' ')} This needs ${MIN_PEOPLE} people with every answer, and has ${core}.`;
  };
  const effectiveMeaning =
    'Roughly how many of your contacts each bring something the others do not. People who all know each other count for little more than one, because they tend to hear the same news.';
  const constraintMeaning =
    'How far your contacts are tied to each other, so that your network runs through one close group. High is not bad in itself: a close group brings trust and clear expectations. Low leaves more room to link groups that do not otherwise meet.';
  if (core >= MIN_PEOPLE) {
    const clustered = summary.efficiency < 0.5;
    insights.push({
      id: 'effective-size',
      group: 'shape',
      title: 'Effective size',
      ready: true,
      base: structureBase,
      figure: `${oneDecimal(summary.effectiveSize)} of ${core}`,
      value: `${oneDecimal(summary.effectiveSize)} from ${people(core)} (efficiency ${percent(summary.efficiency)})`,
      meaning: effectiveMeaning,
      next: clustered
        ? 'Many of your contacts know each other. Find one person who knows none of them, for example in another function or another organisation, and arrange a first conversation this month.'
        : 'Your contacts reach into several separate circles. Look after the people who are your only link to a circle: they are your bridges.',
      source: 'Burt (1992)',
    });
    const [top, second] = summary.topConstraint;
    const high = summary.constraint >= 0.4;
    insights.push({
      id: 'constraint',
      group: 'shape',
      title: 'Constraint',
      ready: true,
      base: structureBase,
      figure: `${Math.round(summary.constraint * 100)} of 100`,
      value: `${Math.round(summary.constraint * 100)} out of 100`,
      meaning: constraintMeaning,
      next:
        high && top
          ? `Much of your network runs through ${top.alias}${second ? ` and ${second.alias}` : ''}. Keep that close core, and add one bridge: a person none of them knows.`
          : 'Your network is not closed in around one group. Keep a few strong, close ties as well: bridges work best from a secure base.',
      source: 'Burt (1992, 2000)',
    });
  } else {
    insights.push(
      notReady(
        'effective-size',
        'shape',
        'Effective size',
        structureBase,
        structureMissing(),
        effectiveMeaning,
        'Burt (1992)',
      ),
      notReady(
        'constraint',
        'shape',
        'Constraint',
        structureBase,
        structureMissing(),
        constraintMeaning,
        'Burt (1992, 2000)',
      ),
    );
  }

  if (n >= 2) {
    const pairsBase = `${summary.pairs.answered} of ${pairsWord(summary.pairs.total)} answered${summary.pairs.open > 0 ? `, ${summary.pairs.open} still open` : ''}`;
    const densityMeaning =
      'The share of pairs among your contacts who know each other, of the pairs you have answered.';
    if (summary.pairs.answered >= MIN_PAIRS) {
      insights.push({
        id: 'density',
        group: 'shape',
        title: 'Density',
        ready: true,
        base: pairsBase,
        figure: percent(summary.density),
        value: `${percent(summary.density)} of the pairs you answered know each other`,
        meaning: densityMeaning,
        next:
          summary.density > 0.5
            ? 'A dense network is a close community. When you next meet someone new, ask yourself whether they know anyone you do; the ones who do not widen your reach most.'
            : 'Your contacts mostly do not know each other. Where two of them would gain from meeting, introduce them: giving introductions is one of the best ways to give.',
        source: 'Borgatti (1997)',
      });
    } else {
      const more = MIN_PAIRS - summary.pairs.answered;
      const next =
        summary.pairs.total < MIN_PAIRS
          ? `Add ${morePeople(MIN_PEOPLE - n)} and say who knows whom: this needs ${MIN_PAIRS} answered pairs, and ${people(n)} make ${pairsWord(summary.pairs.total)}.`
          : `Say who knows whom for ${more === 1 ? '1 more pair' : `${more} more pairs`}: this needs ${MIN_PAIRS} answered pairs, and has ${summary.pairs.answered}.`;
      insights.push(notReady('density', 'shape', 'Density', pairsBase, next, densityMeaning, 'Borgatti (1997)'));
    }
  }

  const introducedBase = peopleBase(answered.introducedBy, n);
  const selfMeaning = `Uzzi and Dunlap read a share above ${percent(SELF_INTRODUCED_FLAG)} as a sign that you choose people like yourself or people who happen to sit near you, which makes a network inbred. Below it, other people have been bringing you into their circles.`;
  if (enough('introducedBy')) {
    insights.push({
      id: 'self-introduced',
      group: 'origins',
      title: 'Who introduced you',
      ready: true,
      base: introducedBase,
      figure: percent(summary.selfIntroduced),
      value: `you introduced yourself to ${percent(summary.selfIntroduced)} of the ${people(answered.introducedBy)} you answered for`,
      meaning: summary.selfIntroducedFlag
        ? `Above ${percent(SELF_INTRODUCED_FLAG)}, Uzzi and Dunlap read this as a sign that you choose people like yourself or people who happen to sit near you, which makes a network inbred. (If you met many of them through a shared activity you joined, that counts less.)`
        : `At or below ${percent(SELF_INTRODUCED_FLAG)}: other people have been bringing you into their circles, which keeps a network from becoming inbred.`,
      next: summary.selfIntroducedFlag
        ? 'Join one shared activity with people from another function, such as a cross-team project, a committee or a volunteer group, where you will work with people you would not otherwise choose.'
        : 'Keep saying yes when people offer to introduce you, and thank the people who did.',
      source: 'Uzzi & Dunlap (2005)',
    });
  } else {
    insights.push(
      notReady(
        'self-introduced',
        'origins',
        'Who introduced you',
        introducedBase,
        answersNeeded(summary, 'introducedBy'),
        selfMeaning,
        'Uzzi & Dunlap (2005)',
      ),
    );
  }

  const brokersMeaning =
    'People who keep introducing you to others are your brokers: they link circles and have shown they will bring you in.';
  if (enough('introducedBy')) {
    const first = summary.brokers[0];
    insights.push({
      id: 'brokers',
      group: 'origins',
      title: 'Brokers',
      ready: true,
      base: introducedBase,
      figure: String(summary.brokers.length),
      value: first
        ? summary.brokers.map((broker) => `${broker.name} (${broker.count})`).join(', ')
        : `nobody introduced you to more than one of the ${people(answered.introducedBy)} you answered for`,
      meaning: brokersMeaning,
      next: first
        ? `Spend a larger share of your time with ${first.name}, and find out what would help them.`
        : 'Ask the contact you trust most one question at your next conversation: who else should I be talking to?',
      source: 'Uzzi & Dunlap (2005)',
    });
  } else {
    insights.push(
      notReady(
        'brokers',
        'origins',
        'Brokers',
        introducedBase,
        answersNeeded(summary, 'introducedBy'),
        brokersMeaning,
        'Uzzi & Dunlap (2005)',
      ),
    );
  }

  const sideBase = peopleBase(answered.side, n);
  const sideMeaning = 'The E-I index runs from −1 (everyone inside your organisation) to +1 (everyone outside).';
  const sideSource = "Krackhardt & Stern's E-I index; Wolff & Moser (2009) on inside and outside contacts";
  if (enough('side')) {
    const ei = summary.eiIndex;
    insights.push({
      id: 'inside-outside',
      group: 'origins',
      title: 'Inside and outside',
      ready: true,
      base: sideBase,
      figure: `${summary.outsideCount} of ${answered.side} outside`,
      value: `${summary.insideCount} inside your organisation, ${summary.outsideCount} outside (E-I index ${oneDecimal(ei)})`,
      meaning: sideMeaning,
      next:
        ei <= -0.6
          ? 'Nearly everyone works where you do. Add one person from outside: a former colleague, someone in a professional group, or a client.'
          : ei >= 0.6
            ? 'Most of your network is outside your organisation. Add someone inside who knows how things really work there.'
            : 'You have people on both sides. Check that the people outside hear from you more than once a year.',
      source: sideSource,
    });
  } else {
    insights.push(
      notReady(
        'inside-outside',
        'origins',
        'Inside and outside',
        sideBase,
        answersNeeded(summary, 'side'),
        sideMeaning,
        sideSource,
      ),
    );
  }

  const fieldBase = peopleBase(answered.field, n);
  const fieldMeaning =
    "Contacts in other functions and fields bring information your own team does not have. Blau's index runs from 0 (everyone in one field) towards 1 (all different).";
  if (enough('field')) {
    insights.push({
      id: 'diversity',
      group: 'origins',
      title: 'Range of fields',
      ready: true,
      base: fieldBase,
      figure: String(summary.fieldRange),
      value: `${summary.fieldRange} different ${summary.fieldRange === 1 ? 'field' : 'fields'} (Blau's index ${oneDecimal(summary.diversity.field)})`,
      meaning: fieldMeaning,
      next:
        summary.fieldRange <= 2
          ? 'Most of your contacts work in one or two fields. Name one function your work depends on but where you know nobody, and find a way in.'
          : 'You reach into several fields. Make sure at least one contact in each hears from you this quarter.',
      source: 'Seibert, Kraimer & Liden (2001)',
    });
  } else {
    insights.push(
      notReady(
        'diversity',
        'origins',
        'Range of fields',
        fieldBase,
        answersNeeded(summary, 'field'),
        fieldMeaning,
        'Seibert, Kraimer & Liden (2001)',
      ),
    );
  }

  const parts = [
    ['how you met', 'howMet', summary.diversity.howMet],
    ['level', 'level', summary.diversity.level],
    ['kind of network', 'networkType', summary.diversity.networkType],
  ] as const;
  const varietyMeaning =
    "Blau's index for each: 0 when your contacts are all alike on it, towards 1 when they all differ.";
  const varietyBase = parts.map(([name, question]) => `${name}: ${answered[question]} of ${n}`).join('; ');
  const variety = parts.filter(([, question]) => enough(question));
  if (variety.length > 0) {
    const [lowest] = [...variety].sort((a, b) => a[2] - b[2]);
    const waiting = parts.filter(([, question]) => !enough(question));
    insights.push({
      id: 'variety',
      group: 'origins',
      title: 'Variety',
      ready: true,
      base: `${varietyBase} answered`,
      figure: oneDecimal(lowest![2]),
      value:
        variety.map(([name, , index]) => `${name} ${oneDecimal(index)}`).join(', ') +
        (waiting.length > 0 ? ` (${list(waiting.map(([name]) => name))}: not enough answers yet)` : ''),
      meaning: varietyMeaning,
      next:
        lowest![2] < 0.3
          ? `Your contacts are most alike in ${lowest![0]}. Look for one person who differs from the rest on exactly that.`
          : 'Your contacts differ on each of these. Keep it so as your network grows.',
      source: 'Blau; Uzzi & Dunlap (2005)',
    });
  } else {
    insights.push(
      notReady(
        'variety',
        'origins',
        'Variety',
        `${varietyBase} answered`,
        answersNeeded(summary, [...parts].sort((a, b) => answered[b[1]] - answered[a[1]])[0]![1]),
        varietyMeaning,
        'Blau; Uzzi & Dunlap (2005)',
      ),
    );
  }

  const typeBase = peopleBase(answered.networkType, n);
  const typeMeaning =
    'Operational contacts help you do today’s work, personal ones help you grow, strategic ones help you see what is coming and win support. Ibarra and Hunter found almost every manager they followed under-used the strategic kind.';
  if (enough('networkType')) {
    const strategic = summary.typeMix.strategic;
    insights.push({
      id: 'network-types',
      group: 'origins',
      title: 'Kinds of network',
      ready: true,
      base: typeBase,
      figure: `${percent(strategic)} strategic`,
      value: `operational ${percent(summary.typeMix.operational)}, personal ${percent(summary.typeMix.personal)}, strategic ${percent(strategic)}`,
      meaning: typeMeaning,
      next:
        wholePercent(strategic) < 20
          ? 'Name one person who sees further ahead than your team does, inside or outside, and ask them what they think will change in the next year.'
          : 'You have strategic contacts. Bring one of them a question about where your work is heading.',
      source: 'Ibarra & Hunter (2007)',
    });
  } else {
    insights.push(
      notReady(
        'network-types',
        'origins',
        'Kinds of network',
        typeBase,
        answersNeeded(summary, 'networkType'),
        typeMeaning,
        'Ibarra & Hunter (2007)',
      ),
    );
  }

  const kanterBase = `allies: ${answered.alliances} of ${n} answered; lines of power: ${answered.lines} of ${n}`;
  const kanterMeaning =
    'Kanter found power at work comes from lines of supply, information and support, and from alliances with sponsors, peers and juniors.';
  if (enough('alliances') && enough('lines')) {
    const missingAlliances = ALLIANCES.filter((alliance) => summary.alliances[alliance.value] === 0);
    const missingLines = POWER_LINES.filter((line) => summary.lines[line.value] === 0);
    const covered = ALLIANCES.length + POWER_LINES.length - missingAlliances.length - missingLines.length;
    insights.push({
      id: 'kanter',
      group: 'resources',
      title: 'Allies and lines of power',
      ready: true,
      base: kanterBase,
      figure: `${covered} of 6`,
      value:
        missingAlliances.length === 0 && missingLines.length === 0
          ? 'every kind of ally and every line is covered'
          : `not yet among the people you answered for: ${list([...missingAlliances.map((a) => a.label.split(':')[0]!.toLowerCase()), ...missingLines.map((l) => `a line of ${l.value}`)])}`,
      meaning: kanterMeaning,
      next: missingAlliances.some((a) => a.value === 'sponsor')
        ? 'A sponsor is the ally most people lack. Think of one senior person who has seen your work; ask them for advice on a real decision, and keep them posted on what happened.'
        : missingLines.length > 0
          ? `Nobody gives you a line of ${missingLines[0]!.value} yet. Who in your organisation controls it? Start there.`
          : missingAlliances.length > 0
            ? `You have no ${missingAlliances[0]!.label.split(':')[0]!.toLowerCase()} yet. Think of one person who could be, and offer them help with something they care about.`
            : 'Every kind of ally and every line is covered. Check that each line rests on more than one person.',
      source: 'Kanter (1979)',
    });
  } else {
    const question: Question = enough('alliances') ? 'lines' : 'alliances';
    insights.push(
      notReady(
        'kanter',
        'resources',
        'Allies and lines of power',
        kanterBase,
        answersNeeded(summary, question),
        kanterMeaning,
        'Kanter (1979)',
      ),
    );
  }

  const accessBase = peopleBase(answered.access, n);
  const accessMeaning =
    'The article’s young networker wanted to hear about other jobs, what supervisors are like, how the organisation really works, and the skills he needed. A network that gives all four is doing its job.';
  if (enough('access')) {
    const uncovered = ACCESS.filter((kind) => summary.access[kind.value] === 0);
    insights.push({
      id: 'access',
      group: 'resources',
      title: 'The four kinds of access',
      ready: true,
      base: accessBase,
      figure: `${summary.accessCovered} of 4`,
      value: `${summary.accessCovered} of 4 covered (${summary.accessCoveredTwice} by two or more people)`,
      meaning: accessMeaning,
      next:
        uncovered.length > 0
          ? `Nobody you answered for tells you about ${labelOf(ACCESS, uncovered[0]!.value).toLowerCase()}. Ask one contact about exactly that in your next conversation.`
          : 'All four are covered. Where only one person gives you a kind of access, find a second.',
      source: 'Erwin (2009)',
    });
  } else {
    insights.push(
      notReady(
        'access',
        'resources',
        'The four kinds of access',
        accessBase,
        answersNeeded(summary, 'access'),
        accessMeaning,
        'Erwin (2009)',
      ),
    );
  }

  const dormantBase = peopleBase(answered.lastConversation, n);
  const dormantMeaning =
    'Old ties can be revived, and advice from them tends to be both fresh and trusting. Module 5 explains why.';
  if (answered.lastConversation >= 1) {
    const first = summary.dormant[0];
    insights.push({
      id: 'dormant',
      group: 'care',
      title: 'Dormant ties',
      ready: true,
      base: dormantBase,
      figure: `${summary.dormant.length} dormant`,
      value:
        answered.lastConversation === 1
          ? `the one person with a date: ${summary.dormant.length === 1 ? 'not really talked to for three years or more' : 'talked to within the last three years'}`
          : `${summary.dormant.length} of the ${people(answered.lastConversation)} with a date: not really talked to for three years or more`,
      meaning: dormantMeaning,
      next: first
        ? `Send ${first.alias} a short note this week, with a question they would enjoy answering.`
        : 'Nobody you gave a date for is dormant. Think of someone you lost touch with years ago, and add them.',
      source: 'Levin, Walter & Murnighan (2011)',
    });
  } else {
    insights.push(
      notReady(
        'dormant',
        'care',
        'Dormant ties',
        dormantBase,
        answersNeeded(summary, 'lastConversation', 1),
        dormantMeaning,
        'Levin, Walter & Murnighan (2011)',
      ),
    );
  }

  const energyBase = peopleBase(answered.energy, n);
  const energyMeaning =
    'Relationships that give energy go with better work and learning. Draining ones are worth noticing, not necessarily ending.';
  if (answered.energy >= 1) {
    insights.push({
      id: 'energy',
      group: 'care',
      title: 'Energy',
      ready: true,
      base: energyBase,
      figure: `${summary.draining.length} draining`,
      value: energyValue(summary.draining.length, answered.energy),
      meaning: energyMeaning,
      next: energyNext(summary),
      source: 'Cross, Baker & Parker (2003)',
    });
  } else {
    insights.push(
      notReady(
        'energy',
        'care',
        'Energy',
        energyBase,
        answersNeeded(summary, 'energy', 1),
        energyMeaning,
        'Cross, Baker & Parker (2003)',
      ),
    );
  }

  const giveGetBase = peopleBase(answered.giveGet, n);
  const giveGetMeaning =
    'A network exists to contribute, not only to take. How often you exchange help matters more than keeping it even.';
  if (enough('giveGet')) {
    const first = summary.mostlyTaking[0];
    insights.push({
      id: 'give-get',
      group: 'care',
      title: 'Give and get',
      ready: true,
      base: giveGetBase,
      figure: summary.giveGetMean > 0.25 ? 'mostly give' : summary.giveGetMean < -0.25 ? 'mostly take' : 'about even',
      value:
        summary.giveGetMean > 0.25 ? 'you mostly give' : summary.giveGetMean < -0.25 ? 'you mostly take' : 'about even',
      meaning: giveGetMeaning,
      next: first
        ? `You mostly take from ${first.alias}. Find one small thing you could give them this week; module 4 has ideas.`
        : 'Keep giving, and make sure you also ask: people say yes more often than we expect.',
      source: 'Flynn (2003); Grant (2013)',
    });
  } else {
    insights.push(
      notReady(
        'give-get',
        'care',
        'Give and get',
        giveGetBase,
        answersNeeded(summary, 'giveGet'),
        giveGetMeaning,
        'Flynn (2003); Grant (2013)',
      ),
    );
  }

  if (setup.jobContact !== undefined && setup.jobContact <= 2) {
    insights.push({
      id: 'job-contact',
      group: 'care',
      title: 'How much your job connects you',
      ready: true,
      base: 'your answer in “Your situation”',
      figure: `${setup.jobContact} of 5`,
      value: `${setup.jobContact} out of 5`,
      meaning:
        'Kanter argued that jobs which bring you into contact with many people give you a head start. Yours does not, so the network has to be built on purpose.',
      next: 'Volunteer for one piece of work that crosses teams: a project, a working group, or covering for someone in another department.',
      source: 'Kanter (1979, 2009)',
    });
  }

  return insights;
}

/**
 * An insight as one line of text, with what it rests on: the words the coach's report and the workbook's exports
 * use, so a blank reads the same everywhere ("not enough answers yet", never a verdict).
 */
export function insightReading(insight: Insight): string {
  return insight.ready ? `${insight.value} (based on ${insight.base})` : `not enough answers yet (${insight.base})`;
}

/** The three insights that matter most for each situation, in order (the audit's summary shows them first). */
export const KEY_INSIGHTS: Record<NonNullable<AuditSetup['situation']> | 'unknown', readonly InsightId[]> = {
  // Someone new needs to learn how things work and who brings them in (Cross; Uzzi & Dunlap).
  'new-in-role': ['access', 'brokers', 'effective-size'],
  // Someone established risks a closed network and too little strategic reach (Burt; Ibarra & Hunter).
  established: ['constraint', 'network-types', 'dormant'],
  // Job leads come through non-redundant, outside and dormant ties (Burt; Levin et al.).
  'job-seeking': ['effective-size', 'inside-outside', 'dormant'],
  // Changing field needs reach into other fields and outside the current organisation.
  changing: ['diversity', 'effective-size', 'inside-outside'],
  unknown: ['effective-size', 'self-introduced', 'access'],
};

/** The key insights for the learner's situation, in order. */
export function keyInsights(insights: readonly Insight[], setup: AuditSetup = {}): Insight[] {
  return KEY_INSIGHTS[setup.situation ?? 'unknown']
    .map((id) => insights.find((insight) => insight.id === id))
    .filter((insight): insight is Insight => insight !== undefined);
}

/** Questions in the order that unlocks most: closeness opens Burt's measures, "who introduced you" two readings, ... */
const ANSWER_ORDER: readonly Question[] = [
  'closeness',
  'introducedBy',
  'networkType',
  'side',
  'access',
  'alliances',
  'lines',
  'field',
  'howMet',
  'level',
  'giveGet',
  'energy',
  'lastConversation',
];

/**
 * What to answer next, most useful first, at most `count` steps: people to add while there are fewer than five, pairs
 * still open in "who knows whom", then the question most people still lack an answer to, in the order that unlocks
 * most measures. Empty when there is nobody yet (the page asks for a first person) or nothing is left to answer.
 */
export function nextAnswers(summary: AuditSummary, count = 3): string[] {
  if (summary.size === 0) return [];
  const steps: string[] = [];
  if (summary.size < MIN_PEOPLE) {
    steps.push(
      `Add ${morePeople(MIN_PEOPLE - summary.size)}: the measures start at ${MIN_PEOPLE}, and ${SUGGESTED_MIN} to ${SUGGESTED_MAX} is a good size.`,
    );
  }
  if (summary.pairs.open > 0) {
    steps.push(
      `Say who knows whom: ${summary.pairs.open} of ${pairsWord(summary.pairs.total)} still open (section 3).`,
    );
  }
  for (const question of ANSWER_ORDER) {
    const missing = summary.size - summary.answered[question];
    if (missing > 0) steps.push(`Answer ${quoted(question)} for ${people(missing)}.`);
  }
  return steps.slice(0, count);
}
