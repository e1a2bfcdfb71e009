//! Pakistan's IT and ICT export remittances: the dataset, the growth
//! engine and the charts, compiled to WebAssembly for an embeddable widget.
//!
//! Everything but this file is plain Rust, testable with `cargo test`, in
//! layers that each use only those below them (`tests/layers.rs` checks):
//!
//! - [`error`]: the one error type;
//! - [`data`]: the figures, their periods and sources, custom datasets;
//! - [`ids`]: the ids of chart kinds, series, labels, verdicts, controls and
//!   messages, which code passes instead of words;
//! - [`growth`]: the maths and the quote checks;
//! - [`model`]: one builder per chart kind, dataset + options -> [`model::ChartModel`];
//! - [`words`]: one catalogue per language, turning ids into words;
//! - [`chart`]: drawing a model with plotters, on any backend;
//! - [`describe`]: a model's text, table, CSV and description, the dataset's tables;
//! - `canvas`: the browser's drawing backend;
//! - `from_js`: an option's JavaScript value as the options reader takes it;
//! - `to_js`: results as plain JavaScript objects (serde-wasm-bindgen's shapes),
//!   built field by field, or in the first-draw build parsed from JSON text;
//! - `dataset_js`: reading a custom dataset (feature `full`).
//!
//! This file is the JavaScript boundary and nothing else: it converts
//! results to JS values and errors to JavaScript `Error`s.

pub mod error;

pub mod data;

pub mod ids;

pub mod growth;

pub mod model;

pub mod words;

pub mod chart;

pub mod describe;

mod canvas;

mod from_js;

// Results as JavaScript values: every build's but the first-draw ones,
// whose results are numbers, strings and a point's rectangle.
#[cfg(feature = "full")]
mod to_js;

#[cfg(feature = "full")]
mod dataset_js;

pub use error::{Error, Result};

#[cfg(feature = "full")]
use dataset_js::parse_dataset;

#[cfg(feature = "full")]
use std::rc::Rc;

use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use model::{ChartModel, Options};
use words::{Catalogue, Lang};
// Methods on a concrete `Catalogue` (the English build with `full`) need the trait.
#[cfg(all(feature = "full", not(feature = "ur")))]
use words::Words;

#[cfg(feature = "full")]
thread_local! {
    /// The built-in dataset, built once per page and shared by every chart.
    static DATA: Rc<data::Dataset> = Rc::new(data::builtin());
}

/// Talc instead of std's dlmalloc for the wasm (Cargo.toml says why): it
/// grows the wasm memory as dlmalloc does and reuses what a draw frees, so
/// memory stays flat over redraws (the benchmark prints it).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Installs the panic hook when the module starts (once per instance), so
/// that a panic (a bug: every error is meant to be a `Result`) prints its
/// message and place, not only "unreachable". What console_error_panic_hook
/// does, without its `Once` and the JavaScript stack it appends (a list of
/// unnamed wasm functions in the shipped build): 0.5 KB gzip less.
///
/// Not in the first-draw build: scripts/first-draw.sh builds it with
/// `panic = immediate-abort`, where a panic traps at once and no hook runs.
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(|info| console_error(&info.to_string())));
}

/// Checks a custom dataset without charting it: returns the number of
/// records, or throws an `Error` naming the record, the field and the reason.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = validateData)]
pub fn validate_data(
    #[wasm_bindgen(unchecked_param_type = "Dataset")] dataset: JsValue,
) -> Result<u32, JsError> {
    Ok(parse_dataset(dataset)?.records.len() as u32)
}

/// The largest canvas side, in CSS pixels, a chart will draw at.
const MAX_SIDE: u32 = 8192;

#[cfg(feature = "full")]
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Plain objects with the serde (camelCase) keys, as the page expects.
    passed(to_js::to_value(value))
}

/// `to_js`'s result, its error worded once rather than per result type.
#[cfg(feature = "full")]
#[inline(never)]
fn passed(result: Result<JsValue, to_js::SerError>) -> Result<JsValue, JsError> {
    result.map_err(|e| JsError::new(&format!("could not pass the result to JavaScript: {e}")))
}

