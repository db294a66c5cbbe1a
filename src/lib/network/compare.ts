/**
 * Two audits side by side, for re-audits and the ramp plan: who came and went, and each measure then and now, told
 * apart from what changed in the answers.
 *
 * A difference between two audits can come from the network (someone new, two people who now know each other, a
 * contact who became strategic) or from the answers (people added with nothing filled in, questions answered later,
 * pairs answered since). Each measure is therefore also compared like for like: over the people in both audits who
 * answered its questions both times (for density, the pairs answered both times; for Burt's measures, the people
 * fully answered both times). Each row then says which it is:
 *
 * - `too-thin`: one side, or the like-for-like base, has fewer answers than the measure's minimum (insights.ts);
 * - `no-change`: the same value both times;
 * - `too-small`: a difference under the measure's threshold (`THRESHOLDS`), too small to mean anything;
 * - `network`: the like-for-like figure moved by at least the threshold: a change in the network;
 * - `answers`: the raw figure moved, but like for like it did not: the difference comes from what was answered.
 */
import { pairKey, type Network, type Pair, type Tie } from '~/lib/network/audit';
import { isAnswered } from '~/lib/network/answers';
import {
  MIN_PAIRS,
  MIN_PEOPLE,
  fullyAnswered,
  summarise,
  wholePercent,
  type AuditSummary,
  type Question,
} from '~/lib/network/summary';

/** One side of a comparison: a snapshot or the audit as it is now. */
export interface AuditState extends Network {
  label: string;
  takenAt: string;
}

/** How a measure's difference reads. */
export type Reading = 'too-thin' | 'no-change' | 'too-small' | 'network' | 'answers';

/** One measure then and now. */
export interface MeasureChange {
  id: MeasureId;
  label: string;
  then: string;
  now: string;
  /** now − then, in the figure's own unit (points for percentages); NaN when either is missing. */
  delta: number;
  /** What each side rests on: "8 of 12 answered". */
  thenBase: string;
  nowBase: string;
  reading: Reading;
  /** The reading in plain words, with the like-for-like figures when the answers changed. */
  note: string;
}

/** What changed between two audits. */
export interface Comparison {
  came: string[];
  went: string[];
  stayed: number;
  /** People who came with nothing answered beyond their name: they count in no measure yet. */
  cameUnanswered: string[];
  /** Answers given since, for people in both audits: questions newly answered, and pairs newly answered. */
  answeredSince: { answers: number; pairs: number };
  measures: MeasureChange[];
}

/** The measures compared. */
export type MeasureId =
  | 'people'
  | 'effective-size'
  | 'efficiency'
  | 'constraint'
  | 'density'
  | 'self-introduced'
  | 'fields'
  | 'strategic'
  | 'access'
  | 'dormant';

/**
 * The smallest difference that means anything, in the figure's unit: a person's worth of effective size, ten points
 * of a percentage or of constraint (out of 100), one field, one kind of access, one dormant tie. These are the
 * course's judgement, not research findings: smaller moves are within what a slightly different answer would give.
 */
export const THRESHOLDS: Record<MeasureId, number> = {
  people: 1,
  'effective-size': 1,
  efficiency: 10,
  constraint: 10,
  density: 10,
  'self-introduced': 10,
  fields: 1,
  strategic: 10,
  access: 1,
  dormant: 1,
};

/** What a measure rests on. */
type Basis = { kind: 'people' } | { kind: 'question'; question: Question } | { kind: 'pairs' } | { kind: 'structure' };

interface Row {
  id: MeasureId;
  label: string;
  basis: Basis;
  /** The figure in its unit (percentages in points), NaN when missing. */
  value: (s: AuditSummary) => number;
  show: (value: number) => string;
}

const fixed = (digits: number) => (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(digits));
const pct = (value: number) => (Number.isNaN(value) ? '—' : `${value}%`);
const count = (value: number) => (Number.isNaN(value) ? '—' : String(value));
const points = (share: number) => (Number.isNaN(share) ? Number.NaN : wholePercent(share));

