#!/usr/bin/env node
/**
 * Takes the README's screenshot of a lesson page with Playwright: `npm start` in one terminal, then
 * `npm run screenshot` (or `BASE_URL=http://host:port npm run screenshot`). Writes docs/screenshot-lesson.png.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser.ts';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
await page.goto(`${base}/lessons/power-outside-the-hierarchy/`, { waitUntil: 'networkidle' });
await page.screenshot({ path: 'docs/screenshot-lesson.png' });
await browser.close();
console.log('Wrote docs/screenshot-lesson.png');
