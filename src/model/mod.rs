//! What each chart shows, computed once from the dataset and the options:
//! a [`ChartModel`] with the points in drawing order (each with its series
//! id), the takeaway and description sentences as message ids with their
//! figures, the sources to cite, and the kind's own figures for drawing.
//!
//! No words and no pixels: `crate::words` words a model, `crate::chart`
//! draws it, `crate::describe` turns it into text, tables and CSV. One
//! module per chart kind builds it, dispatched from the one list of kinds
//! in `crate::ids`.

use std::borrow::Cow;

use serde::Serialize;

use crate::data::{Dataset, Measure, Period, Record, Text};
use crate::error::{Error, Result};
use crate::growth;
use crate::ids::{for_each_chart, ChartKind, Control, Lang, Message, SeriesId, TargetReading};

/// Light or dark palette. "auto" is resolved by the page before it reaches
/// Rust: the page's own scheme around the widget (js/scheme.js).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ThemeName {
    #[default]
    Light,
    Dark,
}

impl ThemeName {
    pub const ALL: [ThemeName; 2] = [ThemeName::Light, ThemeName::Dark];

    /// The `theme` option's value: "light", "dark".
    pub fn id(self) -> &'static str {
        match self {
            ThemeName::Light => "light",
            ThemeName::Dark => "dark",
        }
    }
}

/// A value an option was given, as a reader (`crate::from_js`, a test's
/// JSON) classifies it: the kinds an option can take, and any other value
/// in serde's words for the message ("floating point `3.5`", "sequence").
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    Bool(bool),
    Str(String),
    // Worded only by the builds with `full` (see `invalid_type`).
    Other(#[cfg_attr(not(feature = "full"), allow(dead_code))] String),
}

/// Everything a chart can be told. Unknown fields are an error, not
/// ignored; [`Options::set`] reads one, by its JavaScript name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    pub chart: ChartKind,
    pub theme: ThemeName,
    /// Monthly chart: running fiscal-year-to-date totals instead of months.
    pub cumulative: bool,
    /// Targets chart: read the $5bn 2020-23 target as a FY2022-23 level or
    /// as a three-year sum.
    pub target_reading: TargetReading,
    /// CSS font family for all chart text (an embed can pass the host's).
    pub font_family: String,
    /// Paint the theme background (off: transparent, for a host's own colour).
    pub background: bool,
    /// The language of every word: "en" or "ur".
    pub lang: Lang,
    /// For a right-to-left language, draw the chart mirrored (time running
    /// right to left, the value axis on the right); `false` keeps time
    /// running left to right. No effect in English.
    pub mirror: bool,
}

/// The default `fontFamily`: the system's sans-serif. Spelt as the embed's
/// minified styles spell the same stack (www/embed.css), so the embed's copy
/// of it (src/chart/fonts.rs) costs its download a reference, not the words.
/// `system-ui` is the system's face in every browser still supported (Chrome
/// 56, Safari 11, Firefox 92); the names once listed for older ones
/// (-apple-system, Segoe UI, Roboto) only cost a lookup each where absent.
pub const FONT_LATIN: &str = "system-ui,sans-serif";

/// The font stack Urdu text gets when `fontFamily` is left at its default:
/// a Nastaliq face first (as Urdu newspapers set text), then Naskh, then
/// the system's.
pub const FONT_URDU: &str =
    "Noto Nastaliq Urdu, Jameel Noori Nastaleeq, Awami Nastaliq, Noto Naskh Arabic, serif";

impl Default for Options {
    fn default() -> Self {
        Options {
            chart: ChartKind::Annual,
            theme: ThemeName::Light,
            cumulative: false,
            target_reading: TargetReading::AnnualLevel,
            font_family: FONT_LATIN.into(),
            background: true,
            lang: Lang::En,
            mirror: true,
        }
    }
}

impl Options {
    /// The options' names, as JavaScript spells them (and `defaultOptions()`
    /// lists them), in the struct's order.
    pub const KEYS: [&'static str; 8] = [
        "chart",
        "theme",
        "cumulative",
        "targetReading",
        "fontFamily",
        "background",
        "lang",
        "mirror",
    ];

    /// Why a key is not an option: [`Options::KEYS`] written out, not
    /// joined when needed (a join is code in the first-draw wasm; a test
    /// checks the two agree).
    pub const UNKNOWN: &'static str = "unknown option; the options are chart, theme, cumulative, targetReading, fontFamily, background, lang, mirror";

