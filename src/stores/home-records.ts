/**
 * The records the home page reads, straight from localStorage and without nanostores or a validation library: the
 * home page must show the learner's progress before it is first painted, with a few KB of script. It only reads;
 * it never writes. The keys and shapes are the ones documented in src/stores/storage.ts and src/lib/workbook/
 * sections.ts; anything that does not look like them is left out here (the workbook page, which loads the full
 * stores, says what is wrong and keeps the text aside).
 */
import { STORAGE_PREFIX } from '~/lib/storage/keys';
import { decodeStored } from '~/lib/storage/stored-record';
import { isCalendarDate } from '~/lib/dates';
import { rampStart as startOfRamp } from '~/lib/ramp/weeks';
import type { Answer } from '~/lib/workbook/answers';
import type { HomeAssignedItem, HomeCourse, HomeRecords } from '~/lib/workbook/home';
import { progressRecordSpec } from '~/lib/workbook/progress';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parsed JSON stored under `name`, or undefined when there is none or it cannot be read. */
function stored(name: string): unknown {
  try {
    const raw = window.localStorage.getItem(STORAGE_PREFIX + name);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function readProgress(): HomeRecords['progress'] {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(`${STORAGE_PREFIX}progress`);
  } catch {
    return null;
  }
  const decoded = decodeStored(raw, progressRecordSpec);
  if (decoded.kind === 'ok') return decoded.record;
  return decoded.kind === 'empty' ? null : 'unreadable';
}

function readAssignments(): HomeRecords['assignments'] {
  const record = stored('assignments');
  if (!isObject(record) || !isObject(record['accepted'])) return [];
  const assignments: HomeRecords['assignments'] = [];
  for (const entry of Object.values(record['accepted'])) {
    const assignment = isObject(entry) ? entry['assignment'] : undefined;
    if (!isObject(assignment) || typeof assignment['coach'] !== 'string' || !Array.isArray(assignment['items']))
      continue;
    const items: HomeAssignedItem[] = assignment['items'].filter(
      (item): item is HomeAssignedItem =>
        isObject(item) &&
        (item['kind'] === 'module' || item['kind'] === 'worksheet') &&
        typeof item['id'] === 'string' &&
        (item['due'] === undefined || (typeof item['due'] === 'string' && isCalendarDate(item['due']))),
    );
    const client = typeof assignment['client'] === 'string' ? assignment['client'] : '';
    assignments.push({ coach: assignment['coach'], client, items });
  }
  return assignments;
}

/** Everything the home page shows, read from this browser's storage. */
export function readHomeRecords(course: HomeCourse): HomeRecords {
  const answers: HomeRecords['answers'] = {};
  for (const sheet of course.worksheets) {
    const record = stored(`worksheet:${sheet.id}`);
    if (isObject(record) && isObject(record['answers']))
      answers[sheet.id] = record['answers'] as Record<string, Answer>;
  }
  const checksAnswered: HomeRecords['checksAnswered'] = {};
  for (const id of course.lessons.flatMap((lesson) => lesson.checks)) {
    const record = stored(`check:${id}`);
    if (isObject(record) && isObject(record['chosen'])) checksAnswered[id] = Object.keys(record['chosen']).length;
  }
  // The ramp plan's start is module 7's worksheet's answer (src/lib/workbook/shared-answers.ts); the plan's own older
  // copy counts only while the worksheet has none.
  const ramp = stored('ramp');
  const rampStart = startOfRamp(isObject(ramp) ? ramp : undefined, answers['ramp-readiness']);
  return {
    progress: readProgress(),
    answers,
    checksAnswered,
    rampStart,
    assignments: readAssignments(),
  };
}
