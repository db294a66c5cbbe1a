import { describe, expect, it } from 'vitest';
import { CourseOrderError, courseOrder, positionOf, totalMinutes } from '~/lib/course';

const lesson = (slug: string, module: number, draft = false) => ({ slug, module, title: slug, draft });

describe('courseOrder', () => {
  it('puts lessons in module order whatever order the files come in', () => {
    const ordered = courseOrder([lesson('c', 3), lesson('a', 1), lesson('b', 2)]);
    expect(ordered.map((l) => l.slug)).toEqual(['a', 'b', 'c']);
  });

  it('leaves drafts out', () => {
    const ordered = courseOrder([lesson('a', 1), lesson('draft', 2, true), lesson('c', 3)]);
    expect(ordered.map((l) => l.slug)).toEqual(['a', 'c']);
  });

  it('refuses two lessons with the same module number, naming both', () => {
    expect(() => courseOrder([lesson('first', 1), lesson('second', 1)])).toThrow(
      new CourseOrderError('Lessons "first" and "second" both say they are module 1; give each its own number.'),
    );
  });

  it('allows a draft to share a number with a published lesson', () => {
    expect(courseOrder([lesson('a', 1), lesson('a-rewrite', 1, true)]).map((l) => l.slug)).toEqual(['a']);
  });

  it('does not change the list it is given', () => {
    const lessons = [lesson('b', 2), lesson('a', 1)];
    courseOrder(lessons);
    expect(lessons.map((l) => l.slug)).toEqual(['b', 'a']);
  });
});

describe('positionOf', () => {
  const course = courseOrder([lesson('a', 1), lesson('b', 2), lesson('c', 5)]);

  it.each([
    ['a', 1, undefined, 'b'],
    ['b', 2, 'a', 'c'],
    ['c', 3, 'b', undefined],
  ])('%s is lesson %i, after %s and before %s', (slug, place, previous, next) => {
    const position = positionOf(course, slug);
    expect(position.place).toBe(place);
    expect(position.total).toBe(3);
    expect(position.previous?.slug).toBe(previous);
    expect(position.next?.slug).toBe(next);
  });

  it('has no neighbours in a one-lesson course', () => {
    const position = positionOf([lesson('only', 1)], 'only');
    expect(position).toMatchObject({ place: 1, total: 1, previous: undefined, next: undefined });
  });

  it('says so when the lesson is not in the course', () => {
    expect(() => positionOf(course, 'missing')).toThrow(/No published lesson "missing"/);
  });
});

describe('totalMinutes', () => {
  it('adds up the minutes of every lesson', () => {
    expect(totalMinutes([{ minutes: 25 }, { minutes: 30 }, { minutes: 5 }])).toBe(60);
  });
  it('is zero for no lessons', () => {
    expect(totalMinutes([])).toBe(0);
  });
});
