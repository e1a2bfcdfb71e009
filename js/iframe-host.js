// Host side of the iframe embed: keeps each <iframe data-pk-it-exports>
// as tall as its content. The iframe posts
//   { type: "pk-it-exports:height", height: <CSS px> }
// to its parent; a message is used only if it has exactly that shape, a
// height from 1 to 20000, and comes from one of the page's widget iframes.
// An iframe may draw and report before this script runs (it loads in
// parallel with the article's scripts), so on starting the host says
//   { type: "pk-it-exports:hello" }
// to each widget iframe, which answers with its height. It also tells each
// iframe whether the article around it is dark (tellScheme, below), and
// passes the article's Escape on, { type: "pk-it-exports:escape" }.
// An article with widget iframes loads this file beside them, as the
// README's iframe snippet does (embed.js does not carry it: a page of
// elements only has no use for it); as a module, it runs once per page
// however often the page names it.
import { darkQuery, darkAround } from './scheme.js';

const TYPE = 'pk-it-exports:height';
const frames = () => document.querySelectorAll('iframe[data-pk-it-exports]');

/**
 * An iframe cannot see the article around it, so theme=auto inside it
 * followed the reader's setting alone: a dark widget in a light-only
 * article. The host tells each widget iframe whether the article around it
 * is dark, { type: "pk-it-exports:scheme", dark }, when it starts, whenever
 * the iframe reports a height (it has loaded, drawn or resized) and when
 * the reader's setting changes (the article's own dark mode may follow it).
 */
function tellScheme(frame) {
  frame.contentWindow?.postMessage({ type: 'pk-it-exports:scheme', dark: darkAround(frame) }, '*');
}

function onMessage(event) {
  const d = event.data;
  if (!d || typeof d !== 'object' || d.type !== TYPE) return;
  if (typeof d.height !== 'number' || !Number.isFinite(d.height) || d.height < 1 || d.height > 20000) return;
  for (const frame of frames()) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.ceil(d.height)}px`;
      tellScheme(frame);
    }
  }
}

if (globalThis.document) {
  window.addEventListener('message', onMessage);
  for (const frame of frames()) {
    frame.contentWindow?.postMessage({ type: 'pk-it-exports:hello' }, '*');
    tellScheme(frame);
  }
  darkQuery.addEventListener('change', () => frames().forEach(tellScheme));
  // Escape reaches only the focused document: a tooltip hovered open in a
  // widget iframe while the article has the focus closes by it too (WCAG
  // 1.4.13, dismissible; iframe-page.js passes it to the widget).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') for (const frame of frames()) frame.contentWindow?.postMessage({ type: 'pk-it-exports:escape' }, '*');
  });
}
