// Whether the page around an element is dark: for theme "auto", which
// matches it (chart.js, resolveTheme), and for the widget iframes, which
// cannot see the article they sit in and are told (iframe-host.js).
//
// Following the reader's setting alone put a dark widget in the white
// article of every site without a dark mode, for every reader with one. The
// page's text colour says which scheme it is in, whether its dark mode comes
// from its own rules, from `color-scheme` (the browser's text colour) or is
// its only look: light text, a dark page. A colour given in another space
// than sRGB (oklch()) reads as unknown, and the caller falls back to the
// reader's setting.

// Read once a task: five widgets mounting together read it once, not once
// each between one widget's writes and the next's (a style pass a widget).
// A page's widgets share its scheme.
let known;

/** True on a dark page, false on a light one, undefined if it cannot tell. */
export function darkAround(el) {
  if (!known) {
    // Outside the widget's own shadow tree, whose colours are its theme's.
    const page = (el?.getRootNode().host ?? el)?.parentElement;
    const c = page ? getComputedStyle(page).color : '';
    const [r, g, b] = c[0] === 'r' ? c.match(/[\d.]+/g) : [];
    known = [r ? 2 * r + 7 * g + +b > 1280 : undefined];
    queueMicrotask(() => { known = null; });
  }
  return known[0];
}