/// Every built-in figure as a table row, grouped by measure then period:
/// `[{ measure, definition, period, value, valueRaw, growth, quoted, flags,
/// source: { outlet, date, reference, layer } }]`. Strings are ready to show.
/// Throws an `Error` naming the record if the built-in dataset is invalid.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = datasetTable, unchecked_return_type = "TableRow[]")]
pub fn dataset_table(
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let words = parse_lang(lang)?.words();
    DATA.with(|data| {
        data.validate()?;
        to_js(&describe::table(data, words))
    })
}

/// The language `lang` names ("en", "ur"; undefined: English), or an
/// `Error` that says what this build speaks. (A JsValue, not an
/// `Option<String>`: five exports' string glue cost the English wasm bytes.)
/// Only the full builds' exports take a language on its own.
#[cfg(feature = "full")]
fn parse_lang(lang: Option<JsValue>) -> Result<Lang, JsError> {
    let parsed = match lang.map(|l| l.as_string()) {
        None => Lang::En,
        Some(Some(l)) if l == "en" => Lang::En,
        Some(Some(l)) if l == "ur" => Lang::Ur,
        _ => {
            return Err(JsError::new(
                "lang: not a language of this widget; it speaks \"en\" and \"ur\"",
            ))
        }
    };
    check_lang(parsed)?;
    Ok(parsed)
}

/// Refuses a language this build lacks: the English wasm has no Urdu.
fn check_lang(lang: Lang) -> Result<(), Error> {
    // The one language a single-catalogue build lacks: Urdu in the English
    // builds, English in the Urdu first-draw build.
    const MISSING: &str = if cfg!(feature = "ur") {
        "\"en\" is in the English builds (pkg/pk_it_exports.js); this is the Urdu first-draw build"
    } else if cfg!(feature = "full") {
        // The npm package's English build: its users import the Urdu one
        // by the package's path, not the file's.
        "\"ur\" is in the Urdu build (`pk-it-exports/ur`, pkg/pk_it_exports_ur.js); this is the English build"
    } else {
        "\"ur\" is in the Urdu build (pkg/pk_it_exports_ur.js); this is the English build"
    };
    if lang.available() {
        Ok(())
    } else {
        Err(Error::invalid("lang", MISSING))
    }
}

/// Every quoted growth rate and reported total checked against the figures:
/// `[{ what, quoted, computed, verdictId, verdict, source }]`, where
/// `verdictId` is `"exact"`, `"rounding"`, `"doesNotReproduce"` or `"unchecked"`.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = quoteChecks, unchecked_return_type = "CheckRow[]")]
pub fn quote_checks(
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let words = parse_lang(lang)?.words();
    DATA.with(|data| {
        data.validate()?;
        to_js(&describe::check_rows(data, words))
    })
}

#[wasm_bindgen(typescript_custom_section)]
const CHART_ID: &'static str = ids::CHART_ID_TS;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A language the widget speaks: English, or Urdu (in the Urdu build). */
export type Lang = "en" | "ur";
/** Chart options; every field is optional and defaults as in `defaultOptions()`. */
export interface ChartOptions {
  chart?: ChartId;
  /** The language of every word; "ur" needs the Urdu build (pk_it_exports_ur.js). */
  lang?: Lang;
  /** Urdu: draw the chart mirrored, time running right to left (default true). */
  mirror?: boolean;
  theme?: "light" | "dark";
  /** Monthly chart: fiscal-year-to-date running totals. */
  cumulative?: boolean;
  /** Targets chart: the $5bn 2020-23 target as a FY2022-23 level or a three-year sum. */
  targetReading?: "annualLevel" | "cumulative";
  /** CSS font family list for chart text (default: the language's stack). */
  fontFamily?: string;
  /** Paint the theme background (false: transparent). */
  background?: boolean;
}
/** The words around a chart, computed from the data. */
export interface ChartText { title: string; takeaway: string; source: string; definitions: string; figuresTo: string; }
export interface Rect { x0: number; y0: number; x1: number; y1: number; }
/** A drawn data point, in CSS pixels. `series` is for readers; `seriesId`
 * for code: a measure's id ("ict", "itItes"), "quoted", or a fiscal year ("fy2024-25"). */
