import { describe, expect, it } from 'vitest';
import { accentStylesheet, resolveSiteConfig, SiteConfigError, normaliseBase } from '~/lib/site-config';

/** The problems `resolveSiteConfig` names for `input`, or [] if it accepts it. */
function problemsOf(input: unknown, environment = {}): string[] {
  try {
    resolveSiteConfig(input, environment);
    return [];
  } catch (error) {
    if (error instanceof SiteConfigError) return error.problems;
    throw error;
  }
}

describe('the site configuration', () => {
  it('fills in every default from a name alone', () => {
    const config = resolveSiteConfig({ name: 'Real Networking' });
    expect(config).toMatchObject({
      name: 'Real Networking',
      shortName: 'Real Networking',
      logo: 'favicon.svg',
      base: '/',
      offline: true,
      customAccent: false,
    });
    expect(config.site).toBeUndefined();
    expect(config.organisation).toBeUndefined();
    expect(accentStylesheet(config)).toBe('');
  });

  it('keeps a coach’s settings and sets their accent for both colour schemes', () => {
    const config = resolveSiteConfig({
      name: 'Career Compass',
      shortName: 'Compass',
      organisation: { name: 'Jo Rivera Coaching', url: 'https://jo.example' },
      contact: { href: 'mailto:jo@jo.example', label: 'Email Jo' },
      accent: { light: '#7A2E0E', dark: '#f4b183' },
      site: 'https://course.jo.example/',
      base: '/course',
      offline: false,
    });
    expect(config).toMatchObject({
      name: 'Career Compass',
      shortName: 'Compass',
      site: 'https://course.jo.example',
      base: '/course/',
      offline: false,
      customAccent: true,
    });
    expect(config.accent.light.accent).toBe('#7a2e0e');
    const css = accentStylesheet(config);
    expect(css).toContain('--color-accent:#7a2e0e');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{:root\{--color-accent:#f4b183;/);
  });

  it('lets the environment set the address and base path (as the GitHub Pages workflow does)', () => {
    const config = resolveSiteConfig(
      { name: 'X', site: 'https://a.example', base: '/' },
      { SITE_URL: 'https://someone.github.io', BASE_PATH: '/my-course' },
    );
    expect(config.site).toBe('https://someone.github.io');
    expect(config.base).toBe('/my-course/');
  });

  it('refuses a low-contrast accent and says why, with a shade that passes', () => {
    const [problem] = problemsOf({ name: 'X', accent: { light: '#7fb3d5', dark: '#8cc4ec' } });
    expect(problem).toMatch(/^accent\.light '#7fb3d5' is too pale to read in the light colour scheme/);
    expect(problem).toContain('WCAG AA needs a contrast of at least 4.5:1');
    expect(problem).toContain('links on the page background (#fbfaf7): 2.1:1');
    expect(problem).toMatch(/A darker shade such as '#[0-9a-f]{6}' passes\./);
  });

  it('checks the dark scheme too', () => {
    const problems = problemsOf({ name: 'X', accent: { light: '#1f5f8b', dark: '#1f5f8b' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^accent\.dark '#1f5f8b' is too dark to read in the dark colour scheme/);
    expect(problems[0]).toMatch(/A lighter shade such as '#[0-9a-f]{6}' passes\./);
  });

  it.each([
    ['no name', {}, 'name is missing'],
    ['an empty name', { name: '  ' }, 'name is empty'],
    [
      'a colour that is not a colour',
      { name: 'X', accent: { light: 'blue', dark: '#fff' } },
      "accent.light must be a colour written like '#1f5f8b'",
    ],
    ['one colour instead of two', { name: 'X', accent: '#1f5f8b' }, 'accent'],
    [
      'a contact that is not a link',
      { name: 'X', contact: { href: 'jo@example.org', label: 'Email' } },
      'contact.href must start with https:// or mailto:',
    ],
    [
      'an organisation without a name',
      { name: 'X', organisation: { url: 'https://x.example' } },
      'organisation.name is missing',
    ],
    [
      'a logo outside public/',
      { name: 'X', logo: '../secret.svg' },
      'logo must be an .svg or .png file inside public/',
    ],
    ['a logo that is not an image', { name: 'X', logo: 'logo.gif' }, 'logo must be an .svg or .png file'],
    ['an address that is not one', { name: 'X', site: 'course.example' }, 'site must start with https://'],
    ['an address with a path', { name: 'X', site: 'https://x.github.io/course' }, "put the path in base ('/course/')"],
    [
      'a base that is not a path',
      { name: 'X', base: 'https://x.example/' },
      "base must be a path like '/' or '/course/'",
    ],
    ['offline as text', { name: 'X', offline: 'no' }, 'offline must be true or false'],
    ['a misspelt setting', { name: 'X', acent: { light: '#000', dark: '#fff' } }, 'unknown setting: acent'],
  ])('refuses %s', (_case, input, message) => {
    expect(problemsOf(input).join('\n')).toContain(message);
  });

  it('names every problem at once, so a coach fixes them in one go', () => {
    expect(problemsOf({ name: '', offline: 'no', base: 'x y' })).toHaveLength(3);
  });

  it('refuses a bad SITE_URL from the environment', () => {
    expect(problemsOf({ name: 'X' }, { SITE_URL: 'not an address' })).toEqual([
      "the site address 'not an address' (SITE_URL) must start with https://",
    ]);
  });

  it('reads as a message that names the file', () => {
    expect(() => resolveSiteConfig({}, {}, 'my.config.ts')).toThrow(
      /^my\.config\.ts needs a change before the site can be built:\n {2}- name is missing/,
    );
  });
});

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['course', '/course/'],
    ['/course', '/course/'],
    ['//course//', '/course/'],
    ['/a/b/', '/a/b/'],
  ])('%s → %s', (input, output) => expect(normaliseBase(input)).toBe(output));
});
