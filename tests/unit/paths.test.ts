import { describe, expect, it } from 'vitest';
import { lessonPath, pathTo, withTrailingSlash } from '~/lib/paths';

describe('pathTo', () => {
  describe.each([
    ['/', ['/', '/about/', '/lessons/x/', '/favicon.svg', '/glossary/#weak-tie']],
    [
      '/course/',
      ['/course/', '/course/about/', '/course/lessons/x/', '/course/favicon.svg', '/course/glossary/#weak-tie'],
    ],
    [
      '/course',
      ['/course/', '/course/about/', '/course/lessons/x/', '/course/favicon.svg', '/course/glossary/#weak-tie'],
    ],
  ])('with base %s', (base, [home, about, lesson, file, fragment]) => {
    it('links the home page', () => expect(pathTo('/', base)).toBe(home));
    it('adds the trailing slash a page needs', () => expect(pathTo('about', base)).toBe(about));
    it('keeps one slash between base and path', () => expect(pathTo('/lessons/x/', base)).toBe(lesson));
    it('leaves a file name as it is', () => expect(pathTo('favicon.svg', base)).toBe(file));
    it('keeps a fragment after the slash', () => expect(pathTo('glossary#weak-tie', base)).toBe(fragment));
  });

  it('uses the built base by default (the root in tests)', () => {
    expect(pathTo('about')).toBe('/about/');
  });
});

describe('lessonPath', () => {
  it('puts lessons under /lessons/', () => {
    expect(lessonPath('audit-your-network', '/course/')).toBe('/course/lessons/audit-your-network/');
  });
});

describe('withTrailingSlash', () => {
  it.each([
    ['/course', '/course/'],
    ['/course/', '/course/'],
    ['/', '/'],
  ])('%s → %s', (input, expected) => expect(withTrailingSlash(input)).toBe(expected));
});