export interface Mark { series: string; seriesId: string; measure: string; period: Period; value: number; rect: Rect; derived: boolean; }
/** The time a figure covers; fiscal years by the calendar year they start in (2024: FY2024-25). */
export type Period =
  | { kind: "fiscalYear"; fy: number }
  | { kind: "fiscalSpan"; fy: number; first: number; last: number }
  | { kind: "fiscalYears"; first: number; last: number }
  | { kind: "month"; year: number; month: number }
  | { kind: "date"; year: number; month: number | null; day: number | null }
  | { kind: "open" };
/** The browser's canvas element; `never` where there is no DOM (Node), so
 * these types hold with and without the DOM library. */
export type CanvasElement = typeof globalThis extends { HTMLCanvasElement: { prototype: infer T } } ? T : never;
/** The words of the controls around a chart (tooltip, keyboard, table, downloads). */
export interface UiText { chartLabel: string; keysHelp: string; dataTable: string; downloadData: string; downloadImage: string; growth: string; source: string; definition: string; series: string; period: string; value: string; fileStem: string; }
/** A custom dataset, as schema/dataset.schema.json defines it. */
export interface Dataset { sources: DataSource[]; records: DataRecord[]; }
export interface DataSource {
  id: string;
  outlet: string;
  /** The publication date: ISO 8601 where exact ("2025-07-18", "2025-07", "2025"), else as published ("spring 2021"). */
  date?: string;
  /** A URL or a printed reference. */
  reference: string;
  /** 1: a source article; 2: a public series (default). */
  layer?: 1 | 2;
}
export type Measure = "ict" | "itItes" | "psebCompanies" | "secpCompanies" | "secpRegistrations" | "exportTarget" | "exportPotential";
export interface DataRecord {
  measure: Measure;
  /** "FY2024-25", "Q1 FY2025-26", "Jul-Feb FY2025-26", "2025-07", "2025-07-18", "FY2020-21 to FY2022-23", "open". */
  period: string;
  value: number;
  unit?: "usdMillion" | "companies";
  /** The id of a source in `sources`. */
  source: string;
  precision?: number;
  quotedGrowth?: QuotedGrowth;
  atLeast?: boolean;
  provisional?: boolean;
  derivation?: string;
  firstReported?: number;
  note?: string;
}
/** A growth rate a source quoted for the record, checked against the figures. */
export interface QuotedGrowth { pct: number; decimals?: number; source?: string; base?: number; }
export interface Layout { width: number; height: number; plot: Rect | null; marks: Mark[]; labels: { text: string; rect: Rect }[]; }
export interface Citation { outlet: string; date: string | null; reference: string; layer: string; }
export interface TableRow { measure: string; definition: string; period: string; value: string; valueRaw: number; growth: string | null; quoted: string | null; flags: string[]; source: Citation; }
/** One point, for a tooltip or a screen reader. */
export interface PointInfo { index: number; series: string; period: string; value: string; growth: string | null; definition: string; source: string; note: string | null; rect: Rect; announce: string; head: string; lines: string[]; }
export interface CheckRow { what: string; quoted: string; computed: string; verdictId: "exact" | "rounding" | "doesNotReproduce" | "unchecked"; verdict: string; source: Citation; }
/** A choice of a control: `value` is the option's value as `setOptions` takes it. */
export interface Choice { value: boolean | string; label: string; }
/** A control: `option` is the option it sets ("cumulative", "targetReading"). */
export interface Control { option: "cumulative" | "targetReading"; legend: string; choices: Choice[]; }
/** Every chart for a picker, and the controls each chart offers. */
export interface Controls { charts: { id: ChartId; label: string }[]; controls: { chart: ChartId; controls: Control[] }[]; }
"#;

