/** A4 in PDF points, and the room the running header and the page number need. */
export const PAGE = {
  size: 'A4',
  width: 595.28,
  height: 841.89,
  margins: { top: 64, bottom: 64, left: 56, right: 56 },
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

/*
 * Colours chosen to survive a black-and-white printer: text near black, one dark blue accent that
 * prints as dark grey, and light greys for bands. Nothing is told by colour alone.
 */
export const COLOUR = {
  text: '#1a1a1a',
  muted: '#4d4d4d',
  accent: '#1d4f91',
  link: '#1d4f91',
  rule: '#8c8c8c',
  band: ['#f3f3f3', '#e4e4e4'],
  panel: '#eef2f7',
} as const;

export const SIZE = {
  body: 10.5,
  small: 9,
  h1: 20,
  h2: 14,
  h3: 11.5,
  lineGap: 1.5,
} as const;
