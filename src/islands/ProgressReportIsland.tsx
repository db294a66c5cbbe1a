/**
 * /workbook/report/: the learner makes a progress report for their coach, choosing what goes in, sees exactly what it
 * holds, and sends it as a file or a link. For an assignment with a key, the report is locked with that key: only
 * the coach who made the assignment can open it, and they know it came from this link; no passphrase. Without one,
 * the learner seals it with a passphrase (a suggested one, or their own of at least 16 characters). Nothing leaves
 * the browser until the learner downloads or copies it.
 *
 * `#for=<assignment id>` in the address chooses which assignment the report answers (the assignment page links here
 * so); it is read, then taken out of the address, and read again when a new one is opened in the same tab. The
 * audit's figures, the report's codecs and the passphrase word list load when they are needed.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { buildReport } from '~/lib/coach/report-build';
import { cleanName } from '~/lib/coach/clean';
import { MIN_PASSPHRASE_CHARS } from '~/lib/coach/fields';
import { today } from '~/lib/dates';
import { pathTo } from '~/lib/paths';
import { answerOutline } from '~/lib/workbook/answer-outline';
import { completionOf } from '~/lib/workbook/answers';
import { auditSetupWith, withSharedAnswers } from '~/lib/workbook/shared-answers';
import type { WorkbookWorksheet } from '~/lib/workbook/markdown';
import type { AuditRecord } from '~/lib/network/audit';
import type { ScoredCheck } from '~/lib/checks/score';
import type { ReportCheck } from '~/lib/coach/report-shape';
import { $assignments } from '~/stores/assignments';
import { $progress } from '~/stores/progress';
import { readStored } from '~/stores/storage';
import { worksheetStates } from '~/stores/worksheets';
import { useHydrated } from '~/islands/hydration';
import { useLazy } from '~/islands/lazy';
import { ReportView } from '~/ui/coach/ReportView';
import { Notice } from '~/ui/Notice';

export interface ProgressReportIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: WorkbookWorksheet[];
  /** The knowledge checks' scoring keys (which option is right), for sharing scores. */
  checks: ScoredCheck[];
}

