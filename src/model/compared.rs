//! The compared chart's figures: the articles' headline comparisons, each
//! a pair (base, current) with the growth computed, the rate quoted and
//! whether the quote reproduces.

use super::{is_narrow, ChartModel, Height, NavOrder, Options, Point};
use crate::data::{Dataset, FiscalYear, Measure, Period};
use crate::error::Result;
use crate::growth::{self, Check, QuoteCheck};
use crate::ids::{ChartKind, Control, Message, SeriesId, Verdict};

pub const CONTROLS: &[Control] = &[];

/// Height of one bar, in CSS pixels.
pub const BAR_H: i32 = 14;

/// Height of one pair's row: title, two bars, then (narrow) the growth and
/// up to two verdict lines, and a gap.
pub const fn row_height(narrow: bool) -> i32 {
    20 + 2 * (BAR_H + 6) + if narrow { 56 } else { 10 } + 12
}

/// Rows the built-in data draws: six from the articles, two from the
/// running year.
const ROWS: i32 = 8;

/// The legend above the rows: one line, or two on a narrow chart (at its
/// tallest: it wraps on a phone).
const LEGEND: i32 = 28;
const LEGEND_PHONE: i32 = 2 * (12 + 8) + 8;

pub fn preferred_height(width: u32) -> u32 {
    let narrow = is_narrow(width as i32);
    preferred(if narrow { LEGEND_PHONE } else { LEGEND }, narrow)
}

pub const PREFERRED_HEIGHT: Height = Height::stepped([
    preferred(LEGEND_PHONE, true),
    preferred(LEGEND_PHONE, true),
    preferred(LEGEND, false),
]);

/// The legend, then the built-in figures' rows, then a gap.
const fn preferred(legend: i32, narrow: bool) -> u32 {
    (legend + ROWS * row_height(narrow) + 8) as u32
}

/// The legend at its tallest (two rows), then every pair's row at the
/// tightest spacing that keeps its verdicts apart.
pub fn min_height(model: &ChartModel, width: u32) -> u32 {
    least(rows(model), is_narrow(width as i32))
}

pub fn min_rule(model: &ChartModel) -> Height {
    let rows = rows(model);
    let narrow = least(rows, true);
    Height::stepped([narrow, narrow, least(rows, false)])
}

fn least(rows: i32, narrow: bool) -> u32 {
    (LEGEND_PHONE + 4 + rows * (row_height(narrow) - 10) + 8) as u32
}

fn rows(model: &ChartModel) -> i32 {
    match &model.detail {
        super::Detail::Compared(d) => d.pairs.len().max(1) as i32,
        _ => 1,
    }
}

/// One comparison as the chart shows it: its points are the base
/// (`2 * i` in [`ChartModel::points`]) and the current figure (`2 * i + 1`).
/// Both bars are the figures the computed rate comes from; a quote that
/// implies another base is shown as a revision, never as the bar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub measure: Measure,
    /// The base was derived from other figures, not published itself.
    pub base_derived: bool,
    pub check: QuoteCheck,
}

impl Pair {
    /// Its quote and whether it reproduces, as the chart words it beside
    /// the bars and the tooltip after the growth.
    pub fn verdict(&self) -> Message {
        verdict_of(&self.check)
    }
}

/// A checked quote and whether it reproduces, as a comparison's bars and
/// the growth chart's quoted rate word it.
pub fn verdict_of(check: &QuoteCheck) -> Message {
    Message::VerdictShort {
        quoted_pct: check.quoted_pct,
        quoted_decimals: check.quoted_decimals,
        verdict: check.verdict,
        revision: check.revision(),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub pairs: Vec<Pair>,
}

/// The comparisons the chart draws: the articles' headline comparisons
/// (Q1 under both definitions, July-February, November and December 2023,
/// PSEB registrations), then the running year's latest reported
/// year-to-date rate and latest monthly rate. Every other quoted rate is
/// in the checks table, which the takeaway counts separately.
fn picks(data: &Dataset) -> Vec<(Measure, Period)> {
    let mut picks = vec![
        (Measure::ItItes, Period::fy_span(2020, 1, 3)),
        (Measure::Ict, Period::fy_span(2020, 1, 3)),
        (Measure::Ict, Period::fy_span(2020, 1, 8)),
        (Measure::Ict, Period::month(2023, 11)),
        (Measure::Ict, Period::month(2023, 12)),
        (
            Measure::PsebCompanies,
            Period::Date {
                year: 2020,
                month: Some(10),
                day: Some(31),
            },
        ),
    ];
    let latest_fy = data.figures_to().map(|(y, m)| FiscalYear::of_month(y, m));
    for month_wise in [false, true] {
        let latest = data
            .records
            .iter()
            .filter(|r| r.measure == Measure::Ict && r.quoted_growth.is_some())
            .filter(|r| r.period.fiscal_year() == latest_fy)
            .filter(|r| matches!(r.period, Period::Month { .. }) == month_wise)
            .filter(|r| matches!(r.period, Period::Month { .. } | Period::FiscalSpan { .. }))
            .max_by_key(|r| r.period.sort_key());
        if let Some(r) = latest.filter(|r| !picks.contains(&(r.measure, r.period))) {
            picks.push((r.measure, r.period));
        }
    }
    picks
}

pub fn build(data: &Dataset, _options: &Options) -> Result<ChartModel> {
    let mut pairs = Vec::new();
    let mut points = Vec::new();
    let mut compares = Vec::new();
    for (measure, period) in picks(data) {
        let current = data.get(measure, period)?;
        let Some(quoted) = current.quoted_growth.as_ref() else {
            continue;
        };
        let Some(base) = growth::base_for(data, current) else {
            continue;
        };
        let check = growth::check_quote(&base, current, quoted)?;
        compares.push((current.period, base.period));
        let series = SeriesId::Measure(measure);
        points.push(Point {
            series,
            measure,
            period: base.period,
            value: base.value,
            derived: base.is_derived(),
        });
        points.push(Point {
            series,
            measure,
            period: current.period,
            value: current.value,
            derived: current.is_derived(),
        });
        pairs.push(Pair {
            measure,
            base_derived: base.is_derived(),
            check,
        });
    }
    let quotes: Vec<Verdict> = growth::checks(data)
        .iter()
        .filter_map(|c| match c {
            Check::Quote { result, .. } => Some(result.verdict),
            _ => None,
        })
        .collect();
    let takeaway = Message::ComparedTakeaway {
        verdicts: pairs.iter().map(|p| p.check.verdict).collect(),
        all_checked: quotes.len(),
        all_failing: quotes
            .iter()
            .filter(|v| **v == Verdict::DoesNotReproduce)
            .count(),
    };
    let mut model = ChartModel::new(
        data,
        ChartKind::Compared,
        points,
        takeaway,
        super::Detail::Compared(Detail { pairs }),
        Vec::new(),
    );
    model.nav = NavOrder::AsDrawn;
    model.compares = compares;
    Ok(model)
}