    /// Sets the option JavaScript calls `key` to `value`. An error names
    /// the option and says what it takes, in serde's words for a struct of
    /// enums, booleans and strings (the messages pages have always shown):
    /// `options.chart: unknown variant `pie`, expected one of `annual`, ...`,
    /// `options.mirror: invalid type: string "no", expected a boolean`,
    /// `options.colour: unknown option; the options are chart, theme, ...`.
    pub fn set(&mut self, key: &str, value: OptionValue) -> Result<()> {
        let result = match key {
            "chart" => variant(
                value,
                &ChartKind::ALL,
                ChartKind::id,
                "enum ChartKind",
                EXPECTED.chart,
            )
            .map(|v| self.chart = v),
            "theme" => variant(
                value,
                &ThemeName::ALL,
                ThemeName::id,
                "enum ThemeName",
                EXPECTED.theme,
            )
            .map(|v| self.theme = v),
            "targetReading" => variant(
                value,
                &TargetReading::ALL,
                TargetReading::id,
                "enum TargetReading",
                EXPECTED.target_reading,
            )
            .map(|v| self.target_reading = v),
            "lang" => variant(value, &Lang::ALL, Lang::tag, "enum Lang", EXPECTED.lang)
                .map(|v| self.lang = v),
            "cumulative" => boolean(value).map(|v| self.cumulative = v),
            "background" => boolean(value).map(|v| self.background = v),
            "mirror" => boolean(value).map(|v| self.mirror = v),
            "fontFamily" => match value {
                OptionValue::Str(s) => {
                    self.font_family = s;
                    Ok(())
                }
                other => Err(invalid_type(other, "a string")),
            },
            _ => Err(Options::UNKNOWN.into()),
        };
        result.map_err(|reason| Error::invalid(format!("options.{key}"), reason))
    }

    /// Whether a model built with `self` is the one `other` would build:
    /// theme, font and background are the drawing's alone.
    pub fn builds_same_model(&self, other: &Options) -> bool {
        (self.chart, self.cumulative, self.target_reading)
            == (other.chart, other.cumulative, other.target_reading)
    }

    /// The font stack to draw with: `fontFamily`, or for Urdu with
    /// `fontFamily` at its default, the Urdu stack ([`FONT_URDU`]).
    pub fn font(&self) -> &str {
        // Only the Urdu builds take `lang: "ur"` (the English ones refuse
        // it): the English first-draw wasm carries no Urdu stack.
        if cfg!(feature = "ur") && self.lang == Lang::Ur && self.font_family == FONT_LATIN {
            FONT_URDU
        } else {
            &self.font_family
        }
    }

    /// Whether the chart is drawn mirrored: right to left, unless `mirror` is off.
    pub fn mirrored(&self) -> bool {
        self.lang.rtl() && self.mirror
    }

    /// Rejects values that would draw nonsense, naming the option.
    pub fn validate(&self) -> Result<()> {
        /// What a font family list may be, said in every refusal.
        const RULE: &str = "is not a CSS font family list (1-200 characters, no braces, semicolons or angle brackets)";
        let f = &self.font_family;
        // Not said back in full: a message as long as a megabyte of input.
        // (The first-draw build's font comes from an editor's attribute.)
        #[cfg(feature = "full")]
        if f.len() > 200 {
            let n = f.chars().count();
            return Err(Error::invalid(
                "fontFamily",
                format!("{n} characters {RULE}"),
            ));
        }
        if f.is_empty() || f.len() > 200 || f.contains(['{', '}', ';', '<', '>']) {
            return Err(Error::invalid("fontFamily", format!("\"{f}\" {RULE}")));
        }
        Ok(())
    }
}

/// serde's "invalid type" message for `value` where `expected` belongs.
#[cfg(feature = "full")]
fn invalid_type(value: OptionValue, expected: &str) -> String {
    let what = match value {
        OptionValue::Bool(b) => format!("boolean `{b}`"),
        OptionValue::Str(s) => format!("string {}", crate::error::quoted(&s)),
        OptionValue::Other(what) => what,
    };
    format!("invalid type: {what}, expected {expected}")
}

/// The first-draw build reads only the options the embed makes from its
/// attributes, each of the type it belongs to (the embed checks the
/// values): a wrong type cannot reach it, so it says what was expected,
/// not serde's words for what came (0.7 KB of its wasm, gzip).
#[cfg(not(feature = "full"))]
fn invalid_type(_value: OptionValue, expected: &str) -> String {
    format!("invalid type, expected {expected}")
}

