/**
 * The conversation planner, stored under `real-networking:conversations` (shape and version in
 * src/lib/conversations/planner.ts). Turning a promise into a ledger entry writes both records.
 */
import {
  emptyPlanner,
  newPlan,
  plannerRecordSpec,
  promiseToLedgerEntry,
  putPlan,
  removePlan,
  type ConversationPlan,
  type PlannerRecord,
} from '~/lib/conversations/planner';
import { today } from '~/lib/dates';
import { newEntryId, saveEntry } from '~/stores/ledger';
import { recordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const planner = recordStore<PlannerRecord>('conversations', plannerRecordSpec, emptyPlanner);

/** The planner's state. */
export const $planner = planner.$state;

/** Start planning a conversation; returns the new plan's id. */
export function startPlan(withWhom: string): { id: string; result: SaveResult } {
  const id = newEntryId();
  return {
    id,
    result: planner.update((record) => putPlan(record, newPlan(id, withWhom, new Date().toISOString(), newEntryId()))),
  };
}

/** Change a plan through a function of its current state. */
export function editPlan(id: string, change: (plan: ConversationPlan) => ConversationPlan): SaveResult {
  return planner.update((record) => {
    const plan = record.plans.find((candidate) => candidate.id === id);
    return plan ? putPlan(record, change(plan)) : record;
  });
}

/** Delete a plan; returns it, for undo. */
export function deletePlan(id: string): { result: SaveResult; plan: ConversationPlan | undefined } {
  const plan = planner.$state.get().record?.plans.find((candidate) => candidate.id === id);
  return { result: planner.update((record) => removePlan(record, id)), plan };
}

/** Put a deleted plan back. */
export function restorePlan(plan: ConversationPlan): SaveResult {
  return planner.update((record) => putPlan(record, plan));
}

/** Turn a promise into a ledger entry (once), and remember which entry it became. */
export function promiseToLedger(planId: string, promiseId: string): SaveResult {
  const plan = planner.$state.get().record?.plans.find((candidate) => candidate.id === planId);
  const promise = plan?.promises.find((candidate) => candidate.id === promiseId);
  if (!plan || !promise || promise.ledgerEntryId) return { saved: true };
  const entry = promiseToLedgerEntry(plan, promise, newEntryId(), today());
  const result = saveEntry(entry);
  if (!result.saved && result.reason === 'newer') return result;
  return editPlan(planId, (current) => ({
    ...current,
    promises: current.promises.map((p) => (p.id === promiseId ? { ...p, ledgerEntryId: entry.id } : p)),
  }));
}
