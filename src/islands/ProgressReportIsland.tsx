/**
 * /workbook/report/: the learner makes a progress report for their coach, choosing what goes in, sees exactly what it
 * holds, and sends it as a file or a link, sealed with a passphrase if they like. Nothing leaves the browser until
 * the learner downloads or copies it.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildReport } from '~/lib/coach/progress';
import {
  encodeReport,
  reportFile,
  reportFileName,
  reportLink,
  sealReport,
  sealedReportFile,
  type ProgressReport,
} from '~/lib/coach/report';
import { canSeal } from '~/lib/coach/seal';
import { auditInsights, insightReading } from '~/lib/network/insights';
import { summarise } from '~/lib/network/summary';
import { today } from '~/lib/dates';
import { pathTo } from '~/lib/paths';
import { answerOutline } from '~/lib/workbook/answer-outline';
import { completionOf } from '~/lib/workbook/answers';
import { auditSetupWith, withSharedAnswers } from '~/lib/workbook/shared-answers';
import type { WorkbookWorksheet } from '~/lib/workbook/markdown';
import { $assignments } from '~/stores/assignments';
import { $network } from '~/stores/audit';
import { $progress } from '~/stores/progress';
import { worksheetStates } from '~/stores/worksheets';
import { downloadFile } from '~/islands/download';
import { useHydrated } from '~/islands/hydration';
import { ReportView } from '~/ui/coach/ReportView';
import { Notice } from '~/ui/Notice';
import { CopyButton } from '~/ui/CopyButton';

export interface ProgressReportIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: WorkbookWorksheet[];
}

export default function ProgressReportIsland({ lessons, worksheets }: ProgressReportIslandProps) {
  const ready = useHydrated();
  const assignments = useStore($assignments);
  const progress = useStore($progress);
  const network = useStore($network);
  const $states = useMemo(() => worksheetStates(worksheets.map((w) => w.id)), [worksheets]);
  const states = useStore($states);
  const accepted = ready ? Object.values(assignments.record?.accepted ?? {}) : [];
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  const current = accepted.find((entry) => entry.assignment.id === assignmentId) ?? accepted[0];
  const [name, setName] = useState<string | null>(null);
  const [included, setIncluded] = useState<Record<string, boolean>>({});
  const [withAudit, setWithAudit] = useState(false);
  const [useNames, setUseNames] = useState(false);
  const [seal, setSeal] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'link' | 'file'; text: string; sealed: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A link or file made before a choice changed no longer shows what the report would hold: take it away.
  useEffect(() => setOutcome(null), [assignmentId, name, included, withAudit, useNames, seal, passphrase]);
  if (!ready) return <p class="meta">Loading your workbook…</p>;

  const client = name ?? current?.assignment.client ?? '';
  // Answers shared between worksheets and tools (src/lib/workbook/shared-answers.ts) show wherever they are asked.
  const answers = withSharedAnswers(Object.fromEntries(worksheets.map((w) => [w.id, states[w.id]?.record?.answers])));
  const answered = worksheets.filter((w) => answerOutline(w.definition, answers[w.id] ?? {}).length > 0);
  const assignedWorksheetIds = current?.assignment.items.filter((i) => i.kind === 'worksheet').map((i) => i.id) ?? [];
  const items = [
    ...lessons.map((lesson) => ({
      id: lesson.slug,
      title: `Module ${lesson.module}: ${lesson.title}`,
      done: Boolean(progress.record?.completed[lesson.slug]),
      doneAt: progress.record?.completed[lesson.slug],
    })),
    ...worksheets
      .filter((w) => assignedWorksheetIds.includes(w.id))
      .map((w) => ({
        id: w.id,
        title: `Worksheet: ${w.definition.title}`,
        done: completionOf(w.definition, answers[w.id] ?? {}).complete,
      })),
  ];
  const report: ProgressReport | null =
    client.trim() === ''
      ? null
      : buildReport(
          {
            client: client.trim().slice(0, 80),
            assignmentId: current?.assignment.id,
            items,
            worksheets: answered
              .filter((w) => included[w.id])
              .map((w) => ({
                id: w.id,
                title: w.definition.title,
                updatedAt: states[w.id]?.record?.updatedAt,
                lines: answerOutline(w.definition, answers[w.id] ?? {}),
              })),
            audit:
              withAudit && network.contacts.length > 0
                ? {
                    people: network.contacts.map((c) => c.alias),
                    measures: auditInsights(summarise(network, today()), auditSetupWith(network.setup, answers)).map(
                      (insight) => ({
                        label: insight.title,
                        value: insightReading(insight),
                      }),
                    ),
                    useNames,
                  }
                : undefined,
          },
          new Date().toISOString(),
        );

  const make = async (kind: 'link' | 'file') => {
    if (!report) return setProblem('Give your name as your coach knows you.');
    if (seal && passphrase.length < 8) return setProblem('Choose a passphrase of at least 8 characters.');
    if (seal && passphrase !== again) return setProblem('The two passphrases are not the same.');
    setProblem(null);
    setBusy(true);
    try {
      const sealed = seal ? await sealReport(report, passphrase) : undefined;
      if (kind === 'file') {
        const text = sealed ? sealedReportFile(sealed) : reportFile(report);
        downloadFile(reportFileName(new Date()), text, 'application/json');
        setOutcome({ kind, text: reportFileName(new Date()), sealed: Boolean(sealed) });
      } else {
        const base = new URL(pathTo('coach/clients/'), window.location.href).href;
        setOutcome({ kind, text: reportLink(base, sealed ?? encodeReport(report)), sealed: Boolean(sealed) });
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The report could not be made.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="report-maker">
      {accepted.length === 0 && (
        <Notice tone="info" title="No assignment from a coach in this browser">
          <p>You can still make a report: it will not be linked to an assignment.</p>
        </Notice>
      )}
      {accepted.length > 1 && (
        <div class="field">
          <label class="field-label" for="report-assignment">
            For which assignment?
          </label>
          <select
            id="report-assignment"
            value={current?.assignment.id}
            onChange={(e) => setAssignmentId((e.currentTarget as HTMLSelectElement).value)}
          >
            {accepted.map((entry) => (
              <option key={entry.assignment.id} value={entry.assignment.id}>
                From {entry.assignment.coach}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label class="field-label" for="report-name">
          Your name, as your coach knows you (required)
        </label>
        <input
          id="report-name"
          type="text"
          maxLength={80}
          value={client}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <fieldset class="field field-choices">
        <legend class="field-label">What to include</legend>
        <p class="field-help">Which lessons you have completed is always included. Everything else is up to you.</p>
        <div class="choices">
          {answered.length === 0 && <p class="meta">You have not answered any worksheet yet.</p>}
          {answered.map((w) => (
            <label class="choice" key={w.id}>
              <input
                type="checkbox"
                checked={Boolean(included[w.id])}
                onChange={(e) => setIncluded({ ...included, [w.id]: (e.currentTarget as HTMLInputElement).checked })}
              />
              <span>My answers to "{w.definition.title}"</span>
            </label>
          ))}
          {network.contacts.length > 0 && (
            <>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={withAudit}
                  onChange={(e) => setWithAudit((e.currentTarget as HTMLInputElement).checked)}
                />
                <span>A summary of my network audit: its measures, and the people as initials</span>
              </label>
              {withAudit && (
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={useNames}
                    onChange={(e) => setUseNames((e.currentTarget as HTMLInputElement).checked)}
                  />
                  <span>Show people's names as I wrote them, not initials (these are other people's details)</span>
                </label>
              )}
            </>
          )}
        </div>
      </fieldset>

      <section class="panel" aria-labelledby="report-preview">
        <h2 id="report-preview">Exactly what your coach will see</h2>
        {report ? <ReportView report={report} /> : <p class="meta">Give your name to see the report.</p>}
      </section>

      <fieldset class="field field-choices">
        <legend class="field-label">Seal it with a passphrase</legend>
        {canSeal() ? (
          <>
            <label class="choice">
              <input
                type="checkbox"
                checked={seal}
                onChange={(e) => setSeal((e.currentTarget as HTMLInputElement).checked)}
              />
              <span>Lock the report so only someone with the passphrase can read it</span>
            </label>
            {seal && (
              <div class="form-grid">
                <div class="field">
                  <label class="field-label" for="report-passphrase">
                    Passphrase
                  </label>
                  <p class="field-help" id="report-passphrase-help">
                    At least 8 characters. Tell your coach another way: in person, by phone, or by another app.
                  </p>
                  <input
                    id="report-passphrase"
                    type="password"
                    autoComplete="new-password"
                    aria-describedby="report-passphrase-help"
                    value={passphrase}
                    onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
                  />
                </div>
                <div class="field">
                  <label class="field-label" for="report-passphrase-again">
                    The same passphrase again
                  </label>
                  <input
                    id="report-passphrase-again"
                    type="password"
                    autoComplete="new-password"
                    value={again}
                    onInput={(e) => setAgain((e.currentTarget as HTMLInputElement).value)}
                  />
                </div>
              </div>
            )}
          </>
        ) : (
          <p class="meta">This browser can seal reports only on a secure (https) address.</p>
        )}
      </fieldset>

      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <p class="button-row">
        <button type="button" class="button" disabled={busy} onClick={() => void make('file')}>
          Download the report file
        </button>
        <button type="button" class="button button-quiet" disabled={busy} onClick={() => void make('link')}>
          Make a link to send
        </button>
      </p>
      <p role="status" class="meta">
        {busy ? (seal ? 'Sealing… this takes a moment.' : 'Making the report…') : ''}
      </p>
      {outcome?.kind === 'link' && (
        <div class="field">
          <label class="field-label" for="report-link">
            Your report as a link{outcome.sealed ? ' (sealed)' : ''}
          </label>
          <p class="field-help" id="report-link-help">
            Copy it into an email or chat to your coach. Long reports make long links: if your app cuts it short, send
            the file instead.
          </p>
          <input
            id="report-link"
            type="text"
            readOnly
            aria-describedby="report-link-help"
            value={outcome.text}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          />
          <p class="button-row">
            <CopyButton text={outcome.text} inputId="report-link" class="small-button" />
          </p>
        </div>
      )}
      {outcome?.kind === 'file' && (
        <p class="notice notice-info" role="status">
          Downloaded {outcome.text}
          {outcome.sealed ? ', sealed' : ''}. Send it to your coach as an attachment.
        </p>
      )}
    </div>
  );
}
