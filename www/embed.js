// The embed: <script type="module" src=".../embed.js"></script> and one
// <pk-it-exports chart="annual"></pk-it-exports> per widget. Every widget on
// the page shares one wasm instance; assets resolve from this script's own
// URL, so the files can live on any path or CDN. Markup inside the element
// is its fallback: shown without JavaScript (the element is then unknown to
// the browser and renders its children), and again if the wasm cannot load.
//
// Attributes: chart (annual|growth|compared|monthly|targets), theme
// (light|dark|auto), height (CSS px of the whole widget), show-title,
// show-source, show-controls ("false" hides), font ("inherit" uses the
// page's font), cumulative ("true"), target-reading (annualLevel|cumulative),
// src (a URL of a custom dataset; src-timeout in ms, default 10000). A custom dataset can also sit inline, in
// a <script type="application/json"> child; see schema/dataset.schema.json.
import init, { Chart } from './pkg/pk_it_exports.js';
import { mountChart, resolveTheme } from './chart.js';
import './embed-frame.js';

const asset = (path) => new URL(path, import.meta.url).href;
let wasm;
/** One load of the wasm for every widget on the page. */
const loadWasm = () => (wasm ??= init({ module_or_path: asset('pkg/pk_it_exports_bg.wasm') }));

const TEMPLATE = `
<div class="widget" part="widget" data-state="loading">
  <h2 class="title" part="title" data-text="title"></h2>
  <p class="takeaway" part="takeaway" data-text="takeaway"></p>
  <fieldset class="controls" part="controls" hidden>
    <legend></legend>
  </fieldset>
  <figure class="chart">
    <div class="frame"><canvas role="img"></canvas></div>
    <figcaption class="source" part="source"><span data-text="source"></span> <span data-text="definitions"></span></figcaption>
  </figure>
  <p class="message" role="status" hidden></p>
  <p class="notice" role="status" hidden></p>
  <div class="fallback" hidden><slot></slot></div>
</div>`;

/** Controls per chart: [option, legend, [[value, label], ...]]. */
const CONTROLS = {
  monthly: ['cumulative', 'Show', [['false', 'Each month'], ['true', 'Year to date']]],
  targets: ['targetReading', 'Read the $5bn 2020-23 target as', [['annualLevel', 'A level by FY2022-23'], ['cumulative', 'A three-year sum']]],
};

let widgets = 0;

export class PkItExports extends HTMLElement {
  static observedAttributes = ['chart', 'theme', 'height', 'show-title', 'show-source', 'show-controls', 'font', 'cumulative', 'target-reading', 'src'];

