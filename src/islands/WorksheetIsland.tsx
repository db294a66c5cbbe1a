/**
 * Any worksheet, bound to its stored answers. Placed in a lesson with <Worksheet id="..."> (src/components/Worksheet.astro),
 * which passes the definition from content/worksheets/ as a prop.
 */
import { useStore } from '@nanostores/preact';
import type { Answer } from '~/lib/workbook/answers';
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

export default function WorksheetIsland({ worksheetId, definition }: WorksheetIslandProps) {
  const store = worksheetStore(worksheetId);
  const state = useStore(store.$state);
  const ready = useHydrated();
  const { saveState, readOnly, track } = useSaveState(ready, state.problem);

  const answers = (ready && state.record?.answers) || {};

  return (
    <WorksheetForm
      worksheetId={worksheetId}
      definition={definition}
      answers={answers}
      ready={ready}
      readOnly={readOnly}
      saveState={saveState}
      notices={ready && <StorageNotices problem={state.problem} what="answers to this worksheet" />}
      onChange={(fieldId, value: Answer | undefined) => track(saveAnswer(worksheetId, fieldId, value))}
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
