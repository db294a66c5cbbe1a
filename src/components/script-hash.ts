/**
 * The Content-Security-Policy source for an inline script: Astro hashes the scripts it bundles, not ones a component
 * writes inline, so a page that has one adds its hash (build time only: this uses node:crypto).
 */
import { createHash } from 'node:crypto';

/** The CSP hash source of an inline script's exact text, e.g. "sha256-…=". */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
