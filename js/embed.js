// The embed: <script type="module" src=".../embed.js"></script> and one
// <pk-it-exports chart="annual"></pk-it-exports> per widget. Every widget on
// the page shares one wasm instance; assets resolve from this script's own
// URL, so the files can live on any path or CDN. Markup inside the element
// is its fallback: shown without JavaScript (the element is then unknown to
// the browser and renders its children), and again if the wasm cannot load.
//
// Attributes: chart (annual|growth|compared|monthly|targets), theme
// (light|dark|auto), height (the widget's minimum height in CSS px, title to
// source line: reserved before the wasm arrives; the widget grows past it
// rather than squeeze the chart), show-title, show-source, show-controls
// ("false" hides), font ("inherit" uses the page's font), cumulative
// ("true"|"false"), target-reading (annualLevel|cumulative), src (a URL of a
// custom dataset; src-timeout in ms, default 10000). A custom dataset can
// also sit inline, in a <script type="application/json"> child; see
// schema/dataset.schema.json.
// Language: its own or the nearest ancestor's `lang` ("en", "ur"; others
// get English); mirror="false" keeps Urdu time left to right.
import { mountChart, resolveTheme, darkQuery, controlsFor, buildControls, loadKit, langOf, wordsAtHand, writeText, joined, furnish, textOf, heightsOf, enqueue, sizeCanvas, ratioOf, scaleOf, warmFonts } from './chart.js';
// The stylesheets as text (scripts/bundle.mjs), adopted as constructed
// sheets: no stylesheet requests and nothing for the first draw to wait on.
import EMBED_CSS from '../www/embed.css';
import CHART_CSS from '../www/chart.css';
import { messages, loadMessages, messagesSettled } from './messages.js';
export { setWasmUrls } from './kits.js';
// Not iframe-host.js: an article with widget iframes loads it beside them,
// as the README's iframe snippet does, and one with elements only (most,
// and a page of five widgets) does not download it (147 bytes gzip).

const asset = (path) => new URL(path, import.meta.url).href;
/** The builds loaded, by what a widget needs: its language, and its own data or not ("urfalse"). */
const ready = {};
const loadWasm = (lang, ownData) => loadKit(lang, ownData).then((kit) => (ready[lang + ownData] = kit));
/** A widget's language: its own or the nearest ancestor's `lang`, English for any other. */
const widgetLang = (widget) => langOf(widget.closest('[lang]')?.lang) ?? 'en';
/** A widget given its own dataset (inline or `src`): it needs a build that reads one. */
const hasOwnData = (widget) => widget.hasAttribute('src') || Boolean(widget.querySelector(':scope > script[type="application/json"]'));

/** The smallest chart a reader can read, in CSS px; the widget grows to keep it. */
const MIN_CHART = 150;

/** An element with attributes and children. */
const h = (tag, attributes, ...children) => {
  const e = document.createElement(tag);
  for (const name in attributes) e.setAttribute(name, attributes[name]);
  e.append(...children);
  return e;
};
// The widget's parts, built by DOM calls rather than parsed from a string:
// a site whose CSP requires Trusted Types refuses a string given to
// innerHTML, and the widget showed nothing there.
// The controls above the takeaway, which a choice rewrites: below it, the
// control just tapped moved from under the finger (89-183 px on a phone).
const parts = () => h('div', { class: 'widget', part: 'widget', 'data-state': 'loading' },
  h('div', { class: 'inner' },
    h('h2', { class: 'title', part: 'title', 'data-text': 'title' }),
    h('fieldset', { class: 'controls', part: 'controls', hidden: '' }, h('legend')),
    h('p', { class: 'takeaway', part: 'takeaway', 'data-text': 'takeaway' }),
    h('figure', { class: 'chart' },
      h('div', { class: 'frame' }, h('canvas', { role: 'img' })),
      h('figcaption', { class: 'source', part: 'source' }, h('span', { 'data-text': 'source' }), ' ', h('span', { 'data-text': 'definitions' }))),
    h('p', { class: 'message', role: 'status', hidden: '' }),
    h('p', { class: 'notice', role: 'status', hidden: '' }),
    h('div', { class: 'fallback', hidden: '' }, h('slot'))));

/** An option's attribute: targetReading -> target-reading. */
const attributeOf = (option) => option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const BOOLEAN = ['true', 'false'];
const FLAGS = ['true', 'false', ''];

