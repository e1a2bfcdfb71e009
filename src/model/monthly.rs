//! The monthly chart's figures: the two latest fiscal years with monthly
//! ICT figures, month by month or as fiscal-year-to-date running totals.

use super::{default_height, ChartModel, Height, Options, Point};
use crate::data::{calendar_month, fiscal_month_index, Dataset, FiscalYear, Measure, Period};
use crate::error::{Error, Result};
use crate::growth::{self, fiscal_ytd};
use crate::ids::{ChartKind, Choice, Control, Message, OptionId, SeriesId};

pub const CONTROLS: &[Control] = &[Control {
    option: OptionId::Cumulative,
    choices: &[Choice::Cumulative(false), Choice::Cumulative(true)],
}];

pub fn min_height(_model: &ChartModel, width: u32) -> u32 {
    super::by_band(width, MIN_RULE.3)
}

pub fn preferred_height(width: u32) -> u32 {
    default_height(width)
}

pub const PREFERRED_HEIGHT: Height = super::DEFAULT_HEIGHT;

pub fn min_rule(_model: &ChartModel) -> Height {
    MIN_RULE
}

const MIN_RULE: Height = super::axis_least(217, 217, 198);

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
/// FY2024-25 and the running FY2025-26 in the built-in data, later years as
/// editors add them.
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
            // A running total stops at a missing month: past it, it is not
            // the year's total so far (an editor's earlier year may have
            // only some months, beside its reported total).
            if cumulative && usize::from(fiscal_month_index(month)) != months.len() + 1 {
                break;
            }
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
    // Months are paired by their place in the fiscal year, never by their
    // place in the list: a month the later year has not reported yet is
    // absent from both sides of every comparison.
    let value = |fy: FiscalYear, index: u8| {
        let (year, month) = calendar_month(fy, index);
        data.get(Measure::Ict, Period::month(year, month)).ok()
    };
    let shared: Vec<(Period, f64, f64)> = (1..=12)
        .filter_map(|i| Some((value(b, i)?.period, value(a, i)?.value, value(b, i)?.value)))
        .collect();
    if shared.is_empty() {
        // "Above in 0 of the 0 months" is no finding: two years with no
        // month in common (a year's months mistyped into another) have
        // nothing to compare.
        return Err(Error::EmptySpan(format!(
            "the monthly chart needs a month reported in both {} and {}",
            Period::FiscalYear { fy: a },
            Period::FiscalYear { fy: b }
        )));
    }
    let mut compares: Vec<(Period, Period)> = shared
        .iter()
        .filter_map(|(p, _, _)| Some((*p, p.year_before()?)))
        .collect();
    let later_months = fiscal_ytd(data, Measure::Ict, b).map_or(0, |m| m.len() as u8);
    let takeaway = if cumulative {
        // Both years over July to the later year's last month in: the same
        // months, whether or not the later year is complete; to the earlier
        // year's last month before a gap, where it stops sooner (an editor's
        // earlier year with months left out: the view failed on its
        // "Year to date" control, found by a second sweep).
        let earlier_months = fiscal_ytd(data, Measure::Ict, a).map_or(0, |m| m.len() as u8);
        let through = later_months.min(earlier_months);
        if through == 0 {
            return Err(Error::EmptySpan(format!(
                "the year-to-date view needs July's figure in both {} and {}",
                Period::FiscalYear { fy: a },
                Period::FiscalYear { fy: b }
            )));
        }
        let total = |fy: FiscalYear| {
            let span = Period::fy_months(fy, 1, through);
            growth::sum_months(data, Measure::Ict, span).map(|t| (span, t))
        };
        let ((span_a, total_a), (span_b, total_b)) = (total(a)?, total(b)?);
        // The running totals compare these two spans, not month with month:
        // a month past the earlier year's gap counted as the base of the
        // later year's, and the data notice as drawn (a third sweep).
        compares.clear();
        compares.push((span_b, span_a));
        let (year, month) = calendar_month(b, through);
        Message::MonthlyCumulativeTakeaway {
            earlier: (a, total_a),
            later: (b, total_b),
            through: Period::month(year, month),
            growth_pct: growth::pct_change(total_a, total_b, &span_a.to_string())?,
            reported_later: data.get(Measure::Ict, span_b).ok().map(|r| {
                (
                    r.value,
                    super::annual::reported_growth(Some(total_a), r.value),
                    growth::within_rounding(total_b, r),
                )
            }),
        }
    } else {
        // "Reported so far" only where the months compared are all the
        // later year has: with a month missing in the earlier year, "in all
        // 7 months reported so far" read as 7 months in, of 8.
        let so_far = later_months < 12 && shared.len() == lines[1].months.len();
        Message::MonthlyTakeaway {
            earlier: a,
            later: b,
            months: shared,
            so_far,
        }
    };
    let mut model = ChartModel::new(
        data,
        ChartKind::Monthly,
        points,
        takeaway,
        super::Detail::Monthly(Detail { cumulative, lines }),
        Vec::new(),
    );
    model.title = Message::MonthlyTitle {
        earlier: a,
        later: b,
    };
    model.compares = compares;
    model.intro = Message::Intro {
        chart: ChartKind::Monthly,
        cumulative,
    };
    model.nav = super::NavOrder::InTime;
    Ok(model)
}
