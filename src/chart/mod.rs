//! Drawing a [`ChartModel`], each kind written once against plotters'
//! `DrawingBackend`: the page draws on a `<canvas>` (see `crate::canvas`),
//! native tests and the build-time fallback render to SVG. A drawing reads
//! its figures from the model and its words from a catalogue; it computes
//! nothing about the data.
//!
//! All coordinates are CSS pixels. The canvas backend scales its context by
//! `devicePixelRatio`, so strokes and text come out crisp at any ratio while
//! layout, tests and hit testing stay in one unit.

mod estimate;
#[cfg(not(target_arch = "wasm32"))]
pub mod fonts;
mod paint;
mod scale;

pub mod interact;

use plotters::coord::Shift;
use plotters::prelude::*;
use serde::Serialize;

use crate::data::{Dataset, Measure, Period};
use crate::error::{Error, Result};
use crate::ids::{for_each_chart, SeriesId};
use crate::model::{self, ChartModel, Detail, NavOrder, Point};
use crate::words::Catalogue;
// Methods on a concrete `Catalogue` (every build but the full Urdu one, a `dyn Words`) need the trait.
#[cfg(not(all(feature = "ur", feature = "full")))]
use crate::words::Words;

pub use crate::ids::ChartKind;
pub use crate::model::{is_narrow, Options, ThemeName};
pub use estimate::Estimated;
pub use paint::{css_font, Painter, Placed, INK_DROP};
pub use scale::{nice_ticks, Band, Linear};

/// Colours for one theme. Series colours are from the Okabe-Ito palette,
/// which readers with the common colour-vision deficiencies can tell apart;
/// every series also differs in shape or stroke, never in colour alone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    /// ICT, and the later year in a pair.
    pub primary: RGBColor,
    /// IT & ITeS (narrow), and FY2023-24 in the monthly chart.
    pub secondary: RGBColor,
    /// The earlier year in a pair: a tint of `primary`, still 3:1 against
    /// the background (WCAG's least for a graphic a reader must see).
    pub earlier: RGBColor,
    /// Quoted figures and things that do not reproduce; also their text
    /// (a fall's rate, a verdict), so 4.5:1 against the background.
    pub quoted: RGBColor,
    /// Targets.
    pub target: RGBColor,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        match name {
            ThemeName::Light => Theme {
                background: RGBColor(255, 255, 255),
                text: RGBColor(29, 29, 31),
                muted: RGBColor(92, 95, 102),
                grid: RGBColor(227, 229, 232),
                axis: RGBColor(120, 124, 130),
                primary: RGBColor(0, 114, 178),
                secondary: RGBColor(200, 130, 0),
                earlier: RGBColor(100, 150, 200),
                // Okabe-Ito's vermillion (213, 94, 0) darkened to 4.8:1: it
                // writes text too (a fall, a rate that does not reproduce),
                // where 3.9:1 was under WCAG's 4.5:1.
                quoted: RGBColor(194, 76, 0),
                target: RGBColor(170, 68, 153),
            },
            ThemeName::Dark => Theme {
                background: RGBColor(18, 20, 23),
                text: RGBColor(232, 233, 236),
                muted: RGBColor(163, 168, 177),
                grid: RGBColor(44, 48, 55),
                axis: RGBColor(110, 116, 125),
                primary: RGBColor(86, 180, 233),
                secondary: RGBColor(230, 159, 0),
                earlier: RGBColor(60, 110, 145),
                quoted: RGBColor(255, 128, 64),
                target: RGBColor(222, 143, 205),
            },
        }
    }
}

/// A rectangle in CSS pixels, left/top inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl Rect {
    pub fn new(x0: i32, y0: i32, x1: i32, y1: i32) -> Rect {
        Rect {
            x0: x0.min(x1),
            y0: y0.min(y1),
            x1: x0.max(x1),
            y1: y0.max(y1),
        }
    }
    pub fn width(&self) -> i32 {
        self.x1 - self.x0
    }
    pub fn height(&self) -> i32 {
        self.y1 - self.y0
    }
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
    pub fn contains(&self, o: &Rect) -> bool {
        o.x0 >= self.x0 && o.x1 <= self.x1 && o.y0 >= self.y0 && o.y1 <= self.y1
    }
    /// Whether the segment from `a` to `b` runs through the box: over the
    /// x the two share, the segment's y (to the pixel) enters the box's.
    /// A vertical segment never does (no chart draws one between points).
    pub fn crossed_by(&self, a: (i32, i32), b: (i32, i32)) -> bool {
        let ((x0, y0), (x1, y1)) = if a.0 <= b.0 { (a, b) } else { (b, a) };
        let (lo, hi) = (x0.max(self.x0), x1.min(self.x1));
        // Within the x both span, so x1 > x0.
        let at = |x: i32| y0 + (y1 - y0) * (x - x0) / (x1 - x0);
        lo < hi && at(lo).min(at(hi)) < self.y1 && at(lo).max(at(hi)) > self.y0
    }
}

/// A drawn line's piece, point to point.
pub(crate) type Segment = ((i32, i32), (i32, i32));

