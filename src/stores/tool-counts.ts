/**
 * The tools' figures the workbook page's status shows (people and snapshots in the audit, ledger entries and the
 * follow-ups due, conversation plans, the ramp plan's stored start), read straight from localStorage without the
 * tools' record specs, as the home page's reader does (src/stores/home-records.ts): the page's first load stays
 * small. It only reads.
 * Anything that does not look like the documented shapes counts as nothing here; the tool's own page, which loads
 * the full store, says what is wrong and keeps the text aside.
 */
import { atom } from 'nanostores';
import { isCalendarDate } from '~/lib/dates';
import { STORAGE_PREFIX } from '~/lib/storage/keys';

/** A ledger entry as far as the workbook page lists it. */
export interface CountedEntry {
  id: string;
  contact: string;
  note?: string | undefined;
  kind?: string | undefined;
  followUp?: string | undefined;
  followedUp?: boolean | undefined;
}

export interface ToolCounts {
  people: number;
  snapshots: number;
  entries: CountedEntry[];
  /** Conversation plans (module 6's planner). */
  plans: number;
  /** The ramp plan's record as stored (its older copy of the start, read by rampStart in src/lib/ramp/weeks.ts). */
  ramp: Record<string, unknown> | undefined;
}

export const noTools: ToolCounts = { people: 0, snapshots: 0, entries: [], plans: 0, ramp: undefined };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stored(name: string): Record<string, unknown> | undefined {
  try {
    const raw = window.localStorage.getItem(STORAGE_PREFIX + name);
    const value: unknown = raw === null ? undefined : JSON.parse(raw);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The tools' figures as stored in this browser now. */
export function readToolCounts(): ToolCounts {
  const audit = stored('audit');
  const ledger = stored('ledger');
  const entries = list(ledger?.['entries']).flatMap((entry): CountedEntry[] =>
    isObject(entry) && typeof entry['id'] === 'string' && typeof entry['contact'] === 'string'
      ? [
          {
            id: entry['id'],
            contact: entry['contact'],
            note: optionalString(entry['note']),
            kind: optionalString(entry['kind']),
            followUp: isCalendarDate(optionalString(entry['followUp']) ?? '')
              ? (entry['followUp'] as string)
              : undefined,
            followedUp: entry['followedUp'] === true,
          },
        ]
      : [],
  );
  return {
    people: list(audit?.['contacts']).length,
    snapshots: list(audit?.['snapshots']).length,
    entries,
    plans: list(stored('conversations')?.['plans']).length,
    ramp: stored('ramp'),
  };
}

/**
 * Changed by the workbook page's own writes that the status does not see through a store (an import, a delete), so
 * that it reads the figures again. Other tabs' writes arrive as `storage` events.
 */
export const $toolsChanged = atom(0);

export function noteToolsChanged(): void {
  $toolsChanged.set($toolsChanged.get() + 1);
}
