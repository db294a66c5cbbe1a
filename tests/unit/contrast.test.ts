import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  accentProblems,
  channels,
  contrastRatio,
  defaultAccent,
  formatRatio,
  mix,
  passingShade,
  relativeLuminance,
  schemeColours,
  strongAccent,
} from '~/lib/contrast';

describe('WCAG contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48], // the grey designers remember as "just fails AA on white"
    ['#767676', '#ffffff', 4.54], // and the one that just passes
  ])('%s on %s is %s:1', (foreground, background, ratio) => {
    expect(contrastRatio(foreground, background)).toBeCloseTo(ratio, 2);
  });

  it('is the same whichever colour comes first', () => {
    expect(contrastRatio('#1f5f8b', '#fbfaf7')).toBe(contrastRatio('#fbfaf7', '#1f5f8b'));
  });

  it('reads three-digit colours as their six-digit form', () => {
    expect(channels('#f0a')).toEqual([255, 0, 170]);
    expect(relativeLuminance('#fff')).toBe(1);
  });

  it('refuses text that is not a colour', () => {
    expect(() => channels('blue')).toThrow(/not a colour/);
  });

  it('mixes towards a target colour', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#1f5f8b', '#000000', 0)).toBe('#1f5f8b');
  });

  it('writes a ratio rounded down, so 4.49 never reads as 4.5', () => {
    expect(formatRatio(4.499)).toBe('4.4:1');
    expect(formatRatio(21)).toBe('21.0:1');
  });
});

describe('the accent colour check', () => {
  it.each(['light', 'dark'] as const)('passes the course’s own %s accent', (scheme) => {
    expect(accentProblems(defaultAccent[scheme].accent, scheme)).toEqual([]);
    expect(strongAccent(defaultAccent[scheme].accent, scheme)).toBe(defaultAccent[scheme].strong);
  });

  it('refuses a pale accent in the light scheme, naming every pair that fails', () => {
    const problems = accentProblems('#7fb3d5', 'light');
    expect(problems.map((problem) => problem.pair)).toContain('links on the page background (#fbfaf7)');
    expect(problems.every((problem) => problem.ratio < 4.5)).toBe(true);
  });

  it('refuses a dark accent in the dark scheme', () => {
    expect(accentProblems('#1f5f8b', 'dark').length).toBeGreaterThan(0);
  });

  it('refuses a light accent whose button text would be unreadable', () => {
    // Readable as a link on the near-black page, but the dark button text on it is not.
    const problems = accentProblems('#4a4a8a', 'dark');
    expect(problems.some((problem) => problem.pair.startsWith('button text'))).toBe(true);
  });

  it.each([
    ['#7fb3d5', 'light'],
    ['#ff9900', 'light'],
    ['#1f5f8b', 'dark'],
    ['#7a1f1f', 'dark'],
  ] as const)('suggests a shade of %s that passes in the %s scheme', (accent, scheme) => {
    const shade = passingShade(accent, scheme);
    expect(shade).toBeDefined();
    expect(accentProblems(shade!, scheme)).toEqual([]);
  });

  it('checks against the colours the stylesheet really uses (src/styles/tokens.css)', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string];
    const token = (block: string, name: string) =>
      block.match(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{3,6})`, 'i'))?.[1];
    for (const [scheme, block] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      expect(token(block, 'bg'), scheme).toBe(schemeColours[scheme].background);
      expect(token(block, 'surface'), scheme).toBe(schemeColours[scheme].surface);
      expect(token(block, 'highlight'), scheme).toBe(schemeColours[scheme].highlight);
      expect(token(block, 'on-accent'), scheme).toBe(schemeColours[scheme].onAccent);
      expect(token(block, 'accent'), scheme).toBe(defaultAccent[scheme].accent);
      expect(token(block, 'accent-strong'), scheme).toBe(defaultAccent[scheme].strong);
    }
  });
});