/** The assignment id in `#for=…`, if any. */
function assignmentInAddress(hash: string): string | undefined {
  if (!/^#(.*&)?for=/.test(hash) || hash.length > 200) return undefined;
  return new URLSearchParams(hash.slice(1)).get('for') ?? undefined;
}

/** Whether this browser can lock and seal here (Web Crypto, which browsers give only to https pages). */
const canProtect = () => typeof globalThis.crypto?.subtle?.deriveKey === 'function';

export default function ProgressReportIsland({ lessons, worksheets, checks }: ProgressReportIslandProps) {
  const ready = useHydrated();
  const assignments = useStore($assignments);
  const progress = useStore($progress);
  const $states = useMemo(() => worksheetStates(worksheets.map((w) => w.id)), [worksheets]);
  const states = useStore($states);
  const accepted = ready ? Object.values(assignments.record?.accepted ?? {}) : [];
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const current = accepted.find((entry) => entry.assignment.id === assignmentId) ?? accepted[0];
  const [name, setName] = useState<string | null>(null);
  const [included, setIncluded] = useState<Record<string, boolean>>({});
  const [withAudit, setWithAudit] = useState(false);
  const [withChecks, setWithChecks] = useState(false);
  const [useNames, setUseNames] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [showPassphrase, setShowPassphrase] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'link' | 'file'; text: string; locked: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The audit, its figures and the copy button load only when they are needed.
  const figures = useLazy(
    () => Promise.all([import('~/lib/network/insights'), import('~/lib/network/summary'), import('~/stores/audit')]),
    withAudit,
  );
  const [network, setNetwork] = useState<Pick<AuditRecord, 'contacts' | 'ties' | 'apart' | 'setup'> | null>(null);
  useEffect(() => figures?.[2].$network.subscribe(setNetwork), [figures]);
  const copy = useLazy(() => import('~/ui/CopyButton'), outcome?.kind === 'link');
  // Knowledge-check scores: read, and their code loaded, only when the learner ticks them.
  const scoring = useLazy(() => Promise.all([import('~/lib/checks/score'), import('~/stores/checks')]), withChecks);
  const [scores, setScores] = useState<ReportCheck[] | null>(null);
  useEffect(() => {
    if (!scoring) return;
    const [{ checkScore }, { checkStates }] = scoring;
    return checkStates(checks.map((check) => check.id)).subscribe((records) =>
      setScores(
        checks
          .map((check) => ({
            id: check.id,
            title: check.title,
            ...checkScore(check.questions, records[check.id]?.record ?? null),
          }))
          .filter((score) => score.answered > 0),
      ),
    );
  }, [scoring, checks]);
  // A link or file made before a choice changed no longer shows what the report would hold: take it away.
  useEffect(() => setOutcome(null), [assignmentId, name, included, withAudit, useNames, withChecks, passphrase]);
  useEffect(() => {
    const read = () => {
      const id = assignmentInAddress(window.location.hash);
      if (id === undefined) return;
      setAssignmentId(id);
      setMissing(id);
      // Read once: take it out of the address and history.
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  // A link made: focus moves to it, ready to copy.
  useLayoutEffect(() => {
    if (outcome?.kind === 'link') document.getElementById('report-link')?.focus();
  }, [outcome]);

  if (!ready) return <p class="meta island-loading">Loading your workbook…</p>;

  const key = current?.assignment.key;
  const locked = key !== undefined;
  const notHere = missing !== null && !accepted.some((entry) => entry.assignment.id === missing);
  const client = name ?? current?.assignment.client ?? '';
  // Answers shared between worksheets and tools (src/lib/workbook/shared-answers.ts) show wherever they are asked.
  const answers = withSharedAnswers(Object.fromEntries(worksheets.map((w) => [w.id, states[w.id]?.record?.answers])));
  const answered = worksheets.filter((w) => answerOutline(w.definition, answers[w.id] ?? {}).length > 0);
  const lessonItem = (lesson: (typeof lessons)[number]) => ({
    id: lesson.slug,
    title: `Module ${lesson.module}: ${lesson.title}`,
    done: Boolean(progress.record?.completed[lesson.slug]),
    doneAt: progress.record?.completed[lesson.slug],
  });
  const worksheetItem = (worksheet: (typeof worksheets)[number]) => ({
    id: worksheet.id,
    title: `Worksheet: ${worksheet.definition.title}`,
    done: completionOf(worksheet.definition, answers[worksheet.id] ?? {}).complete,
  });
  // With an assignment, the report lists what the coach assigned, in the coach's order, so "done" counts the same
  // items the client's workbook shows; without one, every module.
  const items = current
    ? current.assignment.items.flatMap((item) => {
        const found =
          item.kind === 'module'
            ? lessons.filter((lesson) => lesson.slug === item.id).map(lessonItem)
            : worksheets.filter((worksheet) => worksheet.id === item.id).map(worksheetItem);
        return found;
      })
    : lessons.map(lessonItem);
  // Whether there is an audit to offer, without loading it: it loads when the learner ticks it.
  const hasAudit = readStored('audit') !== null;
  // Whether any knowledge check has been answered here, likewise without loading the scoring code.
  const hasChecks = checks.some((check) => readStored(`check:${check.id}`) !== null);
  const auditShared = withAudit && (network === null || network.contacts.length > 0);
  const report =
    cleanName(client) === '' || (auditShared && (!figures || !network)) || (withChecks && scores === null)
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
            checks: withChecks && scores ? scores : undefined,
            audit:
              auditShared && figures && network
                ? {
                    people: network.contacts.map((c) => c.alias),
                    // Each measure with what it rests on, or "not enough answers yet": as the audit page shows it.
                    measures: figures[0]
                      .auditInsights(figures[1].summarise(network, today()), auditSetupWith(network.setup, answers))
                      .map((insight) => ({ label: insight.title, value: figures[0].insightReading(insight) })),
                    useNames,
                  }
                : undefined,
          },
          new Date().toISOString(),
        );
  const make = async (kind: 'link' | 'file') => {
    // The buttons stay focusable while the report is locked (a disabled button loses focus): a second press waits.
    if (busy) return;
    if (!report) return setProblem('Give your name as your coach knows you, with at least one letter or digit.');
    if (!locked && passphrase.length < MIN_PASSPHRASE_CHARS) {
      return setProblem(
        `Choose a passphrase of at least ${MIN_PASSPHRASE_CHARS} characters, or let the page suggest one.`,
      );
    }
    if (!locked && passphrase !== again) return setProblem('The two passphrases are not the same.');
    setProblem(null);
    setBusy(true);
    try {
      const codec = await import('~/lib/coach/report');
      const token = key ? await codec.lockReport(report, key) : await codec.sealReport(report, passphrase);
      if (kind === 'file') {
        const fileName = codec.reportFileName(new Date());
        const { downloadFile } = await import('~/islands/download');
        downloadFile(fileName, codec.reportFile(token), 'application/json');
        setOutcome({ kind, text: fileName, locked });
      } else {
        const base = new URL(pathTo('coach/clients/'), window.location.href).href;
        setOutcome({ kind, text: codec.reportLink(base, token), locked });
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The report could not be made.');
    } finally {
      setBusy(false);
    }
  };

  const suggest = async () => {
    const { suggestPassphrase } = await import('~/lib/coach/passphrase');
    const words = suggestPassphrase();
    setPassphrase(words);
    setAgain(words);
    setShowPassphrase(true);
  };

  return (
    <div class="report-maker">
      {assignments.problem?.kind === 'corrupt' && (
        <Notice tone="danger" title="Your saved assignments could not be read" role="alert">
          <p>
            {assignments.problem.reason} Nothing has been deleted: a copy is kept aside in this browser. Open your
            coach&rsquo;s assignment link again to go on; until then, a report is not linked to it.
          </p>
        </Notice>
      )}
      {assignments.problem?.kind === 'newer' && (
        <Notice tone="warning" title="Your assignments were saved by a newer version of the course" role="alert">
          <p>This page leaves them as they are. Reload the page to get the newer version of the course.</p>
        </Notice>
      )}
      {notHere && (
        <Notice tone="warning" title="That assignment is not in this browser" role="status">
          <p>
            The link you followed is for an assignment this browser has not accepted. Open your coach&rsquo;s assignment
            link here and accept it first; until then, a report is not linked to it.
          </p>
        </Notice>
      )}
      {accepted.length === 0 && (
        <Notice tone="info" title="No assignment from a coach in this browser">
          <p>
            You can still make a report: it will not be linked to an assignment, so you seal it with a passphrase that
            you tell your coach another way.
          </p>
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
                From {entry.assignment.coach}, for {entry.assignment.client}
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
          {hasChecks && (
            <label class="choice">
              <input
                type="checkbox"
                checked={withChecks}
                onChange={(e) => setWithChecks((e.currentTarget as HTMLInputElement).checked)}
              />
              <span>My knowledge-check scores (the first answer to each question)</span>
            </label>
          )}
          {hasAudit && (
            <>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={withAudit}
                  onChange={(e) => setWithAudit((e.currentTarget as HTMLInputElement).checked)}
                />
                <span>A summary of my network audit: its measures, and the people as initials</span>
              </label>
              {withAudit && network?.contacts.length === 0 && (
                <p class="meta">Your network audit has no people in it yet, so there is nothing to include.</p>
              )}
              {withAudit && network && network.contacts.length > 0 && (
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
        {report ? (
          <ReportView report={report} />
        ) : auditShared && cleanName(client) !== '' ? (
          <p class="meta">Preparing the summary of your audit…</p>
        ) : (
          <p class="meta">Give your name (with at least one letter or digit) to see the report.</p>
        )}
      </section>

      {!canProtect() ? (
        <Notice tone="warning" title="Reports can only be sent from a secure address" role="status">
          <p>
            This page is not at a secure (https) address, so this browser cannot lock a report for your coach. Open the
            course at its https address to send one.
          </p>
        </Notice>
      ) : locked ? (
        <section class="panel" aria-labelledby="report-lock">
          <h2 id="report-lock">Locked for your coach</h2>
          <p>
            Your report is locked with the key that came in <bdi>{current?.assignment.coach}</bdi>&rsquo;s assignment
            link. Only they can open it, and they will see that it came from you. No passphrase is needed: send the link
            or file by any app.
          </p>
        </section>
      ) : (
        <fieldset class="field field-choices">
          <legend class="field-label">Seal it with a passphrase</legend>
          <p class="field-help" id="report-passphrase-help">
            {current
              ? `Your assignment from ${current.assignment.coach} came in an older kind of link that has no key, so the report is sealed with a passphrase instead. (A new link from your coach would make this unnecessary.) `
              : 'With no assignment, the report is sealed with a passphrase. '}
            Use at least {MIN_PASSPHRASE_CHARS} characters, and tell your coach the passphrase another way than the
            report: in person, by phone, or by another app.
          </p>
          <p class="button-row">
            <button type="button" class="button button-quiet" onClick={() => void suggest()}>
              Suggest a passphrase
            </button>
          </p>
          <div class="form-grid">
            <div class="field">
              <label class="field-label" for="report-passphrase">
                Passphrase
              </label>
              <input
                id="report-passphrase"
                type={showPassphrase ? 'text' : 'password'}
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
                type={showPassphrase ? 'text' : 'password'}
                autoComplete="new-password"
                value={again}
                onInput={(e) => setAgain((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
          </div>
          <label class="choice">
            <input
              type="checkbox"
              checked={showPassphrase}
              onChange={(e) => setShowPassphrase((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>Show the passphrase</span>
          </label>
          <p class="meta">
            {passphrase.length === 0
              ? ''
              : passphrase.length < MIN_PASSPHRASE_CHARS
                ? `${passphrase.length} of at least ${MIN_PASSPHRASE_CHARS} characters.`
                : `${passphrase.length} characters.`}
          </p>
        </fieldset>
      )}

      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <p class="button-row">
        <button
          type="button"
          class="button"
          disabled={!canProtect()}
          aria-disabled={busy ? true : undefined}
          onClick={() => void make('file')}
        >
          Download the report file
        </button>
        <button
          type="button"
          class="button button-quiet"
          disabled={!canProtect()}
          aria-disabled={busy ? true : undefined}
          onClick={() => void make('link')}
        >
          Make a link to send
        </button>
      </p>
      <p role="status" class="meta">
        {busy ? (locked ? 'Locking the report…' : 'Sealing… this takes a moment.') : ''}
      </p>
      {outcome?.kind === 'link' && (
        <div class="field">
          <label class="field-label" for="report-link">
            Your report as a link ({outcome.locked ? 'locked for your coach' : 'sealed'})
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
            {copy && <copy.CopyButton text={outcome.text} inputId="report-link" class="small-button" />}
          </p>
        </div>
      )}
      {outcome?.kind === 'file' && (
        <p class="notice notice-info" role="status">
          Downloaded {outcome.text}, {outcome.locked ? 'locked for your coach' : 'sealed'}. Send it to your coach as an
          attachment.
        </p>
      )}
    </div>
  );
}
