/**
 * Starting a draft message from the network audit: adds a row to the message-drafts worksheet
 * (`real-networking:worksheet:message-drafts`, a worksheet record like any other: src/lib/workbook/records.ts), so the
 * draft is exported, imported, printed, reported and deleted with the rest of the workbook (src/lib/workbook/sections.ts).
 */
import { computed } from 'nanostores';
import type { DraftStarter } from '~/lib/messages/starters';
import type { GroupRow } from '~/lib/workbook/answers';
import { newRow, saveRows, worksheetStore } from '~/stores/worksheets';
import type { SaveResult } from '~/stores/record-store';

/** The worksheet that keeps drafted messages, and its group of messages. */
export const MESSAGE_WORKSHEET = 'message-drafts';
export const MESSAGE_GROUP = 'drafts';

const rowsOf = (answers: Record<string, unknown> | undefined): GroupRow[] => {
  const rows = answers?.[MESSAGE_GROUP];
  return Array.isArray(rows) ? (rows as GroupRow[]).filter((row) => typeof row === 'object' && row !== null) : [];
};

/** The drafts already written, as rows of the worksheet (empty until something is saved). */
export const $messageRows = computed(worksheetStore(MESSAGE_WORKSHEET).$state, (state) =>
  rowsOf(state.record?.answers),
);

/** Add a draft started from the audit at the end of the learner's messages; returns its place (1-based). */
export function startDraft(starter: DraftStarter): { result: SaveResult; place: number } {
  let place = 0;
  const result = saveRows(MESSAGE_WORKSHEET, MESSAGE_GROUP, (rows) => {
    const row = newRow();
    row.values = { kind: starter.kind, to: starter.to, draft: starter.text, status: 'draft' };
    place = rows.length + 1;
    return [...rows, row];
  });
  return { result, place };
}
