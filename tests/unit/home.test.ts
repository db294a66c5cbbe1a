/**
 * The home page's view of a learner's records: what the main button offers, the progress figures, and each module's
 * state. A first visit keeps the page as served; a returning learner is sent on to what is next.
 */
import { describe, expect, it } from 'vitest';
import { homeView, type HomeCourse, type HomeRecords } from '~/lib/workbook/home';
import type { ProgressRecord } from '~/lib/workbook/progress';
import { worksheetSchema } from '~/schema';

const today = '2026-11-30';
const at = '2026-11-20T10:00:00.000Z';

const sheet = worksheetSchema.parse({
  title: 'Where your time goes',
  intro: 'For the test.',
  fields: [
    { id: 'hours', type: 'number', label: 'Hours', help: 'A number.', required: true },
    { id: 'note', type: 'long-text', label: 'Note', help: 'Optional.' },
  ],
});

const course: HomeCourse = {
  lessons: [
    { slug: 'broadcasting', module: 1, title: 'Broadcasting', worksheets: ['time'], checks: ['broadcasting'] },
    { slug: 'power', module: 2, title: 'Power', worksheets: [], checks: ['power'] },
    { slug: 'audit', module: 3, title: 'Audit', worksheets: [], checks: [] },
  ],
  worksheets: [{ id: 'time', title: 'Where your time goes', lesson: 'broadcasting', fields: sheet.fields }],
};

function progress(done: string[], last?: string): ProgressRecord {
  return {
    v: 1,
    updatedAt: at,
    completed: Object.fromEntries(done.map((slug) => [slug, at])),
    ...(last ? { lastLesson: { slug: last, at } } : {}),
  };
}

const nothing: HomeRecords = { progress: null, answers: {}, checksAnswered: {}, assignments: [] };
const records = (changes: Partial<HomeRecords>): HomeRecords => ({ ...nothing, ...changes });

