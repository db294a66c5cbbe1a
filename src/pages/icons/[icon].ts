/**
 * /icons/<file>.png: the installed app's icons (src/lib/app-icons.ts), drawn at build from the logo in
 * site.config.ts with resvg.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicDir, site } from 'virtual:site-config';
import { appIcons, iconSvg, type AppIcon } from '~/lib/app-icons';

export const getStaticPaths = (() =>
  appIcons.map((icon) => ({ params: { icon: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const type = site.logo.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
  const logo = `data:${type};base64,${(await readFile(join(publicDir, site.logo))).toString('base64')}`;
  const png = new Resvg(iconSvg(props.icon, logo)).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
