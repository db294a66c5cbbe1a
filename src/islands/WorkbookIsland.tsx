/**
 * The workbook page: progress, every worksheet with its status and last change, reminders and storage notices,
 * export (JSON and Markdown), import, print and delete. Definitions come in as props from the page.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { today } from '~/lib/dates';
import { followUpsDue } from '~/lib/ledger/figures';
import { lessonPath, pathTo } from '~/lib/paths';
import { WEEKS, rampStart, weekOn } from '~/lib/ramp/plan';
import { withSharedAnswers } from '~/lib/workbook/shared-answers';
import { completionOf } from '~/lib/workbook/answers';
import { workbookMarkdown, type WorkbookCheck, type WorkbookWorksheet } from '~/lib/workbook/markdown';
import { backupReminderDue } from '~/lib/workbook/meta';
import { lessonsComplete } from '~/lib/workbook/progress';
import { isWorkbookName, sectionOf } from '~/lib/workbook/sections';
import { toolOutlines } from '~/lib/workbook/tool-outline';
import { exportFileName, MAX_IMPORT_BYTES, type ImportMode } from '~/lib/workbook/transfer';
import { $assignments, dismissAssignment } from '~/stores/assignments';
import { $audit, $network } from '~/stores/audit';
import { $planner } from '~/stores/conversations';
import { checkStates } from '~/stores/checks';
import { $ledger } from '~/stores/ledger';
import { $ramp } from '~/stores/ramp';
import { $progress } from '~/stores/progress';
import { $saveFailure, $storageAvailable, recoveryCopies } from '~/stores/storage';
import {
  applyImport,
  backupBeforeImport,
  deleteAllData,
  exportWorkbook,
  prepareImport,
  type PreparedImport,
} from '~/stores/workbook';
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
}

const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export default function WorkbookIsland({ lessons, worksheets, checks }: WorkbookIslandProps) {
  const $worksheets = useMemo(() => worksheetStates(worksheets.map((w) => w.id)), [worksheets]);
  const $checks = useMemo(() => checkStates(checks.map((c) => c.id)), [checks]);
  const worksheetState = useStore($worksheets);
  const checkState = useStore($checks);
  const progress = useStore($progress);
  const meta = useStore($meta);
  const audit = useStore($network);
  const auditState = useStore($audit);
  const planner = useStore($planner);
  const ledger = useStore($ledger);
  const ramp = useStore($ramp);
  const assignments = useStore($assignments);
  const persistence = useStore($persistence);
  const storageAvailable = useStore($storageAvailable);
  const saveFailure = useStore($saveFailure);
  const ready = useHydrated();
  const [importStep, setImportStep] = useState<ImportStep>({ step: 'choose' });
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  // A new object each time, so that removing a second assignment moves focus to the message again.
  const [removed, setRemoved] = useState<{ text: string } | null>(null);
  const removedNotice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (removed) removedNotice.current?.focus();
  }, [removed]);
  const [recoveries, setRecoveries] = useState(() => (typeof window === 'undefined' ? [] : workbookRecoveries()));
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
  const ledgerEntries = ledger.record?.entries ?? [];
  const due = followUpsDue(ledgerEntries, today());
  // Answers shared between worksheets and tools (src/lib/workbook/shared-answers.ts) count wherever they are asked.
  const sharedAnswers = withSharedAnswers(
    Object.fromEntries(worksheets.map((w) => [w.id, worksheetState[w.id]?.record?.answers])),
  );
  const rampStartDate = rampStart(ramp.record, sharedAnswers['ramp-readiness']);
  const rampWeek = rampStartDate ? weekOn(rampStartDate, today()) : 0;
  const lessonsDone = lessonsComplete(progress.record, slugs);
  const acceptedAssignments = Object.keys(assignments.record?.accepted ?? {}).length;
  const rows = worksheets.map((worksheet) => {
    const state = worksheetState[worksheet.id];
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
  const reminderDue = backupReminderDue(meta.record, new Date());

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

  const download = (file: { fileName: string; text: string; mimeType: string }) =>
    downloadFile(file.fileName, file.text, file.mimeType);

  const exportMarkdown = () => {
    const now = new Date();
    const text = workbookMarkdown({
      now,
      worksheets,
      answers: Object.fromEntries(worksheets.map((w) => [w.id, sharedAnswers[w.id] ?? {}])),
      checks,
      chosen: Object.fromEntries(checks.map((c) => [c.id, checkState[c.id]?.record?.chosen ?? {}])),
      lessons,
      completed: progress.record?.completed ?? {},
      tools: toolOutlines(
        {
          audit: auditState.record,
          ledger: ledger.record,
          planner: planner.record,
          ramp: ramp.record,
          worksheets: sharedAnswers,
        },
        today(),
      ),
    });
    downloadFile(exportFileName(now, 'md'), text, 'text/markdown');
  };

  const chooseFile = async (file: File) => {
    setImportStep({ step: 'choose' });
    // A file too large to be a workbook is not read at all; the import says so from its size.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = prepareImport(text, file.size);
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

  const confirmImport = () => {
    if (!prepared?.ok || importStep.step !== 'preview') return;
    const mode: ImportMode = importStep.mode;
    const result = applyImport(prepared.file, mode);
    setPrepared(null);
    setImportStep(
      result.ok
        ? { step: 'done', message: `Your workbook now holds the ${mode === 'merge' ? 'merged' : 'imported'} answers.` }
        : { step: 'error', message: result.message },
    );
  };

  // The server renders no saved data; render it only after hydration, so no attribute is left as the server set it.
  if (!ready) return <p class="meta">Loading your workbook…</p>;

  const answeredWorksheets = rows.filter((row) => !row.completion.empty).length;
  const answeredChecks = checks.filter(
    (check) => Object.keys(checkState[check.id]?.record?.chosen ?? {}).length > 0,
  ).length;

  return (
    <div class="workbook">
      {!storageAvailable && (
        <Notice tone="warning" title="This browser is not keeping your answers" role="status">
          <p>
            It is not letting this site save anything, which happens in private browsing or when site storage is turned
            off. The workbook works for this visit, but nothing will be kept when you close the window. Export before
            you leave.
          </p>
        </Notice>
      )}
      {saveFailure && (
        <Notice tone="danger" title="Your latest change was not saved" role="alert">
          <p>Not saved: {saveFailure.message}</p>
          <button type="button" class="button" onClick={() => download(exportWorkbook())}>
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
          <button type="button" class="button" onClick={() => download(exportWorkbook())}>
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
          assignments.record,
          { lessons, worksheets },
          (slug) => Boolean(progress.record?.completed[slug]),
          (id) => rows.find((row) => row.worksheet.id === id)?.completion.complete ?? false,
        )}
        onRemove={(id) => {
          const coach = assignments.record?.accepted[id]?.assignment.coach ?? 'your coach';
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
          <label for="lessons-progress">
            {lessonsDone} of {lessons.length} lessons marked complete
          </label>
          <progress id="lessons-progress" max={lessons.length} value={lessonsDone} />
        </div>
        <div class="progress-line">
          <label for="worksheets-progress">
            {worksheetsDone} of {worksheets.length} worksheets complete
          </label>
          <progress id="worksheets-progress" max={worksheets.length} value={worksheetsDone} />
        </div>
        <p class="meta" data-persistence={persistence}>
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
            <span class="meta">
              {' '}
              · {audit.contacts.length} people
              {audit.snapshots.length > 0
                ? `, ${audit.snapshots.length} ${audit.snapshots.length === 1 ? 'snapshot' : 'snapshots'}`
                : ''}
            </span>
          </li>
          <li>
            <a href={pathTo('workbook/give-get-ledger/')}>Give/get ledger</a>
            <span class="meta"> · {ledgerEntries.length} entries</span>
          </li>
          <li>
            <a href={pathTo('workbook/ramp-plan/')}>26-week ramp plan</a>
            <span class="meta">
              {' '}
              · {rampWeek === 0 ? 'not started' : rampWeek > WEEKS ? 'finished' : `week ${rampWeek} of ${WEEKS}`}
            </span>
          </li>
        </ul>
        <h3>Follow-ups due this week</h3>
        {due.length === 0 ? (
          <p class="meta">None.</p>
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
                  <td>{status}</td>
                  <td>{updatedAt ? dateTime(updatedAt) : '—'}</td>
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
          <button type="button" class="button" onClick={() => download(exportWorkbook())}>
            Download workbook (.json, to import later)
          </button>
          <button type="button" class="button button-quiet" onClick={exportMarkdown}>
            Download as a document (.md)
          </button>
          <a class="button button-quiet" href={pathTo('workbook/print/')}>
            Print my workbook
          </a>
        </p>
        <p class="meta">
          {meta.record?.lastExportAt ? `Last exported ${dateTime(meta.record.lastExportAt)}.` : 'Not exported yet.'}
        </p>
        <ImportPanel
          state={importStep}
          describe={describe}
          onFile={(file) => void chooseFile(file)}
          onMode={(mode) => importStep.step === 'preview' && setImportStep({ ...importStep, mode })}
          onBackup={() => download(backupBeforeImport())}
          onConfirm={confirmImport}
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
              {audit.contacts.length > 0 && (
                <li>
                  your network audit: {audit.contacts.length} {audit.contacts.length === 1 ? 'person' : 'people'} and{' '}
                  {audit.snapshots.length} {audit.snapshots.length === 1 ? 'snapshot' : 'snapshots'};
                </li>
              )}
              {ledgerEntries.length > 0 && <li>{ledgerEntries.length} entries in your give/get ledger;</li>}
              {(planner.record?.plans.length ?? 0) > 0 && <li>{planner.record!.plans.length} conversation plans;</li>}
              {ramp.record && (rampStartDate || Object.keys(ramp.record.checkIns).length > 0) && (
                <li>
                  your ramp plan and its {Object.keys(ramp.record.checkIns).length}{' '}
                  {Object.keys(ramp.record.checkIns).length === 1 ? 'check-in' : 'check-ins'};
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
              <button type="button" class="button button-quiet" onClick={() => download(exportWorkbook())}>
                Download my workbook first
              </button>
              <button
                type="button"
                class="button button-danger"
                onClick={() => {
                  deleteAllData();
                  setRecoveries(workbookRecoveries());
                  setConfirmingDelete(false);
                  setDeleted(true);
                }}
              >
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
