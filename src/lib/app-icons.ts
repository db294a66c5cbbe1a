/**
 * The installed app's icons and its web app manifest, made at build from the logo and the name in site.config.ts.
 * A "maskable" icon is cut to a circle, a squircle or a rounded square by the phone, so the logo sits inside the
 * middle 80% (the safe zone) on a full background. Pure: the SVG to draw and the manifest's JSON; the icon pages
 * (src/pages/icons/[icon].ts) render the SVG to PNG.
 */
import { schemeColours } from '~/lib/contrast';

/** One icon file in `icons/`. */
export interface AppIcon {
  /** Its file name in `icons/`. */
  file: string;
  size: number;
  /** `any`: the logo as it is; `maskable`: on a background, inside the safe zone; `apple`: iOS's home screen. */
  purpose: 'any' | 'maskable' | 'apple';
}

/** Every icon the build makes. */
export const appIcons: AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'apple' },
];

/** The background behind the logo on a maskable or Apple icon: the light scheme's page colour. */
export const iconBackground = schemeColours.light.background;

/** The share of the icon the logo takes, by purpose. */
const logoShare: Record<AppIcon['purpose'], number> = { any: 0.9, maskable: 0.6, apple: 0.72 };

/** An SVG of `icon`, drawing the logo (a data: URL) centred at its share of the icon. */
export function iconSvg(icon: AppIcon, logo: string): string {
  const { size } = icon;
  const logoSize = Math.round(size * logoShare[icon.purpose]);
  const offset = Math.round((size - logoSize) / 2);
  const background = icon.purpose === 'any' ? '' : `<rect width="${size}" height="${size}" fill="${iconBackground}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `${background}<image href="${logo}" x="${offset}" y="${offset}" width="${logoSize}" height="${logoSize}"/></svg>`
  );
}

/** What the manifest needs from site.config.ts. */
export interface ManifestSite {
  name: string;
  shortName: string;
  description: string;
  base: string;
  logo: string;
}

/** The web app manifest: the name, where the app starts, and its icons (addresses relative to the manifest). */
export function webManifest(site: ManifestSite): Record<string, unknown> {
  return {
    id: site.base,
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    lang: 'en',
    dir: 'ltr',
    start_url: site.base,
    scope: site.base,
    display: 'standalone',
    background_color: iconBackground,
    theme_color: iconBackground,
    icons: appIcons
      .filter((icon) => icon.purpose !== 'apple')
      .map((icon) => ({
        src: `icons/${icon.file}`,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
  };
}
