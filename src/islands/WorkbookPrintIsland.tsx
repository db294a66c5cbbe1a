/**
 * /workbook/print/: the learner's own answers laid out for paper (not blank forms).
 *
 * The tools' sections (the audit's measures, the ledger's readings, the plans) are written by
 * src/lib/workbook/tool-outline.ts, which carries the audit's whole analysis: it loads only when the learner has
 * used a tool, so a workbook of worksheets alone prints without it.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { checkScore, scoreSentence, type ScoredCheck } from '~/lib/checks/score';
import { dateInWords, today } from '~/lib/dates';
import { answerOutline } from '~/lib/workbook/answer-outline';
import { withSharedAnswers } from '~/lib/workbook/shared-answers';
import type { toolOutlines } from '~/lib/workbook/tool-outline';
import type { WorkbookWorksheet } from '~/lib/workbook/markdown';
import { lessonsComplete } from '~/lib/workbook/progress';
import { $audit } from '~/stores/audit';
import { checkStates } from '~/stores/checks';
import { $planner } from '~/stores/conversations';
import { $ledger } from '~/stores/ledger';
import { $progress } from '~/stores/progress';
import { $ramp } from '~/stores/ramp';
import { useHydrated } from '~/islands/hydration';
import { AnswerLines } from '~/ui/AnswerLines';
import { worksheetStates } from '~/stores/worksheets';

export interface WorkbookPrintIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: WorkbookWorksheet[];
  /** The knowledge checks' scoring keys (which option is right). */
  checks: ScoredCheck[];
}

export default function WorkbookPrintIsland({ lessons, worksheets, checks }: WorkbookPrintIslandProps) {
  const $states = useMemo(() => worksheetStates(worksheets.map((w) => w.id)), [worksheets]);
  const states = useStore($states);
  const progress = useStore($progress);
  const $checks = useMemo(() => checkStates(checks.map((c) => c.id)), [checks]);
  const checkState = useStore($checks);
  const audit = useStore($audit);
  const ledger = useStore($ledger);
  const planner = useStore($planner);
  const ramp = useStore($ramp);
  const ready = useHydrated();
  const toolsUsed = Boolean(audit.record || ledger.record || planner.record || ramp.record);
  const [outline, setOutline] = useState<{ tools: typeof toolOutlines } | 'failed' | null>(null);
  useEffect(() => {
    if (!ready || !toolsUsed || outline) return;
    import('~/lib/workbook/tool-outline').then(
      (module) => setOutline({ tools: module.toolOutlines }),
      () => setOutline('failed'),
    );
  }, [ready, toolsUsed, outline]);
  if (!ready) return <p class="meta">Loading your answers…</p>;

  // Answers shared between worksheets and tools (src/lib/workbook/shared-answers.ts) show wherever they are asked.
  const answers = withSharedAnswers(Object.fromEntries(worksheets.map((w) => [w.id, states[w.id]?.record?.answers])));
  const toolsLoading = toolsUsed && outline === null;
  const tools =
    toolsUsed && outline && outline !== 'failed'
      ? outline.tools(
          {
            audit: audit.record,
            ledger: ledger.record,
            planner: planner.record,
            ramp: ramp.record,
            worksheets: answers,
          },
          today(),
        )
      : [];
  const answered = worksheets
    .map((worksheet) => ({
      worksheet,
      lines: answerOutline(worksheet.definition, answers[worksheet.id] ?? {}),
    }))
    .filter(({ lines }) => lines.length > 0);
  const scores = checks
    .map((check) => ({ check, score: checkScore(check.questions, checkState[check.id]?.record ?? null) }))
    .filter(({ score }) => score.answered > 0);

  return (
    <div class="printable-workbook">
      <p class="no-print button-row">
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <p class="meta">
        Printed {dateInWords(new Date())}.{' '}
        {lessonsComplete(
          progress.record,
          lessons.map((l) => l.slug),
        )}{' '}
        of {lessons.length} lessons marked complete.
      </p>
      {answered.length === 0 && !toolsLoading && outline !== 'failed' && tools.length === 0 && (
        <p>You have not answered any worksheet yet in this browser.</p>
      )}
      {answered.map(({ worksheet, lines }) => (
        <section key={worksheet.id} class="printed-worksheet" aria-labelledby={`print-${worksheet.id}`}>
          <h2 id={`print-${worksheet.id}`}>{worksheet.definition.title}</h2>
          {worksheet.lesson && (
            <p class="meta">
              Module {worksheet.lesson.module}, {worksheet.lesson.title}
            </p>
          )}
          <AnswerLines lines={lines} />
        </section>
      ))}
      {tools.map((tool) => (
        <section key={tool.id} class="printed-worksheet" aria-labelledby={`print-${tool.id}`}>
          <h2 id={`print-${tool.id}`}>{tool.title}</h2>
          <AnswerLines lines={tool.lines} />
        </section>
      ))}
      {toolsLoading && <p class="meta no-print">Loading your tools’ answers…</p>}
      {outline === 'failed' && (
        <p class="meta" role="alert">
          Your tools’ answers (the audit, the ledger and the plans) could not be loaded. Check your connection and
          reload the page before you print; nothing you saved has changed.
        </p>
      )}
      {scores.length > 0 && (
        <section class="printed-worksheet" aria-labelledby="print-checks">
          <h2 id="print-checks">Knowledge checks</h2>
          <p class="meta">Scored by the first answer to each question.</p>
          <ul>
            {scores.map(({ check, score }) => (
              <li key={check.id}>
                {check.title}: {scoreSentence(score)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