fn boolean(value: OptionValue) -> std::result::Result<bool, String> {
    match value {
        OptionValue::Bool(b) => Ok(b),
        other => Err(invalid_type(other, "a boolean")),
    }
}

/// What each enum option expects, in serde's words for an unknown variant
/// (`` `light` or `dark` ``, `` one of `annual`, ... ``).
pub struct Expected {
    pub chart: &'static str,
    pub theme: &'static str,
    pub target_reading: &'static str,
    pub lang: &'static str,
}

/// The enum options' [`Expected`] values, written out rather than joined
/// from the ids when needed (-0.6 KB of the first-draw wasm, gzip); a test
/// checks them against the ids.
pub const EXPECTED: Expected = Expected {
    chart: "one of `annual`, `growth`, `compared`, `monthly`, `targets`",
    theme: "`light` or `dark`",
    target_reading: "`annualLevel` or `cumulative`",
    lang: "`en` or `ur`",
};

/// The variant of `all` whose `id` is `value`, or serde's message for an
/// unknown variant (`expected` lists the ids) or a value that is not a
/// string (`expected enum ThemeName`).
fn variant<T: Copy>(
    value: OptionValue,
    all: &[T],
    id: fn(T) -> &'static str,
    name: &str,
    expected: &str,
) -> std::result::Result<T, String> {
    let OptionValue::Str(s) = value else {
        return Err(invalid_type(value, name));
    };
    if let Some(v) = all.iter().find(|v| id(**v) == s) {
        return Ok(*v);
    }
    Err(format!("unknown variant `{s}`, expected {expected}"))
}

/// One point a chart draws: a bar, a marker, a line vertex.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub series: SeriesId,
    pub measure: Measure,
    pub period: Period,
    /// The value drawn: the record's own, a running total, an implied base
    /// or (on the growth chart) a growth rate in percent.
    pub value: f64,
    /// Derived from other figures rather than published.
    pub derived: bool,
}

/// The order a keyboard walks a chart's points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NavOrder {
    /// Left to right, as a reader scans a chart over time.
    #[default]
    LeftToRight,
    /// As drawn: rows top to bottom.
    AsDrawn,
    /// Each point in time order, earliest first: the monthly chart's two
    /// years share its months' places, where left to right took them in
    /// turns (Home gave July 2025 and End June 2025, not the first and
    /// the latest month; found by an accessibility audit).
    InTime,
}

/// A chart, computed: everything but its words and its pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartModel {
    pub kind: ChartKind,
    /// The heading.
    pub title: Message,
    /// The last month the data reach, as (year, month): every chart's text,
    /// CSV and image say "figures to" it.
    pub figures_to: Option<(u16, u8)>,
    /// Every comparison the chart and its text make, as (period, base):
    /// drawn growth, takeaway and summary alike. Each pair covers the same
    /// number of months (tests/props.rs checks it on every cut of the data).
    pub compares: Vec<(Period, Period)>,
    /// Every point, in the order the chart draws them (and so the order of
    /// the layout's marks, the table's rows and the CSV's lines).
    pub points: Vec<Point>,
    /// Each point's year-on-year growth, as its tooltip gives it: the base
    /// period and the rate, for a point that is its record's own value and
    /// has a figure a year earlier. Computed here, so that the first-draw
    /// build, which takes prepared models, carries no growth engine.
    pub point_growth: Vec<Option<(Period, f64)>>,
    /// Whether values are growth rates in percent rather than figures in
    /// their measure's unit.
    pub rates: bool,
    pub nav: NavOrder,
    /// What kind of chart this is, for a description.
    pub intro: Message,
    /// One line on what the chart shows, from its figures.
    pub takeaway: Message,
    /// Further sentences for a description, before the takeaway.
    pub summary: Vec<Message>,
    /// Ids of the sources of what the chart shows, first drawn first.
    pub cited: Vec<Text>,
    /// The kind's own figures, for drawing.
    pub detail: Detail,
}

