/**
 * The course's figures: every module places at least one, every figure is placed, and each one, rendered as the
 * site renders it, is an accessible image (role="img", a title and a description it is labelled by, a visible
 * caption) with no style attribute (the Content-Security-Policy forbids them) and no colour written into it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { figures } from '~/components/figures';
import FigureFrame from '~/components/figures/FigureFrame.astro';
import { componentIds } from '~/lib/lesson-source';

const lessons = readdirSync(resolve(import.meta.dirname, '../../content/lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({
    file,
    source: readFileSync(join(resolve(import.meta.dirname, '../../content/lessons'), file), 'utf8'),
  }))
  .filter(({ source }) => !/^draft:\s*true/m.test(source));
const known = Object.keys(figures);

describe('placing figures', () => {
  it.each(lessons.map(({ file, source }) => [file, source]))('%s has at least one known figure', (_file, source) => {
    const placed = componentIds(source, 'Figure');
    expect(placed.length).toBeGreaterThan(0);
    for (const id of placed) expect(known).toContain(id);
  });

  it('every figure is placed in a lesson', () => {
    const placed = new Set(lessons.flatMap(({ source }) => componentIds(source, 'Figure')));
    expect(known.filter((id) => !placed.has(id))).toEqual([]);
  });
});

describe.each(Object.entries(figures))('the figure "%s"', (_id, Drawing) => {
  it('is an image with a title, a text alternative and a caption, and carries no style or colour of its own', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Drawing);
    const svg = /<svg[^>]*>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
    expect(labelledBy).toHaveLength(2);
    for (const id of labelledBy) {
      const text = new RegExp(`<(title|desc) id="${id}"[^>]*>([^<]+)</`).exec(html)?.[2] ?? '';
      expect(text.trim().length, id).toBeGreaterThan(10);
    }
    const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    expect(caption.trim().length).toBeGreaterThan(40);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\s(fill|stroke)="(?!none)[^"]*"/);
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b(?![^<]*<\/(title|desc|figcaption))/i);
  });
});

describe('the figure frame', () => {
  const frame = (viewBox: string) => ({
    props: { name: 'figure-test', viewBox, title: 'A test', description: 'A test' },
  });

  it.each([
    ['0 0 420 200', false],
    ['0 0 340 300', true],
  ])('a figure drawn in %s is shown narrow: %s', async (viewBox, narrow) => {
    const container = await AstroContainer.create();
    const figure = /<figure[^>]*>/.exec(await container.renderToString(FigureFrame, frame(viewBox)))?.[0] ?? '';
    expect(figure).toContain('class="figure');
    expect(figure.includes('figure-narrow')).toBe(narrow);
  });

  it('a figure drawn at any other width fails the build, naming the figure and the widths allowed', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(FigureFrame, frame('0 0 400 200'))).rejects.toThrow(
      /Figure "figure-test".* 400 units wide.* 420 .* 340/,
    );
  });
});