/// The options a page passed: each field read by [`Options::set`] (which
/// names the field in any error), in the object's own key order; absent
/// fields keep their defaults.
fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let Some(object) = options
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !options.is_function())
    else {
        return Err(JsError::new("options: expected an object"));
    };
    let mut parsed = Options::default();
    for key in js_sys::Object::keys(object).iter() {
        // Reading a plain object's own key cannot throw; a getter that
        // throws reads as null, which `set` refuses by name.
        let value = js_sys::Reflect::get(object, &key).unwrap_or(JsValue::NULL);
        // An option spelt out as undefined (`{ chart: props.chart }`) is
        // one not given, as TypeScript's optional fields have it. (The
        // first-draw build reads the options the embed makes from its
        // attributes, never undefined.)
        #[cfg(feature = "full")]
        if value.is_undefined() {
            continue;
        }
        parsed.set(
            &key.as_string().unwrap_or_default(),
            from_js::option_value(&value),
        )?;
    }
    parsed.validate()?;
    check_lang(parsed.lang)?;
    Ok(parsed)
}

/// The default chart options, as a plain object:
/// `{ chart, theme, cumulative, targetReading, fontFamily, background, lang, mirror }`.
/// Not in the first-draw build, whose embed reads no defaults.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = defaultOptions, unchecked_return_type = "Required<ChartOptions>")]
pub fn default_options() -> Result<JsValue, JsError> {
    to_js(&Options::default())
}

/// The words of the controls around a chart: `{ chartLabel, keysHelp,
/// dataTable, downloadData, downloadImage, growth, source, definition,
/// series, period, value, fileStem }`.
/// `lang`: "en" (the default) or "ur".
///
/// Not in the first-draw build: its embed bundles these words, prepared
/// at build time (`PREPARED`).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = uiText, unchecked_return_type = "UiText")]
pub fn ui_text(
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
) -> Result<JsValue, JsError> {
    to_js(parse_lang(lang)?.words().ui())
}

/// The page's one-line summaries of its two tables, worded:
/// `{ checks, figures }` ("Of 20 checks, 12 reproduce exactly, ...").
/// `lang`: "en" (the default) or "ur".
#[cfg(feature = "full")]
#[wasm_bindgen(unchecked_return_type = "{ checks: string; figures: string }")]
pub fn summaries(
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let words = parse_lang(lang)?.words();
    DATA.with(|data| to_js(&describe::summaries(data, words)))
}

/// Every chart and the controls each offers, worded: `{ charts: [{ id,
/// label }], controls: [{ chart, controls: [{ option, legend, choices:
/// [{ value, label }] }] }] }`, where `option` is the option a control sets
/// ("cumulative", "targetReading") and `value` is that option's value as
/// `setOptions` takes it (`false`, `true`, `"annualLevel"`). A chart
/// without controls has an empty list. The page and the embed build their
/// chart pickers and controls from this, so they cannot disagree.
/// `lang`: "en" (the default) or "ur".
/// Not in the first-draw build (`PREPARED`).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = controls, unchecked_return_type = "Controls")]
pub fn controls(
    #[wasm_bindgen(unchecked_optional_param_type = "Lang")] lang: Option<JsValue>,
) -> Result<JsValue, JsError> {
    to_js(&describe::controls(parse_lang(lang)?.words()))
}

// PREPARED: the first-draw build has no `controls()`, `uiText()` or
// `Chart.text()`. Its words are the same for every reader (English, the
// built-in figures), so `cargo run --example prepare` writes them as JSON
// at build time (`src/words/prepared/`, from `describe::controls`,
// `Words::ui` and `describe::chart_text` of every chart, as the full
// builds pass them; tests/prepared.rs fails when they are stale), and the
// embed bundles them (js/kits.js): a widget shows its words, controls and
// buttons while the wasm is still on its way, and the wasm carries
// neither the words nor the code that writes them. Nor `Chart.point()` and
// `Chart.description()`: their words, from `describe::prepared_described`,
// are a module the embed fetches once the charts have drawn
// (js/described.js), and `Chart.rect()` gives a point's place.

