/**
 * What each measure of the audit means, in plain words, with one concrete next step. Never a score of a person's
 * worth: a close-knit network brings trust and clear expectations (Burt 2000; Podolny & Baron 1997), and the aim the
 * course teaches is a strong core plus bridges to other groups.
 */
import { ACCESS, ALLIANCES, POWER_LINES, labelOf, type AuditSetup } from '~/lib/network/audit';
import type { AuditSummary } from '~/lib/network/summary';
import { SELF_INTRODUCED_FLAG } from '~/lib/network/summary';

/** One measure explained. */
export interface Insight {
  id: string;
  /** The measure's name, e.g. "Effective size". */
  title: string;
  /** Its value in words, e.g. "about 4 different worlds from 12 people". */
  value: string;
  /** What it means, in plain words. */
  meaning: string;
  /** One concrete thing to do next. */
  next: string;
  /** Where it comes from, for the curious: "Burt 1992". */
  source: string;
}

/** Fewer contacts than this and the measures say little; the page suggests 10 to 20. */
export const SUGGESTED_MIN = 10;
export const SUGGESTED_MAX = 20;

const percent = (share: number) => `${Math.round(share * 100)}%`;
// `|| 0` turns −0 into 0, so a tiny negative value does not show as "-0".
const oneDecimal = (value: number) => (Math.round(value * 10) / 10 || 0).toLocaleString('en');
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The insights for an audit, in the order the page shows them. Measures without enough data are left out. */
export function auditInsights(summary: AuditSummary, setup: AuditSetup = {}): Insight[] {
  const insights: Insight[] = [];
  const n = summary.size;
  if (n === 0) return insights;

  insights.push({
    id: 'size',
    title: 'Size',
    value: `${n} ${n === 1 ? 'person' : 'people'}`,
    meaning:
      'How many people you listed. Size on its own does not predict how well people do at work; how the network is put together does.',
    next:
      n < SUGGESTED_MIN
        ? `Keep adding the people you rely on until you have ${SUGGESTED_MIN} to ${SUGGESTED_MAX}: the measures below say more with more people.`
        : 'Your list is long enough for the measures below to mean something. Add people only when they matter to your work or growth.',
    source: 'Cross (n.d.)',
  });

  if (n >= 2) {
    const clustered = summary.efficiency < 0.5;
    insights.push({
      id: 'effective-size',
      title: 'Effective size',
      value: `${oneDecimal(summary.effectiveSize)} from ${n} people (efficiency ${percent(summary.efficiency)})`,
      meaning:
        'Roughly how many of your contacts each bring something the others do not. People who all know each other count for little more than one, because they tend to hear the same news.',
      next: clustered
        ? 'Many of your contacts know each other. Find one person who knows none of them, for example in another function or another organisation, and arrange a first conversation this month.'
        : 'Your contacts reach into several separate circles. Look after the people who are your only link to a circle: they are your bridges.',
      source: 'Burt (1992)',
    });

    const top = summary.topConstraint[0];
    const high = summary.constraint >= 0.4;
    insights.push({
      id: 'constraint',
      title: 'Constraint',
      value: `${Math.round(summary.constraint * 100)} out of 100`,
      meaning:
        'How far your contacts are tied to each other, so that your network runs through one close group. High is not bad in itself: a close group brings trust and clear expectations. Low leaves more room to link groups that do not otherwise meet.',
      next:
        high && top
          ? `Much of your network runs through ${top.alias}${summary.topConstraint[1] ? ` and ${summary.topConstraint[1].alias}` : ''}. Keep that close core, and add one bridge: a person none of them knows.`
          : 'Your network is not closed in around one group. Keep a few strong, close ties as well: bridges work best from a secure base.',
      source: 'Burt (1992, 2000)',
    });

    insights.push({
      id: 'density',
      title: 'Density',
      value: `${percent(summary.density)} of pairs know each other`,
      meaning: 'The share of all pairs among your contacts who know each other.',
      next:
        summary.density > 0.5
          ? 'A dense network is a close community. When you next meet someone new, ask yourself whether they know anyone you do; the ones who do not widen your reach most.'
          : 'Your contacts mostly do not know each other. Where two of them would gain from meeting, introduce them: giving introductions is one of the best ways to give.',
      source: 'Borgatti (1997)',
    });
  }

  if (!Number.isNaN(summary.selfIntroduced)) {
    insights.push({
      id: 'self-introduced',
      title: 'Who introduced you',
      // One decimal, so a share just over the line does not read as exactly on it ("65.4%", not "65%").
      value: `you introduced yourself to ${Math.round(summary.selfIntroduced * 1000) / 10}% of your contacts`,
      meaning: summary.selfIntroducedFlag
        ? `Above ${percent(SELF_INTRODUCED_FLAG)}, Uzzi and Dunlap read this as a sign that you choose people like yourself or people who happen to sit near you, which makes a network inbred. (If you met many of them through a shared activity you joined, that counts less.)`
        : `Below ${percent(SELF_INTRODUCED_FLAG)}: other people have been bringing you into their circles, which keeps a network from becoming inbred.`,
      next: summary.selfIntroducedFlag
        ? 'Join one shared activity with people from another function, such as a cross-team project, a committee or a volunteer group, where you will work with people you would not otherwise choose.'
        : 'Keep saying yes when people offer to introduce you, and thank the people who did.',
      source: 'Uzzi & Dunlap (2005)',
    });
  }

  insights.push({
    id: 'brokers',
    title: 'Brokers',
    value:
      summary.brokers.length === 0
        ? 'nobody has introduced you to more than one contact'
        : summary.brokers.map((broker) => `${broker.name} (${broker.count})`).join(', '),
    meaning:
      'People who keep introducing you to others are your brokers: they link circles and have shown they will bring you in.',
    next:
      summary.brokers.length === 0
        ? 'Ask the contact you trust most one question at your next conversation: who else should I be talking to?'
        : `Spend a larger share of your time with ${summary.brokers[0]!.name}, and find out what would help them.`,
    source: 'Uzzi & Dunlap (2005)',
  });

  if (summary.insideCount + summary.outsideCount > 0) {
    const ei = summary.eiIndex;
    insights.push({
      id: 'inside-outside',
      title: 'Inside and outside',
      value: `${summary.insideCount} inside your organisation, ${summary.outsideCount} outside (E-I index ${oneDecimal(ei)})`,
      meaning: 'The E-I index runs from −1 (everyone inside your organisation) to +1 (everyone outside).',
      next:
        ei <= -0.6
          ? 'Nearly everyone works where you do. Add one person from outside: a former colleague, someone in a professional group, or a client.'
          : ei >= 0.6
            ? 'Most of your network is outside your organisation. Add someone inside who knows how things really work there.'
            : 'You have people on both sides. Check that the people outside hear from you more than once a year.',
      source: "Krackhardt & Stern's E-I index; Wolff & Moser (2009) on inside and outside contacts",
    });
  }

  if (summary.fieldRange > 0) {
    insights.push({
      id: 'diversity',
      title: 'Range of fields',
      value: `${summary.fieldRange} different ${summary.fieldRange === 1 ? 'field' : 'fields'} (Blau's index ${oneDecimal(summary.diversity.field)})`,
      meaning:
        "Contacts in other functions and fields bring information your own team does not have. Blau's index runs from 0 (everyone in one field) towards 1 (all different).",
      next:
        summary.fieldRange <= 2
          ? 'Most of your contacts work in one or two fields. Name one function your work depends on but where you know nobody, and find a way in.'
          : 'You reach into several fields. Make sure at least one contact in each hears from you this quarter.',
      source: 'Seibert, Kraimer & Liden (2001)',
    });
  }

  const variety = (
    [
      ['how you met', summary.diversity.howMet],
      ['level', summary.diversity.level],
      ['kind of network', summary.diversity.networkType],
    ] as const
  ).filter(([, index]) => !Number.isNaN(index));
  if (variety.length > 0) {
    const [lowest] = [...variety].sort((a, b) => a[1] - b[1]);
    insights.push({
      id: 'variety',
      title: 'Variety',
      value: variety.map(([name, index]) => `${name} ${oneDecimal(index)}`).join(', '),
      meaning: "Blau's index for each: 0 when your contacts are all alike on it, towards 1 when they all differ.",
      next:
        lowest![1] < 0.3
          ? `Your contacts are most alike in ${lowest![0]}. Look for one person who differs from the rest on exactly that.`
          : 'Your contacts differ on each of these. Keep it so as your network grows.',
      source: 'Blau; Uzzi & Dunlap (2005)',
    });
  }

  const typed = Object.values(summary.typeMix).some((share) => !Number.isNaN(share));
  if (typed) {
    const strategic = summary.typeMix.strategic;
    insights.push({
      id: 'network-types',
      title: 'Kinds of network',
      value: `operational ${percent(summary.typeMix.operational)}, personal ${percent(summary.typeMix.personal)}, strategic ${percent(strategic)}`,
      meaning:
        'Operational contacts help you do today’s work, personal ones help you grow, strategic ones help you see what is coming and win support. Ibarra and Hunter found almost every manager they followed under-used the strategic kind.',
      next:
        strategic < 0.2
          ? 'Name one person who sees further ahead than your team does, inside or outside, and ask them what they think will change in the next year.'
          : 'You have strategic contacts. Bring one of them a question about where your work is heading.',
      source: 'Ibarra & Hunter (2007)',
    });
  }

  const missingAlliances = ALLIANCES.filter((alliance) => summary.alliances[alliance.value] === 0);
  const missingLines = POWER_LINES.filter((line) => summary.lines[line.value] === 0);
  insights.push({
    id: 'kanter',
    title: 'Allies and lines of power',
    value:
      missingAlliances.length === 0 && missingLines.length === 0
        ? 'every kind of ally and every line is covered'
        : `missing: ${list([...missingAlliances.map((a) => a.label.split(':')[0]!.toLowerCase()), ...missingLines.map((l) => `a line of ${l.value}`)])}`,
    meaning:
      'Kanter found power at work comes from lines of supply, information and support, and from alliances with sponsors, peers and juniors.',
    next: missingAlliances.some((a) => a.value === 'sponsor')
      ? 'A sponsor is the ally most people lack. Think of one senior person who has seen your work; ask them for advice on a real decision, and keep them posted on what happened.'
      : missingLines.length > 0
        ? `Nobody gives you a line of ${missingLines[0]!.value} yet. Who in your organisation controls it? Start there.`
        : missingAlliances.length > 0
          ? `You have no ${missingAlliances[0]!.label.split(':')[0]!.toLowerCase()} yet. Think of one person who could be, and offer them help with something they care about.`
          : 'Every kind of ally and every line is covered. Check that each line rests on more than one person.',
    source: 'Kanter (1979)',
  });

  const uncovered = ACCESS.filter((kind) => summary.access[kind.value] === 0);
  insights.push({
    id: 'access',
    title: 'The four kinds of access',
    value: `${summary.accessCovered} of 4 covered (${summary.accessCoveredTwice} by two or more people)`,
    meaning:
      'The article’s young networker wanted to hear about other jobs, what supervisors are like, how the organisation really works, and the skills he needed. A network that gives all four is doing its job.',
    next:
      uncovered.length > 0
        ? `Nobody tells you about ${labelOf(ACCESS, uncovered[0]!.value).toLowerCase()}. Ask one contact about exactly that in your next conversation.`
        : 'All four are covered. Where only one person gives you a kind of access, find a second.',
    source: 'Erwin (2009)',
  });

  if (summary.dormant.length > 0) {
    insights.push({
      id: 'dormant',
      title: 'Dormant ties',
      value: `${summary.dormant.length} ${summary.dormant.length === 1 ? 'person' : 'people'} you have not really talked to for three years or more`,
      meaning:
        'Old ties can be revived, and advice from them tends to be both fresh and trusting. Module 5 explains why.',
      next: `Send ${summary.dormant[0]!.alias} a short note this week, with a question they would enjoy answering.`,
      source: 'Levin, Walter & Murnighan (2011)',
    });
  }

  if (!Number.isNaN(summary.energyMean)) {
    insights.push({
      id: 'energy',
      title: 'Energy',
      value:
        summary.draining.length === 0
          ? 'nobody on your list drains you'
          : `${summary.draining.length} ${summary.draining.length === 1 ? 'relationship drains' : 'relationships drain'} you`,
      meaning:
        'Relationships that give energy go with better work and learning. Draining ones are worth noticing, not necessarily ending.',
      next:
        summary.draining.length === 0
          ? 'Notice what your most energising contacts do, such as listening closely and building on your ideas, and do it for others.'
          : `Think about what makes time with ${summary.draining[0]!.alias} draining, and change one thing: the length, the format or the topic.`,
      source: 'Cross, Baker & Parker (2003)',
    });
  }

  if (!Number.isNaN(summary.giveGetMean)) {
    insights.push({
      id: 'give-get',
      title: 'Give and get',
      value:
        summary.giveGetMean > 0.25 ? 'you mostly give' : summary.giveGetMean < -0.25 ? 'you mostly take' : 'about even',
      meaning:
        'A network exists to contribute, not only to take. How often you exchange help matters more than keeping it even.',
      next:
        summary.mostlyTaking.length > 0
          ? `You mostly take from ${summary.mostlyTaking[0]!.alias}. Find one small thing you could give them this week; module 4 has ideas.`
          : 'Keep giving, and make sure you also ask: people say yes more often than we expect.',
      source: 'Flynn (2003); Grant (2013)',
    });
  }

  if (setup.jobContact !== undefined && setup.jobContact <= 2) {
    insights.push({
      id: 'job-contact',
      title: 'How much your job connects you',
      value: `${setup.jobContact} out of 5`,
      meaning:
        'Kanter argued that jobs which bring you into contact with many people give you a head start. Yours does not, so the network has to be built on purpose.',
      next: 'Volunteer for one piece of work that crosses teams: a project, a working group, or covering for someone in another department.',
      source: 'Kanter (1979, 2009)',
    });
  }

  return insights;
}
