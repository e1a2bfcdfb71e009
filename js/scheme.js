// Whether the page around an element is dark: for theme "auto", which
// matches it (chart.js, resolveTheme), and for the widget iframes, which
// cannot see the article they sit in and are told (iframe-host.js).
//
// Following the reader's setting alone put a dark widget in the white
// article of every site without a dark mode, for every reader with one. The
// page's text colour says which scheme it is in, whether its dark mode comes
// from its own rules, from `color-scheme` (the browser's text colour) or is
// its only look: light text, a dark page. The text colour of the element the
// widget sits in, so a chart in a dark callout of a light article is dark.
//
// Read for every widget, every time: the element it sits in is outside its
// shadow tree, whose writes leave that element's style clean, so a read
// between one widget's writes and the next's costs no style pass (traces:
// as many style passes in a first draw of five charts as before).

// The reader's setting, where the page's colour cannot be read; or for a
// server rendering the app (Node, no matchMedia) a stand-in that is never
// dark and never changes, so importing is safe there.
export const darkQuery = globalThis.matchMedia?.('(prefers-color-scheme: dark)')
  ?? { matches: false, addEventListener() {}, removeEventListener() {} };
/**
 * Whether the reader's contrast theme forces the page's colours, as the
 * page loads. Read once: a query's `matches` read at each draw brings the
 * page's style up to date between one widget's writes and the next's
 * (five widgets' first draw 5-8% slower on the mobile profile, in two
 * interleaved A/Bs of 14 and 16 rounds). A theme switched on later applies
 * from the next load.
 */
export const forced = globalThis.matchMedia?.('(forced-colors: active)').matches;

/** Whether the page around `el` is dark (else the reader's setting, where its colour cannot be read). */
export function darkAround(el) {
  // Its parent, or the host of the shadow root it is placed in.
  const page = el.parentElement ?? el.getRootNode().host;
  const c = page ? getComputedStyle(page).color : '';
  const [r, g, b] = c.match(/[\d.]+/g) ?? [];
  // rgb() in 0-255; oklch() and oklab() (Tailwind's colours) lead with a
  // lightness from 0 to 1; any other space (lab(), color()) is not read.
  return c[0] === 'r' ? 2 * r + 7 * g + +b > 1280 : c[1] === 'k' ? r > 0.6 : darkQuery.matches;
}
