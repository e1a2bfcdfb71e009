//! The monthly chart's figures: the two latest fiscal years with monthly
//! ICT figures, month by month or as fiscal-year-to-date running totals.

use super::{default_height, ChartModel, Options, Point};
use crate::data::{fiscal_month_index, Dataset, FiscalYear, Measure, Period};
use crate::error::{Error, Result};
use crate::growth;
use crate::ids::{ChartKind, Choice, Control, Message, OptionId, SeriesId};

pub const CONTROLS: &[Control] = &[Control {
    option: OptionId::Cumulative,
    choices: &[Choice::Cumulative(false), Choice::Cumulative(true)],
}];

pub fn min_height(_model: &ChartModel, _width: u32) -> u32 {
    super::MIN_HEIGHT
}

pub fn preferred_height(width: u32) -> u32 {
    default_height(width)
}

/// One fiscal year's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub fy: FiscalYear,
    /// (fiscal month index, July = 1; index into [`ChartModel::points`]).
    pub months: Vec<(u8, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// Running totals rather than months.
    pub cumulative: bool,
    /// The earlier year, then the later.
    pub lines: [Line; 2],
}

/// The two latest fiscal years with monthly ICT figures, earlier first:
/// FY2023-24 and FY2024-25 in the built-in data, later years as editors add them.
fn years(data: &Dataset) -> Result<[FiscalYear; 2]> {
    // The two largest distinct years, in one pass: no sort needed.
    let (mut later, mut earlier): (Option<FiscalYear>, Option<FiscalYear>) = (None, None);
    let months = data
        .records
        .iter()
        .filter(|r| r.measure == Measure::Ict && matches!(r.period, Period::Month { .. }));
    for fy in months.filter_map(|r| r.period.fiscal_year()) {
        if later.is_none_or(|l| fy > l) {
            earlier = later;
            later = Some(fy);
        } else if Some(fy) != later && earlier.is_none_or(|e| fy > e) {
            earlier = Some(fy);
        }
    }
    match (earlier, later) {
        (Some(a), Some(b)) => Ok([a, b]),
        _ => Err(Error::EmptySpan(
            "the monthly chart needs monthly ICT figures in two fiscal years".into(),
        )),
    }
}

pub fn build(data: &Dataset, options: &Options) -> Result<ChartModel> {
    let cumulative = options.cumulative;
    let [a, b] = years(data)?;
    let mut points = Vec::new();
    let mut line = |fy: FiscalYear| {
        let mut total = 0.0;
        let mut months = Vec::new();
        for r in data.months_of(Measure::Ict, fy) {
            let Period::Month { month, .. } = r.period else {
                continue;
            };
            total += r.value;
            points.push(Point {
                series: SeriesId::Year(fy),
                measure: Measure::Ict,
                period: r.period,
                value: if cumulative { total } else { r.value },
                derived: r.is_derived(),
            });
            months.push((fiscal_month_index(month), points.len() - 1));
        }
        Line { fy, months }
    };
    let lines = [line(a), line(b)];
    let takeaway = if cumulative {
        let total = |fy| growth::sum_months(data, Measure::Ict, Period::FiscalYear { fy });
        Message::MonthlyCumulativeTakeaway {
            earlier: (a, total(a)?),
            later: (b, total(b)?),
            reported_later: data
                .get(Measure::Ict, Period::FiscalYear { fy: b })
                .ok()
                .map(|r| r.value),
        }
    } else {
        let (ma, mb) = (
            data.months_of(Measure::Ict, a),
            data.months_of(Measure::Ict, b),
        );
        Message::MonthlyTakeaway {
            earlier: a,
            later: b,
            months: ma
                .iter()
                .zip(&mb)
                .map(|(x, y)| (y.period, x.value, y.value))
                .collect(),
        }
    };
    let mut model = ChartModel::new(
        data,
        ChartKind::Monthly,
        points,
        takeaway,
        super::Detail::Monthly(Detail { cumulative, lines }),
        std::iter::empty(),
    );
    model.intro = Message::Intro {
        chart: ChartKind::Monthly,
        cumulative,
    };
    Ok(model)
}
