//! The annual chart's figures: ICT remittances by fiscal year with their
//! year-on-year growth, the narrow IT & ITeS series beside them where it
//! exists, and the first release of each revised year.

use super::{annual_growth, default_height, ChartModel, Options, Point};
use crate::data::{Dataset, Measure};
use crate::error::{Error, Result};
use crate::growth;
use crate::ids::{ChartKind, Control, Message, SeriesId};

pub const CONTROLS: &[Control] = &[];

pub fn min_height(_model: &ChartModel, _width: u32) -> u32 {
    super::MIN_HEIGHT
}

pub fn preferred_height(width: u32) -> u32 {
    default_height(width)
}

/// One fiscal year: its ICT bar and, where published, its narrow bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Year {
    /// Index of the ICT point in [`ChartModel::points`].
    pub ict: usize,
    /// Index of the narrow point, where the year has one.
    pub narrow: Option<usize>,
    /// The first-release value of a revised year.
    pub first_release: Option<f64>,
    /// Growth on the year before, in percent.
    pub growth_pct: Option<f64>,
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

pub fn build(data: &Dataset, _options: &Options) -> Result<ChartModel> {
    let ict = annual_growth(data, Measure::Ict);
    let narrow = data.annual(Measure::ItItes);
    let (Some(&(first, _)), Some(&(last, _))) = (ict.first(), ict.last()) else {
        return Err(Error::EmptySpan("no annual ICT figures to chart".into()));
    };
    let mut points = Vec::new();
    let mut years = Vec::new();
    let point = |r: &crate::data::Record| Point {
        series: SeriesId::Measure(r.measure),
        measure: r.measure,
        period: r.period,
        value: r.value,
        derived: r.is_derived(),
    };
    for &(r, growth_pct) in &ict {
        points.push(point(r));
        let ict_index = points.len() - 1;
        let pair = narrow.iter().find(|n| n.period == r.period);
        let narrow_index = pair.map(|n| {
            points.push(point(n));
            points.len() - 1
        });
        years.push(Year {
            ict: ict_index,
            narrow: narrow_index,
            first_release: r.first_reported,
            growth_pct,
        });
    }
    let max = ict
        .iter()
        .map(|(r, _)| *r)
        .chain(narrow.iter().copied())
        .map(|r| r.value.max(r.first_reported.unwrap_or(0.0)))
        .fold(0.0, f64::max);
    let rates: Vec<_> = ict
        .iter()
        .filter_map(|(r, g)| Some((r.period, (*g)?)))
        .collect();
    let takeaway = Message::AnnualTakeaway {
        first: (first.period, first.value),
        last: (last.period, last.value),
        cagr_pct: growth::cagr_between(first, last)?,
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
    let mut model = ChartModel::new(
        data,
        ChartKind::Annual,
        points,
        takeaway,
        super::Detail::Annual(detail),
        std::iter::empty(),
    );
    if let (Some(fastest), Some(slowest)) = (fastest, slowest) {
        model
            .summary
            .push(Message::FastestSlowest { fastest, slowest });
    }
    Ok(model)
}
