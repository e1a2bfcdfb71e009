// Mounts one chart on a <figure>: sizes the canvas from its box and
// devicePixelRatio, redraws once a frame at most when the box resizes, the
// ratio changes (zoom, another screen) or the colour scheme flips, and fills
// the text slots ([data-text=title|takeaway|source|definitions]) from Rust.
// Around the canvas it adds what a reader uses: a tooltip on hover or tap,
// arrow-key navigation announced through a live region, a description for
// screen readers, the data as a table, and CSV and PNG downloads. Every
// word and number comes from Rust; text goes in as text nodes only.
// Shared by the page and the embed.
// Three wasm builds (kits.js): English with the built-in figures, English
// that also reads custom datasets, and English + Urdu with everything.

import { KITS, EARLY } from './kits.js';
import { darkQuery, darkAround, forced } from './scheme.js';

export { darkQuery };

/** A lang tag ("ur-PK") as spoken here: "ur", "en", or null. */
export const langOf = (tag) => { const l = String(tag).toLowerCase().split('-')[0]; return l === 'en' || l === 'ur' ? l : null; };

const kits = {};
/**
 * The initialised wasm module for `lang`, once a page; `ownData`: for a
 * chart of a custom dataset, which only the full builds read. The full
 * Urdu build speaks English and reads custom data too, so once a page has
 * asked for it, every widget created after uses it. The Urdu first-draw
 * build's prepared words are Urdu only (js/kit-ur.js): English widgets
 * never use it. A build that failed to load is forgotten, so the next
 * widget or download asks again (and widgets no longer wait on it).
 */
export const loadKit = (lang, ownData = false) => {
  const name = lang === 'ur' || kits.ur ? (ownData || kits.ur ? 'ur' : 'urLite') : ownData ? 'full' : 'en';
  return kits[name] ??= KITS[name]().catch((e) => {
    kits[name] = null;
    throw e;
  });
};

/**
 * The words of the build `loadKit` would load, if they are at hand before
 * it loads (the English first-draw build's: kits.js), else none.
 */
export const wordsAtHand = (lang, ownData) => (lang === 'ur' || ownData ? null : EARLY.en);

/**
 * A chart's words for `options` from a build's prepared `texts` (kits.js),
 * found by the chart and its controls' values as describe::prepared_texts
 * indexes them; undefined for a build without them or a chart that is not.
 */
export const textOf = (kit, options) => kit.texts?.texts[kit.texts.of[preparedKey(kit, options)]];
/** How describe::prepared_models keys a chart: its id and its controls' values. */
const preparedKey = (kit, options) => [options.chart,
  ...controlsFor(kit, options.lang ?? 'en', options.chart).map((c) => options[c.option] ?? '')].join();

/**
 * A chart's heights from a build's prepared rules (kits.js), before the
 * build has loaded: the wasm Chart's preferredHeight and minHeight (before
 * any drawing) for the embed to size the chart's box with while the wasm
 * downloads. Each rule is Rust's model::Height, whose `at` this follows.
 */
export function heightsOf({ heights: { bands, charts } }, chart) {
  const at = ([slope, least, most, add]) => (width) =>
    Math.min(most, Math.max(least, Math.floor(width * slope))) + add[bands.filter((b) => width >= b).length];
  const [preferred, min] = charts[chart];
  return { preferredHeight: at(preferred), minHeight: at(min) };
}

/**
 * Writes a chart's words (`text()`) into the text slots under `root`
 * ([data-text=title|takeaway|source|definitions]). A slot that already
 * says it is left alone: rewritten, its paragraph would be laid out again.
 */
export function writeText(root, text) {
  for (const slot of root.querySelectorAll('[data-text]')) {
    const value = joined(text[slot.dataset.text]);
    if (typeof value === 'string' && slot.textContent !== value) slot.textContent = value;
  }
}

/**
 * A word joiner after a hyphen or dash inside a word: a line never breaks
 * in "FY2022-23", "Jul–Feb" or "2021-01-27" (it did at 320 px: "FY2022-" /
 * "23"; in a tooltip, "2021-" / "01-27"), as the Urdu words already join theirs.
 */
export const joined = (value) => (typeof value === 'string' ? value.replace(/(\S[-–])(?=[^\s\u2060])/g, '$1\u2060') : value);

/** Between the page's beforeprint and afterprint (mountChart, `reprint`). */
let printing = false;
const PRINT_EVENTS = ['beforeprint', 'afterprint'];

/**
 * The theme to draw with: light on paper; "auto" (and none, or one not
 * known) matches the page around `el` (scheme.js).
 */
export function resolveTheme(theme, el) {
  // In forced colours (Windows' contrast themes) the page's words and boxes
  // take the reader's colours, whatever the widget's theme: its chart takes
  // the scheme they make, not a dark chart in a box forced white.
  return printing ? 'light' : ['light', 'dark'].includes(theme) && !forced ? theme : darkAround(el) ? 'dark' : 'light';
}

/** The controls each chart offers, from Rust: one list for the page and the embed. */
export const controlsFor = (kit, lang, chart) => kit.controls(lang).controls.find((c) => c.chart === chart)?.controls ?? [];

