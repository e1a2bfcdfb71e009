//! The five charts, each written once against plotters' `DrawingBackend`:
//! the page draws them on a `<canvas>` (see `crate::canvas`), native tests
//! and the build-time fallback render them to SVG.
//!
//! All coordinates are CSS pixels. The canvas backend scales its context by
//! `devicePixelRatio`, so strokes and text come out crisp at any ratio while
//! layout, tests and hit testing stay in one unit.

mod annual;
mod compared;
pub mod interact;
mod monthly;
mod paint;
mod scale;
mod targets;
mod yoy;

use plotters::coord::Shift;
use plotters::prelude::*;
use serde::{Deserialize, Serialize};

use crate::data::{Dataset, Measure, Period};
use crate::error::{Error, Result};
use crate::growth::TargetReading;

pub use compared::{pairs as compared_pairs, Pair};
pub use monthly::years as monthly_years;
pub use paint::{Painter, Placed};
pub use scale::{nice_ticks, Band, Linear};
pub use targets::{target_lines, TargetLine};

/// Which chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChartKind {
    /// Annual ICT remittances as bars, growth over each bar, the narrow series beside.
    #[default]
    Annual,
    /// Year-on-year growth as a line, with the quoted rates marked.
    Growth,
    /// The articles' headline comparisons as paired bars with verdicts.
    Compared,
    /// FY2023-24 against FY2024-25 month by month, or cumulative.
    Monthly,
    /// Actuals against the targets and the stated potential.
    Targets,
}

impl ChartKind {
    /// Every chart, in page order.
    pub const ALL: [ChartKind; 5] = [
        ChartKind::Annual,
        ChartKind::Growth,
        ChartKind::Compared,
        ChartKind::Monthly,
        ChartKind::Targets,
    ];
}

/// Light or dark palette. "auto" is resolved by the page from
/// `prefers-color-scheme` before it reaches Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ThemeName {
    #[default]
    Light,
    Dark,
}

/// Everything a chart can be told. Unknown fields are an error, not ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            chart: ChartKind::Annual,
            theme: ThemeName::Light,
            cumulative: false,
            target_reading: TargetReading::AnnualLevel,
            font_family: "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif".into(),
            background: true,
        }
    }
}

impl Options {
    /// Rejects values that would draw nonsense, naming the option.
    pub fn validate(&self) -> Result<()> {
        let f = &self.font_family;
        if f.is_empty() || f.len() > 200 || f.contains(['{', '}', ';', '<', '>']) {
            return Err(Error::invalid(
                "fontFamily",
                format!("\"{f}\" is not a CSS font family list (1-200 characters, no braces, semicolons or angle brackets)"),
            ));
        }
        Ok(())
    }
}

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
    /// The earlier year in a pair: a tint of `primary`.
    pub earlier: RGBColor,
    /// Quoted figures and things that do not reproduce.
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
                secondary: RGBColor(213, 140, 0),
                earlier: RGBColor(150, 190, 222),
                quoted: RGBColor(213, 94, 0),
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
                earlier: RGBColor(47, 88, 117),
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
}

/// One data point as drawn: where it is, and what it stands for. The page
/// uses these to pick the point under a pointer; tests to check the mapping.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mark {
    /// Series name as the legend shows it.
    pub series: String,
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
}

/// Whether a chart at `width` CSS pixels is narrow enough to use its compact layout.
pub(crate) fn is_narrow(width: i32) -> bool {
    width < 520
}

/// The height a chart wants at `width` CSS pixels: the page sizes its box with it.
pub fn preferred_height(options: &Options, width: u32) -> u32 {
    let w = width as f64;
    match options.chart {
        ChartKind::Compared => compared::preferred_height(width),
        ChartKind::Targets => {
            (w * 0.62).clamp(340.0, 480.0) as u32 + if is_narrow(width as i32) { 70 } else { 40 }
        }
        _ => (w * 0.58).clamp(260.0, 440.0) as u32,
    }
}

/// Draws `options.chart` from `data` on `area`, returning what was drawn.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &Dataset,
    options: &Options,
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
    let mut p = Painter::new(area, &theme, &options.font_family);
    match options.chart {
        ChartKind::Annual => annual::draw(&mut p, data)?,
        ChartKind::Growth => yoy::draw(&mut p, data)?,
        ChartKind::Compared => compared::draw(&mut p, data)?,
        ChartKind::Monthly => monthly::draw(&mut p, data, options.cumulative)?,
        ChartKind::Targets => targets::draw(&mut p, data, options.target_reading)?,
    }
    area.present().map_err(draw_error)?;
    Ok(p.finish())
}

pub(crate) fn draw_error<E: std::error::Error + Send + Sync>(
    e: plotters::drawing::DrawingAreaErrorKind<E>,
) -> Error {
    Error::Draw(e.to_string())
}