let widgets = 0;
let sheets;
/** The widget's two stylesheets, built once for every widget on the page. */
function widgetSheets() {
  sheets ??= [EMBED_CSS, CHART_CSS].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  return sheets;
}

// Outside a browser (an app's server rendering imports its modules) there
// is no HTMLElement to extend and nothing to define: importing does nothing.
const Element = globalThis.HTMLElement ?? class {};

export class PkItExports extends Element {
  static observedAttributes = ['chart', 'theme', 'height', 'show-title', 'show-source', 'show-controls', 'font', 'cumulative', 'target-reading', 'src', 'src-timeout', 'lang', 'mirror'];

  #root;
  #mounted = null;
  #id = ++widgets;
  /** The custom dataset, parsed; null for the built-in figures. */
  #data = null;
  /** Reasons the attributes were not all usable (shown; the chart draws with defaults). */
  #attrErrors = [];
  /** Why the last draw failed, if it did. */
  #drawFailure = null;
  /** The minimum height of the whole widget, CSS px, or null. */
  #fixed = null;
  /** Settles when the widget first shows a chart or its fallback, or leaves the page: what an early setData waits for. */
  #onShown;
  #shown = new Promise((settle) => { this.#onShown = settle; });
  /** Why a custom dataset was not used, if it was not. */
  dataError = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    // The styles are constructed sheets shared by every widget: no request
    // and nothing to wait for before the first draw, and CSSOM, which a
    // strict CSP allows (a <style> element it would block).
    this.#root.adoptedStyleSheets = widgetSheets();
    this.#root.append(parts());
  }

  /** theme="auto": the whole widget follows the page's scheme, not only the canvas. */
  #onScheme = () => this.#applyTheme();

  #el(selector) { return this.#root.querySelector(selector); }

  get #lang() { return widgetLang(this); }

  /** Charts a custom dataset, or is told to: only the full builds read one. */
  get #ownData() { return this.#data != null || hasOwnData(this); }

  get #kit() { return ready[this.#lang + this.#ownData]; }

  /** The loaded build, or before it loads the words it will speak if they are at hand (kits.js). */
  get #kitOrWords() { return this.#kit ?? wordsAtHand(this.#lang, this.#ownData); }

  get #words() { return messages(this.#lang); }

  /** The root says the language shown. */
  #applyLang() {
    const root = this.#el('.widget');
    // Written only when it changes: Chromium restyles every element under
    // a lang attribute that is set, even to the value it had (the first
    // draw after the words-first layout restyled all five widgets for it).
    if (root.lang !== this.#lang) {
      root.lang = this.#lang;
      root.dir = root.lang === 'ur' ? 'rtl' : 'ltr';
    }
  }

  /**
   * Reads the attributes into chart options, collecting a reason for every
   * value that cannot be used (that attribute then takes its default).
   * `chart`, `target-reading` and `font` are checked by Rust when the chart
   * is made, so their messages name what is allowed from one list.
   */
  #readAttributes() {
    const w = this.#words;
    const errors = [];
    const a = (name) => this.getAttribute(name);
    const options = { chart: a('chart') ?? 'annual', theme: a('theme') ?? 'auto', lang: this.#lang };
    if (a('mirror') != null) {
      if (BOOLEAN.includes(a('mirror'))) options.mirror = a('mirror') === 'true';
      else errors.push(w.oneOf('mirror', a('mirror'), BOOLEAN));
    }
    if (!['light', 'dark', 'auto'].includes(options.theme)) {
      errors.push(w.oneOf('theme', options.theme, ['light', 'dark', 'auto']));
      options.theme = 'auto';
    }
    // The controls' options (cumulative, target-reading) take the values
    // their controls offer, as Rust lists them; known once the wasm is in,
    // or before, where its words are at hand.
    const kit = this.#kitOrWords;
    if (kit) {
      for (const control of controlsFor(kit, options.lang, options.chart)) {
        const raw = a(attributeOf(control.option));
        if (raw == null) continue;
        const choice = control.choices.find((c) => String(c.value) === raw);
        if (choice) options[control.option] = choice.value;
        else errors.push(w.oneOf(attributeOf(control.option), raw, control.choices.map((c) => String(c.value))));
      }
    }
    const font = a('font');
    if (font === 'inherit') options.fontFamily = getComputedStyle(this).fontFamily;
    // Only a list of families, as the canvas takes it after a size: "12px
    // serif" or "initial" made it refuse the font and draw its labels at
    // 10 px, without a word.
    else if (font && CSS.supports('font', `1px ${font}`)) options.fontFamily = font;
    else if (font) errors.push(w.fontFamily(font));
    for (const name of ['show-title', 'show-source', 'show-controls']) {
      if (a(name) != null && !FLAGS.includes(a(name))) errors.push(w.oneOf(name, a(name), BOOLEAN));
    }
    this.#fixed = null;
    if (a('height') != null) {
      const h = Number(a('height'));
      if (a('height').trim() !== '' && Number.isFinite(h) && h >= 200 && h <= 4000) this.#fixed = Math.round(h);
      else errors.push(w.range('height', a('height'), w.cssPixels, 200, 4000));
    }
    this.#srcTimeout = 10000;
    if (a('src-timeout') != null) {
      const t = Number(a('src-timeout'));
      if (a('src-timeout').trim() !== '' && Number.isInteger(t) && t >= 1 && t <= 60000) this.#srcTimeout = t;
      else errors.push(w.range('src-timeout', a('src-timeout'), w.milliseconds, 1, 60000));
    }
    this.#attrErrors = errors;
    return options;
  }

  #srcTimeout = 10000;

  #applyTheme() {
    this.#el('.widget').dataset.theme = resolveTheme(this.getAttribute('theme'), this);
  }

  #applyChrome() {
    this.#applyLang();
    const shown = (name) => this.getAttribute(name) !== 'false';
    this.#el('.title').hidden = !shown('show-title');
    this.#el('.takeaway').hidden = !shown('show-title');
    this.#el('.source').hidden = !shown('show-source');
    this.#applyTheme();
    // The minimum height is the whole widget's, known before the wasm
    // arrives: nothing on the page moves when it draws, unless the text and
    // a readable chart need more than it gives.
    const widget = this.#el('.widget');
    widget.style.minHeight = this.#fixed ? `${this.#fixed}px` : '';
    // host.css reserves the attribute as written: one out of range (a
    // typo, 8600) would keep up to 4,000 px blank under a widget that
    // draws at its own height. Given back too after #fail let it go.
    this.style.minHeight = this.#fixed || !this.hasAttribute('height') ? '' : '0px';
    widget.toggleAttribute('data-fixed', Boolean(this.#fixed));
  }

  #buildControls(chart, options, kit = this.#kit) {
    const box = this.#el('.controls');
    // A choice made before the chart could draw is kept for it (#mount),
    // and its words shown meanwhile (#prefill).
    const count = buildControls(kit, box, chart, options, `pk-${this.#id}`, (option, value) => {
      if (this.#mounted) return this.#mounted.update({ [option]: value });
      else {
        this.#chosen[option] = value;
        this.#present();
      }
    });
    box.hidden = count === 0 || this.getAttribute('show-controls') === 'false';
  }

  /** Shows the message line: attribute reasons first, then a draw failure. */
  #showMessage() {
    const m = this.#el('.message');
    const lines = [...this.#attrErrors];
    if (this.#drawFailure) lines.push(this.#words.drawFailed(this.#drawFailure));
    m.textContent = lines.join(' · ');
    m.hidden = lines.length === 0 || !messagesSettled(this.#lang);
  }

  #setState(state) {
    this.#el('.widget').dataset.state = state;
    this.dataset.state = state;
  }

  /**
   * Before the wasm, where its words are at hand: the widget shows its
   * words, controls and tools for `options`, and the page lays them out
   * while the wasm downloads (with a height, the chart's room is measured
   * too), so the first draw only draws (on the mobile profile: charts ~50 ms
   * sooner, the work after the wasm arrives 221 -> 158 ms).
   */
  #prefill(options) {
    const words = wordsAtHand(this.#lang, this.#ownData);
    // Already downloaded: the chart comes with its words in one layout.
    if (words?.arrived() && !this.#prefilled) return;
    const text = words && textOf(words, { ...options, ...this.#chosen });
    // No such chart (the wasm says so), or words the widget no longer speaks.
    if (!text) {
      if (this.#prefilled) {
        this.#el('.widget').dataset.state = 'loading';
        this.#unfill();
      }
      return;
    }
    const shown = JSON.stringify(options);
    // Not again for a choice made in them: the reader's focus is there.
    if (this.#prefilled !== shown) this.#buildControls(options.chart, options, words);
    writeText(this.#el('.inner'), text);
    furnish(this.#el('.chart'), words.uiText(options.lang), options.lang);
    this.#prefilled = shown;
    // The chart box is laid out now, its placeholder line showing until it draws.
    this.#el('.widget').dataset.state = 'waiting';
    warmFonts(words.fonts, options.fontFamily, words.arrived);
    // The canvas takes the room its chart will have before the first draw
    // (which then keeps it, unless its drawing finds it needs more): with a
    // height, what the words leave; without, the chart's own height for its
    // width, by the rules Rust prepared (heightsOf), so the article does not
    // move when the chart draws. Read for every widget prefilled in this
    // task, then written, in one layout. Its backing store is made then
    // too, at the size the draw will ask for (sizeCanvas): a canvas's first
    // drawing at a new size allocates it, ~5 ms a chart on the mobile
    // profile, which the draw then finds done.
    const frame = this.#el('.frame');
    const canvas = frame.querySelector('canvas');
    // Named now, as the draw will name it: the chart's frame takes the
    // focus from the start, and was an unnamed group until the wasm came
    // (375 ms at 6x CPU; found by an accessibility audit).
    canvas.setAttribute('aria-label', text.title);
    const heights = heightsOf(words, options.chart);
    const job = {
      measure: () => {
        // Unless the words shown have changed since (a later job sizes it).
        const width = this.isConnected && this.#prefilled === shown && Math.floor(frame.clientWidth);
        // Not laid out (display: none): the draw sizes it when it is.
        return width >= 100 ? [width, this.#chartHeight(width, heights), ratioOf(frame)] : null;
      },
      render: (room) => {
        if (!room) return;
        sizeCanvas(canvas, ...room);
        canvas.getContext('2d').clearRect(0, 0, 1, 1);
      },
    };
    enqueue('soon', job);
    // And again whenever the box's size changes before the wasm: a phone
    // turned, a window resized, or a classic scrollbar that the room just
    // held brought (the draw then found the chart 8 px shorter at 721 px
    // than the 736 px it was sized at). Once other words are shown, or the
    // chart is mounted (whose own observer takes over), it lets go.
    new ResizeObserver((_, self) => (this.#prefilled === shown ? enqueue('soon', job) : self.disconnect()))
      .observe(frame);
  }

  /** Before the wasm: the attributes read, applied and, where it can, shown (#prefill), their reasons said. */
  #present() {
    const options = this.#readAttributes();
    this.#applyChrome();
    this.#prefill(options);
    this.#showMessage();
  }

  /** Takes back the words shown, before the wasm (#prefill) or with a chart drawn. */
  #unfill() {
    writeText(this.#el('.inner'), { title: '', takeaway: '', source: '', definitions: '' });
    this.#el('.controls').hidden = true;
    this.#prefilled = null;
  }

  /** The options the shown words and controls were made for (#prefill), as JSON. */
  #prefilled = null;
  /** Choices the reader made in the controls before the chart could draw. */
  #chosen = {};

  /** Nothing can be drawn: say why, and show the fallback the page gave. */
  #fail(message) {
    this.#onShown();
    this.#setState('error');
    // Words shown before the wasm (#prefill), or with the chart drawn
    // before (a changed attribute), went with a chart that will not come.
    this.#unfill();
    const m = this.#el('.message');
    m.textContent = message;
    m.hidden = false;
    this.#el('.fallback').hidden = false;
    this.#el('.chart').hidden = true;
    // With nothing to show in the chart's place, the height kept for it
    // (the widget's, and host.css's on the element) is let go: a message
    // atop a blank box that tall left a hole in the article.
    const given = this.#root.querySelector('slot').assignedNodes({ flatten: true });
    if (!given.some((n) => n.nodeType === 1 || n.textContent.trim())) {
      this.#el('.widget').style.minHeight = '';
      this.style.minHeight = '0px';
    }
  }

  /** What the editor put inside the element, as the wasm-failed message describes it. */
  #fallbackKind() {
    const nodes = this.#root.querySelector('slot').assignedElements({ flatten: true });
    if (nodes.some((n) => n.matches('table') || n.querySelector('table'))) return 'table';
    if (nodes.some((n) => n.matches('img, svg, picture') || n.querySelector('img, svg, picture'))) return 'image';
    return null;
  }

  async connectedCallback() {
    // The element says it is loading as its shadow root does: a page that
    // waits for `data-state` to leave "loading" waits for the wasm and for
    // a widget's own data (now a module fetched first, own-data.js).
    this.#setState('loading');
    this.#present();
    darkQuery.addEventListener('change', this.#onScheme);
    // A message held until its language's catalogue is in (#showMessage),
    // then read again in it: the reasons read above, before the catalogue,
    // were worded in English, and the chart may come a while later.
    const words = loadMessages(this.#lang, this.#ownData).then(() => {
      this.#readAttributes();
      this.#showMessage();
    });
    try {
      await Promise.all([loadWasm(this.#lang, this.#ownData), words]);
    } catch {
      await words;
      if (!this.isConnected) return;
      this.#fail(this.#words.wasmFailed(this.#fallbackKind()));
      return;
    }
    if (this.isConnected) this.#loadData();
  }

  /**
   * Charts the dataset given to setData (`prepared`: the Chart that
   * validated it), else the element's own, inline or from `src`, else
   * (none, or it failed) the built-in figures. Unless a later load (a `src`
   * changed meanwhile, a setData) has begun: a slow answer never replaces
   * a newer one. The code that reads a dataset is a module of its own
   * (own-data.js), fetched only by a page whose widgets bring their data.
   */
  async #loadData(prepared) {
    const load = ++this.#loads;
    this.dataError = null;
    // Said again by a refusal, or by the report of the chart drawn.
    this.#el('.notice').hidden = true;
    // A dataset given to setData is newer than the element's own, until
    // a new `src` (attributeChangedCallback).
    let data = this.#given;
    if (!data && hasOwnData(this)) {
      try {
        const { readDataset } = await import('./own-data.js');
        data = await readDataset(this, this.#words, this.#srcTimeout);
      } catch (e) {
        // Refused: the built-in figures (data is still setData's null).
        if (load !== this.#loads) return;
        this.#rejectData(e);
      }
    }
    if (load !== this.#loads || !this.isConnected) return;
    this.#data = data;
    this.#mount(prepared);
  }

  /** Loads of data begun (#loadData): only the last one's answer is used. */
  #loads = 0;
  /** The dataset setData was given (a copy), kept while the element leaves and rejoins the page. */
  #given = null;

  /** Says why the custom data is not used, and raises it as an Error event. */
  #rejectData(e) {
    const error = e instanceof Error ? e : new Error(String(e));
    // Raised once, not at every redraw of a chart the data cannot make.
    const again = this.dataError?.message === error.message;
    this.dataError = error;
    const notice = this.#el('.notice');
    notice.textContent = this.#words.dataNotUsed(error.message);
    notice.hidden = false;
    if (!again) this.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  }

  /**
   * Replaces the widget's data with a custom dataset (the parsed JSON).
   * Resolves once the chart shows it; rejects with an Error naming the
   * record and field if it is invalid, and the widget keeps what it showed.
   * Asynchronous: a widget of the built-in figures first loads the build
   * that reads custom datasets.
   */
  async setData(dataset) {
    const gone = () => new Error('setData: add the widget to the page first');
    if (!this.isConnected) throw gone();
    const src = this.getAttribute('src');
    await this.#shown;
    let kit;
    try {
      kit = await loadWasm(this.#lang, true);
    } catch {
      throw new Error(this.#words.wasmFailed(null));
    }
    if (!this.isConnected) throw gone();
    // It showed its fallback instead of a chart: why, as it said.
    if (!this.#mounted) throw new Error(this.#el('.message').textContent || this.#words.wasmFailed(null));
    // Validate first, so a bad dataset changes nothing; the chart that
    // validated it is the one mounted, so the data is read once.
    const probe = new kit.Chart({ lang: this.#lang, chart: this.getAttribute('chart') ?? 'annual' });
    let copy;
    try {
      probe.setData(dataset);
      // Refused too if it cannot make this widget's chart.
      probe.text();
      // A copy: the caller's object changed later must not change the
      // chart at its next draw. Through JSON (the data just validated is
      // JSON's kinds): a framework's reactive Proxy, which structuredClone
      // refuses, copies too.
      copy = JSON.parse(JSON.stringify(dataset));
      // An address set since this call is newer: its data is shown.
      if (src !== this.getAttribute('src')) copy = null;
    } catch (e) {
      probe.free();
      throw e;
    }
    if (!copy) return probe.free();
    // Charted at once (setData's dataset is not read again): the Chart
    // that validated it is the one mounted.
    this.#given = copy;
    this.#loadData(probe);
  }

  /**
   * The chart's height at `width`: with a minimum height, what the text
   * leaves of it, never less than a readable chart (the widget then grows);
   * without one, the chart's own preferred height. An open data table is
   * not counted, so opening it never shrinks the chart.
   */
  #chartHeight(width, chart) {
    const least = Math.max(MIN_CHART, chart.minHeight?.(width) ?? 0);
    if (!this.#fixed) return Math.max(least, chart.preferredHeight(width));
    // A very tall box does not stretch the chart past two and a half times
    // its own height: slopes drawn ten times taller than wide mislead.
    const most = Math.max(least, Math.round(2.5 * chart.preferredHeight(width)));
    return Math.min(most, Math.max(least, this.#leftForChart()));
  }

  /** The tools' height when last measured with the table closed. */
  #toolsClosed = null;

  /** What the minimum height leaves the chart, at the words' present wrap. */
  #leftForChart() {
    const widget = this.#el('.widget');
    const inner = this.#el('.inner');
    const frame = this.#el('.frame');
    const details = this.#el('.chart-tools details');
    // Fractional heights (offsetHeight rounds), so the parts never add up
    // to a pixel more than the height asked for; in layout pixels, under
    // any zoom or scale around the widget.
    const k = scaleOf(widget);
    const h = (e) => e.getBoundingClientRect().height / k;
    // Open, the table takes a row of its own, and its switch with it (a
    // wide widget shows the switch beside the buttons): what the open
    // table adds is the tools' height over theirs when last closed (at
    // another width, after a turn of the phone, a row of buttons out at most).
    const tools = details && h(details.parentElement);
    if (!details?.open) this.#toolsClosed = tools;
    const table = details?.open ? tools - (this.#toolsClosed ?? tools) : 0;
    const style = getComputedStyle(widget);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const others = h(inner) - h(frame) - table;
    return Math.floor(this.#fixed - padding - others);
  }

  /** (Re)builds the chart; `prepared`: a Chart already holding the custom data. */
  #mount(prepared = null) {
    // The language changed while loading (the iframe sets lang after the
    // element starts) or since the chart drew: its build, and its messages
    // (connectedCallback loaded the first language's), which word the
    // attributes' reasons as they are read below.
    if (!this.#kit || !messagesSettled(this.#lang)) {
      Promise.all([loadWasm(this.#lang, this.#ownData), loadMessages(this.#lang, this.#ownData)])
        .then(() => this.isConnected && this.#mount(prepared), () => this.#fail(this.#words.wasmFailed(this.#fallbackKind())));
      return;
    }
    this.#mounted?.destroy();
    this.#mounted = null;
    this.#drawFailure = null;
    let options = this.#readAttributes();
    // The controls shown before the wasm were made for these options: kept,
    // with any choice the reader made in them meanwhile.
    const prefilled = this.#prefilled === JSON.stringify(options);
    options = { ...options, ...this.#chosen };
    this.#chosen = {};
    this.#prefilled = null;
    this.#applyChrome();
    this.#el('.chart').hidden = false;
    this.#el('.fallback').hidden = true;
    // The controls before the first draw: their height is part of what
    // the text leaves the chart.
    if (!prefilled) this.#buildControls(options.chart, options);
    // Out of "loading", so the chart box is laid out and draws at once.
    this.#el('.widget').dataset.state = 'drawing';
    const figure = this.#el('.chart');
    const sizing = {
      kit: this.#kit,
      height: (width, chart) => this.#chartHeight(width, chart),
      data: this.#data,
      prepared,
      // The notice of figures not drawn is the custom data's.
      onDrawn: (chart) => sizing.data && this.#report(chart),
      onRender: () => this.dispatchEvent(new Event('render')),
      onError: (e) => this.#drawError(e),
      // A choice the data cannot draw: said, the chart left as it was.
      onRefused: (e) => {
        this.#drawFailure = e instanceof Error ? e.message : String(e);
        this.#showMessage();
      },
    };
    // An option Rust rejects (other than the chart itself) is reported and
    // left at its default, so the reader still gets a chart.
    for (let tries = 0; ; tries += 1) {
      try {
        try {
          this.#mounted = mountChart(figure, options, this.#el('.inner'), sizing);
        } catch (e) {
          if (!e?.dataset) throw e;
          // The custom data cannot make this chart: say so, and chart the
          // built-in figures. It is kept for the next chart asked for.
          sizing.data = null;
          this.#rejectData(e);
          this.#mounted = mountChart(figure, options, this.#el('.inner'), sizing);
        }
        break;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const option = /^(?:options\.)?(\w+):/.exec(message)?.[1];
        if (tries < 3 && option && option !== 'chart' && option in options) {
          this.#attrErrors.push(message);
          options = { ...options };
          delete options[option];
          this.#buildControls(options.chart, options);
          continue;
        }
        // A chart it does not have: said from the catalogue, in the
        // widget's language (Rust's reason is serde's, in English).
        const ids = option === 'chart' && this.#kit.controls(this.#lang).charts.map((c) => c.id);
        this.#showMessage();
        this.#fail(this.#words.drawFailed(ids && !ids.includes(options.chart) ? this.#words.oneOf('chart', options.chart, ids) : message));
        return;
      }
    }
    this.#showMessage();
    this.#setState(this.#drawFailure ? 'error' : 'ready');
    this.#onShown();
  }

  /** Shows why the last draw failed, or clears that once a draw succeeds. */
  #drawError(e) {
    this.#drawFailure = e ? (e instanceof Error ? e.message : String(e)) : null;
    this.#showMessage();
    this.#setState(e ? 'error' : 'ready');
  }

  /** With custom data, names the figures this chart does not draw. */
  #report(chart) {
    this.dataError = null;
    const { message } = chart.dataReport();
    const notice = this.#el('.notice');
    notice.hidden = !message;
    // Its figures unbroken at their hyphens, as the widget's words ("FY2016-" / "17").
    if (message) notice.textContent = joined(message);
  }

  attributeChangedCallback(name) {
    // A new address is newer than any dataset given before it (one taken
    // away is not); and than a load of the one before, even one still
    // arriving as the widget first loads.
    if (name === 'src' && this.getAttribute('src')) this.#given = null;
    if ((name === 'src' || name === 'src-timeout') && this.#loads) {
      this.#readAttributes();
      this.#loadData();
      return;
    }
    // Before the wasm has loaded, connectedCallback reads the attributes;
    // words it showed meanwhile follow them.
    if (this.#prefilled && !this.#mounted) {
      this.#present();
      return;
    }
    if (this.#mounted || this.dataset.state === 'error') {
      loadWasm(this.#lang, this.#ownData).then(() => this.isConnected && this.#mount(), () => {});
    }
  }

  disconnectedCallback() {
    // A setData waiting for the chart hears the widget has gone; one called
    // after it rejoins the page waits for its chart again.
    this.#onShown();
    this.#shown = new Promise((settle) => { this.#onShown = settle; });
    darkQuery.removeEventListener('change', this.#onScheme);
    this.#mounted?.destroy();
    this.#mounted = null;
  }

  /** The chart handle, for tests and for hosts that want the layout. */
  get chart() { return this.#mounted; }
}

if (globalThis.customElements && !customElements.get('pk-it-exports')) {
  // Start the download now, not when the first element connects. A failure
  // is shown by each widget to its reader, and said once here, as a
  // warning, to whoever set the page up: a policy without
  // 'wasm-unsafe-eval' blocks the wasm and the browser says nothing of it
  // (the widgets' "Reload the page" cannot help then). Not as an unhandled
  // rejection, which a page's error tracking would count as a crash.
  // The build the page's widgets need: a full one if a widget already in
  // the document brings its own data. An Urdu page's widgets then all use
  // the full Urdu build (loadKit), which speaks English too, so asked for
  // first it is the only one; an English page's others still need the
  // first-draw build beside it, and its Urdu widgets (which never use the
  // full English build) ask for theirs as they connect.
  const lang = langOf(document.documentElement.lang) ?? 'en';
  const ownData = [...document.querySelectorAll('pk-it-exports')]
    .some((w) => hasOwnData(w) && (lang === 'ur' || widgetLang(w) !== 'ur'));
  loadWasm(lang, ownData).catch(console.warn);
  customElements.define('pk-it-exports', PkItExports);
}