/**
 * Fills the <fieldset> `box` with `chart`'s controls (a legend and radio
 * buttons each), checked as `options` says; `onChange(option, value)` when
 * the reader picks one. `name` keeps radio groups of two widgets apart.
 */
export function buildControls(kit, box, chart, options, name, onChange) {
  const specs = controlsFor(kit, options.lang ?? 'en', chart);
  box.replaceChildren();
  for (const spec of specs) {
    box.append(el('legend', null, spec.legend));
    let current = options[spec.option] ?? spec.choices[0].value;
    const inputs = spec.choices.map(({ value, label }) => {
      const input = el('input');
      input.type = 'radio';
      input.name = `${name}-${spec.option}`;
      input.value = String(value);
      input.checked = value === current;
      // A choice the chart refuses (its data cannot make it) goes back.
      input.addEventListener('change', () => {
        if (onChange(spec.option, value) === false) for (const i of inputs) i.checked = i.value === String(current);
        else current = value;
      });
      box.append(el('label', null, input, ` ${label}`));
      return input;
    });
  }
  return specs.length;
}

/** Creates an element with a class and children (strings become text nodes). */
function el(tag, className, ...children) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children.filter((c) => c != null));
  return e;
}

let uid = 0;

/** Runs `f` when the browser is idle (soon, at the latest). */
const idle = (f) => (window.requestIdleCallback ? requestIdleCallback(f, { timeout: 200 }) : setTimeout(f, 1));

// A canvas's first text in a font costs more than the rest of its text:
// the face is opened, each size set up, a fallback face looked for a glyph
// the first lacks (src/chart/fonts.rs lists the built-in charts' fonts).
// While the wasm downloads, the main thread has a little time after the
// widgets' words are laid out: the fonts the first draw will use are asked
// for then, one a task so the wasm's arrival waits for one at most, and
// no more once it is in (`done()`). Each family once a page. On the mobile
// profile, all five charts drawn ~25 ms sooner (interleaved A/Bs).
const warmed = new Set();
export function warmFonts({ family, fonts, glyphs }, own = family, done) {
  if (warmed.has(own)) return;
  warmed.add(own);
  const context = document.createElement('canvas').getContext('2d');
  const next = (i) => setTimeout(() => {
    if (!fonts[i] || done()) return;
    context.font = `${fonts[i]} ${own}`;
    context.measureText(glyphs);
    next(i + 1);
  });
  next(0);
}

// Draws that fall due together run as one batch (and the embed's holding
// of room before the wasm, the same way): every chart's words are
// written first, then every box is measured, then every canvas is sized,
// then every chart is rendered, then what the renders change in the page
// is written. A canvas's first font makes the browser bring the page's
// style up to date, so any write between two charts' renders cost a style
// pass per chart (six in the first draw of five charts, ~7 ms at 4x CPU).
// A job is { write?(), measure(), size?(measured), render(measured) }; render
// may return a function, the job's writes after every render.
// Five widgets mounting in one turn then cost the page one forced layout,
// not two each (measured: forced layout was 69 of 445 ms of main-thread
// work for an article of five widgets). "soon" runs at the end of the
// current task (a widget's first draw), "frame" before the next paint
// (resizes, ratio and scheme changes).
const batches = { soon: null, frame: null };
export function enqueue(when, job) {
  let batch = batches[when];
  if (!batch) {
    batch = batches[when] = new Set();
    const run = () => {
      batches[when] = null;
      runBatch([...batch]);
    };
    if (when === 'soon') queueMicrotask(run);
    else requestAnimationFrame(run);
  }
  batch.add(job);
}
/** Each step isolated: one chart that throws leaves the others drawn. */
function runBatch(jobs) {
  const each = (f) => jobs.map((job, i) => {
    try {
      return f(job, i);
    } catch (e) {
      reportError(e);
      return null;
    }
  });
  each((job) => job.write?.());
  const sizes = each((job) => job.measure());
  each((job, i) => job.size?.(sizes[i]));
  const after = each((job, i) => job.render(sizes[i]));
  each((job, i) => after[i]?.());
}

/**
 * How many of the window's CSS pixels `box`'s own layout pixel shows as
 * (its rectangle `rect` on screen): 1, unless a CSS `zoom` or a `scale()`
 * around it makes it larger or smaller, which devicePixelRatio does not
 * count. Under `zoom: 1.5` a box laid out 720 px wide shows 1,080 px wide:
 * a canvas store at the screen's ratio was stretched, and a pointer's
 * offset, taken as layout pixels, picked a bar a third further along.
 */
export function scaleOf(box, rect = box.getBoundingClientRect()) {
  const scale = box.offsetWidth && rect.width ? rect.width / box.offsetWidth : 1;
  // offsetWidth is rounded: a box 343.5 px wide reads 344, which is no
  // zoom (taken as one, its store at a ratio of 3 was a pixel short: blurred).
  return Math.abs(scale - 1) < 0.02 ? 1 : scale;
}

/** Device pixels to a layout pixel of `box`; read where the layout is up to date (a measure step). */
export const ratioOf = (box) => (window.devicePixelRatio || 1) * scaleOf(box);

