/** A knowledge check bound to its saved answers. Placed with <KnowledgeCheck id="..."> (src/components/KnowledgeCheck.astro). */
import { useStore } from '@nanostores/preact';
import type { KnowledgeCheckDefinition } from '~/schema';
import { checkStore, chooseOption, tryAgain } from '~/stores/checks';
import { useHydrated } from '~/islands/hydration';
import { StorageNotices } from '~/islands/StorageNotices';
import { KnowledgeCheckView } from '~/ui/KnowledgeCheckView';

export interface KnowledgeCheckIslandProps {
  checkId: string;
  check: KnowledgeCheckDefinition;
}

export default function KnowledgeCheckIsland({ checkId, check }: KnowledgeCheckIslandProps) {
  const state = useStore(checkStore(checkId).$state);
  const ready = useHydrated();
  return (
    <>
      {ready && <StorageNotices problem={state.problem} what="answers to this knowledge check" />}
      <KnowledgeCheckView
        checkId={checkId}
        check={check}
        chosen={(ready && state.record?.chosen) || {}}
        firstTry={(ready && state.record?.firstTry) || {}}
        ready={ready && state.problem?.kind !== 'newer'}
        onChoose={(questionId, optionIndex) => chooseOption(checkId, questionId, optionIndex)}
        onTryAgain={(questionId) => tryAgain(checkId, questionId)}
      />
    </>
  );
}
