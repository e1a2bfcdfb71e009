// Runs inside the iframe (embed.html?chart=annual&theme=auto...): turns the
// query string into the <pk-it-exports> element's attributes and tells the
// parent page the document's height whenever it may have changed. It sends
// nothing but that height.

const ALLOWED = ['chart', 'theme', 'height', 'show-title', 'show-source', 'show-controls', 'font', 'cumulative', 'target-reading', 'src', 'src-timeout', 'lang', 'mirror'];
const params = new URLSearchParams(location.search);
const widget = document.querySelector('pk-it-exports');
for (const name of ALLOWED) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
// ?lang=ur: the iframe's document is Urdu, right to left, as its widget.
if (params.get('lang')?.toLowerCase().startsWith('ur')) {
  document.documentElement.lang = 'ur';
  document.documentElement.dir = 'rtl';
}
// Only now the element: it reads its attributes (the reserved height
// among them) when it upgrades, so the first height the parent hears is
// already the widget's. Set after the upgrade, the height came as a change
// that an iframe out of view may not report (its observers are held back).
await import('./embed.js');

// The part of this iframe on the reader's screen, for the widget's tooltips
// (chart.js): from inside, the viewport is the whole iframe, as tall as the
// widget. An observer's implicit root is the top page's viewport, also
// across origins; twenty steps of what shows keep it within a few lines.
let onScreen = null;
new IntersectionObserver(([e]) => {
  onScreen = e.isIntersecting ? [e.intersectionRect.top, e.intersectionRect.bottom] : null;
}, { threshold: Array.from({ length: 21 }, (_, i) => i / 20) }).observe(document.documentElement);
globalThis.pkOnScreen = () => onScreen ?? [0, innerHeight];

let last = 0;
const report = (again = false) => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((again || height !== last) && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'pk-it-exports:height', height }, '*');
  }
};
// A browser may hold back observers and animation frames in an iframe that is
// scrolled out of view; the widget's own render event and the load event are
// not held back, so the parent learns the height before the reader gets there.
new ResizeObserver(() => report()).observe(document.documentElement);
widget.addEventListener('render', () => {
  // Sent even when unchanged: a draw is rare, and it repairs a height the
  // parent missed.
  report(true);
  // The scrollbar's gutter (iframe-page.css) shows the document's own
  // background: the widget's, not the article's through a transparent page
  // (a dark widget on a light article had a light strip down its side,
  // wherever scrollbars take room: Windows, Linux). CSSOM, which a strict
  // CSP allows.
  const inner = widget.shadowRoot?.querySelector('.widget');
  if (inner) document.documentElement.style.backgroundColor = getComputedStyle(inner).backgroundColor;
  // The page's one heading names the chart it holds.
  const title = widget.shadowRoot?.querySelector('.title')?.textContent;
  const h1 = document.querySelector('h1');
  if (title && h1) h1.textContent = title;
  // And the document, in the widget's language (it was the English page's).
  if (title) document.title = title;
});
widget.addEventListener('error', () => report());
addEventListener('load', () => report());
// The host page's listener may start after this iframe reported (see
// iframe-host.js): it says hello, and gets the height again. It also says
// whether the article around this iframe is dark, which theme=auto (or no
// theme) then takes: from inside, the iframe sees only the reader's setting.
const auto = !['light', 'dark'].includes(params.get('theme'));
addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const { type, dark } = event.data ?? {};
  if (type === 'pk-it-exports:hello') report(true);
  // The host's Escape (iframe-host.js), as if pressed here.
  if (type === 'pk-it-exports:escape') document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  // Only a change: a theme set again redraws, and a draw reports a height,
  // which the host answers with the scheme again.
  const theme = dark ? 'dark' : 'light';
  if (auto && type === 'pk-it-exports:scheme' && typeof dark === 'boolean' && widget.getAttribute('theme') !== theme) {
    widget.setAttribute('theme', theme);
  }
});
report();