/**
 * Gives `canvas` the CSS height and the backing store a chart of `width` x
 * `height` CSS pixels draws at on this screen: the size src/canvas.rs
 * sets, which then keeps the canvas rather than reset it. (Its rule also
 * caps the ratio at 4 and the store at 4096 x 4096; past those it sets
 * its own size, one style pass more.)
 */
export function sizeCanvas(canvas, width, height, ratio = window.devicePixelRatio || 1) {
  canvas.style.height = `${height}px`;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
}


/** Saves `blob` as `name` through a temporary link. */
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The furniture around a figure's canvas, in `lang` with its words `ui`:
 * the overlay the highlight is drawn on, the tooltip, the description and
 * the keys' help (read through aria-describedby), the live region, and the
 * tools row (downloads and the data table). Built once a figure, and
 * before the wasm arrives where the words are at hand (the embed), so the
 * page lays it out while the wasm downloads; mountChart gives it life.
 */
export function furnish(figure, ui, lang) {
  if (figure.furniture?.lang === lang) return figure.furniture;
  unfurnish(figure);
  const id = `pk-chart-${++uid}`;
  const frame = figure.querySelector('.frame');
  const canvas = frame.querySelector('canvas');
  const overlay = el('canvas', 'overlay');
  overlay.setAttribute('aria-hidden', 'true');
  const tooltip = el('div', 'tooltip');
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true'); // the live region speaks instead
  // The description and the keys' help are only ever read through
  // aria-describedby, which takes its text from a hidden element too:
  // hidden, they cost no layout or text shaping (a description is ~3,000
  // characters; five of them were half the first layout of an article,
  // ~50 ms on a phone). The live region must stay rendered to be spoken.
  const described = el('p');
  described.hidden = true;
  described.id = `${id}-desc`;
  const help = el('p', null, ui.keysHelp);
  help.hidden = true;
  help.id = `${id}-help`;
  const live = el('p', 'sr-only');
  live.setAttribute('aria-live', 'polite');
  // Screen readers switch voice by it.
  for (const e of [described, help, live]) e.lang = lang;
  frame.append(overlay, tooltip, described, help, live);
  frame.tabIndex = 0;
  frame.setAttribute('role', 'group');
  // Named by the chart's title (the canvas's name), so a screen reader
  // tabbing through a page's charts tells them apart; an "Interactive
  // chart" by role (each was named that alone).
  frame.setAttribute('aria-roledescription', ui.chartLabel);
  canvas.id = `${id}-img`;
  frame.setAttribute('aria-labelledby', canvas.id);
  frame.setAttribute('aria-describedby', help.id);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-describedby', described.id);

  const table = el('table');
  // A box that scrolls, reachable by keyboard (tabindex) as well as by
  // mouse and touch, so every row is reachable whatever the widget's height.
  const tableWrap = el('div', 'table-wrap', table);
  tableWrap.tabIndex = 0;
  const details = el('details', null, el('summary', null, ui.dataTable), tableWrap);
  const csvButton = el('button', null, ui.downloadData);
  const pngButton = el('button', null, ui.downloadImage);
  csvButton.type = pngButton.type = 'button';
  // The table is named by the chart's title (the canvas's name), and the
  // buttons described by it: a screen reader's list of a page's tables or
  // buttons tells five widgets' apart. (Its box, focused to scroll, was a
  // region named "Show the data table": a landmark whose name was an
  // instruction, and named by the title, a second landmark of the story
  // page's section's name.)
  // Its scroll box, which takes focus, is a group of that name too (not a
  // landmark); and the table's switch is described by it, as the buttons.
  tableWrap.setAttribute('role', 'group');
  for (const e of [table, tableWrap]) e.setAttribute('aria-labelledby', canvas.id);
  for (const e of [csvButton, pngButton, details.firstChild]) e.setAttribute('aria-describedby', canvas.id);
  const tools = el('div', 'chart-tools', csvButton, pngButton, details);
  figure.append(tools);
  return (figure.furniture = { lang, overlay, tooltip, described, help, live, table, details, csvButton, pngButton, tools });
}

/** Takes a figure's furniture away (a chart in another language, or none). */
function unfurnish(figure) {
  const f = figure.furniture;
  if (!f) return;
  for (const e of [f.overlay, f.tooltip, f.described, f.help, f.live, f.tools]) e.remove();
  figure.furniture = null;
}

/**
 * @param {HTMLElement} figure   contains a .frame with a <canvas>, and text slots
 * @param {object} options       chart options, with `chart` and `lang`; theme may be "auto"
 * @param {HTMLElement} [textRoot=figure]  where the text slots are
 * @param {{ kit: object, height?: (width: number, chart: Chart) => number, data?: object, prepared?: Chart,
 *   onDrawn?: Function, onRender?: Function, onError?: Function }} sizing
 *   the wasm module for `options.lang` (loadKit);
 *   the chart's height at a width (else the chart's own); a custom dataset (throws its
 *   validation Error), or a Chart that already holds it; callbacks when the words are
 *   new, after each draw, and for a draw that failed (null: recovered)
 */