impl ChartModel {
    /// A model whose citations are the sources of its points' records (and
    /// of their quoted rates), then of `also_cited`.
    fn new<'a>(
        data: &'a Dataset,
        kind: ChartKind,
        points: Vec<Point>,
        takeaway: Message,
        detail: Detail,
        also_cited: Vec<&'a Record>,
    ) -> ChartModel {
        let mut cited: Vec<Text> = Vec::new();
        let drawn = points
            .iter()
            .filter_map(|p| data.get(p.measure, p.period).ok());
        for r in drawn.chain(also_cited) {
            let quote = r.quoted_growth.as_ref().and_then(|q| q.source.as_ref());
            for id in std::iter::once(&r.source).chain(quote) {
                if !cited.contains(id) {
                    cited.push(id.clone());
                }
            }
        }
        // A value that is not the record's own (a running total, an
        // implied base) has no growth of its own.
        let point_growth = points
            .iter()
            .map(|p| {
                let r = data.get(p.measure, p.period).ok()?;
                if r.value == p.value {
                    growth::yoy_in(data, r)
                } else {
                    None
                }
            })
            .collect();
        ChartModel {
            kind,
            title: Message::Title { chart: kind },
            figures_to: data.figures_to(),
            compares: Vec::new(),
            points,
            point_growth,
            rates: false,
            nav: NavOrder::LeftToRight,
            intro: Message::Intro {
                chart: kind,
                cumulative: false,
            },
            takeaway,
            summary: Vec::new(),
            cited,
            detail,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub mod prepare;
#[rustfmt::skip]
mod prepared;

/// The model `options` makes from the built-in figures, as the builders
/// made it when the crate was built: `src/model/prepared.rs`, written by
/// `cargo run --example prepare` ([`prepare`] says why). The first-draw
/// build charts these; `tests/prepared.rs` holds them equal to [`build`].
pub fn prepared(options: &Options) -> ChartModel {
    prepared::model(options.chart, options.cumulative, options.target_reading)
}

/// Whether a chart at `width` CSS pixels is narrow enough for its compact layout.
pub fn is_narrow(width: i32) -> bool {
    width < NARROW as i32
}

/// Below this width, in CSS pixels, a chart takes its compact layout.
const NARROW: u32 = 520;
/// Below this width, a 320 px phone's less an article's margins, the
/// charts' legends and the targets chart's notes wrap to a row more.
const SMALL_PHONE: u32 = 325;
/// The widths at which a [`Height`] steps: its `.3` has an entry for each
/// band they make.
pub const BANDS: [u32; 2] = [SMALL_PHONE, NARROW];

/// A chart's height in CSS pixels as a rule of the width: the width times
/// `.0`, held between `.1` and `.2` and truncated, plus the `.3` of the
/// band the width falls in ([`BANDS`]: under 325, under 520, wider).
///
/// Data, so the embed can give a chart its box before the wasm arrives:
/// `cargo run --example prepare` writes the English first-draw charts'
/// rules (`src/words/prepared/heights.en.json`), and js/embed.js,
/// `#prefill`, sizes each chart's box by them while the wasm downloads, so
/// the chart draws into the room the page already gave it instead of
/// moving the article below it (JavaScript's numbers are the same doubles,
/// so it reckons a rule to the same pixel). Each kind's `preferred_height`
/// and `min_height` apply their own rule's parts in code of their own: a
/// rule passed through [`Height::at`] cost the first-draw wasm ~100 bytes
/// gzip. tests/prepared.rs holds the two equal at every width.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Height(pub f64, pub u32, pub u32, pub [u32; 3]);

impl Height {
    /// A height for each band ([`by_band`]).
    const fn stepped(by_band: [u32; 3]) -> Height {
        Height(0.0, 0, 0, by_band)
    }

    /// The height at `width` CSS pixels.
    pub fn at(self, width: u32) -> u32 {
        let band = BANDS.iter().filter(|&&b| width >= b).count();
        self.scaled(width) + self.3[band]
    }

    /// The part of the height that scales with `width`: the width times
    /// the slope, held between the least and most heights. Inlined so a
    /// chart's own height code folds its rule's constants (as written out
    /// by hand: the first-draw wasm the same to the byte).
    #[inline(always)]
    fn scaled(self, width: u32) -> u32 {
        (f64::from(width) * self.0).clamp(f64::from(self.1), f64::from(self.2)) as u32
    }
}

/// `[small phone, narrow, wide]`'s entry for the band `width` falls in
/// ([`BANDS`], [`Height::stepped`]).
pub(crate) fn by_band(width: u32, [small, narrow, wide]: [u32; 3]) -> u32 {
    if width < SMALL_PHONE {
        small
    } else if width < NARROW {
        narrow
    } else {
        wide
    }
}

/// The least heights of a chart of bars or lines on a value axis with a
/// legend above (the annual, growth and monthly charts), by band: a plot of
/// `chart::MIN_PLOT` (140 px) and what the axis labels, the legend and the
/// margins took when drawn in Chromium, at each band's narrowest width down
/// to 255 px (a 320 px phone less margins of up to 32 px a side). Drawn
/// any shorter, a chart measures what it needs and grows at its first
/// draw, moving the article below it, which these heights, given before
/// the wasm arrives, are for. The legend is what changes with the width:
/// four rows on a phone, one on a desktop. Measured in Noto Sans (the test
/// machines' system-ui), about as wide as phones' Roboto and San
/// Francisco; a page test (tests/e2e/embed.test.mjs) holds every width
/// from 255 to 800 px to them. One 190 px before: every such chart with
/// a height that left it less grew 8-67 px at its first draw.
const fn axis_least(small: u32, narrow: u32, wide: u32) -> Height {
    Height::stepped([small, narrow, wide])
}

/// The height most charts want: at least 320 px, as on a phone 260 px
/// (a few px over the least) left a plot of about 140 px under a legend of
/// two or three rows, shorter than the takeaway above it (a visual sweep).
const DEFAULT_HEIGHT: Height = Height(0.58, 320, 440, [0; 3]);

/// The height most charts want at `width` CSS pixels.
fn default_height(width: u32) -> u32 {
    DEFAULT_HEIGHT.scaled(width)
}

/// A whole year with its growth on the year before: (base period, percent).
type YearGrowth<'a> = (Cow<'a, Record>, Option<(Period, f64)>);

/// Each whole fiscal year of `measure` (a year that just ended included,
/// from its months), oldest first, with its growth on the year before
/// where the dataset has it: the one place the charts compute it.
fn annual_growth(data: &Dataset, measure: Measure) -> Vec<YearGrowth<'_>> {
    let years = growth::whole_years(data, measure);
    let mut out: Vec<YearGrowth> = Vec::with_capacity(years.len());
    for r in years {
        let growth = out.last().and_then(|(base, _)| {
            let g = growth::yoy(base, &r).ok()?;
            Some((base.period, g))
        });
        out.push((r, growth));
    }
    out
}

