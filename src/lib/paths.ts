/**
 * Internal links. Every link the site makes to itself goes through `pathTo`, so the site works when it is
 * served from a sub-path (BASE_PATH=/course/ at build time) as well as from the root.
 */

/** The site's base path as Astro was built with it, always ending in a slash. */
export const basePath: string = withTrailingSlash(import.meta.env.BASE_URL ?? '/');

/** Ensure a path ends in exactly one slash. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The address of a page of this site, under `base`. Page paths get a trailing slash (`/lessons/x/`);
 * a path with a file extension (`/favicon.svg`) or a fragment keeps its form.
 */
export function pathTo(path: string, base: string = basePath): string {
  const [pagePath = '', fragment] = path.split('#', 2);
  const trimmed = pagePath.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(trimmed);
  const joined = withTrailingSlash(base) + trimmed;
  const page = trimmed === '' || isFile ? joined : withTrailingSlash(joined);
  return fragment === undefined ? page : `${page}#${fragment}`;
}

/** The address of a lesson page. */
export function lessonPath(slug: string, base: string = basePath): string {
  return pathTo(`lessons/${slug}/`, base);
}
