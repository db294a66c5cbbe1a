/** Two audits side by side: who came and went, and each measure then and now. For re-audits and the ramp plan. */
import type { Contact, Tie } from '~/lib/network/audit';
import { summarise, type AuditSummary } from '~/lib/network/summary';

/** One side of a comparison: a snapshot or the audit as it is now. */
export interface AuditState {
  label: string;
  takenAt: string;
  contacts: readonly Contact[];
  ties: readonly Tie[];
}

/** One measure then and now. */
export interface MeasureChange {
  label: string;
  then: string;
  now: string;
  /** now − then, for numbers; NaN when either is missing. */
  delta: number;
}

/** What changed between two audits. */
export interface Comparison {
  came: string[];
  went: string[];
  stayed: number;
  measures: MeasureChange[];
}

const fixed = (value: number, digits = 1) => (Number.isNaN(value) ? '—' : value.toFixed(digits));
const pct = (value: number) => (Number.isNaN(value) ? '—' : `${Math.round(value * 100)}%`);

/** The rows of the comparison table: measure, how to show it, and its number. */
const rows: [string, (s: AuditSummary) => string, (s: AuditSummary) => number][] = [
  ['People', (s) => String(s.size), (s) => s.size],
  ['Effective size', (s) => fixed(s.effectiveSize), (s) => s.effectiveSize],
  ['Efficiency', (s) => pct(s.efficiency), (s) => s.efficiency],
  ['Constraint (out of 100)', (s) => fixed(s.constraint * 100, 0), (s) => s.constraint * 100],
  ['Density', (s) => pct(s.density), (s) => s.density],
  ['Introduced yourself', (s) => pct(s.selfIntroduced), (s) => s.selfIntroduced],
  ['Fields covered', (s) => String(s.fieldRange), (s) => s.fieldRange],
  ['Strategic contacts', (s) => pct(s.typeMix.strategic), (s) => s.typeMix.strategic],
  ['Kinds of access covered (of 4)', (s) => String(s.accessCovered), (s) => s.accessCovered],
  ['Dormant ties', (s) => String(s.dormant.length), (s) => s.dormant.length],
];

/** Compare an earlier audit with a later one, matching people by their id (so a renamed alias is the same person). */
export function compareAudits(then: AuditState, now: AuditState, today: string): Comparison {
  const thenIds = new Set(then.contacts.map((c) => c.id));
  const nowIds = new Set(now.contacts.map((c) => c.id));
  const before = summarise(then.contacts, then.ties, today);
  const after = summarise(now.contacts, now.ties, today);
  return {
    came: now.contacts.filter((c) => !thenIds.has(c.id)).map((c) => c.alias),
    went: then.contacts.filter((c) => !nowIds.has(c.id)).map((c) => c.alias),
    stayed: now.contacts.filter((c) => thenIds.has(c.id)).length,
    measures: rows.map(([label, show, value]) => ({
      label,
      then: show(before),
      now: show(after),
      delta: value(after) - value(before),
    })),
  };
}
