//! The annual chart's figures: ICT remittances by fiscal year with their
//! year-on-year growth, the narrow IT & ITeS series beside them where it
//! exists, the first release of each revised year, and a year still
//! running drawn as its months so far beside the same months a year earlier.

use super::{annual_growth, default_height, months_behind, ChartModel, Height, Options, Point};
use crate::data::{Dataset, Measure, Record};
use crate::error::{Error, Result};
use crate::growth;
use crate::ids::{ChartKind, Control, Message, SeriesId};

pub const CONTROLS: &[Control] = &[];

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

const MIN_RULE: Height = super::axis_least(257, 237, 218);

/// One slot on the axis: a fiscal year's ICT bar and, where published, its
/// narrow bar; or the running year's months so far and, where the dataset
/// has them, the same months a year earlier (`base`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Year {
    /// Index of the ICT point in [`ChartModel::points`].
    pub ict: usize,
    /// Index of the narrow point, where the year has one.
    pub narrow: Option<usize>,
    /// Index of the same months a year earlier, for a running year.
    pub base: Option<usize>,
    /// The first-release value of a revised year.
    pub first_release: Option<f64>,
    /// Growth on the year before (or on the same months), in percent.
    pub growth_pct: Option<f64>,
    /// The year is still running: its bar is the months so far.
    pub running: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub years: Vec<Year>,
    /// Whether the dataset has narrow figures at all (for the legend).
    pub has_narrow: bool,
    /// Whether any year was revised (for the legend).
    pub any_revised: bool,
    /// The largest value on the chart, first releases included.
    pub max: f64,
}

fn point(r: &Record, derived: bool) -> Point {
    Point {
        series: SeriesId::Measure(r.measure),
        measure: r.measure,
        period: r.period,
        value: r.value,
        derived: derived || r.is_derived(),
    }
}

pub fn build(data: &Dataset, _options: &Options) -> Result<ChartModel> {
    let ict = annual_growth(data, Measure::Ict);
    let narrow = data.annual(Measure::ItItes);
    let (Some((first, _)), Some((last, _))) = (ict.first(), ict.last()) else {
        return Err(Error::EmptySpan("no annual ICT figures to chart".into()));
    };
    // Its takeaway is the growth from the first year to the last.
    if ict.len() < 2 {
        return Err(Error::EmptySpan(
            "the annual chart needs ICT figures for two fiscal years or more".into(),
        ));
    }
    let mut points = Vec::new();
    let mut years = Vec::new();
    let mut compares = Vec::new();
    // Years summed from months rather than reported: cite those months.
    let mut from_months = Vec::new();
    for (r, growth) in &ict {
        if r.is_derived() {
            from_months.extend(r.period.fiscal_year());
        }
        points.push(point(r, false));
        let ict_index = points.len() - 1;
        let pair = narrow.iter().find(|n| n.period == r.period);
        let narrow_index = pair.map(|n| {
            points.push(point(n, false));
            points.len() - 1
        });
        compares.extend(growth.map(|(base, _)| (r.period, base)));
        years.push(Year {
            ict: ict_index,
            narrow: narrow_index,
            base: None,
            first_release: r.first_reported,
            growth_pct: growth.map(|(_, g)| g),
            running: false,
        });
    }
    let running = growth::running_year(data, Measure::Ict);
    let mut sentences = Vec::new();
    if let Some(ytd) = &running {
        from_months.push(ytd.fy());
        let base = ytd.base.as_ref().map(|b| {
            from_months.extend(b.period.fiscal_year());
            compares.push((ytd.current.period, b.period));
            points.push(point(b, true));
            points.len() - 1
        });
        points.push(point(&ytd.current, true));
        years.push(Year {
            ict: points.len() - 1,
            narrow: None,
            base,
            first_release: None,
            growth_pct: ytd.growth_pct,
            running: true,
        });
        sentences.push(year_to_date(data, ytd));
    }
    let max = points
        .iter()
        .map(|p| p.value)
        .chain(ict.iter().filter_map(|(r, _)| r.first_reported))
        .fold(0.0, f64::max);
    let rates: Vec<_> = ict
        .iter()
        .filter_map(|(r, g)| Some((r.period, g.as_ref()?.1)))
        .collect();
    compares.push((last.period, first.period));
    let takeaway = Message::AnnualTakeaway {
        first: (first.period, first.value),
        last: (last.period, last.value),
        // A custom dataset may start at zero (a new series): the takeaway
        // then says where it went without an average rate, rather than
        // the chart failing on it.
        cagr_pct: match growth::cagr_between(first, last) {
            Ok(rate) => Some(rate),
            Err(Error::NonPositiveBase { .. }) => None,
            Err(e) => return Err(e),
        },
        falls: rates.iter().copied().filter(|(_, g)| *g < 0.0).collect(),
    };
    let fastest = rates.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1));
    let slowest = rates.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1));
    let detail = Detail {
        years,
        has_narrow: !narrow.is_empty(),
        any_revised: ict.iter().any(|(r, _)| r.is_revised()),
        max,
    };
    let takeaway = if sentences.is_empty() {
        takeaway
    } else {
        sentences.insert(0, takeaway);
        Message::Sentences(sentences)
    };
    let mut model = ChartModel::new(
        data,
        ChartKind::Annual,
        points,
        takeaway,
        super::Detail::Annual(detail),
        months_behind(data, &from_months),
    );
    model.compares = compares;
    if let (Some(fastest), Some(slowest)) = (fastest, slowest) {
        model
            .summary
            .push(Message::FastestSlowest { fastest, slowest });
    }
    model.summary.extend(narrow_gap(data, &narrow));
    Ok(model)
}

/// The growth of a reported total on `base`, where there is a base.
pub(super) fn reported_growth(base: Option<f64>, reported: f64) -> Option<f64> {
    base.and_then(|b| growth::pct_change(b, reported, "base").ok())
}

/// The running year's sentence: its months so far against the same months
/// a year earlier.
pub(super) fn year_to_date(data: &Dataset, ytd: &growth::YearToDate) -> Message {
    Message::YearToDate {
        current: (ytd.current.period, ytd.current.value),
        base: ytd.base.as_ref().map(|b| (b.period, b.value)),
        growth_pct: ytd.growth_pct,
        // The reported total of the same months and its growth, so a chart
        // drawn from the months says why its figure and growth differ from
        // the press's.
        reported: data
            .get(ytd.current.measure, ytd.current.period)
            .ok()
            .map(|r| {
                (
                    r.value,
                    reported_growth(ytd.base.as_ref().map(|b| b.value), r.value),
                    growth::within_rounding(ytd.current.value, r),
                )
            }),
    }
}

/// How much narrower the narrow series ran than ICT in the years both
/// exist: a range, since the gap is not fixed.
fn narrow_gap(data: &Dataset, narrow: &[&Record]) -> Option<Message> {
    let gaps: Vec<_> = narrow
        .iter()
        .filter_map(|n| {
            let ict = data.get(Measure::Ict, n.period).ok()?;
            Some((n.period, ict.value - n.value))
        })
        .collect();
    let (first, last) = (gaps.first()?.0, gaps.last()?.0);
    let gap = |pick: fn(f64, f64) -> f64, from: f64| gaps.iter().map(|g| g.1).fold(from, pick);
    Some(Message::NarrowGap {
        min: gap(f64::min, f64::INFINITY),
        max: gap(f64::max, f64::NEG_INFINITY),
        first,
        last,
    })
}