export function mountChart(figure, options, textRoot = figure, sizing = {}) {
  const { Chart } = sizing.kit;
  const lang = options.lang ?? 'en';
  const ui = sizing.kit.uiText(lang);
  const frame = figure.querySelector('.frame');
  const canvas = frame.querySelector('canvas');
  let wanted = { ...options };
  /** The options as Rust is given them: the asked-for ones, the theme resolved. */
  // The element whose surroundings pick theme "auto": the widget's own
  // (embed.js), or the figure on a page of its own (app.js).
  const placed = figure.getRootNode().host ?? figure;
  const inForce = () => ({ ...wanted, theme: resolveTheme(wanted.theme, placed) });
  // A chart that already holds the data (the embed's setData validated it
  // there) is used as it is: a big dataset is parsed once, not twice.
  const prepared = sizing.prepared;
  sizing.prepared = null;
  const chart = prepared ?? new Chart(inForce());
  try {
    if (prepared) chart.setOptions(inForce());
  } catch (e) {
    chart.free();
    throw e;
  }
  if (!prepared && sizing.data) {
    try {
      chart.setData(sizing.data);
      // Data that read well but cannot make this chart (no months for the
      // monthly chart) are refused as bad data are: said, not a blank box.
      chart.text();
    } catch (e) {
      chart.free();
      // Marked, so the caller can tell rejected data from a rejected option.
      if (e instanceof Error) e.dataset = true;
      throw e;
    }
  }
  /** Drawn right to left, as Rust draws it. */
  const mirrored = () => chart.mirrored;
  /** A draw is queued (enqueue); destroyed charts skip theirs. */
  let pending = false;
  let destroyed = false;
  let renders = 0;
  let size = { width: 0, height: 0, ratio: 1 };

  const { overlay, tooltip, described, help, live, table, details, csvButton, pngButton, tools } = furnish(figure, ui, lang);

  // A point's words and the description: the chart's own (the full
  // builds), or, for a first-draw build, which leaves them out, its kit's
  // prepared ones (js/described.js), fetched once the chart has drawn.
  // Until they are in, a point has none: `whenDescribed` runs its callback
  // again once they are.
  // Keyed by the options asked for (the chart and its controls' values),
  // not those in force: resolving the theme reads the page's styles, work
  // a hover does not need.
  const wordsNow = () => {
    const words = sizing.kit.described?.now();
    return words?.charts[words.of[preparedKey(sizing.kit, wanted)]];
  };
  const waiting = () => !chart.point && !sizing.kit.described.now();
  const whenDescribed = (then) => sizing.kit.described.when(() => destroyed || then());
  function pointAt(i) {
    if (chart.point) return chart.point(i);
    const p = sizing.kit.described.now()?.points[wordsNow()?.points[i]];
    // Where it was drawn: also whether it was (none before a render).
    const r = p && chart.rect(i);
    return r && { ...p, rect: { x0: r[0], y0: r[1], x1: r[2], y1: r[3] } };
  }

  // --- Drawing ---------------------------------------------------------------
  let selected = -1;
  /** The point the arrow keys were on before a redraw closed it (-1: none). */
  let keyed = -1;
  /** The shown tooltip's box, in the canvas's CSS pixels: [x0, y0, x1, y1]. */
  let tip = null;
  /** The overlay may show a highlight. */
  let inked = false;
  let contentStale = true;
  /** Set when something other than the size changed (options, theme, data). */
  let dirty = true;

  /** Set when the table (which lists the drawn points) needs refilling. */
  let tableStale = true;
  /** Set when the description needs rewriting. */
  let descriptionStale = true;

  // The description (read through aria-describedby) and the data table
  // (inside a closed <details>) are words no reader meets before the
  // chart: they are written once the browser is idle after the draw, so
  // every chart on the page draws first (~25 ms of a phone's start-up for
  // five widgets). Opening the table fills it at once.
  let finishing = false;
  function finishSoon() {
    if (finishing) return;
    finishing = true;
    idle(() => {
      finishing = false;
      finish();
    });
  }
  function finish() {
    if (destroyed) return;
    if (waiting()) return whenDescribed(finish);
    // A chart that cannot be made throws here too: the draw says why, and
    // these stay stale until it can.
    try {
      if (descriptionStale) {
        // The takeaway is read where it is shown, above the chart; the
        // description carries it only where it is not (show-title="false").
        const alone = !textRoot.querySelector('[data-text=takeaway]:not([hidden])');
        described.textContent = chart.description
          ? chart.description(alone)
          : [wordsNow()?.description, alone && textOf(sizing.kit, inForce())?.takeaway].filter(Boolean).join(' ');
        descriptionStale = false;
      }
      if (tableStale && size.width) {
        fillTable();
        tableStale = false;
      }
    } catch { /* said by the draw */ }
  }
  details.addEventListener('toggle', () => { if (details.open) finish(); });

  /** Fills the text slots and the description from the chart's words. */
  function fillContent() {
    contentStale = false;
    tableStale = true;
    // The first-draw build's words are prepared (kits.js); any other
    // build's chart words itself.
    const text = textOf(sizing.kit, inForce()) ?? chart.text();
    writeText(textRoot, text);
    canvas.setAttribute('aria-label', text.title);
    descriptionStale = true;
    finishSoon();
    sizing.onDrawn?.(chart);
  }

  // A draw in three steps, so a batch can run each step for every chart
  // before the next (enqueue): write the words, measure, render.
  const job = {
    // The words first: how tall they wrap decides what a fixed-height widget
    // leaves the chart. Older builds could only give words after a render.
    write() {
      pending = false;
      if (destroyed || !contentStale) return;
      try { fillContent(); } catch { contentStale = true; }
    },
    measure() {
      if (destroyed) return null;
      const width = Math.floor(frame.clientWidth);
      // Hidden (display: none, a collapsed tab) or not laid out yet: the
      // ResizeObserver fires again when the box gets a size.
      if (width < 100) return null;
      try {
        return { width, height: sizing.height?.(width, chart) ?? chart.preferredHeight(width), ratio: ratioOf(frame) };
      } catch (e) {
        // Data that cannot make this chart at this size: said, not thrown.
        sizing.onError?.(e);
        return null;
      }
    },
    size(measured) {
      // Only a canvas about to be drawn: a size set and not drawn is blank.
      if (measured && !destroyed && stale(measured.width, measured.height, measured.ratio)) setBox(measured.width, measured.height, measured.ratio);
    },
    render(measured) {
      // A render listener may have removed a chart later in the batch.
      return measured && !destroyed ? draw(measured.width, measured.height, measured.ratio) : null;
    },
  };

  /** The canvas's size and the overlay's (a value written again changes nothing). */
  function setBox(width, height, ratio) {
    sizeCanvas(canvas, width, height, ratio);
    overlay.style.width = `${width}px`;
    overlay.style.height = `${height}px`;
  }

  /** Whether a render at `width` x `height` and `ratio` (ratioOf) would draw anything new. */
  const stale = (width, height, ratio) => dirty || contentStale || width !== size.width || height !== size.height
    || ratio !== size.ratio;
  /** Renders at `width` x `height` and `ratio`; returns the writes to make after every render of the batch. */
  function draw(width, height, ratio) {
    if (!stale(width, height, ratio)) return null;
    // Three renders at most: a first render may change the words (and so
    // the room left), and a render may find its plot too short (below).
    // The batch's size step has sized the box for the first; a taller
    // retry sizes it again.
    for (let pass = 0; pass < 3; pass += 1) {
      try {
        chart.render(canvas, width, height, ratio);
      } catch (e) {
        // A size the chart cannot use is not fatal: say why, and try again
        // when the box changes.
        return () => sizing.onError?.(e);
      }
      size = { width, height, ratio };
      // The drawing measured its legend and labels: if they left the plot
      // too little room, the chart needs more height at this width.
      const least = chart.minHeight(width);
      if (!contentStale && least <= height) break;
      if (contentStale) fillContent();
      const again = Math.max(least, sizing.height?.(width, chart) ?? height);
      if (again === height) break;
      height = again;
      setBox(width, height, ratio);
    }
    dirty = false;
    renders += 1;
    return () => {
      sizing.onError?.(null);
      figure.dataset.width = String(width);
      figure.dataset.height = String(height);
      figure.dataset.renders = String(renders);
      if (tableStale) finishSoon();
      // The points' words, asked for as soon as the chart is drawn (not
      // before: they would share the wasm's bandwidth), so a reader's
      // first hover or key finds them in.
      if (!chart.point) sizing.kit.described.load();
      if (!ratioQuery) watchRatio();
      // The arrows go on from the point they were on: a rotation's redraw
      // closes its tooltip, not the reader's place.
      if (selected >= 0) keyed = selected;
      select(-1);
      sizing.onRender?.();
    };
  }
  const schedule = () => {
    if (pending || destroyed) return;
    pending = true;
    enqueue('frame', job);
  };

  function fillTable() {
    const head = el('tr', null, ...[ui.series, ui.period, ui.value, ui.growth, ui.source].map((h) => {
      const th = el('th', null, h);
      th.scope = 'col';
      return th;
    }));
    // Both the series and the period head a row: rows of one period in two
    // series (FY2016-17 of ICT and of the narrow series) read alike with the
    // period alone, down the value column.
    const header = (text) => {
      const th = el('th', null, text);
      th.scope = 'row';
      return th;
    };
    const rows = [];
    for (let i = 0; ; i += 1) {
      const p = pointAt(i);
      if (!p) break;
      rows.push(el('tr', null, header(p.series), header(p.period), el('td', 'num', p.value), el('td', 'num', p.growth ?? ''), el('td', null, p.source)));
    }
    table.replaceChildren(el('thead', null, head), el('tbody', null, ...rows));
  }

  // --- Selection: highlight, tooltip, announcement ---------------------------
  function select(index, { announce = false, touch = false, late = false } = {}) {
    selected = index;
    // A blank overlay stays as it is: clearing it sizes its backing store,
    // which a chart nobody points at never needs.
    if (index >= 0 || inked) {
      inked = index >= 0;
      chart.highlight(overlay, index, size.ratio);
    }
    const p = index >= 0 ? pointAt(index) : undefined;
    // Selected before its words are in: highlighted now, its tooltip and
    // announcement once they arrive, if it is still the one selected.
    const early = index >= 0 && waiting();
    if (early) whenDescribed(() => selected === index && select(index, { announce, touch, late: true }));
    if (!p) {
      tip = null;
      tooltip.hidden = true;
      figure.dataset.selected = early ? String(index) : '';
      return;
    }
    figure.dataset.selected = String(index);
    // Every line comes worded from Rust; the first further line (growth,
    // where there is one) stands out, the rest are small print.
    tooltip.replaceChildren(el('div', 'tip-head', joined(p.head)), el('div', 'tip-value', p.value),
      ...p.lines.map((line, i) => el('div', i === 0 && p.growth ? null : 'tip-meta', joined(line))));
    tooltip.hidden = false;
    // A key can select a mark off screen in a chart taller than the
    // viewport, and the arrows are the chart's: the tooltip, put on the
    // mark first, is scrolled into view, by the page and any box or
    // <dialog> around the chart, past a sticky header's scroll-padding; at
    // once (a smooth scroll would move the tooltip placed below). Placed,
    // it is scrolled into view again: in an iframe the page sizes to its
    // content, the viewport it is placed in is the whole iframe, and
    // "above the mark" could be above the article's screen.
    // Not when its words came late: the reader may have scrolled away since.
    const keyed = announce && !touch;
    const show = () => keyed && !late && tooltip.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    if (keyed) {
      tooltip.style.top = `${p.rect.y0}px`;
      tooltip.style.left = 0;
    }
    show();
    placeTooltip(p.rect, touch);
    show();
    // A new node, not new text: a screen reader announces the same point
    // again when the reader moves back to it.
    if (announce) live.replaceChildren(el('span', null, p.announce));
  }

  /**
   * Puts the tooltip beside the mark, never on it: above, below, then to
   * either side, the first that fits inside both the widget and the
   * viewport; if none fits whole, the one that covers least of the mark.
   * A finger needs more room than a cursor.
   */
  function placeTooltip(rect, touch) {
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    const origin = frame.getBoundingClientRect();
    const box = textRoot.getBoundingClientRect();
    // The allowed box, in the frame's own coordinates (its layout pixels,
    // under any zoom or scale around it).
    const k = scaleOf(frame, origin);
    // In a widget iframe, the part of it on the reader's screen
    // (iframe-page.js): the iframe is as tall as the widget, so its own
    // viewport said a tooltip above the mark fitted, off the phone's screen.
    const [top, bottom] = globalThis.pkOnScreen?.() ?? [0, window.innerHeight];
    const minX = (Math.max(box.left, 0) - origin.left) / k + 4;
    const maxX = (Math.min(box.right, window.innerWidth) - origin.left) / k - 4;
    const minY = (Math.max(box.top, top) - origin.top) / k + 2;
    const maxY = (Math.min(box.bottom, bottom) - origin.top) / k - 2;
    const gap = touch ? 28 : 10;
    const cx = (rect.x0 + rect.x1) / 2;
    const cy = (rect.y0 + rect.y1) / 2;
    const right = [rect.x1 + gap, cy - h / 2];
    const left = [rect.x0 - w - gap, cy - h / 2];
    // Mirrored: left of a mark first.
    const candidates = [
      [cx - w / 2, rect.y0 - h - gap],
      [cx - w / 2, rect.y1 + gap],
      ...(mirrored() ? [left, right] : [right, left]),
    ].map(([x, y]) => {
      const left = Math.min(Math.max(minX, x), Math.max(minX, maxX - w));
      const top = Math.min(Math.max(minY, y), Math.max(minY, maxY - h));
      const ox = Math.max(0, Math.min(left + w, rect.x1) - Math.max(left, rect.x0));
      const oy = Math.max(0, Math.min(top + h, rect.y1) - Math.max(top, rect.y0));
      return { left, top, cover: ox * oy };
    });
    const best = candidates.find((c) => c.cover === 0) ?? candidates.reduce((a, b) => (b.cover < a.cover ? b : a));
    tooltip.style.left = `${Math.round(best.left)}px`;
    tooltip.style.top = `${Math.round(best.top)}px`;
    tip = [best.left, best.top, best.left + w, best.top + h];
  }

  // Pointer: coalesced to one pick per frame; CSS pixels from the canvas's
  // corner are the layout's own unit at any devicePixelRatio, once a zoom
  // or scale around it is taken out (under `zoom: 1.5` a pointer on one
  // bar picked another a third further along).
  /** Where pointer event `e` is on the canvas, in its layout pixels. */
  function pointed(e) {
    const r = canvas.getBoundingClientRect();
    const k = scaleOf(canvas, r);
    return [(e.clientX - r.left) / k, (e.clientY - r.top) / k];
  }
  let pointer = null;
  let pointerFrame = 0;
  // The point whose tooltip Escape closed: it stays closed while the
  // pointer rests on that point (WCAG 1.4.13, dismissible).
  let dismissed = -1;
  function pickAt(x, y, touch = false) {
    const index = chart.pick(x, y);
    // A pointer on the tooltip where no mark is near keeps it (hoverable,
    // WCAG 1.4.13): its text can be read to its end. Near a mark, the mark
    // wins: the tooltip lets the pointer through, so none is out of reach.
    if (index < 0 && tip && x >= tip[0] && x <= tip[2] && y >= tip[1] && y <= tip[3]) return;
    if (index === dismissed) return;
    dismissed = -1;
    // A tap is a choice, as a key press is: announced. A hovering mouse is
    // not (it would talk over everything it crosses).
    if (index !== selected) select(index, { touch, announce: touch });
  }
  function onPointerMove(e) {
    if (e.pointerType !== 'mouse') return; // a finger or a pen picks as it lifts
    pointer = pointed(e);
    if (!pointerFrame) {
      pointerFrame = requestAnimationFrame(() => {
        pointerFrame = 0;
        if (pointer) pickAt(...pointer);
      });
    }
  }
  // A finger (or a pen) picks when it lifts, not as it lands: one landing
  // on a mark to scroll the page past the chart opened its tooltip (and
  // announced it); a scroll cancels the pointer instead. It picks where it
  // landed (one that drifted 14 px before lifting picked the next bar).
  // Tapping the open one again closes it.
  let touched = null;
  function onPointerDown(e) {
    if (e.pointerType !== 'mouse') touched = pointed(e);
  }
  function onPointerUp(e) {
    if (e.pointerType === 'mouse' || !touched) return;
    const [x, y] = touched;
    touched = null;
    // A finger that moved farther than a tap's slop was dragging, where
    // the page did not scroll (at its end) and so sent no cancel.
    const [ux, uy] = pointed(e);
    if (Math.hypot(ux - x, uy - y) > 16) return;
    if (selected >= 0 && chart.pick(x, y) === selected) select(-1);
    else pickAt(x, y, true);
  }
  // A finger or a pen "leaves" as it lifts; only a mouse leaving hides.
  function onLeave(e) {
    if (e.pointerType !== 'mouse') return;
    pointer = null;
    dismissed = -1;
    select(-1);
  }
  // Escape closes a hovered tooltip wherever the focus is, and only it (a
  // <dialog> around the chart closes at the next); the focused chart's own
  // Escape (onKey) comes first and takes it. In a widget iframe the host
  // page passes its Escape on (iframe-host.js).
  function onDocumentKey(e) {
    if (e.key !== 'Escape' || e.defaultPrevented || selected < 0) return;
    dismiss();
    e.preventDefault();
  }
  function dismiss() {
    dismissed = selected;
    select(-1);
  }
  // A tap anywhere else on the page closes the tooltip: one that never goes
  // away on phones is the complaint this avoids.
  function onDocumentDown(e) {
    if (selected >= 0 && !e.composedPath().includes(frame)) select(-1);
  }
  function onKey(e) {
    const order = Array.from(chart.navOrder());
    if (!order.length) return;
    const at = order.indexOf(selected >= 0 ? selected : keyed);
    let next = null;
    // Forward is the way time runs: left when mirrored.
    const [forward, back] = mirrored() ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    if (e.key === forward || e.key === 'ArrowDown') next = order[at < 0 ? 0 : Math.min(at + 1, order.length - 1)];
    else if (e.key === back || e.key === 'ArrowUp') next = order[at < 0 ? 0 : Math.max(at - 1, 0)];
    else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order[order.length - 1];
    else if (e.key === 'Escape' && selected >= 0) {
      // Closes the details; focus stays on the chart (blurring it would
      // drop a keyboard reader at the top of the page). With none open,
      // Escape is the page's: a <dialog> around the widget closes.
      dismiss();
      live.textContent = '';
      e.preventDefault();
      return;
    }
    if (next == null) return;
    e.preventDefault();
    keyed = -1;
    select(next, { announce: true });
  }
  // Every listener on what outlives this mount (the frame, which a new
  // mount takes over when an attribute changes; the document, the window,
  // the media queries) goes with it (destroy): a frame's listeners left on
  // it called the freed chart at the next key or hover.
  const bound = new AbortController();
  const on = (target, type, listener, once) => target.addEventListener(type, listener, { signal: bound.signal, once });
  on(frame, 'pointermove', onPointerMove);
  on(frame, 'pointerdown', onPointerDown);
  on(frame, 'pointerup', onPointerUp);
  on(frame, 'pointercancel', () => { touched = null; });
  on(frame, 'pointerleave', onLeave);
  on(frame, 'keydown', onKey);
  on(frame, 'blur', () => { if (!frame.matches(':hover')) select(-1); });
  on(document, 'pointerdown', onDocumentDown);
  on(document, 'keydown', onDocumentKey);

  // --- Downloads ---------------------------------------------------------------
  const stem = () => `${ui.fileStem}-${wanted.chart}`;
  // The first-draw build cannot write downloads (an article's readers
  // rarely ask for one, and the code is 3.6 KB gzip): there the full build
  // is loaded on the first click, and the same chart, with the same
  // options and the built-in figures, writes it.
  async function exporting(write) {
    if (chart.csv) return write(chart);
    const options = inForce();
    const kit = await loadKit(options.lang, true);
    if (destroyed) return;
    const twin = new kit.Chart(options);
    try {
      write(twin);
    } finally {
      twin.free();
    }
  }
  csvButton.addEventListener('click', () => exporting((c) => {
    // The byte order mark, which says UTF-8 in the file itself: Excel
    // reads a CSV as UTF-8 only with it (a type's charset is not saved).
    save(new Blob(['\ufeff', c.csv()], { type: 'text/csv' }), `${stem()}.csv`);
  }).catch(reportError));
  pngButton.addEventListener('click', () => {
    const { width, height } = size;
    exporting((c) => {
      const off = document.createElement('canvas');
      c.renderExport(off, width, height, window.devicePixelRatio || 1);
      off.toBlob((blob) => { if (blob) save(blob, `${stem()}.png`); }, 'image/png');
    }).catch(reportError);
  });

  // --- Watching the box, the ratio and the scheme ------------------------------
  const resize = new ResizeObserver(schedule);
  resize.observe(frame);
  // The words around the chart rewrap when the box narrows; with a fixed
  // height that changes what the chart is left.
  if (textRoot !== figure) resize.observe(textRoot);
  // A media query on the current ratio fires once when it changes; re-arm it.
  let ratioQuery;
  const watchRatio = () => {
    ratioQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    on(ratioQuery, 'change', onRatio, true);
  };
  function onRatio() { schedule(); watchRatio(); }
  // Armed once the chart has drawn (draw): its draw reads the ratio then
  // anyway, and five queries parsed in the task that draws five charts
  // were ~1.5 ms of it unthrottled (CPU profiles of six loads).
  /** Gives Rust the options in force and draws again: before the next frame, or `now`. */
  const redraw = (now) => {
    chart.setOptions(inForce());
    dirty = true;
    if (now) runBatch([job]);
    else schedule();
  };
  // In forced colours every theme follows the page's scheme (resolveTheme).
  const onScheme = () => (wanted.theme === 'auto' || !wanted.theme || forced) && redraw();
  on(darkQuery, 'change', onScheme);
  // Paper is white: as printing starts, the chart is drawn light, at once
  // (a frame later is after the page has printed), and as it ends, as it
  // was. Its words take the light colours from the styles, which are dark
  // on screens only (embed.css, style.css). A dark chart printed as drawn
  // lost its light labels on paper without backgrounds (browsers'
  // default); one inverted by a CSS filter kept them, but its tints fell
  // under 3:1. The events, not the print media query: Firefox prints a
  // copy of the page made before that query changes.
  // Each chart draws in a batch of its own here (one layout each, five for
  // an article: once a print); one listener for the page drawing them in
  // one batch cost 6 bytes more than the 70 KB target leaves.
  const reprint = (event) => {
    // beforeprint ('b'), not afterprint: the test in the fewest bytes.
    printing = event.type[0] === 'b';
    redraw(true);
  };
  for (const type of PRINT_EVENTS) on(window, type, reprint);

  const handle = {
    chart,
    /** Point `i`'s words and rectangle, as its tooltip shows them (undefined until the words are in: `described`). */
    point: pointAt,
    /** Resolves once the chart's points and description have their words. */
    described: () => new Promise((ok) => (chart.point ? ok() : sizing.kit.described.when(ok))),
    /** The options as the chart was last given them (the theme resolved). */
    get options() { return inForce(); },
    update(next) {
      // A choice this chart cannot make with its data (the year to date
      // without a July) is refused, not half made: the chart stays as it
      // was, its reason is said, and the control goes back (buildControls);
      // it showed "Year to date" chosen over the months' lines. The full
      // build words its own text, so it can try the choice first; the
      // built-in figures make every choice.
      if (chart.text) {
        const tried = { ...wanted, ...next };
        try {
          chart.setOptions({ ...tried, theme: resolveTheme(tried.theme, placed) });
          chart.text();
        } catch (e) {
          chart.setOptions(inForce());
          sizing.onRefused?.(e);
          return false;
        }
      }
      wanted = { ...wanted, ...next };
      // Other points now: the arrows start again.
      keyed = -1;
      if (selected >= 0) select(-1);
      contentStale = true;
      redraw();
      return true;
    },
    destroy() {
      resize.disconnect();
      bound.abort();
      destroyed = true;
      if (pointerFrame) cancelAnimationFrame(pointerFrame);
      unfurnish(figure);
      chart.free();
    },
  };
  // The words now: data that cannot make this chart throws here, to the
  // caller, as before any drawing.
  try {
    fillContent();
  } catch (e) {
    handle.destroy();
    throw e;
  }
  // Draw now, not when the observer first calls a frame later (a frame or
  // two per chart): at the end of this task, with every chart mounted in it.
  pending = true;
  enqueue('soon', job);
  // Lets tests (and the embed's hosts) reach the chart from its element
  // without a global name.
  figure.chart = handle;
  return handle;
}
