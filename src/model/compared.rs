//! The compared chart's figures: the articles' headline comparisons, each
//! a pair (base, current) with the growth computed, the rate quoted and
//! whether the quote reproduces.

use super::{is_narrow, ChartModel, NavOrder, Options, Point};
use crate::data::{Dataset, Measure, Period};
use crate::error::Result;
use crate::growth::{self, QuoteCheck};
use crate::ids::{ChartKind, Control, Message, SeriesId};

pub const CONTROLS: &[Control] = &[];

/// Height of one bar, in CSS pixels.
pub const BAR_H: i32 = 14;

/// Height of one pair's row: title, two bars, then (narrow) the growth and
/// up to two verdict lines, and a gap.
pub fn row_height(narrow: bool) -> i32 {
    20 + 2 * (BAR_H + 6) + if narrow { 56 } else { 10 } + 12
}

pub fn preferred_height(width: u32) -> u32 {
    let narrow = is_narrow(width as i32);
    let legend = if width < 400 { 48 } else { 28 };
    (legend + 5 * row_height(narrow) + 8) as u32
}

/// The legend at its tallest (two rows), then every pair's row at the
/// tightest spacing that keeps its verdicts apart.
pub fn min_height(model: &ChartModel, width: u32) -> u32 {
    let narrow = is_narrow(width as i32);
    let rows = match &model.detail {
        super::Detail::Compared(d) => d.pairs.len().max(1) as i32,
        _ => 1,
    };
    let legend = 2 * (12 + 8) + 8;
    (legend + 4 + rows * (row_height(narrow) - 10) + 8) as u32
}

/// One comparison as the chart shows it: its points are the base
/// (`2 * i` in [`ChartModel::points`]) and the current figure (`2 * i + 1`).
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub measure: Measure,
    /// The base is implied by the current value and the quoted rate, not published.
    pub base_implied: bool,
    pub check: QuoteCheck,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub pairs: Vec<Pair>,
}

/// The headline comparisons, in the order the chart draws them: Q1 under
/// both definitions, July-February, December 2023 against the December
/// 2022 its quoted rate implies, and PSEB registrations.
pub fn build(data: &Dataset, _options: &Options) -> Result<ChartModel> {
    let picks = [
        (Measure::ItItes, Period::fy_span(2020, 1, 3)),
        (Measure::Ict, Period::fy_span(2020, 1, 3)),
        (Measure::Ict, Period::fy_span(2020, 1, 8)),
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
    let mut pairs = Vec::new();
    let mut points = Vec::new();
    for (measure, period) in picks {
        let current = data.get(measure, period)?;
        let Some(quoted) = current.quoted_growth.as_ref() else {
            continue;
        };
        let Some(base) = data.year_before(current) else {
            continue;
        };
        let check = growth::check_quote(base, current, quoted)?;
        // December 2022 was never published on its own: show the base the
        // quoted rate implies; the check is against the derived $246m.
        let base_implied = base.is_derived();
        let series = SeriesId::Measure(measure);
        points.push(Point {
            series,
            measure,
            period: base.period,
            value: if base_implied {
                check.implied_base
            } else {
                base.value
            },
            derived: base_implied,
        });
        points.push(Point {
            series,
            measure,
            period: current.period,
            value: current.value,
            derived: false,
        });
        pairs.push(Pair {
            measure,
            base_implied,
            check,
        });
    }
    let takeaway = Message::ComparedTakeaway {
        verdicts: pairs.iter().map(|p| p.check.verdict).collect(),
    };
    let mut model = ChartModel::new(
        data,
        ChartKind::Compared,
        points,
        takeaway,
        super::Detail::Compared(Detail { pairs }),
        std::iter::empty(),
    );
    model.nav = NavOrder::AsDrawn;
    Ok(model)
}
