/** Dated snapshots of the audit, and two of them (or one and now) compared side by side. */
import { useState } from 'preact/hooks';
import { dateInWords } from '~/lib/date-words';
import type { Snapshot } from '~/lib/network/audit';
import type { Comparison } from '~/lib/network/compare';
import { ComparisonSummary, ComparisonTable } from '~/ui/audit/ComparisonTable';

export interface SnapshotPanelProps {
  snapshots: Snapshot[];
  canSnapshot: boolean;
  onSnapshot: (label: string) => void;
  onDelete: (id: string) => void;
  compare: (thenId: string, nowId: string) => Comparison | undefined;
  /** Heading level of "Compare": one below the section's. */
  headingLevel: 3 | 4;
}

const NOW = 'now';
const day = dateInWords;

export function SnapshotPanel({
  snapshots,
  canSnapshot,
  onSnapshot,
  onDelete,
  compare,
  headingLevel,
}: SnapshotPanelProps) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const [label, setLabel] = useState('');
  const [thenId, setThenId] = useState<string>(snapshots[0]?.id ?? '');
  const [nowId, setNowId] = useState<string>(NOW);
  const [confirming, setConfirming] = useState<string | null>(null);
  const chosenThen = snapshots.some((s) => s.id === thenId) ? thenId : (snapshots[0]?.id ?? '');
  const comparison = chosenThen ? compare(chosenThen, nowId) : undefined;
  const options = [
    ...snapshots.map((s) => ({ id: s.id, label: `${s.label} (${day(s.takenAt)})` })),
    { id: NOW, label: 'Now' },
  ];

  return (
    <div class="snapshots">
      <form
        class="add-person"
        onSubmit={(event) => {
          event.preventDefault();
          onSnapshot(label.trim() || `Audit of ${day(new Date().toISOString())}`);
          setLabel('');
        }}
      >
        <label class="field-label" for="snapshot-label">
          Name this snapshot (optional)
        </label>
        <p class="field-help" id="snapshot-label-help">
          A snapshot keeps a dated copy of your people and who knows whom, so that you can compare when you audit again,
          for example at weeks 4, 13 and 26 of the ramp plan.
        </p>
        <div class="add-person-row">
          <input
            id="snapshot-label"
            type="text"
            maxLength={200}
            value={label}
            aria-describedby="snapshot-label-help"
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button" disabled={!canSnapshot}>
            Take a snapshot
          </button>
        </div>
      </form>
      {snapshots.length === 0 ? (
        <p class="meta">No snapshots yet.</p>
      ) : (
        <ul class="snapshot-list">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} class="snapshot-item">
              <span>
                {snapshot.label} · {day(snapshot.takenAt)} · {snapshot.contacts.length}{' '}
                {snapshot.contacts.length === 1 ? 'person' : 'people'}
              </span>
              {confirming === snapshot.id ? (
                <span class="button-row">
                  <button type="button" class="small-button danger" onClick={() => onDelete(snapshot.id)}>
                    Yes, delete this snapshot
                  </button>
                  <button type="button" class="small-button" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  class="small-button"
                  aria-label={`Delete snapshot ${snapshot.label}`}
                  onClick={() => setConfirming(snapshot.id)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {snapshots.length > 0 && (
        <section aria-labelledby="compare-heading">
          <H id="compare-heading">Compare</H>
          <div class="compare-pickers">
            <div class="field">
              <label class="field-label" for="compare-then">
                Then
              </label>
              <select
                id="compare-then"
                value={chosenThen}
                onChange={(e) => setThenId((e.currentTarget as HTMLSelectElement).value)}
              >
                {options
                  .filter((o) => o.id !== NOW)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
              </select>
            </div>
            <div class="field">
              <label class="field-label" for="compare-now">
                With
              </label>
              <select
                id="compare-now"
                value={nowId}
                onChange={(e) => setNowId((e.currentTarget as HTMLSelectElement).value)}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {comparison && (
            <>
              <ComparisonSummary comparison={comparison} />
              <ComparisonTable
                measures={comparison.measures}
                caption="Each measure then and now"
                then="Then"
                now="Now"
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