/// One chart. The dataset stays in Rust; JavaScript holds this handle and
/// asks it to render on a canvas, for its preferred height and its text.
#[wasm_bindgen]
pub struct Chart {
    options: Options,
    /// The built-in dataset, or an editor's, once `setData` accepted it.
    /// The first-draw builds chart the built-in one alone, from prepared
    /// models, and word neither points nor descriptions (`PREPARED`):
    /// they hold none.
    #[cfg(feature = "full")]
    data: Rc<data::Dataset>,
    lang: Lang,
    /// What the chart shows, built when the data or the options it depends
    /// on change, or why it cannot be built from this data.
    model: Result<ChartModel, Error>,
    /// The last render's layout, for hit testing and highlights.
    layout: Option<chart::Layout>,
}

impl Chart {
    fn with(options: Options, #[cfg(feature = "full")] data: Rc<data::Dataset>) -> Chart {
        let model = build_model(
            #[cfg(feature = "full")]
            &data,
            &options,
        );
        Chart {
            lang: options.lang,
            options,
            #[cfg(feature = "full")]
            data,
            model,
            layout: None,
        }
    }

    fn words(&self) -> &'static Catalogue {
        self.lang.words()
    }

    /// The model, or the error that says why this data cannot make it.
    fn model(&self) -> Result<&ChartModel, JsError> {
        // What `JsError::from` does with an owned error, without a clone.
        self.model
            .as_ref()
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Replaces the dataset and rebuilds the model from it.
    #[cfg(feature = "full")]
    fn use_data(&mut self, data: Rc<data::Dataset>) {
        self.data = data;
        self.model = model::build(&self.data, &self.options);
        self.layout = None;
    }

    /// The last render's layout; before any render, an error that says what
    /// needed one ("render the chart before highlighting").
    fn drawn(&self, what: &str) -> Result<&chart::Layout, JsError> {
        self.layout
            .as_ref()
            .ok_or_else(|| JsError::new(&format!("render the chart before {what}")))
    }
}

