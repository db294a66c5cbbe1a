/**
 * A worksheet, drawn from its definition: intro, fields, what is still missing, and whether it is saved.
 * Presentational: the island (src/islands/WorksheetIsland.tsx) supplies answers and callbacks.
 */
import type { ComponentChildren } from 'preact';
import { answerProblem, completionOf, type Answer, type GroupRow, type SimpleAnswer } from '~/lib/workbook/answers';
import type { WorksheetDefinition } from '~/schema';
import { GroupField } from '~/ui/GroupField';
import { goToField } from '~/ui/go-to-field';
import { tooFewRows } from '~/lib/workbook/rows';
import { SaveStatus, type SaveState } from '~/ui/SaveStatus';
import { SimpleFieldControl, simpleAnswer } from '~/ui/fields';

export interface WorksheetFormProps {
  worksheetId: string;
  definition: WorksheetDefinition;
  answers: Record<string, Answer>;
  /** False until the island has read the saved answers: the form is not editable before then. */
  ready: boolean;
  readOnly: boolean;
  saveState: SaveState;
  /** Notices shown above the fields (unreadable answers, no storage, ...). */
  notices?: ComponentChildren;
  onChange: (fieldId: string, value: Answer | undefined) => void;
  onAddRow: (groupId: string) => string | undefined;
  onRemoveRow: (groupId: string, rowId: string) => void;
  onRestoreRow: (groupId: string, row: GroupRow, index: number) => void;
  onMoveRow: (groupId: string, rowId: string, by: -1 | 1) => void;
  onChangeRowValue: (groupId: string, rowId: string, fieldId: string, value: SimpleAnswer | undefined) => void;
  onDownload: () => void;
}

export function WorksheetForm(props: WorksheetFormProps) {
  const { worksheetId, definition, answers } = props;
  const idFor = (fieldId: string) => `ws-${worksheetId}-${fieldId}`;
  const completion = completionOf(definition, answers);
  const missing = definition.fields
    .filter((field) => field.required)
    .filter((field) => {
      const done = completionOf({ fields: [field] }, answers).complete;
      return !done;
    });
  const disabled = !props.ready || props.readOnly;

  return (
    <section class="worksheet" aria-labelledby={`ws-${worksheetId}-title`} data-worksheet={worksheetId}>
      <header class="worksheet-header">
        {/* Said on the label's own line, which it fits even on a phone, so nothing moves when it goes. */}
        <p class="eyebrow">Worksheet{!props.ready && <span class="worksheet-loading"> · loading answers…</span>}</p>
        <h2 id={`ws-${worksheetId}-title`}>{definition.title}</h2>
        <p>{definition.intro}</p>
      </header>
      {props.notices}
      <form class="worksheet-fields" onSubmit={(event) => event.preventDefault()} noValidate>
        {definition.fields.map((field) =>
          field.type === 'group' ? (
            <GroupField
              key={field.id}
              field={field}
              inputId={idFor(field.id)}
              rows={
                Array.isArray(answers[field.id])
                  ? (answers[field.id] as GroupRow[]).filter((row) => typeof row === 'object')
                  : []
              }
              problem={answerProblem(field, answers[field.id])}
              disabled={disabled}
              onAdd={() => props.onAddRow(field.id)}
              onRemove={(rowId) => props.onRemoveRow(field.id, rowId)}
              onRestore={(row, index) => props.onRestoreRow(field.id, row, index)}
              onMove={(rowId, by) => props.onMoveRow(field.id, rowId, by)}
              onChangeValue={(rowId, innerId, value) => props.onChangeRowValue(field.id, rowId, innerId, value)}
            />
          ) : (
            <SimpleFieldControl
              key={field.id}
              field={field}
              inputId={idFor(field.id)}
              value={simpleAnswer(answers[field.id])}
              problem={answerProblem(field, answers[field.id])}
              disabled={disabled}
              onChange={(value) => props.onChange(field.id, value)}
            />
          ),
        )}
      </form>
      <footer class="worksheet-footer">
        {completion.requiredTotal > 0 && (
          <div class="completion">
            <label for={`ws-${worksheetId}-progress`}>
              {completion.complete
                ? 'Complete: every required answer is given.'
                : `${completion.requiredAnswered} of ${completion.requiredTotal} required answers given`}
            </label>
            <progress
              id={`ws-${worksheetId}-progress`}
              max={completion.requiredTotal}
              value={completion.requiredAnswered}
            />
            {missing.length > 0 && props.ready && (
              <p class="meta">
                Still to answer:{' '}
                {missing.map((field, index) => (
                  <>
                    {/* Semicolons: the questions have commas of their own. */}
                    {index > 0 && '; '}
                    <a href={`#${idFor(field.id)}`} onClick={(event) => goToField(event, idFor(field.id))}>
                      {field.label}
                    </a>
                    {tooFewRows(field, answers[field.id])}
                  </>
                ))}
              </p>
            )}
          </div>
        )}
        <SaveStatus state={props.saveState} onDownload={props.onDownload} />
      </footer>
    </section>
  );
}