/// Adds the line through `xy`'s pieces to `out`. (One copy for every chart
/// that keeps its labels off its lines: the wasm's bytes.)
#[inline(never)]
pub(crate) fn add_segments(out: &mut Vec<Segment>, xy: &[(i32, i32)]) {
    for s in xy.windows(2) {
        out.push((s[0], s[1]));
    }
}

/// Whether any of `segments` runs through `rect`.
#[inline(never)]
pub(crate) fn crossed(rect: &Rect, segments: &[Segment]) -> bool {
    segments.iter().any(|&(a, b)| rect.crossed_by(a, b))
}

/// One data point as drawn: where it is, and what it stands for. The page
/// uses these to pick the point under a pointer; tests to check the mapping.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mark {
    /// Series name as the legend shows it, for readers of `layout()`. Only
    /// the full builds have that export: the first-draw builds do not word
    /// it at every draw (a string a mark, read by nothing there).
    #[cfg(feature = "full")]
    pub series: String,
    /// The series' id, for code: "ict", "quoted", "fy2024-25".
    pub series_id: SeriesId,
    pub measure: Measure,
    pub period: Period,
    /// The value drawn (a running total in the cumulative view).
    pub value: f64,
    /// The drawn shape's bounds.
    pub rect: Rect,
    /// Derived from other figures rather than published.
    pub derived: bool,
}

/// What a chart drew.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Layout {
    pub width: i32,
    pub height: i32,
    /// The data area.
    pub plot: Option<Rect>,
    pub marks: Vec<Mark>,
    /// Every text drawn, with its box.
    pub labels: Vec<Placed>,
    /// The order a keyboard walks the marks.
    #[serde(skip)]
    pub nav: NavOrder,
    /// Drawn mirrored: time runs right to left, and so does the keyboard.
    #[serde(skip)]
    pub mirrored: bool,
}

impl Mark {
    /// The mark of `point`, drawn in `rect`, its series named in `words`.
    pub fn of(point: &Point, rect: Rect, words: &Catalogue) -> Mark {
        #[cfg(not(feature = "full"))]
        let _ = words;
        Mark {
            #[cfg(feature = "full")]
            series: words.series(point.series),
            series_id: point.series,
            measure: point.measure,
            period: point.period,
            value: point.value,
            rect,
            derived: point.derived,
        }
    }
}

/// The height `options.chart` wants at `width` CSS pixels: the page sizes its box with it.
pub fn preferred_height(options: &Options, width: u32) -> u32 {
    for_lang(
        options,
        width,
        model::preferred_height(options.chart, width),
    )
}

/// The least height of a value axis's plot, in CSS pixels: shorter, and the
/// axis stretches far past the data to fit the labels over the bars (a
/// $15bn axis over $3.8bn of bars, a +-200% one over rates of +-50%).
pub const MIN_PLOT: i32 = 140;

/// The least height `model` stays readable at, at `width` CSS pixels, in
/// `options.lang`; `drawn`, the chart's last drawing, if any.
///
/// The model's own least height is an estimate; a drawing measures. Its
/// legend, axis labels and notes took the same room at any height (their
/// wrapping depends on the width and the words alone), so a drawing at this
/// width gives the height at which the plot has exactly [`MIN_PLOT`]: a
/// phone-wide legend of four rows, or Nastaliq's taller ones, then make the
/// chart taller instead of its plot a strip. The compared chart, rows of
/// text without a value axis, keeps its estimate.
pub fn min_height(
    model: &ChartModel,
    options: &Options,
    width: u32,
    drawn: Option<&Layout>,
) -> u32 {
    let least = least_for_lang(options, width, model::min_height(model, width));
    let measured = drawn
        .filter(|l| l.width == width as i32 && model.kind != ChartKind::Compared)
        .and_then(|l| l.plot.map(|plot| l.height - plot.height() + MIN_PLOT))
        .unwrap_or(0);
    least.max(measured.max(0) as u32)
}

/// Every chart's preferred and least heights as rules of the width, for
/// English and the built-in figures (`data`): what the first-draw build
/// draws, prepared for the embed by `cargo run --example prepare`
/// ([`model::Height`] says why). English adds nothing to a rule
/// ([`for_lang`]), so they give what [`preferred_height`] and
/// [`min_height`] give before a drawing has measured anything.
#[cfg(not(target_arch = "wasm32"))]
pub fn heights(data: &Dataset) -> Result<Heights> {
    let mut charts = std::collections::BTreeMap::new();
    for kind in ChartKind::ALL {
        let options = Options {
            chart: kind,
            ..Options::default()
        };
        charts.insert(
            kind.id(),
            model::height_rules(&model::build(data, &options)?),
        );
    }
    Ok(Heights {
        bands: model::BANDS,
        charts,
    })
}

/// [`heights`]: the widths the rules step at, and each chart's
/// `[preferred, least]` by its id.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Serialize)]
pub struct Heights {
    pub bands: [u32; 2],
    pub charts: std::collections::BTreeMap<&'static str, [model::Height; 2]>,
}

