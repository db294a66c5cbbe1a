/**
 * The design of a share image (the picture a chat app or social network shows beside a link): the course's own page
 * colours, its serif, its accent as a band down the left edge, the logo and name at the top, the kind of page, its
 * title and description, and who offers the course at the foot. Pure: it returns the element tree that Satori
 * draws (src/integrations/share-images.ts renders it to PNG at build).
 */
import { shareImageSize } from '~/lib/share';

/** An element as Satori takes it: React's shape, without React. */
export interface CardElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardElement | string)[] | CardElement | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

/** What one card shows. */
export interface CardContent {
  /** The site's name (site.config.ts). */
  siteName: string;
  /** The page's title. */
  title: string;
  /** The page's description; shortened to fit. */
  description: string;
  /** The kind of page ("Module 3", "Tool"); none on the home page. */
  kind?: string;
  /** Who offers the course, or the site's address, at the foot. */
  footer: string;
  /** The logo as a data: URL. */
  logo: string;
  /** The light scheme's accent colour (site.config.ts). */
  accent: string;
}

/** The colours of the light scheme (src/styles/tokens.css): a share image is seen on every kind of screen. */
const colours = { background: '#fbfaf7', text: '#1f1d1a', muted: '#57534c', border: '#d6d0c4' };

/** The serif the cards are set in (a file from @fontsource/source-serif-4, loaded by the renderer). */
export const cardFont = 'Source Serif 4';

/** `text` cut at a word to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,;:.–—-]+$/, '')}…`;
}

const element = (
  type: string,
  style: Record<string, string | number>,
  children?: CardElement['props']['children'],
): CardElement => ({ type, props: { style, ...(children !== undefined && { children }) } });

/** The card for one page, 1200 × 630. */
export function shareCard(content: CardContent): CardElement {
  const title = shorten(content.title, 90);
  // A long title leaves less room for the description.
  const titleSize = title.length > 60 ? 60 : 72;
  return element(
    'div',
    {
      width: shareImageSize.width,
      height: shareImageSize.height,
      display: 'flex',
      background: colours.background,
      color: colours.text,
      fontFamily: cardFont,
    },
    [
      element('div', { width: 28, height: '100%', background: content.accent }),
      element(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flex: 1,
          padding: '64px 80px 56px 72px',
        },
        [
          element('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
            { type: 'img', props: { src: content.logo, width: 64, height: 64 } },
            element('div', { fontSize: 36, fontWeight: 700 }, shorten(content.siteName, 50)),
          ]),
          element('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [
            ...(content.kind
              ? [
                  element(
                    'div',
                    { fontSize: 26, letterSpacing: 2, textTransform: 'uppercase', color: colours.muted },
                    shorten(content.kind, 40),
                  ),
                ]
              : []),
            element('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.1 }, title),
            element(
              'div',
              { fontSize: 30, lineHeight: 1.35, color: colours.muted },
              shorten(content.description, title.length > 60 ? 110 : 150),
            ),
          ]),
          element(
            'div',
            {
              display: 'flex',
              borderTop: `2px solid ${colours.border}`,
              paddingTop: 20,
              fontSize: 24,
              color: colours.muted,
            },
            shorten(content.footer, 80),
          ),
        ],
      ),
    ],
  );
}
