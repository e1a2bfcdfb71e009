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
// page's font), cumulative ("true"), target-reading (annualLevel|cumulative).
import init from './pkg/pk_it_exports.js';
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
  <div class="fallback" hidden><slot></slot></div>
</div>`;

/** Controls per chart: [option, legend, [[value, label], ...]]. */
const CONTROLS = {
  monthly: ['cumulative', 'Show', [['false', 'Each month'], ['true', 'Year to date']]],
  targets: ['targetReading', 'Read the $5bn 2020-23 target as', [['annualLevel', 'A level by FY2022-23'], ['cumulative', 'A three-year sum']]],
};

let widgets = 0;

export class PkItExports extends HTMLElement {
  static observedAttributes = ['chart', 'theme', 'height', 'show-title', 'show-source', 'show-controls', 'font', 'cumulative', 'target-reading'];

  #root;
  #mounted = null;
  #id = ++widgets;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const links = ['embed.css', 'chart.css'].map((file) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = asset(file);
      return link;
    });
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
      await loadWasm();
    } catch {
      this.#fail('The interactive chart could not load. Its data and sources follow.');
      return;
    }
    if (!this.isConnected) return;
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
      const sizing = { height: () => (this.#heightAttr() ? Math.floor(frame.clientHeight) : null) };
      this.#mounted = mountChart(figure, options, widget, sizing);
      widget.dataset.state = 'ready';
      this.dataset.state = 'ready';
    } catch (e) {
      this.#fail(`This chart could not be drawn: ${e instanceof Error ? e.message : e}`);
    }
  }

  attributeChangedCallback() {
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