/// A height for `options.lang`: the compared chart is rows of text, so it
/// grows with a script's taller lines (Nastaliq's); the targets chart's
/// notes and the other charts' legends take more room, the plot the same.
fn for_lang(options: &Options, width: u32, height: u32) -> u32 {
    let line = options.lang.words().line_box();
    if line <= 1.0 {
        return height;
    }
    match options.chart {
        ChartKind::Compared => (f64::from(height) * rows_scale(line)).round() as u32,
        // The targets chart's notes under the plot: taller lines, and more
        // of them as Nastaliq wraps sooner; the plot keeps its height
        // (measured in Noto Nastaliq Urdu, the notes and legend take
        // 311-399 px more than English's at 255-515 px wide, 262 px wider).
        ChartKind::Targets => {
            let room = f64::from(model::targets::notes_room(width));
            height + (room * 1.2 * (line - 1.0)).round() as u32
        }
        // The legend above the plot wraps to more, taller rows (the running
        // year adds two entries), about twice as many on a phone (four
        // Nastaliq rows for the annual chart at 360 px: the plot was left
        // under 100 px); the plot keeps its height.
        _ => {
            let rows = if width < 520 { 2.0 } else { 1.0 };
            height + (40.0 * rows * (line - 1.0)).round() as u32
        }
    }
}

/// [`for_lang`] for a least height. Urdu's (the one catalogue with taller
/// lines) for the charts with a legend above a value axis are measured by
/// band as the English ones are ([`model`]'s `axis_least`), in Noto
/// Nastaliq Urdu: each band's tallest need, so none grows at its first
/// draw (a page test holds every width from 255 to 800 px to them). A rule
/// of rows on the English 190 px estimate before was up to 80 px short
/// (the chart grew at its draw) or 96 px more than needed.
fn least_for_lang(options: &Options, width: u32, least: u32) -> u32 {
    if options.lang.words().line_box() <= 1.0 {
        return least;
    }
    match options.chart {
        ChartKind::Annual => model::by_band(width, [430, 386, 346]),
        ChartKind::Growth => model::by_band(width, [386, 386, 302]),
        ChartKind::Monthly => model::by_band(width, [298, 298, 258]),
        ChartKind::Compared | ChartKind::Targets => for_lang(options, width, least),
    }
}

/// How much taller the compared chart's rows of text are in a script whose
/// lines are `line_box` font sizes tall: 1 for Latin text. Twice in Urdu
/// (Nastaliq's three-em lines), measured in Noto Nastaliq Urdu: a pair
/// takes at most 229 px of its 257 at 255-515 px wide, 134 of 166 wider
/// (2.2 before the rates, digits, kept their own box: 2,376 px at 320).
pub(crate) fn rows_scale(line_box: f64) -> f64 {
    1.0 + 0.5 * (line_box - 1.0).max(0.0)
}

/// Builds `options.chart` from `data` and draws it on `area` in
/// `options.lang`: for tests and the build step, which draw once.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &Dataset,
    options: &Options,
) -> Result<Layout> {
    draw_model(
        area,
        &model::build(data, options)?,
        options,
        options.lang.words(),
    )
}

/// Declares each kind's drawing module and the one dispatch to them,
/// expanded from the one list of kinds.
macro_rules! kinds {
    ($($kind:ident $module:ident $id:literal,)*) => {
        $(mod $module;)*

        /// Draws `model` on `area` with `words`, returning what was drawn.
        pub fn draw_model<DB: DrawingBackend>(
            area: &DrawingArea<DB, Shift>,
            model: &ChartModel,
            options: &Options,
            words: &Catalogue,
        ) -> Result<Layout> {
            options.validate()?;
            let theme = Theme::new(options.theme);
            let (w, h) = area.dim_in_pixel();
            if w < 100 || h < 100 {
                return Err(Error::invalid(
                    "size",
                    format!("{w}x{h} px is too small to draw a chart; at least 100x100 is needed"),
                ));
            }
            if options.background {
                area.fill(&theme.background).map_err(draw_error)?;
            }
            let mut p = Painter::new(area, &theme, options.font())
                .with_words(words)
                .mirrored(options.mirrored())
                .painted(options.background);
            match &model.detail {
                $(Detail::$kind(detail) => $module::draw(&mut p, model, detail)?,)*
            }
            area.present().map_err(draw_error)?;
            let mut layout = p.finish();
            layout.nav = model.nav;
            Ok(layout)
        }
    };
}

for_each_chart!(kinds);

pub(crate) fn draw_error<E: std::error::Error + Send + Sync>(
    e: plotters::drawing::DrawingAreaErrorKind<E>,
) -> Error {
    use plotters::drawing::DrawingAreaErrorKind::BackendError;
    use plotters_backend::DrawingErrorKind::DrawingError;
    // The backend's own words ("fillText failed"), without plotters'
    // wrapping ("Drawing backend error: ..."), whose words for its other
    // errors (an area shared, a layout, a font) the painter cannot meet.
    Error::Draw(match e {
        BackendError(DrawingError(e)) => e.to_string(),
        _ => "plotters refused the drawing".into(),
    })
}
