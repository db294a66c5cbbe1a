/**
 * "Your situation" in a lesson, bound to the one stored answer (src/stores/situation.ts). Placed with
 * <YourSituation id="<lesson slug>" />.
 */
import { useStore } from '@nanostores/preact';
import type { Situation } from '~/lib/situation';
import { $situation, setSituation } from '~/stores/situation';
import { useHydrated } from '~/islands/hydration';
import { SituationNotes } from '~/ui/SituationNotes';

export interface SituationIslandProps {
  lessonId: string;
  notes: { betweenJobs: string; changingField: string };
  auditHref: string;
}

export default function SituationIsland({ lessonId, notes, auditHref }: SituationIslandProps) {
  const ready = useHydrated();
  const state = useStore($situation);
  return (
    <SituationNotes
      idBase={`situation-${lessonId}`}
      situation={ready ? state.situation : undefined}
      notes={notes}
      enabled={ready && !state.readOnly}
      problem={
        ready && state.readOnly
          ? 'Your network audit was saved by a newer version of the course, so this answer is shown but not changed here.'
          : undefined
      }
      auditHref={auditHref}
      onChange={(situation: Situation | undefined) => setSituation(situation)}
    />
  );
}
