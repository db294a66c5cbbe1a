/**
 * The site's configuration: everything a coach or an organisation changes to make a copy of the course their own
 * (its name, who runs it, a contact link, an accent colour, a logo, its address, offline use). They edit one file,
 * `site.config.ts` at the top of the project; this module says what may go in it and checks it (pure, unit-tested).
 * The build loads the file (src/integrations/site-config.ts) and stops with every problem named if it is wrong,
 * including an accent colour that would make links or buttons hard to read in either colour scheme.
 */
import * as v from 'valibot';
import {
  accentProblems,
  defaultAccent,
  formatRatio,
  isHexColour,
  normaliseHex,
  passingShade,
  strongAccent,
  type ColourScheme,
  type HexColour,
} from '~/lib/contrast';

/** What `site.config.ts` may hold. Only `name` is required; README ("Make it your own") explains each field. */
export interface SiteConfigInput {
  /** The course's name, as the header, page titles, share images and an installed app show it. */
  name: string;
  /** A shorter name for a phone's home screen (about 12 characters). Defaults to `name`. */
  shortName?: string;
  /** One or two sentences about the course, for search engines and link previews. */
  description?: string;
  /** Who offers this copy of the course: a coach or an organisation. Shown in the footer and on the About page. */
  organisation?: {
    /** As it should appear: "Jo Rivera Coaching". */
    name: string;
    /** Their website, `https://…`. */
    url?: string;
  };
  /** How a learner reaches the organisation: `mailto:…` or `https://…`, and the words of the link. */
  contact?: {
    href: string;
    label: string;
  };
  /**
   * Links and buttons, one colour for each scheme (`#rrggbb`). The light one must be dark enough to read on a
   * near-white page, the dark one light enough to read on a near-black page: the build checks both (WCAG AA, 4.5:1).
   */
  accent?: {
    light: string;
    dark: string;
  };
  /** A square logo (SVG or PNG) in `public/`, e.g. `logo.svg`: favicon, header, app icons and share images. */
  logo?: string;
  /** The address the site is served from, `https://…` (no path; put a sub-path in `base`). Enables share images,
   * canonical links, sitemap.xml and robots.txt. The SITE_URL environment variable overrides it. */
  site?: string;
  /** The sub-path the site is served under, e.g. `/course/`. Defaults to `/`. BASE_PATH overrides it. */
  base?: string;
  /** Whether the course works offline and can be installed (a service worker). Defaults to true. */
  offline?: boolean;
  /** Where the course's source code is, `https://…`, for a "Source code" link in the footer. */
  sourceCode?: string;
}

/** The checked configuration with every default filled in: what the build and the pages use. */
export interface SiteConfig {
  name: string;
  shortName: string;
  description: string;
  organisation?: { name: string; url?: string };
  contact?: { href: string; label: string };
  /** Each scheme's accent and its stronger shade (hover), lower-case `#rrggbb`. */
  accent: Record<ColourScheme, { accent: HexColour; strong: HexColour }>;
  /** Whether the accent differs from the course's own (then the build adds a stylesheet that sets it). */
  customAccent: boolean;
  /** The logo's file name inside `public/`. */
  logo: string;
  /** The site's origin, without a trailing slash, or undefined when none is configured. */
  site?: string;
  /** The base path, starting and ending with `/`. */
  base: string;
  offline: boolean;
  sourceCode?: string;
}

/** Settings that the environment may override (the deploy workflow sets them). */
export interface SiteEnvironment {
  SITE_URL?: string;
  BASE_PATH?: string;
}

/** The course's own description, used when the configuration gives none. */
export const defaultDescription =
  'A free course and workbook on building a career network that works: where power sits now, giving before getting, and the first six months.';

const trimmed = (label: string, max: number) =>
  v.pipe(
    v.string(`${label} must be text in quotes`),
    v.trim(),
    v.nonEmpty(`${label} is empty`),
    v.maxLength(max, `${label} is longer than ${max} characters`),
  );

const webAddress = (label: string) =>
  v.pipe(
    v.string(`${label} must be an address in quotes`),
    v.trim(),
    v.check((text) => /^https?:\/\/[^\s/]+/i.test(text) && URL.canParse(text), `${label} must start with https://`),
  );

const hexColour = (label: string) =>
  v.pipe(
    v.string(`${label} must be a colour in quotes, like '#1f5f8b'`),
    v.trim(),
    v.check(isHexColour, `${label} must be a colour written like '#1f5f8b'`),
  );

