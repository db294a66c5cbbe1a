import { describe, expect, it } from 'vitest';
import { appIcons, iconSvg, webManifest } from '~/lib/app-icons';
import {
  absoluteUrl,
  courseData,
  isoDuration,
  jsonLdText,
  lessonData,
  pathWithoutBase,
  shareImagePath,
} from '~/lib/share';
import { shareCard, shorten, type CardElement } from '~/lib/share-card';

describe('share image addresses', () => {
  it.each([
    ['/', 'og/index.png'],
    ['/lessons/give-before-you-get/', 'og/lessons/give-before-you-get.png'],
    ['/workbook/network-audit/', 'og/workbook/network-audit.png'],
    ['/404.html', 'og/404.png'],
  ])('%s → %s', (page, image) => expect(shareImagePath(page)).toBe(image));

  it('takes the base off a page’s path, and builds absolute addresses', () => {
    expect(pathWithoutBase('/course/lessons/x/', '/course/')).toBe('/lessons/x/');
    expect(pathWithoutBase('/lessons/x/', '/')).toBe('/lessons/x/');
    expect(absoluteUrl('https://jo.example', '/course/og/index.png')).toBe('https://jo.example/course/og/index.png');
  });
});

describe('structured data', () => {
  const provider = { name: 'Jo Rivera Coaching', url: 'https://jo.example' };

  it('describes the course with its modules as parts', () => {
    const data = courseData({
      name: 'Career Compass',
      description: 'A course.',
      url: 'https://c.example/',
      provider,
      minutes: 270,
      lessons: [{ title: 'One', summary: 'First.', module: 1, url: 'https://c.example/lessons/one/' }],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      provider: { '@type': 'Organization', name: 'Jo Rivera Coaching', url: 'https://jo.example' },
      timeRequired: 'PT4H30M',
      hasPart: [{ '@type': 'LearningResource', name: 'One', position: 1 }],
    });
  });

  it('describes a lesson as a LearningResource, part of the course', () => {
    const data = lessonData({
      title: 'Give first',
      summary: 'Why.',
      module: 4,
      minutes: 35,
      objectives: ['Give'],
      course: { name: 'Career Compass' },
      provider,
    });
    expect(data).toMatchObject({
      '@type': 'LearningResource',
      learningResourceType: 'Lesson',
      timeRequired: 'PT35M',
      teaches: ['Give'],
      isPartOf: { '@type': 'Course', name: 'Career Compass' },
    });
    expect(data).not.toHaveProperty('url'); // no address configured: none invented
  });

  it.each([
    [0, 'PT0M'],
    [35, 'PT35M'],
    [60, 'PT1H'],
    [95, 'PT1H35M'],
  ])('writes %s minutes as %s', (minutes, duration) => expect(isoDuration(minutes)).toBe(duration));

  it('cannot be closed early by a title with a script tag in it', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

/** Every piece of text in a card. */
const texts = (element: CardElement | string): string[] =>
  typeof element === 'string'
    ? [element]
    : [element.props.children ?? []].flat().flatMap((child) => texts(child as CardElement | string));

describe('the share card', () => {
  const content = {
    siteName: 'Career Compass',
    title: 'Give before you get',
    description: 'Why small gives add up.',
    kind: 'Module 4',
    footer: 'Jo Rivera Coaching',
    logo: 'data:image/svg+xml;base64,AAAA',
    accent: '#9a3412',
  };

  it('shows the site, the kind of page, its title and description, and who offers it', () => {
    expect(texts(shareCard(content))).toEqual([
      'Career Compass',
      'Module 4',
      'Give before you get',
      'Why small gives add up.',
      'Jo Rivera Coaching',
    ]);
  });

  it('is 1200 by 630, with the accent down the left edge', () => {
    const card = shareCard(content);
    expect(card.props.style).toMatchObject({ width: 1200, height: 630 });
    expect((card.props.children as CardElement[])[0]!.props.style?.['background']).toBe('#9a3412');
  });

  it('shortens long text at a word, with an ellipsis', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
    expect(shorten('a '.repeat(200), 90).length).toBeLessThanOrEqual(90);
  });
});

describe('app icons and the manifest', () => {
  it('has icons of 192 and 512 pixels, maskable ones included', () => {
    const sizes = (purpose: string) => appIcons.filter((icon) => icon.purpose === purpose).map((icon) => icon.size);
    expect(sizes('any')).toEqual([192, 512]);
    expect(sizes('maskable')).toEqual([192, 512]);
  });

  it('keeps a maskable icon’s logo inside the safe zone, the middle 80%', () => {
    const svg = iconSvg({ file: 'm.png', size: 512, purpose: 'maskable' }, 'data:x');
    const [, x, , width] = svg.match(/<image href="data:x" x="(\d+)" y="(\d+)" width="(\d+)"/)!.map(Number);
    expect(x).toBeGreaterThanOrEqual(512 * 0.1);
    expect(x! + width!).toBeLessThanOrEqual(512 * 0.9);
    expect(svg).toMatch(/<rect width="512" height="512" fill="#fbfaf7"\/>/);
  });

  it('starts the installed app at the base path and names it from the configuration', () => {
    const manifest = webManifest({
      name: 'Career Compass',
      shortName: 'Compass',
      description: 'A course.',
      base: '/course/',
      logo: 'logo.svg',
    });
    expect(manifest).toMatchObject({
      name: 'Career Compass',
      short_name: 'Compass',
      start_url: '/course/',
      scope: '/course/',
      id: '/course/',
    });
    expect(manifest['icons']).toContainEqual({
      src: 'icons/maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    });
  });
});