/// The monthly records of the years `running` and complete-from-months
/// years rest on, for citing: their sums are drawn, not a record.
fn months_behind<'a>(data: &'a Dataset, years: &[crate::data::FiscalYear]) -> Vec<&'a Record> {
    years
        .iter()
        .flat_map(|&fy| data.months_of(Measure::Ict, fy))
        .collect()
}

/// Declares each kind's module and dispatches on the kind: expanded from
/// the one list of kinds, [`for_each_chart`].
macro_rules! kinds {
    ($($kind:ident $module:ident $id:literal,)*) => {
        $(pub mod $module;)*

        /// Each kind's own figures, for drawing.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Detail {
            $($kind($module::Detail),)*
        }

        /// Builds `options.chart` from `data`. An error says what the data
        /// lacks for this chart.
        pub fn build(data: &Dataset, options: &Options) -> Result<ChartModel> {
            match options.chart {
                $(ChartKind::$kind => $module::build(data, options),)*
            }
        }

        /// The height in CSS pixels `kind` wants at `width` CSS pixels.
        pub fn preferred_height(kind: ChartKind, width: u32) -> u32 {
            match kind {
                $(ChartKind::$kind => $module::preferred_height(width),)*
            }
        }

        /// The least height in CSS pixels at which `model` stays readable
        /// at `width`: below it bars and labels crowd and the value axis
        /// stretches to make room. A host never draws it shorter (the embed
        /// grows instead), so the drawing never has to refuse a size.
        pub fn min_height(model: &ChartModel, width: u32) -> u32 {
            match model.kind {
                $(ChartKind::$kind => $module::min_height(model, width),)*
            }
        }

        /// [`preferred_height`] and [`min_height`] for `model` as rules of
        /// the width, for the embed ([`Height`] says why).
        pub fn height_rules(model: &ChartModel) -> [Height; 2] {
            match model.kind {
                $(ChartKind::$kind => [$module::PREFERRED_HEIGHT, $module::min_rule(model)],)*
            }
        }

        /// The controls `kind` offers the reader.
        pub fn controls(kind: ChartKind) -> &'static [Control] {
            match kind {
                $(ChartKind::$kind => $module::CONTROLS,)*
            }
        }
    };
}

for_each_chart!(kinds);
