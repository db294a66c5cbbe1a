/**
 * Make the course your own: this is the one file to edit.
 *
 * Change the values below, keep the quotes, and build (or push, if GitHub Pages builds your copy). Everything the
 * site says about itself comes from here: the name in the header and page titles, the footer, the About page, the
 * share images that chat apps and social networks show, and the app a learner installs on a phone. The lessons'
 * own text does not change.
 *
 * The build checks this file and stops with a message saying what to fix, for example an accent colour that would
 * make links hard to read. README, "Make it your own", explains each setting.
 */
import type { SiteConfigInput } from './src/lib/site-config.ts';

export default {
  // The course's name, as the header, page titles, share images and an installed app show it.
  name: 'Real Networking',

  // A shorter name for a phone's home screen, about 12 characters. Leave it out to use the name.
  // shortName: 'Networking',

  // Who offers this copy: you as a coach, or your organisation. Shown in the footer and on the About page.
  // organisation: { name: 'Jo Rivera Coaching', url: 'https://jo-rivera.example' },

  // How learners reach you: an email address (mailto:) or a web page (https://), and the words of the link.
  // contact: { href: 'mailto:jo@jo-rivera.example', label: 'Email Jo' },

  // Links and buttons: one colour for light mode (dark enough to read on white) and one for dark mode (light
  // enough to read on black). The build refuses a colour that fails WCAG AA contrast and suggests one that passes.
  accent: { light: '#1f5f8b', dark: '#8cc4ec' },

  // A square logo in the public/ folder, SVG or PNG: favicon, header, app icons and share images.
  logo: 'favicon.svg',

  // Where the site lives, e.g. 'https://course.jo-rivera.example' (no path). Needed for share images, canonical
  // links and sitemap.xml. GitHub Pages sets it for you (see README), so you can leave it out there.
  // site: 'https://course.jo-rivera.example',

  // The sub-path the site is served under, e.g. '/course/'. GitHub Pages sets it for you.
  base: '/',

  // Offline reading and installing the course as an app (a service worker). Set to false to turn it off.
  offline: true,

  // Where the course's source code is, for a "Source code" link in the footer. Leave it out for no link.
  // sourceCode: 'https://github.com/your-name/your-copy',
} satisfies SiteConfigInput;
