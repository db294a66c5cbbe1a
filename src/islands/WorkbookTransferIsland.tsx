/**
 * The workbook page, second part: export (JSON and Markdown), import and "Delete all my data". It hydrates when it
 * comes into view (client:visible), so the page's first load does not carry it; what it shares with the status
 * island above is in src/islands/workbook-summary.ts. It then fetches the whole course (every question's words, for
 * the Markdown document, the import preview and the count before a delete), which the page's HTML does not carry:
 * until that has come, its buttons stay disabled. The code for export, import, the Markdown document and delete
 * loads when the learner clicks.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dateTimeInWords } from '~/lib/date-words';
import { today } from '~/lib/dates';
import { pathTo } from '~/lib/paths';
import type { ImportMode, PlannedChange } from '~/lib/workbook/transfer';
import { rampStart } from '~/lib/ramp/weeks';
import { thingsToLose } from '~/lib/workbook/delete-list';
import { $audit } from '~/stores/audit';
import { $planner } from '~/stores/conversations';
import { $ledger } from '~/stores/ledger';
import { $ramp } from '~/stores/ramp';
import { noteToolsChanged } from '~/stores/tool-counts';
import type { Download, PreparedImport } from '~/stores/workbook';
import { $workbookRecoveries, refreshWorkbookRecoveries } from '~/stores/workbook-recoveries';
import { downloadFile } from '~/islands/download';
import {
  describeRecord,
  recordPlace,
  useLoadOnClick,
  useWorkbookSummary,
  workbookActions,
  type WorkbookCourse,
} from '~/islands/workbook-summary';
import { ImportPanel, type ImportStep } from '~/ui/ImportPanel';
import { LoadProblemNotice } from '~/ui/LoadProblemNotice';
import { Notice } from '~/ui/Notice';

const dateTime = dateTimeInWords;

/** The Markdown document's writers, loaded when the learner asks for it. */
const documentWriters = () =>
  Promise.all([
    import('~/lib/workbook/markdown'),
    import('~/lib/workbook/tool-outline'),
    import('~/lib/workbook/transfer'),
  ]);

/** No course yet: what the island counts with until the course has been fetched. */
const noCourse: WorkbookCourse = { lessons: [], worksheets: [], checks: [] };

let courseRequest: Promise<WorkbookCourse> | undefined;

/**
 * The whole course (src/pages/workbook/course.json.ts), fetched once and kept for the visit; a failed fetch is
 * tried again on the next call. The service worker has it after the first visit, so it loads offline too.
 */
function fetchWorkbookCourse(): Promise<WorkbookCourse> {
  courseRequest ??= fetch(pathTo('workbook/course.json')).then(async (response) => {
    if (!response.ok) throw new Error(`The course could not be fetched (${response.status}).`);
    return (await response.json()) as WorkbookCourse;
  });
  courseRequest.catch(() => (courseRequest = undefined));
  return courseRequest;
}

export interface WorkbookTransferIslandProps {
  /** The course's name (site.config.ts), for the Markdown document's title. */
  courseName?: string;
}

