/**
 * Any worksheet, bound to its stored answers. Placed in a lesson with <Worksheet id="..."> (src/components/Worksheet.astro),
 * which passes the definition from content/worksheets/ as a prop.
 */
import { useStore } from '@nanostores/preact';
import { computed } from 'nanostores';
import { useEffect, useMemo } from 'preact/hooks';
import type { Answer } from '~/lib/workbook/answers';
import { SHARED_ANSWERS, sharedAnswerAt, type SharedAnswer } from '~/lib/workbook/shared-answers';
import { $shared, saveShared, settleLegacy } from '~/stores/shared-answers';
import { addRow, moveRow, removeRow, restoreRow, setRowValue } from '~/lib/workbook/rows';
import type { WorksheetDefinition } from '~/schema';
import { newRow, saveAnswer, saveRows, worksheetStore } from '~/stores/worksheets';
import { downloadWorkbookNow } from '~/islands/download';
import { useHydrated } from '~/islands/hydration';
import { useSaveState } from '~/islands/save-state';
import { StorageNotices } from '~/islands/StorageNotices';
import { WorksheetForm } from '~/ui/WorksheetForm';

export interface WorksheetIslandProps {
  worksheetId: string;
  definition: WorksheetDefinition;
}

/** "module 7’s worksheet and the ramp plan": the other places that ask a shared question. */
function otherPlaces(key: SharedAnswer, worksheetId: string): string {
  const { home, views, tool } = SHARED_ANSWERS[key];
  const places = [home, ...views].filter((ref) => ref.worksheet !== worksheetId).map((ref) => ref.place);
  return [...places, tool].join(' and ');
}

export default function WorksheetIsland({ worksheetId, definition }: WorksheetIslandProps) {
  const store = worksheetStore(worksheetId);
  const state = useStore(store.$state);
  const ready = useHydrated();
  const { saveState, readOnly, track } = useSaveState(ready, state.problem);

  // Questions this worksheet shares with a tool or another worksheet: one stored answer, kept at its home
  // (src/lib/workbook/shared-answers.ts), shown and changed here like any other.
  const shared = useMemo(
    () =>
      definition.fields
        .map((field) => ({ field: field.id, key: sharedAnswerAt(worksheetId, field.id) }))
        .filter((entry): entry is { field: string; key: SharedAnswer } => entry.key !== undefined),
    [worksheetId, definition],
  );
  const $sharedValues = useMemo(
    () =>
      computed(
        shared.map(({ key }) => $shared(key)),
        (...states) => states.map((one) => one.value),
      ),
    [shared],
  );
  const sharedValues = useStore($sharedValues);
  useEffect(() => {
    if (ready) for (const { key } of shared) settleLegacy(key, {}, () => {});
  }, [ready, shared]);
  const shownDefinition = useMemo(
    () => ({
      ...definition,
      fields: definition.fields.map((field) => {
        const entry = shared.find((one) => one.field === field.id);
        return entry
          ? {
              ...field,
              help: `${field.help} One answer with ${otherPlaces(entry.key, worksheetId)}: change it in either place.`,
            }
          : field;
      }),
    }),
    [definition, shared, worksheetId],
  );

  const own = (ready && state.record?.answers) || {};
  const answers = shared.length === 0 ? own : { ...own };
  shared.forEach(({ field }, i) => {
    const value = ready ? sharedValues[i] : undefined;
    if (value === undefined) delete answers[field];
    else answers[field] = value;
  });

  return (
    <WorksheetForm
      worksheetId={worksheetId}
      definition={shownDefinition}
      answers={answers}
      ready={ready}
      readOnly={readOnly}
      saveState={saveState}
      notices={ready && <StorageNotices problem={state.problem} what="answers to this worksheet" />}
      onChange={(fieldId, value: Answer | undefined) => {
        const entry = shared.find((one) => one.field === fieldId);
        track(entry ? saveShared(entry.key, value) : saveAnswer(worksheetId, fieldId, value));
      }}
      onAddRow={(groupId) => {
        const row = newRow();
        const result = saveRows(worksheetId, groupId, (rows) => addRow(rows, row));
        track(result);
        return result.saved || result.reason === 'not-stored' ? row.id : undefined;
      }}
      onRemoveRow={(groupId, rowId) => track(saveRows(worksheetId, groupId, (rows) => removeRow(rows, rowId)))}
      onRestoreRow={(groupId, row, index) =>
        track(saveRows(worksheetId, groupId, (rows) => restoreRow(rows, row, index)))
      }
      onMoveRow={(groupId, rowId, by) => track(saveRows(worksheetId, groupId, (rows) => moveRow(rows, rowId, by)))}
      onChangeRowValue={(groupId, rowId, fieldId, value) =>
        track(saveRows(worksheetId, groupId, (rows) => setRowValue(rows, rowId, fieldId, value)))
      }
      onDownload={() => void downloadWorkbookNow()}
    />
  );
}
