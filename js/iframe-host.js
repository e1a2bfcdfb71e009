// Host side of the iframe embed: keeps each <iframe data-pk-it-exports>
// as tall as its content. The iframe posts
//   { type: "pk-it-exports:height", height: <CSS px> }
// to its parent; a message is used only if it has exactly that shape, a
// height from 1 to 20000, and comes from one of the page's widget iframes.
// An iframe may draw and report before this script runs (it loads in
// parallel with the article's scripts), so on starting the host says
//   { type: "pk-it-exports:hello" }
// to each widget iframe, which answers with its height.
// An article with widget iframes loads this file beside them, as the
// README's iframe snippet does (embed.js does not carry it: a page of
// elements only has no use for it); as a module, it runs once per page
// however often the page names it.
const TYPE = 'pk-it-exports:height';

function onMessage(event) {
  const d = event.data;
  if (!d || typeof d !== 'object' || d.type !== TYPE) return;
  if (typeof d.height !== 'number' || !Number.isFinite(d.height) || d.height < 1 || d.height > 20000) return;
  for (const frame of document.querySelectorAll('iframe[data-pk-it-exports]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(d.height)}px`;
  }
}

if (globalThis.document) {
  window.addEventListener('message', onMessage);
  for (const frame of document.querySelectorAll('iframe[data-pk-it-exports]')) {
    frame.contentWindow?.postMessage({ type: 'pk-it-exports:hello' }, '*');
  }
}