const schema = v.strictObject(
  {
    name: trimmed('name', 60),
    shortName: v.optional(trimmed('shortName', 30)),
    description: v.optional(trimmed('description', 300)),
    organisation: v.optional(
      v.strictObject(
        { name: trimmed('organisation.name', 80), url: v.optional(webAddress('organisation.url')) },
        (issue) => `organisation has an unknown setting: ${String(issue.input)}`,
      ),
    ),
    contact: v.optional(
      v.strictObject(
        {
          href: v.pipe(
            v.string('contact.href must be an address in quotes'),
            v.trim(),
            v.check(
              (text) => /^(https?:\/\/[^\s/]+|mailto:[^\s@]+@[^\s@]+)/i.test(text) && URL.canParse(text),
              'contact.href must start with https:// or mailto:',
            ),
          ),
          label: trimmed('contact.label', 60),
        },
        (issue) => `contact has an unknown setting: ${String(issue.input)}`,
      ),
    ),
    accent: v.optional(
      v.strictObject(
        { light: hexColour('accent.light'), dark: hexColour('accent.dark') },
        (issue) => `accent has an unknown setting: ${String(issue.input)} (it takes light and dark)`,
      ),
    ),
    logo: v.optional(
      v.pipe(
        v.string('logo must be a file name in quotes'),
        v.trim(),
        v.check(
          (text) => /^[\w.-]+(\/[\w.-]+)*\.(svg|png)$/i.test(text) && !text.split('/').includes('..'),
          "logo must be an .svg or .png file inside public/, written like 'logo.svg'",
        ),
      ),
    ),
    site: v.optional(webAddress('site')),
    base: v.optional(
      v.pipe(
        v.string('base must be a path in quotes'),
        v.trim(),
        v.check((text) => /^\/([\w.~-]+\/?)*$/.test(text), "base must be a path like '/' or '/course/'"),
      ),
    ),
    offline: v.optional(v.boolean('offline must be true or false')),
    sourceCode: v.optional(webAddress('sourceCode')),
  },
  (issue) => `unknown setting: ${String(issue.input)}`,
);

/** A configuration the build must refuse, with every reason in words. */
export class SiteConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file} needs a change before the site can be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'SiteConfigError';
    // The message says everything; a stack trace into the build's code would only bury it.
    this.stack = this.message;
  }
}

/** A base path with one slash at each end: `course` → `/course/`. */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** Why `accent` cannot be used in `scheme`, one sentence per failing pair, with a shade that would pass. */
function accentSentences(accent: HexColour, scheme: ColourScheme): string[] {
  const problems = accentProblems(accent, scheme);
  if (problems.length === 0) return [];
  const shade = passingShade(accent, scheme);
  const shift = scheme === 'light' ? 'darker' : 'lighter';
  const fix = shade ? `A ${shift} shade such as '${shade}' passes.` : `Choose a ${shift} colour.`;
  const direction = scheme === 'light' ? 'too pale' : 'too dark';
  return [
    `accent.${scheme} '${accent}' is ${direction} to read in the ${scheme} colour scheme. WCAG AA needs a ` +
      `contrast of at least 4.5:1 for text; here:\n` +
      problems.map((problem) => `      ${problem.pair}: ${formatRatio(problem.ratio)}\n`).join('') +
      `    ${fix}`,
  ];
}

/**
 * Check `input` (what `site.config.ts` exports) and fill in defaults; `environment` overrides the address and base
 * path. Throws a `SiteConfigError` naming every problem; `file` is how the message names the configuration file.
 */
export function resolveSiteConfig(
  input: unknown,
  environment: SiteEnvironment = {},
  file = 'site.config.ts',
): SiteConfig {
  const result = v.safeParse(schema, input, { abortEarly: false });
  if (!result.success) {
    const problems = result.issues.map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.');
      const missing = issue.kind === 'schema' && issue.input === undefined && path;
      return missing ? `${path} is missing` : issue.message;
    });
    throw new SiteConfigError(file, [...new Set(problems)]);
  }
  const config = result.output;
  const accentInput = config.accent ?? { light: defaultAccent.light.accent, dark: defaultAccent.dark.accent };
  const problems = [...accentSentences(accentInput.light, 'light'), ...accentSentences(accentInput.dark, 'dark')];
  const siteAddress = environment.SITE_URL?.trim() || config.site;
  if (siteAddress !== undefined) {
    if (!(/^https?:\/\//i.test(siteAddress) && URL.canParse(siteAddress)))
      problems.push(`the site address '${siteAddress}' (SITE_URL) must start with https://`);
    else if (!['', '/'].includes(new URL(siteAddress).pathname))
      problems.push(
        `site '${siteAddress}' has a path: give only the address ('${new URL(siteAddress).origin}') and put the ` +
          `path in base ('${normaliseBase(new URL(siteAddress).pathname)}')`,
      );
  }
  if (problems.length > 0) throw new SiteConfigError(file, problems);

  const accent = {
    light: { accent: normaliseHex(accentInput.light), strong: strongAccent(accentInput.light, 'light') },
    dark: { accent: normaliseHex(accentInput.dark), strong: strongAccent(accentInput.dark, 'dark') },
  };
  return {
    name: config.name,
    shortName: config.shortName ?? config.name,
    description: config.description ?? defaultDescription,
    ...(config.organisation && { organisation: config.organisation }),
    ...(config.contact && { contact: config.contact }),
    accent,
    customAccent:
      accent.light.accent !== defaultAccent.light.accent || accent.dark.accent !== defaultAccent.dark.accent,
    logo: config.logo ?? 'favicon.svg',
    ...(siteAddress !== undefined && { site: new URL(siteAddress).origin }),
    base: normaliseBase(environment.BASE_PATH?.trim() || config.base || '/'),
    offline: config.offline ?? true,
    ...(config.sourceCode && { sourceCode: config.sourceCode }),
  };
}

/** The stylesheet that sets a custom accent for both schemes (empty for the course's own colours). */
export function accentStylesheet(config: Pick<SiteConfig, 'accent' | 'customAccent'>): string {
  if (!config.customAccent) return '';
  const rules = (scheme: ColourScheme) =>
    `--color-accent:${config.accent[scheme].accent};--color-accent-strong:${config.accent[scheme].strong};`;
  return `:root{${rules('light')}}@media (prefers-color-scheme: dark){:root{${rules('dark')}}}\n`;
}
