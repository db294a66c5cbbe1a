/** The home page's progress panel: lessons complete, worksheets complete, and where to continue. */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { today } from '~/lib/dates';
import { lessonPath, pathTo } from '~/lib/paths';
import { WEEKS, rampStart, weekOn } from '~/lib/ramp/plan';
import { completionOf } from '~/lib/workbook/answers';
import { withSharedAnswers } from '~/lib/workbook/shared-answers';
import type { WorkbookWorksheet } from '~/lib/workbook/markdown';
import { continueFrom, lessonsComplete } from '~/lib/workbook/progress';
import { $assignments } from '~/stores/assignments';
import { $progress } from '~/stores/progress';
import { $ramp } from '~/stores/ramp';
import { assignmentRows } from '~/islands/assignment-rows';
import { useHydrated } from '~/islands/hydration';
import { AssignmentList } from '~/ui/coach/AssignmentList';
import { worksheetStates } from '~/stores/worksheets';

export interface CourseProgressIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: WorkbookWorksheet[];
}

export default function CourseProgressIsland({ lessons, worksheets }: CourseProgressIslandProps) {
  const progress = useStore($progress);
  const ramp = useStore($ramp);
  const assignments = useStore($assignments);
  const $states = useMemo(() => worksheetStates(worksheets.map((w) => w.id)), [worksheets]);
  const states = useStore($states);
  const ready = useHydrated();
  if (!ready) return null;

  const slugs = lessons.map((lesson) => lesson.slug);
  const done = lessonsComplete(progress.record, slugs);
  // Answers shared between worksheets (src/lib/workbook/shared-answers.ts) count wherever they are asked.
  const answers = withSharedAnswers(Object.fromEntries(worksheets.map((w) => [w.id, states[w.id]?.record?.answers])));
  const worksheetsDone = worksheets.filter((w) => completionOf(w.definition, answers[w.id] ?? {}).complete).length;
  const next = lessons.find((lesson) => lesson.slug === continueFrom(progress.record, slugs));
  const rampStartDate = rampStart(ramp.record, answers['ramp-readiness']);
  const rampWeek = rampStartDate ? weekOn(rampStartDate, today()) : 0;
  const assigned = assignmentRows(
    assignments.record,
    { lessons, worksheets },
    (slug) => Boolean(progress.record?.completed[slug]),
    (id) => completionOf(worksheets.find((w) => w.id === id)?.definition ?? { fields: [] }, answers[id] ?? {}).complete,
  );
  const started = done > 0 || progress.record?.lastLesson !== undefined || rampWeek > 0 || assigned.length > 0;
  if (!started) return null;

  return (
    <>
      <AssignmentList assignments={assigned} />
      <section class="panel course-progress" aria-labelledby="course-progress-heading">
        <h2 id="course-progress-heading">Your progress</h2>
        <div class="progress-line">
          <label for="home-lessons-progress">
            {done} of {lessons.length} lessons complete
          </label>
          <progress id="home-lessons-progress" max={lessons.length} value={done} />
        </div>
        <div class="progress-line">
          <label for="home-worksheets-progress">
            {worksheetsDone} of {worksheets.length} worksheets complete
          </label>
          <progress id="home-worksheets-progress" max={worksheets.length} value={worksheetsDone} />
        </div>
        {rampWeek > 0 && (
          <div class="progress-line">
            <label for="home-ramp-progress">
              {rampWeek > WEEKS ? 'Your 26-week ramp plan is complete' : `Ramp plan: week ${rampWeek} of ${WEEKS}`}
            </label>
            <progress id="home-ramp-progress" max={WEEKS} value={Math.min(rampWeek, WEEKS)} />
          </div>
        )}
        <p class="button-row">
          {next ? (
            <a class="button" href={lessonPath(next.slug)}>
              Continue where you left off: module {next.module}, {next.title}
            </a>
          ) : (
            <span>You have completed every lesson.</span>
          )}
          <a class="button button-quiet" href={pathTo('workbook/')}>
            Open your workbook
          </a>
        </p>
      </section>
    </>
  );
}
