/**
 * The workbook page, first part: storage notices, assignments, progress, the tools and every worksheet with its
 * status and last change. Export, import and delete are the page's second island (WorkbookTransferIsland), which
 * loads when it comes into view; what both read is in src/islands/workbook-summary.ts.
 *
 * The page is drawn on the server as it looks with nothing saved, and the first render here draws the same, so
 * nothing moves when the island hydrates; the learner's own data comes in on the next render. The code for export
 * loads when the learner clicks, so the page's first load stays small.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dateTimeInWords } from '~/lib/date-words';
import { today } from '~/lib/dates';
import { followUpInWords, followUpsDue } from '~/lib/ledger/follow-ups';
import { lessonPath, pathTo } from '~/lib/paths';
import { WEEKS, rampStart, weekOn } from '~/lib/ramp/weeks';
import type { WorkbookWorksheet } from '~/lib/workbook/markdown';
import { backupReminderDue } from '~/lib/workbook/meta';
import { dismissAssignment } from '~/stores/assignments';
import { $saveFailure, $storageAvailable } from '~/stores/storage';
import { $persistence, checkPersistence } from '~/stores/workbook-meta';
import { $toolsChanged, noTools, readToolCounts, type ToolCounts } from '~/stores/tool-counts';
import { $workbookRecoveries, refreshWorkbookRecoveries } from '~/stores/workbook-recoveries';
import { downloadFile } from '~/islands/download';
import { assignmentRows } from '~/islands/assignment-rows';
import {
  describeRecord,
  useLoadOnClick,
  useWorkbookSummary,
  workbookActions,
  type CourseOutline,
} from '~/islands/workbook-summary';
import { AssignmentList } from '~/ui/coach/AssignmentList';
import { LoadProblemNotice } from '~/ui/LoadProblemNotice';
import { Notice } from '~/ui/Notice';
import { TableScroll } from '~/ui/TableScroll';

export type WorkbookIslandProps = CourseOutline;

const dateTime = dateTimeInWords;

/** What "N of 7 worksheets" counts: which modules have one, and when one is complete. */
function worksheetsExplained(lessons: CourseOutline['lessons'], worksheets: WorkbookWorksheet[]): string {
  const without = lessons.filter((lesson) => !worksheets.some((sheet) => sheet.lesson?.slug === lesson.slug));
  const which =
    without.length === 0
      ? 'One in each module.'
      : `One in each module except ${without.map((lesson) => `module ${lesson.module}`).join(' and ')}, where you practise with a tool instead.`;
  return `${which} A worksheet is complete once every question marked “required” has an answer.`;
}

export default function WorkbookIsland(course: WorkbookIslandProps) {
  const { lessons, worksheets } = course;
  const summary = useWorkbookSummary(course);
  const { ready, progress, meta, assignments, rows, lessonsDone, worksheetsDone, acceptedAssignments } = summary;
  // The tools' figures, read without their stores (src/stores/tool-counts.ts): again after an import or a delete on
  // this page, and after a change in another tab.
  const [tools, setTools] = useState<ToolCounts>(noTools);
  const toolsChanged = useStore($toolsChanged);
  useEffect(() => {
    const read = () => setTools(readToolCounts());
    read();
    window.addEventListener('storage', read);
    return () => window.removeEventListener('storage', read);
  }, [toolsChanged]);
  const { people, snapshots, entries: ledgerEntries } = tools;
  const rampStartDate = rampStart(tools.ramp, summary.sharedAnswers['ramp-readiness']);
  const rampWeek = rampStartDate ? weekOn(rampStartDate, today()) : 0;
  const persistenceLive = useStore($persistence);
  const storageAvailable = useStore($storageAvailable);
  const saveFailure = useStore($saveFailure);
  const recoveries = useStore($workbookRecoveries);
  const persistence = ready ? persistenceLive : 'unknown';
  const { loadProblem, loaded } = useLoadOnClick();
  // A new object each time, so that removing a second assignment moves focus to the message again.
  const [removed, setRemoved] = useState<{ text: string } | null>(null);
  const removedNotice = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (removed) removedNotice.current?.focus();
  }, [removed]);

  useEffect(() => {
    void checkPersistence();
    refreshWorkbookRecoveries();
  }, []);

  const now = today();
  const due = followUpsDue(ledgerEntries, now);
  const reminderDue = backupReminderDue(meta, new Date());
  const describe = (name: string) => describeRecord(name, course);
  const downloadWorkbook = async () => {
    const actions = await loaded(workbookActions);
    if (!actions) return;
    const file = actions.exportWorkbook();
    downloadFile(file.fileName, file.text, file.mimeType);
  };

  return (
    // Until hydrated, the page shows its shape but hides every figure drawn from saved data (class "saved-value"),
    // so a returning learner never reads "0 of 8" for a moment, and nothing moves when the figures arrive.
    <div class="workbook" data-ready={ready ? 'true' : 'false'}>
      {loadProblem && <LoadProblemNotice />}
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
          (id) => (rows.find((row) => row.worksheet.id === id)?.completion.answered ?? 0) > 0,
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
            <a href={`${lessonPath('conversation-craft')}#planner-title`}>Conversation planner</a>
            <span class="meta saved-value">
              {' '}
              · {tools.plans} {tools.plans === 1 ? 'plan' : 'plans'}, in module 6
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
              <li key={entry.id}>{followUpInWords(entry, now)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="worksheets-heading">
        <h2 id="worksheets-heading">Worksheets</h2>
        <TableScroll label="Worksheets">
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
        </TableScroll>
      </section>
    </div>
  );
}
