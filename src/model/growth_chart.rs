//! The growth chart's figures: year-on-year growth of both annual series,
//! and every annual growth rate the reports quoted, with its check.

use super::{annual_growth, default_height, months_behind, ChartModel, Height, Options, Point};
use crate::data::{Dataset, FiscalYear, Measure, Period};
use crate::error::{Error, Result};
use crate::growth::{self, Check};
use crate::ids::{ChartKind, Control, Message, QuotedRate, SeriesId};

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

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// Every fiscal year on the axis, oldest first.
    pub years: Vec<FiscalYear>,
    /// Indices into [`ChartModel::points`] of the narrow line, the ICT line
    /// and the quoted rates.
    pub narrow: Vec<usize>,
    pub ict: Vec<usize>,
    pub quoted: Vec<usize>,
    /// The running year's growth over its months so far, on the same
    /// months a year earlier: drawn apart from the whole years.
    pub running: Option<usize>,
}

/// The fiscal year a point stands in (a whole year, or a running year's
/// months so far).
pub fn year_of(p: &Point) -> Option<FiscalYear> {
    match p.period {
        Period::FiscalYear { fy } | Period::FiscalSpan { fy, .. } => Some(fy),
        _ => None,
    }
}

pub fn build(data: &Dataset, _options: &Options) -> Result<ChartModel> {
    let mut compares = Vec::new();
    let mut rates = |m: Measure| -> Vec<Point> {
        annual_growth(data, m)
            .into_iter()
            .filter_map(|(r, g)| {
                let (base, g) = g?;
                compares.push((r.period, base));
                Some(Point {
                    series: SeriesId::Measure(m),
                    measure: m,
                    period: r.period,
                    value: g,
                    derived: r.is_derived(),
                })
            })
            .collect()
    };
    let ict = rates(Measure::Ict);
    let narrow = rates(Measure::ItItes);
    let ytd = growth::running_year(data, Measure::Ict);
    let running = ytd.as_ref().and_then(|y| {
        let base = y.base.as_ref()?;
        compares.push((y.current.period, base.period));
        Some(Point {
            series: SeriesId::Measure(Measure::Ict),
            measure: Measure::Ict,
            period: y.current.period,
            value: y.growth_pct?,
            derived: true,
        })
    });
    if ict.is_empty() {
        return Err(Error::EmptySpan(
            "no two consecutive annual ICT figures to compute growth from".into(),
        ));
    }
    // Quoted rates on annual figures, of either definition, in time order:
    // the description runs a series "from" its first point "to" its last,
    // and with the narrow series' quotes after ICT's it said the quotes ran
    // to FY2019-20 when the last is FY2024-25's.
    let mut quoted: Vec<Point> = [Measure::Ict, Measure::ItItes]
        .into_iter()
        .flat_map(|m| data.annual(m))
        .filter_map(|r| {
            Some(Point {
                series: SeriesId::Quoted,
                measure: r.measure,
                period: r.period,
                value: r.quoted_growth.as_ref()?.pct,
                derived: false,
            })
        })
        .collect();
    crate::data::sort_by_key(&mut quoted, &|p| {
        let (start, end) = p.period.sort_key();
        [start.into(), end.into(), 0]
    });
    let all_years = || ict.iter().chain(&narrow).chain(&running).filter_map(year_of);
    let (first, last) = match (all_years().min(), all_years().max()) {
        (Some(first), Some(last)) => (first, last),
        _ => return Err(Error::EmptySpan("no fiscal years of growth".into())),
    };
    let peak = ict.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    let latest = ict.last();
    let (Some(peak), Some(latest)) = (peak, latest) else {
        return Err(Error::EmptySpan("no annual growth rates".into()));
    };
    let checked: Vec<QuotedRate> = growth::checks(data)
        .into_iter()
        .filter_map(|c| match c {
            Check::Quote {
                period: period @ Period::FiscalYear { .. },
                base_period,
                result,
                ..
            } => Some(QuotedRate {
                base_period,
                period,
                quoted_pct: result.quoted_pct,
                quoted_decimals: result.quoted_decimals,
                computed_pct: result.computed_pct,
                verdict: result.verdict,
            }),
            _ => None,
        })
        .collect();
    compares.extend(checked.iter().map(|q| (q.period, q.base_period)));
    let mut takeaway = Message::GrowthTakeaway {
        peak: (peak.period, peak.value),
        latest: (latest.period, latest.value),
        quoted: checked,
    };
    if let (Some(y), Some(_)) = (&ytd, &running) {
        takeaway = Message::Sentences(vec![takeaway, super::annual::year_to_date(data, y)]);
    }
    // The narrow series first, so ICT draws on top where they cross; the
    // running year after the whole years, then the quoted rates.
    let (n, i, r, q) = (narrow.len(), ict.len(), running.iter().len(), quoted.len());
    let detail = Detail {
        years: (first.0..=last.0).map(FiscalYear).collect(),
        narrow: (0..n).collect(),
        ict: (n..n + i).collect(),
        running: running.as_ref().map(|_| n + i),
        quoted: (n + i + r..n + i + r + q).collect(),
    };
    let behind: Vec<FiscalYear> = ytd
        .iter()
        .flat_map(|y| [FiscalYear(y.fy().0.saturating_sub(1)), y.fy()])
        .collect();
    let points = narrow
        .into_iter()
        .chain(ict)
        .chain(running)
        .chain(quoted)
        .collect();
    let mut model = ChartModel::new(
        data,
        ChartKind::Growth,
        points,
        takeaway,
        super::Detail::Growth(detail),
        months_behind(data, &behind),
    );
    model.rates = true;
    model.compares = compares;
    if !model.points.iter().any(|p| p.series == SeriesId::Quoted) {
        model.title = Message::GrowthTitle { quoted: false };
    }
    Ok(model)
}