const ROWS: Row[] = [
  { id: 'people', label: 'People', basis: { kind: 'people' }, value: (s) => s.size, show: count },
  {
    id: 'effective-size',
    label: 'Effective size',
    basis: { kind: 'structure' },
    value: (s) => s.effectiveSize,
    show: fixed(1),
  },
  {
    id: 'efficiency',
    label: 'Efficiency',
    basis: { kind: 'structure' },
    value: (s) => points(s.efficiency),
    show: pct,
  },
  {
    id: 'constraint',
    label: 'Constraint (out of 100)',
    basis: { kind: 'structure' },
    value: (s) => (Number.isNaN(s.constraint) ? Number.NaN : Math.round(s.constraint * 100)),
    show: count,
  },
  { id: 'density', label: 'Density', basis: { kind: 'pairs' }, value: (s) => points(s.density), show: pct },
  {
    id: 'self-introduced',
    label: 'Introduced yourself',
    basis: { kind: 'question', question: 'introducedBy' },
    value: (s) => points(s.selfIntroduced),
    show: pct,
  },
  {
    id: 'fields',
    label: 'Fields covered',
    basis: { kind: 'question', question: 'field' },
    value: (s) => s.fieldRange,
    show: count,
  },
  {
    id: 'strategic',
    label: 'Strategic contacts',
    basis: { kind: 'question', question: 'networkType' },
    value: (s) => points(s.typeMix.strategic),
    show: pct,
  },
  {
    id: 'access',
    label: 'Kinds of access covered (of 4)',
    basis: { kind: 'question', question: 'access' },
    value: (s) => s.accessCovered,
    show: count,
  },
  {
    id: 'dormant',
    label: 'Dormant ties',
    basis: { kind: 'question', question: 'lastConversation' },
    value: (s) => s.dormant.length,
    show: count,
  },
];

/** How many answers a measure rests on in a network, and the fewest it needs. */
function baseOf(basis: Basis, summary: AuditSummary): { have: number; min: number; text: string } {
  switch (basis.kind) {
    case 'people':
      return { have: summary.size, min: 0, text: `${summary.size} listed` };
    case 'question':
      return {
        have: summary.answered[basis.question],
        min: basis.question === 'lastConversation' ? 1 : MIN_PEOPLE,
        text: `${summary.answered[basis.question]} of ${summary.size} answered`,
      };
    case 'pairs':
      return {
        have: summary.pairs.answered,
        min: MIN_PAIRS,
        text: `${summary.pairs.answered} of ${summary.pairs.total} pairs answered`,
      };
    case 'structure':
      return {
        have: summary.structure.people,
        min: MIN_PEOPLE,
        text: `${summary.structure.people} of ${summary.size} fully answered`,
      };
  }
}

/** Only these people, with the who-knows-whom answers among them (and, if given, only these pairs). */
function restrict(network: Network, ids: ReadonlySet<string>, pairs?: ReadonlySet<string>): Network {
  const keep = (pair: Pair | Tie) =>
    ids.has(pair.a) && ids.has(pair.b) && (!pairs || pairs.has(pairKey(pair.a, pair.b)));
  return {
    contacts: network.contacts.filter((contact) => ids.has(contact.id)),
    ties: network.ties.filter(keep),
    apart: network.apart.filter(keep),
  };
}

const answeredPairs = (network: Network) => new Set([...network.ties, ...network.apart].map((p) => pairKey(p.a, p.b)));

/** The two networks cut down to what both audits answered for a measure. */
function likeForLike(basis: Basis, then: Network, now: Network): [Network, Network] {
  const nowById = new Map(now.contacts.map((contact) => [contact.id, contact]));
  const both = then.contacts.filter((contact) => nowById.has(contact.id));
  let ids: Set<string>;
  let pairs: Set<string> | undefined;
  switch (basis.kind) {
    case 'people':
      ids = new Set(both.map((contact) => contact.id));
      break;
    case 'question':
      ids = new Set(
        both
          .filter(
            (contact) => isAnswered(contact, basis.question) && isAnswered(nowById.get(contact.id)!, basis.question),
          )
          .map((contact) => contact.id),
      );
      break;
    case 'pairs': {
      ids = new Set(both.map((contact) => contact.id));
      const nowPairs = answeredPairs(now);
      pairs = new Set([...answeredPairs(then)].filter((key) => nowPairs.has(key)));
      break;
    }
    case 'structure': {
      const nowCore = new Set(fullyAnswered(now).map((contact) => contact.id));
      ids = new Set(
        fullyAnswered(then)
          .map((contact) => contact.id)
          .filter((id) => nowCore.has(id)),
      );
      break;
    }
  }
  return [restrict(then, ids, pairs), restrict(now, ids, pairs)];
}

/** The sentence for a reading. */
function noteFor(
  row: Row,
  reading: Reading,
  like: { then: number; now: number; base: number; min: number; same: boolean },
  bases: { then: { have: number; min: number }; now: { have: number; min: number } },
): string {
  const likeText = `like for like (${like.base} ${row.basis.kind === 'pairs' ? 'pairs' : 'people'} answered both times): ${row.show(like.then)} then, ${row.show(like.now)} now`;
  switch (reading) {
    case 'too-thin':
      if (bases.then.have < bases.then.min || bases.now.have < bases.now.min) {
        return `Too few answers to compare: this needs ${bases.now.min} on each side, and has ${bases.then.have} then and ${bases.now.have} now.`;
      }
      return `Too few answers in common to compare: ${like.base} answered both times, and this needs ${like.min}.`;
    // The reading itself says "No change" or "Too small to mean anything": a note only when there is more to say.
    case 'no-change':
      return like.same ? '' : `Also ${likeText}.`;
    case 'too-small':
      return like.same ? '' : `Also ${likeText}.`;
    case 'network':
      return like.same ? 'A change in your network.' : `A change in your network: ${likeText}.`;
    case 'answers':
      return `The difference comes from what was answered, not from the network: ${likeText}.`;
  }
}

