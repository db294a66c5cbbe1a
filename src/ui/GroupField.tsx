/**
 * A repeating group: rows the learner adds, removes and reorders, each with the group's fields. Every action is a
 * button, so it all works by keyboard; focus moves to where the learner's attention goes next, and each change is
 * announced.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GroupRow, SimpleAnswer } from '~/lib/workbook/answers';
import type { WorksheetField } from '~/schema';
import { SimpleFieldControl } from '~/ui/fields';

type GroupFieldDefinition = Extract<WorksheetField, { type: 'group' }>;

export interface GroupFieldProps {
  field: GroupFieldDefinition;
  rows: GroupRow[];
  inputId: string;
  problem?: string | undefined;
  disabled?: boolean | undefined;
  onAdd: () => string | undefined;
  onRemove: (rowId: string) => void;
  /** Put a removed row back at its place (the undo of a removal). */
  onRestore: (row: GroupRow, index: number) => void;
  onMove: (rowId: string, by: -1 | 1) => void;
  onChangeValue: (rowId: string, fieldId: string, value: SimpleAnswer | undefined) => void;
}

export function GroupField(props: GroupFieldProps) {
  const { field, rows, inputId, disabled } = props;
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ row: GroupRow; index: number; label: string } | null>(null);
  const container = useRef<HTMLFieldSetElement>(null);
  const item = field.itemLabel;

  useLayoutEffect(() => {
    if (!focusTarget || !container.current) return;
    const target = container.current.querySelector<HTMLElement>(`[data-focus="${focusTarget}"]`);
    const focusable =
      target && target.matches('input, textarea, button:not(:disabled), h3, a')
        ? target
        : target?.querySelector<HTMLElement>('input, textarea, select');
    (focusable ?? target?.closest('li')?.querySelector<HTMLElement>('h3'))?.focus();
    setFocusTarget(null);
  }, [focusTarget, rows]);

  const add = () => {
    const rowId = props.onAdd();
    if (!rowId) return;
    setAnnouncement(`${item} ${rows.length + 1} added.`);
    setFocusTarget(`first-${rowId}`);
  };

  const remove = (row: GroupRow, index: number) => {
    const label = `${item} ${index + 1}`;
    props.onRemove(row.id);
    setRemoved({ row, index, label });
    setAnnouncement(`${label} removed. Use Undo to bring it back.`);
    setFocusTarget('undo');
  };

  const undo = () => {
    if (!removed) return;
    props.onRestore(removed.row, removed.index);
    setAnnouncement(`${removed.label} is back.`);
    setFocusTarget(`heading-${removed.row.id}`);
    setRemoved(null);
  };

  const move = (rowId: string, index: number, by: -1 | 1) => {
    props.onMove(rowId, by);
    setAnnouncement(`${item} ${index + 1} moved to position ${index + 1 + by}.`);
    setFocusTarget(`${by === -1 ? 'up' : 'down'}-${rowId}`);
  };

  return (
    <fieldset
      class="field group"
      id={inputId}
      ref={container}
      data-field={field.id}
      aria-describedby={`${inputId}-help`}
      disabled={disabled}
    >
      <legend class="field-label">
        {field.label}
        {field.required && <span class="required-mark"> (required)</span>}
      </legend>
      <p class="field-help" id={`${inputId}-help`}>
        {field.help}
        {/* Said with the question, not only in "Still to answer" at the end. */}
        {field.required && field.minRows > 1 && ` Add at least ${field.minRows}.`}
      </p>
      {props.problem && <p class="field-problem">{props.problem}</p>}
      {rows.length === 0 && <p class="meta">None added yet.</p>}
      <ol class="group-rows">
        {rows.map((row, index) => {
          const rowTitle = `${item} ${index + 1}`;
          const headingId = `${inputId}-${row.id}-heading`;
          return (
            <li class="group-row" key={row.id} aria-labelledby={headingId}>
              <div class="group-row-head">
                {/* One level below the worksheet's own h2 title: a row heading that skipped a level broke heading order. */}
                <h3 id={headingId} tabIndex={-1} data-focus={`heading-${row.id}`}>
                  {rowTitle}
                </h3>
                <div class="group-row-actions">
                  <button
                    type="button"
                    class="small-button"
                    data-focus={`up-${row.id}`}
                    disabled={index === 0}
                    aria-label={`Move ${rowTitle} up`}
                    onClick={() => move(row.id, index, -1)}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    class="small-button"
                    data-focus={`down-${row.id}`}
                    disabled={index === rows.length - 1}
                    aria-label={`Move ${rowTitle} down`}
                    onClick={() => move(row.id, index, 1)}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    class="small-button danger"
                    aria-label={`Remove ${rowTitle}`}
                    onClick={() => remove(row, index)}
                  >
                    Remove
                  </button>
                </div>
              </div>
              {field.fields.map((inner, innerIndex) => (
                <div data-focus={innerIndex === 0 ? `first-${row.id}` : undefined} class="group-cell" key={inner.id}>
                  <SimpleFieldControl
                    field={inner}
                    inputId={`${inputId}-${row.id}-${inner.id}`}
                    value={row.values[inner.id]}
                    onChange={(value) => props.onChangeValue(row.id, inner.id, value)}
                  />
                </div>
              ))}
            </li>
          );
        })}
      </ol>
      {removed && (
        <p class="undo">
          {removed.label} removed.{' '}
          <button type="button" class="small-button" data-focus="undo" onClick={undo}>
            Undo
          </button>
        </p>
      )}
      {rows.length < field.maxRows ? (
        <button type="button" class="button button-quiet" data-focus="add" onClick={add}>
          Add {item.toLowerCase()}
        </button>
      ) : (
        <p class="meta">This list holds at most {field.maxRows} rows.</p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
