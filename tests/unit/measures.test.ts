/**
 * Burt's measures against the research brief's reference values (section 7, computed with NetworkX 3.6.1, which
 * implements Burt 1992), plus the hand check of the weighted case and the edge cases the audit meets.
 */
import { describe, expect, it } from 'vitest';
import {
  constraint,
  constraintByContact,
  density,
  effectiveSize,
  efficiency,
  size,
  tieCount,
  type EgoNetwork,
} from '~/lib/network/measures';

const people = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}` }));
const allPairs = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ a, b })));

const cases: [string, EgoNetwork, { n: number; es: number; efficiency: number; constraint: number }][] = [
  [
    'A: 5 contacts, none know each other',
    { contacts: people(5), ties: [] },
    { n: 5, es: 5, efficiency: 1, constraint: 0.2 },
  ],
  [
    'B: 5 contacts, all know each other',
    { contacts: people(5), ties: allPairs(people(5).map((p) => p.id)) },
    { n: 5, es: 1, efficiency: 0.2, constraint: 0.648 },
  ],
  [
    'C: 5 contacts in two clusters (3 linked, 2 linked)',
    { contacts: people(5), ties: [...allPairs(['c1', 'c2', 'c3']), { a: 'c4', b: 'c5' }] },
    { n: 5, es: 3.4, efficiency: 0.68, constraint: 0.513 },
  ],
  ['D: a single contact', { contacts: people(1), ties: [] }, { n: 1, es: 1, efficiency: 1, constraint: 1 }],
  [
    'E: 10 contacts in two cliques of 5',
    {
      contacts: people(10),
      ties: [...allPairs(['c1', 'c2', 'c3', 'c4', 'c5']), ...allPairs(['c6', 'c7', 'c8', 'c9', 'c10'])],
    },
    { n: 10, es: 6, efficiency: 0.6, constraint: 0.324 },
  ],
  [
    'F: weighted: ego–a = 3, ego–b = 1, ego–c = 1, a–b = 1',
    {
      contacts: [{ id: 'a', strength: 3 }, { id: 'b', strength: 1 }, { id: 'c' }],
      ties: [{ a: 'a', b: 'b', strength: 1 }],
    },
    { n: 3, es: 2.333, efficiency: 0.778, constraint: 0.652 },
  ],
];

describe.each(cases)('%s', (_name, net, expected) => {
  it('has the reference size', () => expect(size(net)).toBe(expected.n));
  it('has the reference effective size', () => expect(effectiveSize(net)).toBeCloseTo(expected.es, 3));
  it('has the reference efficiency', () => expect(efficiency(net)).toBeCloseTo(expected.efficiency, 3));
  it('has the reference constraint', () => expect(constraint(net)).toBeCloseTo(expected.constraint, 3));
});

describe('the weighted case F, by hand (brief section 7)', () => {
  const net: EgoNetwork = {
    contacts: [{ id: 'a', strength: 3 }, { id: 'b' }, { id: 'c' }],
    ties: [{ a: 'a', b: 'b' }],
  };
  it('splits constraint into .49 from a, .1225 from b and .04 from c', () => {
    const parts = Object.fromEntries(constraintByContact(net).map((p) => [p.id, p.constraint]));
    expect(parts['a']).toBeCloseTo(0.49, 6);
    expect(parts['b']).toBeCloseTo(0.1225, 6);
    expect(parts['c']).toBeCloseTo(0.04, 6);
  });
  it('lists the biggest contributor first', () => {
    expect(constraintByContact(net).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('edge cases', () => {
  it('a network with no contacts gives NaN for every ratio', () => {
    const empty: EgoNetwork = { contacts: [], ties: [] };
    expect(effectiveSize(empty)).toBeNaN();
    expect(constraint(empty)).toBeNaN();
    expect(efficiency(empty)).toBeNaN();
    expect(density(empty)).toBeNaN();
    expect(size(empty)).toBe(0);
  });

  it('a missing strength counts as 1, as does a zero or negative one', () => {
    const base = { contacts: [{ id: 'a' }, { id: 'b' }], ties: [{ a: 'a', b: 'b' }] };
    const explicit = {
      contacts: [
        { id: 'a', strength: 1 },
        { id: 'b', strength: 0 },
      ],
      ties: [{ a: 'a', b: 'b', strength: -2 }],
    };
    expect(constraint(explicit)).toBeCloseTo(constraint(base), 10);
    expect(effectiveSize(explicit)).toBeCloseTo(effectiveSize(base), 10);
  });

  it('ignores ties that still name a removed contact', () => {
    const net: EgoNetwork = {
      contacts: people(3),
      ties: [
        { a: 'c1', b: 'gone' },
        { a: 'c2', b: 'c3' },
      ],
    };
    expect(tieCount(net)).toBe(1);
    expect(effectiveSize(net)).toBeCloseTo(effectiveSize({ contacts: people(3), ties: [{ a: 'c2', b: 'c3' }] }), 10);
  });

  it('ignores a tie from a contact to itself and counts a repeated pair once', () => {
    const net: EgoNetwork = {
      contacts: people(3),
      ties: [
        { a: 'c1', b: 'c1' },
        { a: 'c1', b: 'c2' },
        { a: 'c2', b: 'c1' },
      ],
    };
    expect(tieCount(net)).toBe(1);
    expect(density(net)).toBeCloseTo(1 / 3, 10);
  });

  it('the unweighted shortcut holds: ES = n − 2t/n (Borgatti 1997)', () => {
    const ids = people(12).map((p) => p.id);
    const ties = allPairs(ids).filter((_, index) => index % 3 === 0);
    const net = { contacts: people(12), ties };
    expect(effectiveSize(net)).toBeCloseTo(12 - (2 * ties.length) / 12, 10);
  });

  it('with n equal contacts who do not know each other, constraint is 1/n', () => {
    for (const n of [2, 7, 20, 150]) expect(constraint({ contacts: people(n), ties: [] })).toBeCloseTo(1 / n, 10);
  });

  it('duplicate contact ids count once', () => {
    expect(size({ contacts: [{ id: 'x' }, { id: 'x' }, { id: 'y' }], ties: [] })).toBe(2);
  });
});
