// Mounts one chart on a <figure>: sizes the canvas from its box and
// devicePixelRatio, redraws once a frame at most when the box resizes, the
// ratio changes (zoom, moving to another screen) or the colour scheme flips,
// and fills the figure's text slots ([data-text=title|takeaway|source|
// definitions]) from Rust. Shared by the page and the embed.
import { Chart } from './pkg/pk_it_exports.js';

const darkQuery = matchMedia('(prefers-color-scheme: dark)');

/** The theme to draw with: "auto" follows the reader's system setting. */
export function resolveTheme(theme) {
  return theme === 'auto' || !theme ? (darkQuery.matches ? 'dark' : 'light') : theme;
}

/**
 * @param {HTMLElement} figure   contains a .frame with a <canvas>, and text slots
 * @param {object} options       chart options; theme may be "auto"
 * @param {HTMLElement} [textRoot=figure]  where the text slots are
 * @param {{ height?: () => number | null }} [sizing]  a fixed chart height, else the chart's own
 * @returns {{ update(options: object): void, chart: Chart, destroy(): void }}
 */
export function mountChart(figure, options, textRoot = figure, sizing = {}) {
  const frame = figure.querySelector('.frame');
  const canvas = frame.querySelector('canvas');
  let wanted = { ...options };
  const chart = new Chart({ ...wanted, theme: resolveTheme(wanted.theme) });
  let pending = 0;
  let renders = 0;

  function draw() {
    pending = 0;
    const width = Math.floor(frame.clientWidth);
    // Hidden (display: none, a collapsed tab) or not laid out yet: the
    // ResizeObserver fires again when the box gets a size.
    if (width < 100) return;
    const height = sizing.height?.() ?? chart.preferredHeight(width);
    if (height < 100) return; // no room yet; the observer calls again
    canvas.style.height = `${height}px`;
    chart.render(canvas, width, height, window.devicePixelRatio || 1);
    renders += 1;
    figure.dataset.width = String(width);
    figure.dataset.renders = String(renders);
    const text = chart.text();
    for (const slot of textRoot.querySelectorAll('[data-text]')) {
      const value = text[slot.dataset.text];
      if (typeof value === 'string') slot.textContent = value;
    }
    canvas.setAttribute('aria-label', `${text.title}. ${text.takeaway}`);
  }
  const schedule = () => { if (!pending) pending = requestAnimationFrame(draw); };

  const resize = new ResizeObserver(schedule);
  resize.observe(frame);
  // A media query on the current ratio fires once when it changes; re-arm it.
  let ratioQuery;
  const watchRatio = () => {
    ratioQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    ratioQuery.addEventListener('change', onRatio, { once: true });
  };
  function onRatio() { schedule(); watchRatio(); }
  watchRatio();
  const onScheme = () => {
    if (wanted.theme === 'auto' || !wanted.theme) {
      chart.setOptions({ ...wanted, theme: resolveTheme(wanted.theme) });
      schedule();
    }
  };
  darkQuery.addEventListener('change', onScheme);

  const handle = {
    chart,
    update(next) {
      wanted = { ...wanted, ...next };
      chart.setOptions({ ...wanted, theme: resolveTheme(wanted.theme) });
      schedule();
    },
    destroy() {
      resize.disconnect();
      ratioQuery?.removeEventListener('change', onRatio);
      darkQuery.removeEventListener('change', onScheme);
      if (pending) cancelAnimationFrame(pending);
      chart.free();
    },
  };
  // Lets tests (and the embed's hosts) reach the chart from its element
  // without a global name.
  figure.chart = handle;
  return handle;
}