export default function WorkbookTransferIsland({ courseName }: WorkbookTransferIslandProps) {
  const [fetched, setFetched] = useState<WorkbookCourse | null>(null);
  const course = fetched ?? noCourse;
  const { lessons, worksheets, checks } = course;
  const summary = useWorkbookSummary(course);
  const { progress, meta, sharedAnswers, checksShown, lessonsDone, acceptedAssignments } = summary;
  // Hydrated, and the course has come: only then do the buttons work with the right figures.
  const ready = summary.ready && fetched !== null;
  const tools = {
    audit: useStore($audit).record,
    ledger: useStore($ledger).record,
    planner: useStore($planner).record,
    ramp: useStore($ramp).record,
  };
  const { audit, ledger, planner, ramp } = ready ? tools : { audit: null, ledger: null, planner: null, ramp: null };
  const people = audit?.contacts.length ?? 0;
  const snapshots = audit?.snapshots.length ?? 0;
  const ledgerEntries = ledger?.entries ?? [];
  const rampStartDate = rampStart(ramp, sharedAnswers['ramp-readiness']);
  const recoveries = useStore($workbookRecoveries);
  const { loadProblem, loaded } = useLoadOnClick();
  const [courseProblem, setCourseProblem] = useState(false);
  const downloadButton = useRef<HTMLButtonElement>(null);
  const retried = useRef(false);
  // A failed fetch keeps its notice (and "Try again", with the focus) until a later one works.
  const fetchCourse = () =>
    fetchWorkbookCourse().then(
      (course) => {
        setCourseProblem(false);
        setFetched(course);
      },
      () => setCourseProblem(true),
    );
  useEffect(() => void fetchCourse(), []);
  useLayoutEffect(() => {
    // "Try again" goes away once the course has come: focus moves to the first button it made usable.
    if (fetched && retried.current) downloadButton.current?.focus();
  }, [fetched]);
  const [importStep, setImportStep] = useState<ImportStep>({ step: 'choose' });
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const deleteHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const deleteWasOpen = useRef(false);

  useLayoutEffect(() => {
    // Focus moves into the confirmation when it opens, and back to its button when it closes (deleted or cancelled).
    if (confirmingDelete) deleteHeading.current?.focus();
    else if (deleteWasOpen.current) deleteButton.current?.focus();
    deleteWasOpen.current = confirmingDelete;
  }, [confirmingDelete]);

  const describe = (name: string) => describeRecord(name, course);
  const inCourseOrder = (plan: PlannedChange[]) =>
    [...plan].sort((a, b) => recordPlace(a.name, course) - recordPlace(b.name, course) || a.name.localeCompare(b.name));
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
          const record = checksShown[c.id]?.record;
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
    const known = {
      worksheets: worksheets.map((w) => w.id),
      checks: checks.map((c) => c.id),
      questions: Object.fromEntries(worksheets.map((w) => [w.id, w.definition.fields])),
      titles: Object.fromEntries(worksheets.map((w) => [w.id, w.definition.title])),
    };
    const result = actions.prepareImport(text, file.size, known);
    setPrepared(result);
    setImportStep(
      result.ok
        ? {
            step: 'preview',
            fileName: file.name,
            exportedAt: result.file.exportedAt,
            plans: { merge: inCourseOrder(result.plans.merge), replace: inCourseOrder(result.plans.replace) },
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
    noteToolsChanged();
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
    noteToolsChanged();
    refreshWorkbookRecoveries();
    setConfirmingDelete(false);
    setDeleted(true);
  };

  const answeredWorksheets = summary.worksheetsAnswered;
  const answeredChecks = summary.checksAnswered;
  // What "Delete all my data" would take away, in words: only what is there.
  const toLose = thingsToLose({
    worksheets: answeredWorksheets,
    checks: answeredChecks,
    lessonsDone,
    leftOff: Boolean(progress?.lastLesson),
    people,
    snapshots,
    ledgerEntries: ledgerEntries.length,
    plans: planner?.plans.length ?? 0,
    rampPlan: Boolean(ramp && (rampStartDate || Object.keys(ramp.checkIns).length > 0)),
    checkIns: Object.keys(ramp?.checkIns ?? {}).length,
    assignments: acceptedAssignments,
    keptAside: recoveries.length,
  });

  return (
    <div class="workbook workbook-transfer" data-ready={summary.ready ? 'true' : 'false'}>
      {loadProblem && <LoadProblemNotice />}
      {courseProblem && (
        <Notice tone="danger" title="Export, import and delete are not ready" role="alert">
          <p>
            They need the course&rsquo;s list of questions, which could not be loaded. Check your connection, then try
            again; if the site was just updated, reload the page. Nothing you saved has changed.
          </p>
          <button
            type="button"
            class="button"
            onClick={() => {
              retried.current = true;
              void fetchCourse();
            }}
          >
            Try again
          </button>
        </Notice>
      )}
      <section aria-labelledby="export-heading" id="export">
        <h2 id="export-heading">Export and import</h2>
        <p>
          Your answers live only in this browser. Export them to keep a copy, to move them to another browser or device,
          or to read them elsewhere.
        </p>
        <p class="button-row">
          {/* Disabled until the island has hydrated: a click before then would do nothing. */}
          <button
            type="button"
            class="button"
            ref={downloadButton}
            disabled={!ready}
            onClick={() => void downloadWorkbook()}
          >
            Download workbook (.json, to import later)
          </button>
          <button type="button" class="button button-quiet" disabled={!ready} onClick={() => void exportMarkdown()}>
            Download as a document (.md)
          </button>
          <a class="button button-quiet" href={pathTo('workbook/print/')}>
            Print my workbook
          </a>
        </p>
        {/* While the course is on its way, this line says why the buttons are not ready yet; same line, so nothing moves. */}
        <p class="meta saved-value">
          {!fetched
            ? courseProblem
              ? 'Not ready: see the notice above.'
              : 'Getting export and import ready…'
            : meta?.lastExportAt
              ? `Last exported ${dateTime(meta.lastExportAt)}.`
              : 'Not exported yet.'}
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
            {toLose.length > 0 ? (
              <>
                <p>This cannot be undone. You will lose:</p>
                <ul>
                  {toLose.map((item, index) => (
                    <li key={item}>
                      {item}
                      {index < toLose.length - 1 ? ';' : '.'}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Nothing you have written or marked is saved in this browser, so there is nothing to lose.</p>
            )}
            {toLose.length > 0 && (
              <p>
                If you might want them later, download your workbook first. A coach&rsquo;s own client data, if this
                browser holds any, is not touched.
              </p>
            )}
            {recoveries.length > 0 && (
              <p>
                Your workbook file does not hold the unreadable answers: to keep{' '}
                {recoveries.length === 1 ? 'that copy' : 'those copies'}, use &ldquo;Download the saved text&rdquo;
                under &ldquo;Saved answers that could not be read&rdquo;, at the top of this page, before you delete.
              </p>
            )}
            <p class="button-row">
              {toLose.length > 0 && (
                <button type="button" class="button button-quiet" onClick={() => void downloadWorkbook()}>
                  Download my workbook first
                </button>
              )}
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
