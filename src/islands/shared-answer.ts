/**
 * A shared answer in an island (src/stores/shared-answers.ts): its value, the legacy copies that disagree with it
 * (settled once the page is hydrated and the island's own record is known), and how to change it.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Answer } from '~/lib/workbook/answers';
import type { LegacyAnswer, LegacyCopies, LegacyCopy, SharedAnswer } from '~/lib/workbook/shared-answers';
import type { SaveResult } from '~/stores/record-store';
import { $shared, chooseShared, saveShared, settleLegacy } from '~/stores/shared-answers';

/** One shared answer, for a tool or a worksheet. `legacy` is undefined until the island's own record is read. */
export function useSharedAnswer(
  key: SharedAnswer,
  ready: boolean,
  legacy: LegacyCopies | undefined,
  clear: (copy: LegacyCopy) => void = () => {},
) {
  const state = useStore($shared(key));
  const [choices, setChoices] = useState<LegacyAnswer[]>([]);
  const legacyKey = JSON.stringify(legacy ?? null);
  useEffect(() => {
    if (!ready || legacy === undefined) return;
    setChoices(settleLegacy(key, legacy, clear));
  }, [ready, legacyKey, state.value]);
  return {
    value: ready ? state.value : undefined,
    writable: state.writable,
    choices,
    save: (value: Answer | undefined): SaveResult => saveShared(key, value),
    choose: (value: Answer | undefined): SaveResult => {
      const result = chooseShared(key, value, choices, clear);
      setChoices([]);
      return result;
    },
  };
}
