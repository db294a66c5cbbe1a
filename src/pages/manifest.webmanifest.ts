/** /manifest.webmanifest: what a phone or a desktop browser needs to install the course as an app. */
import type { APIRoute } from 'astro';
import { site } from 'virtual:site-config';
import { webManifest } from '~/lib/app-icons';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(site), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
