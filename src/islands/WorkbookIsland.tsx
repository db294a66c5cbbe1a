/**
 * The workbook page: progress, every worksheet with its status and last change, reminders and storage notices,
 * export (JSON and Markdown), import, print and delete. Definitions come in as props from the page.
 *
 * The page is drawn on the server as it looks with nothing saved, and the first render here draws the same, so
 * nothing moves when the island hydrates; the learner's own data comes in on the next render. The code for export,
 * import, the Markdown document and delete loads when the learner clicks, so the page's first load stays small.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dateTimeInWords } from '~/lib/date-words';
import { today } from '~/lib/dates';
import { followUpsDue } from '~/lib/ledger/ledger';
import { lessonPath, pathTo } from '~/lib/paths';
import { WEEKS, rampStart, weekOn } from '~/lib/ramp/weeks';
import { withSharedAnswers } from '~/lib/workbook/shared-answers';
import { completionOf } from '~/lib/workbook/answers';
import type { WorkbookCheck, WorkbookWorksheet } from '~/lib/workbook/markdown';
import { backupReminderDue } from '~/lib/workbook/meta';
import { lessonsComplete } from '~/lib/workbook/progress';
import { isWorkbookName, sectionOf } from '~/lib/workbook/sections';
import type { ImportMode } from '~/lib/workbook/transfer';
import { $assignments, dismissAssignment } from '~/stores/assignments';
import { $audit } from '~/stores/audit';
import { $planner } from '~/stores/conversations';
import { checkStates } from '~/stores/checks';
import { $ledger } from '~/stores/ledger';
import { $ramp } from '~/stores/ramp';
import { $progress } from '~/stores/progress';
import { $saveFailure, $storageAvailable, recoveryCopies } from '~/stores/storage';
import type { Download, PreparedImport } from '~/stores/workbook';
import { $meta, $persistence, checkPersistence } from '~/stores/workbook-meta';
import { worksheetStates } from '~/stores/worksheets';
import { downloadFile } from '~/islands/download';
import { assignmentRows } from '~/islands/assignment-rows';
import { useHydrated } from '~/islands/hydration';
import { AssignmentList } from '~/ui/coach/AssignmentList';
import { ImportPanel, type ImportStep } from '~/ui/ImportPanel';
import { Notice } from '~/ui/Notice';

export interface WorkbookIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: WorkbookWorksheet[];
  checks: WorkbookCheck[];
  /** The course's name (site.config.ts), for the exported document's title. */
  courseName?: string;
}

const dateTime = dateTimeInWords;

/** What "N of 7 worksheets" counts: which modules have one, and when one is complete. */
function worksheetsExplained(lessons: WorkbookIslandProps['lessons'], worksheets: WorkbookWorksheet[]): string {
  const without = lessons.filter((lesson) => !worksheets.some((sheet) => sheet.lesson?.slug === lesson.slug));
  const which =
    without.length === 0
      ? 'One in each module.'
      : `One in each module except ${without.map((lesson) => `module ${lesson.module}`).join(' and ')}, where you practise with a tool instead.`;
  return `${which} A worksheet is complete once every question marked “required” has an answer.`;
}

/** The workbook's export, import and delete actions, loaded on the first click that needs them. */
const workbookActions = () => import('~/stores/workbook');

/** The Markdown document's writers, loaded when the learner asks for it. */
const documentWriters = () =>
  Promise.all([
    import('~/lib/workbook/markdown'),
    import('~/lib/workbook/tool-outline'),
    import('~/lib/workbook/transfer'),
  ]);