  #root;
  #styled;
  #mounted = null;
  #id = ++widgets;
  /** The custom dataset, parsed; null for the built-in figures. */
  #data = null;
  /** Why a custom dataset was not used, if it was not. */
  dataError = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const links = ['embed.css', 'chart.css'].map((file) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = asset(file);
      return link;
    });
    // Mount only once the styles apply: a fixed-height layout measured
    // before them would be wrong. A stylesheet that fails still lets it go on.
    this.#styled = Promise.all(links.map((link) => new Promise((ok) => {
      link.addEventListener('load', ok, { once: true });
      link.addEventListener('error', ok, { once: true });
    })));
    const template = document.createElement('template');
    template.innerHTML = TEMPLATE; // a constant: no data ever goes through innerHTML
    this.#root.append(...links, template.content);
  }

  #el(selector) { return this.#root.querySelector(selector); }

  /** The chart options the attributes ask for. */
  #options() {
    const a = (name) => this.getAttribute(name);
    const options = { chart: a('chart') ?? 'annual', theme: a('theme') ?? 'auto' };
    if (a('cumulative') != null) options.cumulative = a('cumulative') === 'true';
    if (a('target-reading') != null) options.targetReading = a('target-reading');
    if (a('font') === 'inherit') options.fontFamily = getComputedStyle(this).fontFamily;
    else if (a('font')) options.fontFamily = a('font');
    return options;
  }

  #heightAttr() {
    const raw = this.getAttribute('height');
    if (raw == null) return null;
    const h = Number(raw);
    if (!Number.isFinite(h) || h < 200 || h > 4000) {
      throw new Error(`height: "${raw}" is not a number of CSS pixels from 200 to 4000`);
    }
    return h;
  }

  #applyChrome() {
    const shown = (name) => this.getAttribute(name) !== 'false';
    this.#el('.title').hidden = !shown('show-title');
    this.#el('.takeaway').hidden = !shown('show-title');
    this.#el('.source').hidden = !shown('show-source');
    const theme = this.getAttribute('theme') ?? 'auto';
    if (!['light', 'dark', 'auto'].includes(theme)) {
      throw new Error(`theme: "${theme}" is not one of light, dark, auto`);
    }
    this.#el('.widget').dataset.theme = resolveTheme(theme);
    // A fixed height is the whole widget's, title to source line, known
    // before the wasm arrives: nothing on the page moves when it draws.
    const fixed = this.#heightAttr();
    const widget = this.#el('.widget');
    widget.style.height = fixed ? `${fixed}px` : '';
    widget.toggleAttribute('data-fixed', Boolean(fixed));
  }

  #buildControls(chart, options) {
    const box = this.#el('.controls');
    const spec = CONTROLS[chart];
    box.replaceChildren();
    box.hidden = !spec || this.getAttribute('show-controls') === 'false';
    if (!spec) return;
    const [option, legend, choices] = spec;
    const l = document.createElement('legend');
    l.textContent = legend;
    box.append(l);
    const current = String(options[option] ?? choices[0][0]);
    for (const [value, label] of choices) {
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = `pk-${this.#id}-${option}`;
      input.value = value;
      input.checked = value === current;
      input.addEventListener('change', () => {
        this.#mounted?.update({ [option]: value === 'true' ? true : value === 'false' ? false : value });
      });
      const wrap = document.createElement('label');
      wrap.append(input, ` ${label}`);
      box.append(wrap);
    }
  }

  #fail(message) {
    const widget = this.#el('.widget');
    widget.dataset.state = 'error';
    const m = this.#el('.message');
    m.textContent = message;
    m.hidden = false;
    this.#el('.fallback').hidden = false;
    this.#el('.chart').hidden = true;
    this.dataset.state = 'error';
  }

  async connectedCallback() {
    try {
      this.#applyChrome();
    } catch (e) {
      this.#fail(e.message);
      return;
    }
    try {
      await Promise.all([loadWasm(), this.#styled]);
    } catch {
      this.#fail('The interactive chart could not load. Its data and sources follow.');
      return;
    }
    this.#data = await this.#loadData();
    if (!this.isConnected) return;
    this.#mount();
  }

  /** The custom dataset, inline or from `src`; null when there is none or it failed. */
  async #loadData() {
    this.dataError = null;
    try {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline) return JSON.parse(inline.textContent);
      const src = this.getAttribute('src');
      if (!src) return null;
      const url = new URL(src, document.baseURI);
      const limit = Number(this.getAttribute('src-timeout') ?? 10000);
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), Number.isFinite(limit) && limit > 0 ? limit : 10000);
      try {
        const response = await fetch(url, { signal: abort.signal });
        if (!response.ok) throw new Error(`the data at ${url.pathname} answered ${response.status}`);
        return await response.json();
      } catch (e) {
        if (e.name === 'AbortError') throw new Error(`the data at ${url.pathname} did not answer in time`);
        throw e;
      } finally {
        clearTimeout(timer);
      }
    } catch (e) {
      this.#rejectData(e);
      return null;
    }
  }

  /** Says why the custom data is not used, and raises it as an Error event. */
  #rejectData(e) {
    const error = e instanceof Error ? e : new Error(String(e));
    this.dataError = error;
    const notice = this.#el('.notice');
    notice.textContent = `The updated figures were not used (${error.message}); the chart shows the built-in figures.`;
    notice.hidden = false;
    this.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  }

  /**
   * Replaces the widget's data with a custom dataset (the parsed JSON).
   * Throws an Error naming the record and field if it is invalid; the widget
   * then keeps what it showed.
   */
  setData(dataset) {
    // Validate first, with the shared module, so a bad dataset changes nothing.
    const probe = new Chart({});
    try {
      probe.setData(dataset);
    } finally {
      probe.free();
    }
    this.#data = dataset;
    this.dataError = null;
    this.#el('.notice').hidden = true;
    this.#mount();
  }

  #mount() {
    this.#mounted?.destroy();
    this.#mounted = null;
    const widget = this.#el('.widget');
    try {
      this.#applyChrome();
      const options = this.#options();
      this.#buildControls(options.chart, options);
      this.#el('.chart').hidden = false;
      this.#el('.message').hidden = true;
      this.#el('.fallback').hidden = true;
      const figure = this.#el('.chart');
      const frame = this.#el('.frame');
      // With a fixed height the chart takes what the text leaves it.
      const sizing = {
        height: () => (this.#heightAttr() ? Math.floor(frame.clientHeight) : null),
        data: this.#data,
        onDrawn: (chart) => this.#report(chart),
        onError: (e) => this.#drawError(e),
      };
      try {
        this.#mounted = mountChart(figure, options, widget, sizing);
      } catch (e) {
        if (!this.#data) throw e;
        // The custom data was rejected: say so, and chart the built-in figures.
        this.#data = null;
        this.#rejectData(e);
        this.#mounted = mountChart(figure, options, widget, { ...sizing, data: null });
      }
      widget.dataset.state = 'ready';
      this.dataset.state = 'ready';
    } catch (e) {
      this.#fail(`This chart could not be drawn: ${e instanceof Error ? e.message : e}`);
    }
  }

  /** Shows why the last draw failed, or clears that once a draw succeeds. */
  #drawError(e) {
    const m = this.#el('.message');
    const state = e ? 'error' : 'ready';
    if (e) m.textContent = `This chart could not be drawn: ${e instanceof Error ? e.message : e}`;
    m.hidden = !e;
    this.#el('.widget').dataset.state = state;
    this.dataset.state = state;
  }

  /** With custom data, names the figures this chart does not draw. */
  #report(chart) {
    if (!this.#data) return;
    const { records, shown, notShown } = chart.dataReport();
    const notice = this.#el('.notice');
    notice.hidden = shown === records;
    if (shown < records) {
      notice.textContent = `This chart draws ${shown} of the ${records} figures given; not drawn: ${notShown.join(', ')}${records - shown > notShown.length ? ', …' : ''}.`;
    }
  }

  attributeChangedCallback(name) {
    if (name === 'src' && this.#mounted) {
      this.#loadData().then((data) => { this.#data = data; if (this.isConnected) this.#mount(); });
      return;
    }
    // Before the wasm has loaded, connectedCallback reads the attributes.
    if (this.#mounted || this.dataset.state === 'error') {
      if (wasm) wasm.then(() => this.isConnected && this.#mount(), () => {});
    }
  }

  disconnectedCallback() {
    this.#mounted?.destroy();
    this.#mounted = null;
  }

  /** The chart handle, for tests and for hosts that want the layout. */
  get chart() { return this.#mounted; }
}

if (!customElements.get('pk-it-exports')) {
  // Start the download now, not when the first element connects; a failure
  // is reported by each widget, so it must not surface as unhandled here.
  loadWasm().catch(() => {});
  customElements.define('pk-it-exports', PkItExports);
}