/** Compare an earlier audit with a later one, matching people by their id (so a renamed alias is the same person). */
export function compareAudits(then: AuditState, now: AuditState, today: string): Comparison {
  const thenById = new Map(then.contacts.map((c) => [c.id, c]));
  const nowIds = new Set(now.contacts.map((c) => c.id));
  const before = summarise(then, today);
  const after = summarise(now, today);
  const came = now.contacts.filter((c) => !thenById.has(c.id));
  const stayedPeople = now.contacts.filter((c) => thenById.has(c.id));
  const thenPairs = answeredPairs(then);
  const stayedIds = new Set(stayedPeople.map((c) => c.id));
  const newPairs = [...now.ties, ...now.apart].filter(
    (pair) => stayedIds.has(pair.a) && stayedIds.has(pair.b) && !thenPairs.has(pairKey(pair.a, pair.b)),
  );
  const questions = Object.keys(before.answered) as Question[];
  const answers = stayedPeople.reduce(
    (sum, contact) =>
      sum + questions.filter((q) => isAnswered(contact, q) && !isAnswered(thenById.get(contact.id)!, q)).length,
    0,
  );

  return {
    came: came.map((c) => c.alias),
    went: then.contacts.filter((c) => !nowIds.has(c.id)).map((c) => c.alias),
    stayed: stayedPeople.length,
    cameUnanswered: came
      .filter(
        (c) =>
          questions.every((q) => !isAnswered(c, q)) &&
          ![...now.ties, ...now.apart].some((p) => p.a === c.id || p.b === c.id),
      )
      .map((c) => c.alias),
    answeredSince: { answers, pairs: new Set(newPairs.map((p) => pairKey(p.a, p.b))).size },
    measures: ROWS.map((row) => {
      const thenValue = row.value(before);
      const nowValue = row.value(after);
      const delta = nowValue - thenValue;
      const thenBase = baseOf(row.basis, before);
      const nowBase = baseOf(row.basis, after);
      const [likeThen, likeNow] = likeForLike(row.basis, then, now);
      const likeBefore = summarise(likeThen, today);
      const likeAfter = summarise(likeNow, today);
      const likeBase = baseOf(row.basis, likeBefore);
      const like = {
        then: row.value(likeBefore),
        now: row.value(likeAfter),
        base: likeBase.have,
        min: likeBase.min,
        // Nothing changed in what was answered: the like-for-like figures are the figures themselves.
        same:
          row.value(likeBefore) === thenValue && row.value(likeAfter) === nowValue && likeBase.have === nowBase.have,
      };
      const threshold = THRESHOLDS[row.id];
      let reading: Reading;
      if (row.id === 'people') {
        reading = delta === 0 && came.length === 0 ? 'no-change' : 'network';
      } else if (thenBase.have < thenBase.min || nowBase.have < nowBase.min || likeBase.have < likeBase.min) {
        reading = 'too-thin';
      } else {
        const likeDelta = Math.abs(like.now - like.then);
        if (delta === 0 && likeDelta === 0) reading = 'no-change';
        else if (likeDelta >= threshold) reading = 'network';
        else if (Math.abs(delta) >= threshold) reading = 'answers';
        else reading = 'too-small';
      }
      return {
        id: row.id,
        label: row.label,
        // A side with fewer answers than the measure needs shows no figure: the audit itself gives none for it.
        then: thenBase.have < thenBase.min ? '—' : row.show(thenValue),
        now: nowBase.have < nowBase.min ? '—' : row.show(nowValue),
        delta,
        thenBase: thenBase.text,
        nowBase: nowBase.text,
        reading,
        note:
          row.id === 'people'
            ? peopleNote(came.length, then.contacts.length - stayedPeople.length)
            : noteFor(row, reading, like, { then: thenBase, now: nowBase }),
      };
    }),
  };
}

function peopleNote(came: number, went: number): string {
  if (came === 0 && went === 0) return 'The same people.';
  const part = (n: number, verb: string) => `${n} ${n === 1 ? 'person' : 'people'} ${verb}`;
  return `${[came > 0 ? part(came, 'came') : '', went > 0 ? part(went, 'went') : ''].filter(Boolean).join(', ')}.`;
}