export default function WorkbookIsland({ lessons, worksheets, checks, courseName }: WorkbookIslandProps) {
  const $worksheets = useMemo(() => worksheetStates(worksheets.map((w) => w.id)), [worksheets]);
  const $checks = useMemo(() => checkStates(checks.map((c) => c.id)), [checks]);
  const ready = useHydrated();
  // Until hydrated, show what the server drew: nothing saved. Then the learner's own records.
  const worksheetState = useStore($worksheets);
  const checkState = useStore($checks);
  const worksheetsShown = ready ? worksheetState : {};
  const checkStatesShown = ready ? checkState : {};
  const progressRecord = useStore($progress).record;
  const metaRecord = useStore($meta).record;
  const auditRecord = useStore($audit).record;
  const plannerRecord = useStore($planner).record;
  const ledgerRecord = useStore($ledger).record;
  const rampRecord = useStore($ramp).record;
  const assignmentsRecord = useStore($assignments).record;
  const persistenceLive = useStore($persistence);
  const storageAvailable = useStore($storageAvailable);
  const saveFailure = useStore($saveFailure);
  const saved = <T,>(value: T | null): T | null => (ready ? value : null);
  const progress = saved(progressRecord);
  const meta = saved(metaRecord);
  const audit = saved(auditRecord);
  const planner = saved(plannerRecord);
  const ledger = saved(ledgerRecord);
  const ramp = saved(rampRecord);
  const assignments = saved(assignmentsRecord);
  const persistence = ready ? persistenceLive : 'unknown';
  const people = audit?.contacts.length ?? 0;
  const snapshots = audit?.snapshots.length ?? 0;
  const [importStep, setImportStep] = useState<ImportStep>({ step: 'choose' });
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [loadProblem, setLoadProblem] = useState(false);
  // A new object each time, so that removing a second assignment moves focus to the message again.
  const [removed, setRemoved] = useState<{ text: string } | null>(null);
  const removedNotice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (removed) removedNotice.current?.focus();
  }, [removed]);
  const [recoveries, setRecoveries] = useState<ReturnType<typeof workbookRecoveries>>([]);
  const deleteHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const deleteWasOpen = useRef(false);

  useEffect(() => {
    void checkPersistence();
    setRecoveries(workbookRecoveries());
  }, []);
  useEffect(() => {
    // Focus moves into the confirmation when it opens, and back to its button when it closes (deleted or cancelled).
    if (confirmingDelete) deleteHeading.current?.focus();
    else if (deleteWasOpen.current) deleteButton.current?.focus();
    deleteWasOpen.current = confirmingDelete;
  }, [confirmingDelete]);

  const slugs = lessons.map((lesson) => lesson.slug);
  const ledgerEntries = ledger?.entries ?? [];
  const due = followUpsDue(ledgerEntries, today());
  // Answers shared between worksheets and tools (src/lib/workbook/shared-answers.ts) count wherever they are asked.
  const sharedAnswers = withSharedAnswers(
    Object.fromEntries(worksheets.map((w) => [w.id, worksheetsShown[w.id]?.record?.answers])),
  );
  const rampStartDate = rampStart(ramp, sharedAnswers['ramp-readiness']);
  const rampWeek = rampStartDate ? weekOn(rampStartDate, today()) : 0;
  const lessonsDone = lessonsComplete(progress, slugs);
  const acceptedAssignments = Object.keys(assignments?.accepted ?? {}).length;
  const rows = worksheets.map((worksheet) => {
    const state = worksheetsShown[worksheet.id];
    const answers = sharedAnswers[worksheet.id] ?? {};
    const completion = completionOf(worksheet.definition, answers);
    const status = state?.problem
      ? 'Needs attention'
      : completion.complete
        ? 'Complete'
        : completion.empty
          ? 'Not started'
          : 'In progress';
    return {
      worksheet,
      completion,
      status,
      updatedAt: state?.record && !completion.empty ? state.record.updatedAt : undefined,
    };
  });
  const worksheetsDone = rows.filter((row) => row.completion.complete).length;
  const reminderDue = backupReminderDue(meta, new Date());

  const describe = (name: string) => {
    const found = sectionOf(name);
    if (!found) return name;
    if (found.section.noun === 'worksheet') {
      return `Worksheet: ${worksheets.find((w) => w.id === found.itemId)?.definition.title ?? found.itemId}`;
    }
    if (found.section.noun === 'knowledge check') {
      const lesson = checks.find((c) => c.id === found.itemId)?.lesson;
      return `Knowledge check: ${lesson ? `module ${lesson.module}` : found.itemId}`;
    }
    return found.section.noun.charAt(0).toUpperCase() + found.section.noun.slice(1);
  };

  /** Load code needed for a click; if it cannot be loaded (offline, or the site changed since), say so. */
  const loaded = async <T,>(load: () => Promise<T>): Promise<T | undefined> => {
    try {
      const module = await load();
      setLoadProblem(false);
      return module;
    } catch {
      setLoadProblem(true);
      return undefined;
    }
  };

  const download = (file: Download) => downloadFile(file.fileName, file.text, file.mimeType);
  const downloadWorkbook = async () => {
    const actions = await loaded(workbookActions);
    if (actions) download(actions.exportWorkbook());
  };

  const exportMarkdown = async () => {
    const writers = await loaded(documentWriters);
    if (!writers) return;
    const [{ workbookMarkdown }, { toolOutlines }, { exportFileName }] = writers;
    const now = new Date();
    const text = workbookMarkdown({
      now,
      worksheets,
      answers: Object.fromEntries(worksheets.map((w) => [w.id, sharedAnswers[w.id] ?? {}])),
      checks,
      checkAnswers: Object.fromEntries(
        checks.flatMap((c) => {
          const record = checkStatesShown[c.id]?.record;
          return record ? [[c.id, record]] : [];
        }),
      ),
      lessons,
      completed: progress?.completed ?? {},
      tools: toolOutlines({ audit, ledger, planner, ramp, worksheets: sharedAnswers }, today()),
      ...(courseName && { courseName }),
    });
    downloadFile(exportFileName(now, 'md'), text, 'text/markdown');
  };

  const chooseFile = async (file: File) => {
    setImportStep({ step: 'choose' });
    const actions = await loaded(workbookActions);
    if (!actions) return;
    // A file too large to be a workbook is not read at all; the import says so from its size.
    const text = file.size > actions.MAX_IMPORT_BYTES ? '' : await file.text();
    const course = { worksheets: worksheets.map((w) => w.id), checks: checks.map((c) => c.id) };
    const result = actions.prepareImport(text, file.size, course);
    setPrepared(result);
    setImportStep(
      result.ok
        ? {
            step: 'preview',
            fileName: file.name,
            exportedAt: result.file.exportedAt,
            plans: result.plans,
            mode: 'merge',
          }
        : { step: 'error', message: result.message },
    );
  };

  const confirmImport = async () => {
    if (!prepared?.ok || importStep.step !== 'preview') return;
    const actions = await loaded(workbookActions);
    if (!actions) return;
    const mode: ImportMode = importStep.mode;
    const result = actions.applyImport(prepared.file, mode);
    setPrepared(null);
    setImportStep(
      result.ok
        ? { step: 'done', message: `Your workbook now holds the ${mode === 'merge' ? 'merged' : 'imported'} answers.` }
        : { step: 'error', message: result.message },
    );
  };

  const deleteEverything = async () => {
    const actions = await loaded(workbookActions);
    if (!actions) return;
    actions.deleteAllData();
    setRecoveries(workbookRecoveries());
    setConfirmingDelete(false);
    setDeleted(true);
  };

  const answeredWorksheets = rows.filter((row) => !row.completion.empty).length;
  const answeredChecks = checks.filter(
    (check) => Object.keys(checkStatesShown[check.id]?.record?.chosen ?? {}).length > 0,
  ).length;

  return (
    // Until hydrated, the page shows its shape but hides every figure drawn from saved data (class "saved-value"),
    // so a returning learner never reads "0 of 8" for a moment, and nothing moves when the figures arrive.
    <div class="workbook" data-ready={ready ? 'true' : 'false'}>
      {loadProblem && (
        <Notice tone="danger" title="That did not work" role="alert">
          <p>
            The part of the page that does this could not be loaded. Check your connection, then try again; if the site
            was just updated, reload the page. Nothing you saved has changed.
          </p>
        </Notice>
      )}
      {ready && !storageAvailable && (
        <Notice tone="warning" title="This browser is not keeping your answers" role="status">
          <p>
            It is not letting this site save anything, which happens in private browsing or when site storage is turned
            off. The workbook works for this visit, but nothing will be kept when you close the window. Export before
            you leave.
          </p>
        </Notice>
      )}
      {ready && saveFailure && (
        <Notice tone="danger" title="Your latest change was not saved" role="alert">
          <p>Not saved: {saveFailure.message}</p>
          <button type="button" class="button" onClick={() => void downloadWorkbook()}>
            Download my workbook now
          </button>
        </Notice>
      )}
      {reminderDue && (
        <Notice tone="info" title="Time for a backup" role="status">
          <p>
            You have changed answers since your last export, and it has been a week or more. Some browsers clear a
            site's data after a week without a visit, so download a copy to keep.
          </p>
          <button type="button" class="button" onClick={() => void downloadWorkbook()}>
            Download my workbook
          </button>
        </Notice>
      )}
      {recoveries.length > 0 && (
        <Notice tone="warning" title="Saved answers that could not be read" role="status">
          <p>
            This browser holds {recoveries.length === 1 ? 'a copy' : `${recoveries.length} copies`} of saved answers
            that could not be read, kept aside so nothing is lost. Download the text to look at it or to send to whoever
            hosts the course.
          </p>
          <ul>
            {recoveries.map((copy) => (
              <li key={copy.key}>
                {describe(copy.name)}, kept {copy.keptAt ? dateTime(copy.keptAt) : ''}.{' '}
                <button
                  type="button"
                  class="small-button"
                  onClick={() =>
                    downloadFile(`real-networking-recovered-${copy.name.replace(/[^a-z0-9-]+/gi, '-')}.txt`, copy.raw)
                  }
                >
                  Download the saved text
                </button>
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <AssignmentList
        assignments={assignmentRows(
          assignments,
          { lessons, worksheets },
          (slug) => Boolean(progress?.completed[slug]),
          (id) => rows.find((row) => row.worksheet.id === id)?.completion.complete ?? false,
        )}
        onRemove={(id) => {
          const coach = assignments?.accepted[id]?.assignment.coach ?? 'your coach';
          const result = dismissAssignment(id);
          setRemoved({
            text: result.saved
              ? `The assignment from ${coach} was removed. Your answers are as they were.`
              : `The assignment from ${coach} is removed for this visit, but the change could not be saved.`,
          });
        }}
      />
      <p class="meta status-line" role="status" tabIndex={-1} ref={removedNotice}>
        {removed?.text}
      </p>
      {acceptedAssignments > 0 && (
        <p>
          <a class="button button-quiet" href={pathTo('workbook/report/')}>
            Send your coach a progress report
          </a>
        </p>
      )}

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Your progress</h2>
        <div class="progress-line">
          <label for="lessons-progress" class="saved-value">
            {lessonsDone} of {lessons.length} lessons marked complete
          </label>
          <progress id="lessons-progress" class="saved-value" max={lessons.length} value={lessonsDone} />
        </div>
        <div class="progress-line">
          <label for="worksheets-progress" class="saved-value">
            {worksheetsDone} of {worksheets.length} worksheets complete
          </label>
          <progress
            id="worksheets-progress"
            class="saved-value"
            max={worksheets.length}
            value={worksheetsDone}
            aria-describedby="worksheets-progress-help"
          />
          <p class="meta" id="worksheets-progress-help">
            {worksheetsExplained(lessons, worksheets)}
          </p>
        </div>
        {/* The answer comes after the page is drawn: the line keeps room for it, so nothing below moves. */}
        <p class="meta persistence-note" data-persistence={persistence}>
          {persistence === 'granted' && 'Your browser has agreed to keep this data unless you clear it yourself.'}
          {persistence === 'not-granted' &&
            'Your browser has not promised to keep this data: it may clear it if space runs low. Export a copy now and then.'}
          {persistence === 'unsupported' &&
            'This browser does not say whether it will keep this data. Export a copy now and then.'}
          {persistence === 'unknown' && 'Checking whether your browser will keep this data…'}
        </p>
      </section>

      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">Tools</h2>
        <ul class="tool-list">
          <li>
            <a href={pathTo('workbook/network-audit/')}>Network audit</a>
            <span class="meta saved-value">
              {' '}
              · {people} {people === 1 ? 'person' : 'people'}
              {snapshots > 0 ? `, ${snapshots} ${snapshots === 1 ? 'snapshot' : 'snapshots'}` : ''}
            </span>
          </li>
          <li>
            <a href={pathTo('workbook/give-get-ledger/')}>Give/get ledger</a>
            <span class="meta saved-value">
              {' '}
              · {ledgerEntries.length} {ledgerEntries.length === 1 ? 'entry' : 'entries'}
            </span>
          </li>
          <li>
            <a href={pathTo('workbook/ramp-plan/')}>26-week ramp plan</a>
            <span class="meta saved-value">
              {' '}
              · {rampWeek === 0 ? 'not started' : rampWeek > WEEKS ? 'finished' : `week ${rampWeek} of ${WEEKS}`}
            </span>
          </li>
        </ul>
        <h3>Follow-ups due this week</h3>
        {due.length === 0 ? (
          <p class="meta saved-value">None.</p>
        ) : (
          <ul>
            {due.map((entry) => (
              <li key={entry.id}>
                {entry.contact}: {entry.note ?? 'follow up'} (by {entry.followUp})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="worksheets-heading">
        <h2 id="worksheets-heading">Worksheets</h2>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Worksheet</th>
                <th scope="col">Status</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ worksheet, status, updatedAt }) => (
                <tr key={worksheet.id}>
                  <td>
                    <a href={`${lessonPath(worksheet.lesson!.slug)}#ws-${worksheet.id}-title`}>
                      {worksheet.definition.title}
                    </a>
                    <span class="meta"> · module {worksheet.lesson!.module}</span>
                  </td>
                  <td class="saved-value">{status}</td>
                  <td class="saved-value">{updatedAt ? dateTime(updatedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="export-heading" id="export">
        <h2 id="export-heading">Export and import</h2>
        <p>
          Your answers live only in this browser. Export them to keep a copy, to move them to another browser or device,
          or to read them elsewhere.
        </p>
        <p class="button-row">
          {/* Disabled until the island has hydrated: a click before then would do nothing. */}
          <button type="button" class="button" disabled={!ready} onClick={() => void downloadWorkbook()}>
            Download workbook (.json, to import later)
          </button>
          <button type="button" class="button button-quiet" disabled={!ready} onClick={() => void exportMarkdown()}>
            Download as a document (.md)
          </button>
          <a class="button button-quiet" href={pathTo('workbook/print/')}>
            Print my workbook
          </a>
        </p>
        <p class="meta saved-value">
          {meta?.lastExportAt ? `Last exported ${dateTime(meta.lastExportAt)}.` : 'Not exported yet.'}
        </p>
        <ImportPanel
          state={importStep}
          describe={describe}
          disabled={!ready}
          onFile={(file) => void chooseFile(file)}
          onMode={(mode) => importStep.step === 'preview' && setImportStep({ ...importStep, mode })}
          onBackup={() =>
            void loaded(workbookActions).then((actions) => actions && download(actions.backupBeforeImport()))
          }
          onConfirm={() => void confirmImport()}
          onCancel={() => {
            setPrepared(null);
            setImportStep({ step: 'choose' });
          }}
        />
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete all my data</h2>
        {deleted && (
          <p role="status" class="notice notice-info">
            Your workbook has been deleted from this browser.
          </p>
        )}
        {!confirmingDelete ? (
          <button
            type="button"
            class="button button-danger"
            ref={deleteButton}
            disabled={!ready}
            onClick={() => {
              setDeleted(false);
              setConfirmingDelete(true);
            }}
          >
            Delete all my data…
          </button>
        ) : (
          <div class="panel confirm-delete" role="group" aria-labelledby="confirm-delete-heading">
            <h3 id="confirm-delete-heading" tabIndex={-1} ref={deleteHeading}>
              Delete your whole workbook from this browser?
            </h3>
            <p>This cannot be undone. You will lose:</p>
            <ul>
              <li>
                your answers to {answeredWorksheets} {answeredWorksheets === 1 ? 'worksheet' : 'worksheets'};
              </li>
              <li>
                your answers to {answeredChecks} {answeredChecks === 1 ? 'knowledge check' : 'knowledge checks'};
              </li>
              <li>
                your progress: {lessonsDone} {lessonsDone === 1 ? 'lesson' : 'lessons'} marked complete, and where you
                left off;
              </li>
              {people > 0 && (
                <li>
                  your network audit: {people} {people === 1 ? 'person' : 'people'} and {snapshots}{' '}
                  {snapshots === 1 ? 'snapshot' : 'snapshots'};
                </li>
              )}
              {ledgerEntries.length > 0 && (
                <li>
                  {ledgerEntries.length} {ledgerEntries.length === 1 ? 'entry' : 'entries'} in your give/get ledger;
                </li>
              )}
              {(planner?.plans.length ?? 0) > 0 && (
                <li>
                  {planner!.plans.length} conversation {planner!.plans.length === 1 ? 'plan' : 'plans'};
                </li>
              )}
              {ramp && (rampStartDate || Object.keys(ramp.checkIns).length > 0) && (
                <li>
                  your ramp plan and its {Object.keys(ramp.checkIns).length}{' '}
                  {Object.keys(ramp.checkIns).length === 1 ? 'check-in' : 'check-ins'};
                </li>
              )}
              {acceptedAssignments > 0 && (
                <li>
                  {acceptedAssignments} {acceptedAssignments === 1 ? 'assignment' : 'assignments'} from your coach;
                </li>
              )}
              {recoveries.length > 0 && <li>{recoveries.length} kept-aside copies of unreadable answers.</li>}
            </ul>
            <p>
              If you might want them later, download your workbook first. A coach&rsquo;s own client data, if this
              browser holds any, is not touched.
            </p>
            <p class="button-row">
              <button type="button" class="button button-quiet" onClick={() => void downloadWorkbook()}>
                Download my workbook first
              </button>
              <button type="button" class="button button-danger" onClick={() => void deleteEverything()}>
                Yes, delete everything
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirmingDelete(false)}>
                Cancel
              </button>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}

/** The kept-aside copies that belong to the learner's workbook (a coach's own data has its own page). */
function workbookRecoveries() {
  return recoveryCopies().filter((copy) => isWorkbookName(copy.name));
}
