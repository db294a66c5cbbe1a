/**
 * What the "Saved" line under a tool or worksheet says: idle until the first change, then saved or not saved (and
 * why), or read-only when the stored record belongs to a newer version of the site. Shared by every island that saves.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { RecordProblem, SaveResult } from '~/stores/record-store';
import { $saveFailure } from '~/stores/storage';
import type { SaveState } from '~/ui/SaveStatus';

/** Track the results of saves; `readOnly` when a newer version of the site wrote the record (after hydration). */
export function useSaveState(ready: boolean, problem: RecordProblem | null) {
  const saveFailure = useStore($saveFailure);
  const [lastSave, setLastSave] = useState<SaveResult | null>(null);
  const readOnly = ready && problem?.kind === 'newer';
  const saveState: SaveState = readOnly
    ? { kind: 'read-only' }
    : lastSave === null
      ? { kind: 'idle' }
      : lastSave.saved || (lastSave.reason === 'not-stored' && !saveFailure)
        ? { kind: 'saved' }
        : { kind: 'not-saved', message: saveFailure?.message ?? 'this browser refused to save.' };
  return { saveState, readOnly, track: (result: SaveResult) => setLastSave(result) };
}
