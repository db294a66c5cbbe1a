/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance, contrast ratio), and the check the build runs on a
 * coach's accent colours: links and buttons must stay readable on every background of both colour schemes. The
 * backgrounds below are the design tokens of src/styles/tokens.css (a unit test keeps the two in step).
 */

/** A colour as `#rgb` or `#rrggbb`. */
export type HexColour = string;

/** The tokens an accent colour meets in one colour scheme. */
export interface SchemeColours {
  /** The page's background (`--color-bg`). */
  background: HexColour;
  /** Panels, asides and table heads (`--color-surface`). */
  surface: HexColour;
  /** The glossary entry or answer the learner jumped to (`--color-highlight`). */
  highlight: HexColour;
  /** Text on a button filled with the accent (`--color-on-accent`). */
  onAccent: HexColour;
}

/** The two colour schemes' backgrounds, as in src/styles/tokens.css. */
export const schemeColours: Record<ColourScheme, SchemeColours> = {
  light: { background: '#fbfaf7', surface: '#f2efe8', highlight: '#fff3c4', onAccent: '#ffffff' },
  dark: { background: '#161513', surface: '#22201d', highlight: '#3d3418', onAccent: '#10202c' },
};

/** The course's own accent colours (`--color-accent` and `--color-accent-strong` in tokens.css). */
export const defaultAccent: Record<ColourScheme, { accent: HexColour; strong: HexColour }> = {
  light: { accent: '#1f5f8b', strong: '#174a6d' },
  dark: { accent: '#8cc4ec', strong: '#b5daf5' },
};

/** `light` or `dark`. */
export type ColourScheme = 'light' | 'dark';

/** WCAG AA's minimum contrast for normal-size text. */
export const AA_TEXT = 4.5;

const hexPattern = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Whether `colour` is written `#rgb` or `#rrggbb`. */
export function isHexColour(colour: string): boolean {
  return hexPattern.test(colour);
}

/** The red, green and blue channels of a hex colour, 0–255. */
export function channels(colour: HexColour): [number, number, number] {
  if (!isHexColour(colour)) throw new Error(`not a colour: ${colour}`);
  const hex = colour.length === 4 ? [...colour.slice(1)].map((digit) => digit + digit).join('') : colour.slice(1);
  return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** A colour from channels (rounded and clamped to 0–255), as lower-case `#rrggbb`. */
export function toHex([red, green, blue]: readonly [number, number, number]): HexColour {
  const part = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${part(red)}${part(green)}${part(blue)}`;
}

/** A colour written the one way the site writes colours: lower-case `#rrggbb`. */
export function normaliseHex(colour: HexColour): HexColour {
  return toHex(channels(colour));
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(colour: HexColour): number {
  const [red, green, blue] = channels(colour).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(first: HexColour, second: HexColour): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `colour` moved `share` (0–1) of the way towards `target`. */
export function mix(colour: HexColour, target: HexColour, share: number): HexColour {
  const from = channels(colour);
  const to = channels(target);
  return toHex(from.map((value, index) => value + (to[index]! - value) * share) as [number, number, number]);
}

/**
 * The stronger shade used on hover: darker in the light scheme, lighter in the dark one, so it keeps (and adds to)
 * the accent's contrast with the page. The course's own accents keep their hand-picked shades.
 */
export function strongAccent(accent: HexColour, scheme: ColourScheme): HexColour {
  const colour = normaliseHex(accent);
  if (colour === defaultAccent[scheme].accent) return defaultAccent[scheme].strong;
  return scheme === 'light' ? mix(colour, '#000000', 0.25) : mix(colour, '#ffffff', 0.3);
}

/** One pair of colours that does not meet WCAG AA, with what it is for. */
export interface ContrastProblem {
  scheme: ColourScheme;
  /** The accent colour as given. */
  accent: HexColour;
  /** What the pair is, in words: "links on the page background (#fbfaf7)". */
  pair: string;
  ratio: number;
}

/** The pairs an accent colour forms in one scheme: [words, foreground, background]. */
function pairs(accent: HexColour, scheme: ColourScheme): [string, HexColour, HexColour][] {
  const colours = schemeColours[scheme];
  const strong = strongAccent(accent, scheme);
  return [
    [`links on the page background (${colours.background})`, accent, colours.background],
    [`links on panels and asides (${colours.surface})`, accent, colours.surface],
    [`links in a highlighted entry (${colours.highlight})`, accent, colours.highlight],
    [`button text (${colours.onAccent}) on the accent`, colours.onAccent, accent],
    [`links on hover, in the stronger shade ${strong}`, strong, colours.background],
    [`button text (${colours.onAccent}) on the stronger shade ${strong}`, colours.onAccent, strong],
  ];
}

/** Every pair the accent colour forms in `scheme` that falls short of WCAG AA for text (4.5:1). */
export function accentProblems(accent: HexColour, scheme: ColourScheme): ContrastProblem[] {
  return pairs(accent, scheme)
    .map(([pair, foreground, background]) => ({
      scheme,
      accent,
      pair,
      ratio: contrastRatio(foreground, background),
    }))
    .filter((problem) => problem.ratio < AA_TEXT);
}

/**
 * The nearest shade of `accent` that passes in `scheme`, found by moving it towards black (light scheme) or white
 * (dark scheme) one step at a time; undefined if none does (a colour that fails on both ends, which cannot happen
 * with the course's backgrounds but is checked rather than assumed).
 */
export function passingShade(accent: HexColour, scheme: ColourScheme): HexColour | undefined {
  const target = scheme === 'light' ? '#000000' : '#ffffff';
  for (let step = 0; step <= 100; step += 1) {
    const shade = mix(accent, target, step / 100);
    if (accentProblems(shade, scheme).length === 0) return shade;
  }
  return undefined;
}

/** A contrast ratio as people write it: 3.1:1. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}