#[wasm_bindgen]
impl Chart {
    /// `new Chart(options)`: `options` as from `defaultOptions()`, any field
    /// omitted takes its default. Throws an `Error` naming an unknown field or
    /// a bad value (`chart` must be one of annual, growth, compared, monthly, targets).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "ChartOptions")] options: JsValue,
    ) -> Result<Chart, JsError> {
        Ok(Chart::with(
            parse_options(options)?,
            #[cfg(feature = "full")]
            DATA.with(Rc::clone),
        ))
    }

    /// Replaces the dataset with a custom one (schema/dataset.schema.json),
    /// as parsed by `JSON.parse`. Throws an `Error` naming the record, field
    /// and reason (`records[12].value: -5 is negative; remittances cannot be
    /// negative`) and keeps the data it had. Returns the number of records.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Dataset")] dataset: JsValue,
    ) -> Result<u32, JsError> {
        let data = parse_dataset(dataset)?;
        let n = data.records.len() as u32;
        self.use_data(Rc::new(data));
        Ok(n)
    }

    /// Goes back to the built-in dataset.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = useBuiltinData)]
    pub fn use_builtin_data(&mut self) {
        self.use_data(DATA.with(Rc::clone));
    }

    /// `{ records, shown, notShown }`, where `notShown` lists (up to 20) the
    /// figures in the dataset this chart does not draw, so none is dropped
    /// without a word. Needs no render; throws if the data cannot make this chart.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = dataReport, unchecked_return_type = "{ records: number; shown: number; notShown: string[]; message: string | null }")]
    pub fn data_report(&self) -> Result<JsValue, JsError> {
        to_js(&describe::data_report(
            &self.data,
            self.model()?,
            self.lang.words(),
        ))
    }

    /// Replaces the options (same rules as the constructor). Call `render`
    /// after. The chart's figures are rebuilt only if the options they
    /// depend on changed (not for a theme, font or background).
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "ChartOptions")] options: JsValue,
    ) -> Result<(), JsError> {
        let options = parse_options(options)?;
        if !options.builds_same_model(&self.options) {
            self.model = build_model(
                #[cfg(feature = "full")]
                &self.data,
                &options,
            );
            self.layout = None;
        }
        self.lang = options.lang;
        self.options = options;
        Ok(())
    }

    /// The options in force. Not in the first-draw build: the embed keeps
    /// the options it passed (its chart handle's `options`), and this
    /// result's code was 0.4 KB of that build (gzip).
    #[cfg(feature = "full")]
    #[wasm_bindgen(unchecked_return_type = "Required<ChartOptions>")]
    pub fn options(&self) -> Result<JsValue, JsError> {
        to_js(&self.options)
    }

    /// Whether the chart is drawn right to left (Urdu, unless `mirror` is
    /// off): time runs leftwards, and so do the arrow keys.
    #[wasm_bindgen(getter)]
    pub fn mirrored(&self) -> bool {
        self.options.mirrored()
    }

    /// Draws on `canvas` at `width` x `height` CSS pixels: the backing store
    /// becomes `width * ratio` x `height * ratio` device pixels (pass
    /// `devicePixelRatio`; the ratio is lowered for a chart so big that its
    /// backing store would pass 4096 x 4096 pixels, which iOS Safari
    /// leaves blank). The canvas element's own size on the page is the
    /// caller's (CSS): give it `width` x `height` CSS pixels (a fraction
    /// is dropped). Throws an `Error` naming a side and its value if it is
    /// not from 100 to 8192 (NaN, say), for anything but a canvas, or if
    /// the data cannot make this chart.
    pub fn render(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "CanvasElement")] canvas: &HtmlCanvasElement,
        #[wasm_bindgen(unchecked_param_type = "number")] width: Side,
        #[wasm_bindgen(unchecked_param_type = "number")] height: Side,
        ratio: f64,
    ) -> Result<(), JsError> {
        let (width, height) = (side("width", width)?, side("height", height)?);
        let backend = canvas::WebCanvas::new(canvas, width, height, ratio)?;
        let area = backend.into_drawing_area();
        let layout = chart::draw_model(&area, self.model()?, &self.options, self.words())?;
        self.layout = Some(layout);
        Ok(())
    }

    /// What the last render drew, in CSS pixels: `{ width, height, plot,
    /// marks: [{ series, seriesId, measure, period, value, rect, derived }],
    /// labels: [{ text, rect }] }`, rects as `{ x0, y0, x1, y1 }`.
    /// Not in the first-draw build (1.3 KB of its gzip): the embed reads
    /// points through `point` and `pick`; its tests draw a widget's chart
    /// again on the full build to read its layout (tests/e2e/harness.mjs).
    #[cfg(feature = "full")]
    #[wasm_bindgen(unchecked_return_type = "Layout")]
    pub fn layout(&self) -> Result<JsValue, JsError> {
        let layout = self.drawn("asking for its layout")?;
        to_js(layout)
    }

    /// The index of the point nearest `(x, y)` in CSS pixels from the
    /// canvas's top-left corner, or -1 if none is within a fingertip (24 px).
    pub fn pick(&self, x: f64, y: f64) -> i32 {
        self.layout
            .as_ref()
            .and_then(|l| chart::interact::pick(l, x, y))
            .map_or(-1, |i| i as i32)
    }

    /// Point indices in the order arrow keys walk them (after a render):
    /// left to right as drawn, so in a mirrored chart the latest period comes first.
    #[wasm_bindgen(js_name = navOrder)]
    pub fn nav_order(&self) -> Vec<u32> {
        self.layout
            .as_ref()
            .map(chart::interact::nav_order)
            .unwrap_or_default()
            .into_iter()
            .map(|i| i as u32)
            .collect()
    }

    /// `[x0, y0, x1, y1]`, in CSS pixels from the canvas's top-left
    /// corner, of point `index` as the last render drew it, or `undefined`.
    /// Unsigned, as `navOrder`'s indices are, so both pass through one
    /// piece of glue (a mark lies on the canvas; a side past its top or
    /// left edge would read 0).
    pub fn rect(&self, index: u32) -> Option<Vec<u32>> {
        let r = self.layout.as_ref()?.marks.get(index as usize)?.rect;
        let at = |v: i32| v.max(0) as u32;
        Some(vec![at(r.x0), at(r.y0), at(r.x1), at(r.y1)])
    }

    /// `{ index, series, period, value, growth, definition, source, note,
    /// rect, announce }` for point `index` of the last render, or `undefined`.
    /// Not in the first-draw builds: the embed takes their points' words
    /// prepared (`describe::PreparedDescribed`) and their places from `rect`.
    #[cfg(feature = "full")]
    #[wasm_bindgen(unchecked_return_type = "PointInfo | undefined")]
    pub fn point(&self, index: u32) -> Result<JsValue, JsError> {
        let (Some(layout), Ok(model)) = (self.layout.as_ref(), self.model.as_ref()) else {
            return Ok(JsValue::UNDEFINED);
        };
        match describe::point_info(&self.data, model, layout, index as usize, self.words()) {
            Some(info) => to_js(&info),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Draws the highlight of point `index` (-1: none) on `overlay`, a
    /// transparent canvas laid exactly over the chart's.
    pub fn highlight(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CanvasElement")] overlay: &HtmlCanvasElement,
        index: i32,
        ratio: f64,
    ) -> Result<(), JsError> {
        let layout = self.drawn("highlighting")?;
        let backend =
            canvas::WebCanvas::new(overlay, layout.width as u32, layout.height as u32, ratio)?;
        let area = backend.into_drawing_area();
        chart::interact::highlight(&area, layout, &self.options, usize::try_from(index).ok())?;
        Ok(())
    }

    /// The chart in words for a screen reader: kind, each series from first
    /// to last with highs and lows, fastest and slowest year, how far the
    /// figures go, then the takeaway unless `takeaway` is false (a page
    /// that shows the takeaway beside the chart, where a screen reader
    /// would hear it twice). Needs no render. Not in the first-draw builds,
    /// as `point`.
    #[cfg(feature = "full")]
    pub fn description(&self, takeaway: Option<bool>) -> Result<String, JsError> {
        Ok(describe::chart_description(
            &self.data,
            self.model()?,
            self.words(),
            takeaway.unwrap_or(true),
        ))
    }

    /// The points the chart draws, as CSV with units, definitions and
    /// sources. Needs no render. Not in the first-draw build: the embed
    /// loads the full build for a reader's first download.
    #[cfg(feature = "full")]
    pub fn csv(&self) -> Result<String, JsError> {
        Ok(describe::chart_csv(&self.data, self.model()?, self.words()))
    }

    /// Draws the chart for download on `canvas`: `width` x `height` CSS px
    /// of chart, the title and takeaway above and the source below, at
    /// `ratio` device pixels a CSS pixel (2 to 4; 2 when not given): a
    /// phone's 3 keeps the image as sharp as its screen.
    /// Not in the first-draw build, as `csv`.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = renderExport)]
    pub fn render_export(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CanvasElement")] canvas: &HtmlCanvasElement,
        width: f64,
        height: f64,
        ratio: Option<f64>,
    ) -> Result<(), JsError> {
        let (width, height) = (side("width", width)?, side("height", height)?);
        let ratio = match ratio {
            None => 2.0,
            Some(r) if r.is_finite() => r.clamp(2.0, 4.0),
            Some(r) => {
                return Err(Error::invalid(
                    "ratio",
                    format!("{} is not a number", crate::error::Num(r)),
                )
                .into())
            }
        };
        let model = self.model()?;
        let text = describe::chart_text(&self.data, model, self.words());
        let source = format!("{} {}", text.source, text.definitions);
        let frame = chart::interact::Frame {
            title: &text.title,
            takeaway: &text.takeaway,
            source: &source,
        };
        // Measure the header and footer first, then size the canvas.
        let measure = canvas::WebCanvas::new(canvas, width, height, 1.0)?.into_drawing_area();
        let (header, footer) = chart::interact::frame_heights(&measure, &self.options, &frame)?;
        let total = height + header as u32 + footer as u32;
        let area = canvas::WebCanvas::new(canvas, width, total, ratio)?.into_drawing_area();
        chart::interact::draw_framed(
            &area,
            model,
            &self.options,
            self.words(),
            &frame,
            (header, footer),
        )?;
        Ok(())
    }

    /// The least height in CSS pixels at which this chart, with its data,
    /// stays readable at `width` CSS pixels; a host never draws it shorter.
    /// After a render at `width` it is measured on that drawing (the room
    /// its legend and labels took), so a host that rendered shorter renders
    /// again at this height. Throws if the data cannot make this chart.
    #[wasm_bindgen(js_name = minHeight)]
    pub fn min_height(&self, width: u32) -> Result<u32, JsError> {
        Ok(chart::min_height(
            self.model()?,
            &self.options,
            width,
            self.layout.as_ref(),
        ))
    }

    /// The height in CSS pixels this chart wants at `width` CSS pixels.
    #[wasm_bindgen(js_name = preferredHeight)]
    pub fn preferred_height(&self, width: u32) -> u32 {
        chart::preferred_height(&self.options, width)
    }

    /// `{ title, takeaway, source, definitions }`, computed from the data;
    /// needs no render. Throws if the data cannot make this chart. Not in
    /// the first-draw build (`PREPARED`).
    #[cfg(feature = "full")]
    #[wasm_bindgen(unchecked_return_type = "ChartText")]
    pub fn text(&self) -> Result<JsValue, JsError> {
        to_js(&describe::chart_text(
            &self.data,
            self.model()?,
            self.words(),
        ))
    }
}

/// The model of `options`: built from `data` by the builds that read
/// custom data; taken by the first-draw builds, which only ever chart the
/// built-in figures and hold no dataset, from the models prepared from
/// them at build time (`model::prepared`), so they carry no builders.
fn build_model(
    #[cfg(feature = "full")] data: &data::Dataset,
    options: &Options,
) -> Result<ChartModel, Error> {
    #[cfg(feature = "full")]
    return model::build(data, options);
    #[cfg(not(feature = "full"))]
    Ok(model::prepared(options))
}

/// A canvas side as `render` takes it from JavaScript. The full builds
/// (the npm package's, which developers call) take any number, so that a
/// bad one is named in the error: on its way to a `u32`, wasm-bindgen
/// turns NaN into 0 and -1 into 4294967295. The first-draw builds, which
/// only the embed calls, with whole pixels it measured, keep the `u32`
/// (JavaScript numbers there cost 216 bytes of their wasm, gzip).
#[cfg(feature = "full")]
type Side = f64;
#[cfg(not(feature = "full"))]
type Side = u32;

/// Side `v` in whole CSS pixels (a fraction dropped), or an error naming
/// `name` and what it was unless it is from 100 to 8192 (NaN included).
fn side(name: &str, v: Side) -> Result<u32, Error> {
    #[cfg(feature = "full")]
    let px = Some(v.floor())
        .filter(|p| (100.0..=f64::from(MAX_SIDE)).contains(p))
        .map(|p| p as u32);
    #[cfg(not(feature = "full"))]
    let px = Some(v).filter(|p| (100..=MAX_SIDE).contains(p));
    // As JavaScript writes it (Rust's infinity is "inf").
    #[cfg(feature = "full")]
    let v = crate::error::Num(v);
    px.ok_or_else(|| Error::invalid(name, format!("{v} px is outside 100-{MAX_SIDE} px")))
}