describe('homeView: the main button', () => {
  it.each([
    ['nothing saved: start with module 1', nothing, { kind: 'start', slug: 'broadcasting' }],
    [
      'a lesson read but not finished: continue with it',
      records({ progress: progress([], 'power') }),
      { kind: 'continue', slug: 'power', module: 2 },
    ],
    [
      'the last lesson read is done: the next one not done',
      records({ progress: progress(['broadcasting', 'power'], 'power') }),
      { kind: 'continue', slug: 'audit', module: 3 },
    ],
    [
      'only a worksheet answered: continue from module 1',
      records({ answers: { time: { note: 'hello' } } }),
      { kind: 'continue', slug: 'broadcasting' },
    ],
    [
      'every lesson done: finished',
      records({ progress: progress(['broadcasting', 'power', 'audit'], 'audit') }),
      { kind: 'finished' },
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(homeView(course, input, today).next).toMatchObject(expected);
  });

  it('offers the most urgent assigned item when one is overdue or due soon, overdue first, then the earliest', () => {
    const view = homeView(
      course,
      records({
        progress: progress([], 'broadcasting'),
        assignments: [
          { coach: 'Jo', client: 'Sam', items: [{ kind: 'module', id: 'power', due: '2026-12-02' }] },
          {
            coach: 'Ana',
            client: 'Sam',
            items: [
              { kind: 'module', id: 'audit', due: '2026-12-01' },
              { kind: 'worksheet', id: 'time', due: '2026-11-25' },
            ],
          },
        ],
      }),
      today,
    );
    expect(view.next).toMatchObject({
      kind: 'assigned',
      item: { coach: 'Ana', title: 'Worksheet: Where your time goes', status: 'overdue', due: '2026-11-25' },
    });
    expect(view.next.kind === 'assigned' && view.next.item.href).toEqual({ lesson: 'broadcasting', worksheet: 'time' });
  });

  it('marks an assigned worksheet with answers as started, and one with none as not', () => {
    const assigned = (answers: HomeRecords['answers']) =>
      homeView(
        course,
        records({ answers, assignments: [{ coach: 'Jo', client: 'Sam', items: [{ kind: 'worksheet', id: 'time' }] }] }),
        today,
      ).assignments[0]?.next;
    expect(assigned({ time: { note: 'a start' } })).toMatchObject({ status: 'no-date', started: true });
    expect(assigned({})).not.toHaveProperty('started');
  });

  it('keeps "continue" when what is assigned is not due for a while, and skips what is done', () => {
    const view = homeView(
      course,
      records({
        progress: progress(['power'], 'power'),
        assignments: [
          {
            coach: 'Jo',
            client: 'Sam',
            items: [
              { kind: 'module', id: 'power', due: '2026-11-29' },
              { kind: 'module', id: 'audit', due: '2026-12-20' },
            ],
          },
        ],
      }),
      today,
    );
    expect(view.next).toMatchObject({ kind: 'continue', slug: 'audit' });
    expect(view.assignments).toEqual([
      {
        coach: 'Jo',
        client: 'Sam',
        done: 1,
        total: 2,
        next: expect.objectContaining({ title: 'Module 3: Audit', status: 'upcoming' }),
      },
    ]);
  });
});

describe('homeView: an assignment’s next item', () => {
  const assigned = (items: { kind: 'module'; id: string; due?: string }[]) =>
    homeView(
      course,
      records({ progress: progress([], 'broadcasting'), assignments: [{ coach: 'Jo', client: 'Sam', items }] }),
      today,
    ).assignments[0]?.next;

  it('is the first open item in the coach’s order when nothing is urgent, dated or not', () => {
    expect(
      assigned([
        { kind: 'module', id: 'broadcasting' },
        { kind: 'module', id: 'power' },
        { kind: 'module', id: 'audit', due: '2026-12-20' },
      ]),
    ).toMatchObject({ title: expect.stringMatching(/^Module 1:/), status: 'no-date' });
  });

  it('is an overdue or due-soon item before anything earlier in the order', () => {
    expect(
      assigned([
        { kind: 'module', id: 'broadcasting' },
        { kind: 'module', id: 'audit', due: '2026-11-29' },
      ]),
    ).toMatchObject({ title: 'Module 3: Audit', status: 'overdue' });
  });
});

describe('homeView: figures and module states', () => {
  it('says nothing for a first visit: not returning, every module not started', () => {
    const view = homeView(course, nothing, today);
    expect(view.returning).toBe(false);
    expect(Object.values(view.modules)).toEqual(['not-started', 'not-started', 'not-started']);
    expect(view).toMatchObject({ lessonsDone: 0, lessonsTotal: 3, worksheetsDone: 0, worksheetsTotal: 1, rampWeek: 0 });
  });

  it('marks modules done, in progress (read last, an answer, a check answered) or not started', () => {
    const view = homeView(
      course,
      records({ progress: progress(['broadcasting'], 'audit'), checksAnswered: { power: 2 } }),
      today,
    );
    expect(view.modules).toEqual({ broadcasting: 'done', power: 'in-progress', audit: 'in-progress' });
    expect(view.returning).toBe(true);
  });

  it('counts a worksheet complete only when its required questions are answered', () => {
    const optionalOnly = homeView(course, records({ answers: { time: { note: 'a note' } } }), today);
    expect(optionalOnly.worksheetsDone).toBe(0);
    expect(optionalOnly.modules['broadcasting']).toBe('in-progress');
    const required = homeView(course, records({ answers: { time: { hours: 3 } } }), today);
    expect(required.worksheetsDone).toBe(1);
  });

  it('gives the ramp week from its first day, and counts a plan under way as a return', () => {
    expect(homeView(course, records({ rampStart: '2026-11-16' }), today)).toMatchObject({
      rampWeek: 3,
      returning: true,
    });
    expect(homeView(course, records({ rampStart: '2026-12-07' }), today)).toMatchObject({
      rampWeek: 0,
      returning: false,
    });
  });

  it('counts no lessons from progress it cannot read, but still treats the learner as returning', () => {
    const view = homeView(course, records({ progress: 'unreadable' }), today);
    expect(view.lessonsDone).toBeUndefined();
    expect(view.returning).toBe(true);
    expect(view.next).toMatchObject({ kind: 'continue', slug: 'broadcasting' });
  });

  it('counts an accepted assignment as a return even before anything is done, and leads to what was assigned', () => {
    const view = homeView(
      course,
      records({ assignments: [{ coach: 'Jo', client: 'Sam', items: [{ kind: 'module', id: 'power' }] }] }),
      today,
    );
    expect(view.returning).toBe(true);
    // Nothing of the learner's own yet: no "your answers are still here", and nowhere to continue from.
    expect(view.started).toBe(false);
    expect(view.next).toMatchObject({ kind: 'assigned', item: { title: 'Module 2: Power', status: 'no-date' } });
  });

  it('once the learner has started, an assignment not yet due leaves "continue" in the lead', () => {
    const view = homeView(
      course,
      records({
        progress: progress([], 'broadcasting'),
        assignments: [{ coach: 'Jo', client: 'Sam', items: [{ kind: 'module', id: 'power' }] }],
      }),
      today,
    );
    expect(view.started).toBe(true);
    expect(view.next).toMatchObject({ kind: 'continue', slug: 'broadcasting' });
  });
});

describe('homeView: answers shared between worksheets', () => {
  // Module 7's worksheet asks the job contact that module 2's worksheet keeps (src/lib/workbook/shared-answers.ts).
  const scale = {
    id: 'job-contact',
    type: 'scale',
    label: 'Contact',
    help: 'A scale.',
    required: true,
    min: 1,
    max: 5,
    minLabel: 'Hardly',
    maxLabel: 'Constantly',
  };
  const power = worksheetSchema.parse({ title: 'Power', intro: 'For the test.', fields: [scale] });
  const readiness = worksheetSchema.parse({ title: 'Ramp', intro: 'For the test.', fields: [scale] });
  const shared: HomeCourse = {
    lessons: [
      { slug: 'power', module: 2, title: 'Power', worksheets: ['power-lines-map'], checks: [] },
      { slug: 'ramp', module: 7, title: 'Ramp', worksheets: ['ramp-readiness'], checks: [] },
    ],
    worksheets: [
      { id: 'power-lines-map', title: 'Power', lesson: 'power', fields: power.fields },
      { id: 'ramp-readiness', title: 'Ramp', lesson: 'ramp', fields: readiness.fields },
    ],
  };

  it('one answer in module 2 completes the question in both worksheets', () => {
    const view = homeView(shared, records({ answers: { 'power-lines-map': { 'job-contact': 3 } } }), today);
    expect(view.worksheetsDone).toBe(2);
  });

  it('an old copy kept only in module 7’s worksheet does not count: the one answer is module 2’s', () => {
    const view = homeView(shared, records({ answers: { 'ramp-readiness': { 'job-contact': 3 } } }), today);
    expect(view.worksheetsDone).toBe(0);
  });
});
