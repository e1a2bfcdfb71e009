//! The targets chart's figures: actual ICT remittances against the $5bn
//! 2020-23 target under the chosen reading, the FY2024-25 $4.2bn target and
//! the $10bn stated potential, with the growth a year each needed.

use super::{is_narrow, ChartModel, Options, Point};
use crate::data::{sort_by_key, Dataset, FiscalYear, Measure, Period};
use crate::error::{Error, Result};
use crate::growth::{self, TargetProgress};
use crate::ids::{ChartKind, Choice, Control, Message, OptionId, SeriesId, TargetReading};

pub const CONTROLS: &[Control] = &[Control {
    option: OptionId::TargetReading,
    choices: &[
        Choice::TargetReading(TargetReading::AnnualLevel),
        Choice::TargetReading(TargetReading::Cumulative),
    ],
}];

/// Its notes sit inside the canvas, under the plot, so it needs most of
/// its own height.
pub fn min_height(_model: &ChartModel, width: u32) -> u32 {
    preferred_height(width).saturating_sub(80)
}

pub fn preferred_height(width: u32) -> u32 {
    let extra = if is_narrow(width as i32) { 70 } else { 40 };
    (f64::from(width) * 0.62).clamp(340.0, 480.0) as u32 + extra
}

/// A target with its progress and the growth it needed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TargetLine {
    /// The target, US$ million.
    pub value: f64,
    pub period: Period,
    pub progress: TargetProgress,
    /// Growth a year it needed, in percent, from `base`, the year before.
    pub needed_pct: f64,
    pub base: Period,
}

impl TargetLine {
    /// The sentence on it: reading, share reached, growth needed.
    pub fn note(&self) -> Message {
        Message::TargetNote {
            target: self.value,
            period: self.period,
            reading: self.progress.reading,
            share_pct: self.progress.share_pct,
            needed_pct: self.needed_pct,
            base: self.base,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub reading: TargetReading,
    /// Every dated target, latest last.
    pub lines: Vec<TargetLine>,
    /// Indices into `lines` of the targets drawn: all under the annual
    /// reading, the multi-year one alone under the cumulative reading.
    pub drawn: Vec<usize>,
    /// The multi-year target, in `lines`.
    pub multi_year: usize,
    /// Per bar (index into [`ChartModel::points`]): the years already summed
    /// before it under the cumulative reading, else 0.
    pub before: Vec<f64>,
    /// The stated potential's value and label, drawn under the annual reading.
    pub potential: Option<(f64, Message)>,
    /// The notes printed under the plot.
    pub notes: Vec<Message>,
}

/// Every dated target in the dataset, read as `reading` where it spans
/// years, latest last.
fn target_lines(data: &Dataset, reading: TargetReading) -> Result<Vec<TargetLine>> {
    let mut out = Vec::new();
    for r in data
        .records
        .iter()
        .filter(|r| r.measure == Measure::ExportTarget)
    {
        let (first, last) = match r.period {
            Period::FiscalYear { fy } => (fy, fy),
            Period::FiscalYears { first, last } => (first, last),
            _ => continue,
        };
        let reading = if first == last {
            TargetReading::AnnualLevel
        } else {
            reading
        };
        let progress = growth::target_progress(data, r, Measure::Ict, reading)?;
        let base = data.get(Measure::Ict, Period::fy(first.0.saturating_sub(1)))?;
        let years = u32::from(last.0 - first.0 + 1);
        out.push(TargetLine {
            value: r.value,
            period: r.period,
            progress,
            needed_pct: growth::required_growth(base.value, r.value, years, reading)?,
            base: base.period,
        });
    }
    sort_by_key(&mut out, &|l| {
        let (first, last) = (l.progress.first.0, l.progress.last.0);
        [last.into(), first.into(), 0]
    });
    Ok(out)
}

/// When the stated potential would be reached at the past decade's average rate.
fn potential_note(data: &Dataset, value: f64) -> Result<Option<Message>> {
    let ict = data.annual(Measure::Ict);
    let (Some(first), Some(last)) = (ict.first(), ict.last()) else {
        return Ok(None);
    };
    let Period::FiscalYear { fy } = last.period else {
        return Ok(None);
    };
    let cagr = growth::cagr_between(first, last)?;
    // Years at that rate: log(target/last)/log(1+g).
    let years = ((value / last.value).ln() / (1.0 + cagr / 100.0).ln()).ceil();
    Ok(Some(Message::PotentialNote {
        value,
        cagr_pct: cagr,
        reached: FiscalYear(fy.0 + years as u16),
    }))
}

pub fn build(data: &Dataset, options: &Options) -> Result<ChartModel> {
    let reading = options.target_reading;
    let lines = target_lines(data, reading)?;
    let takeaway = Message::Sentences(lines.iter().map(TargetLine::note).collect());
    let Some(multi) = lines
        .iter()
        .position(|l| l.progress.first != l.progress.last)
    else {
        return Err(Error::EmptySpan(
            "no multi-year target in the dataset".into(),
        ));
    };
    let (first, last) = (lines[multi].progress.first, lines[multi].progress.last);
    // Bars: annual actuals from the year before the multi-year target, or
    // the running sum of its years under the cumulative reading.
    let mut points = Vec::new();
    let mut before = Vec::new();
    let bar = |r: &crate::data::Record, value: f64| Point {
        series: SeriesId::Measure(Measure::Ict),
        measure: Measure::Ict,
        period: r.period,
        value,
        derived: false,
    };
    let (drawn, notes, potential) = match reading {
        TargetReading::AnnualLevel => {
            let from = Period::fy(first.0.saturating_sub(1)).sort_key();
            for r in data.annual(Measure::Ict) {
                if r.period.sort_key() >= from {
                    points.push(bar(r, r.value));
                    before.push(0.0);
                }
            }
            let potential = data
                .records
                .iter()
                .find(|r| r.measure == Measure::ExportPotential);
            let mut notes: Vec<Message> = lines.iter().map(TargetLine::note).collect();
            if let Some(p) = potential {
                notes.extend(potential_note(data, p.value)?);
            }
            let potential = potential.map(|p| (p.value, Message::PotentialLabel { value: p.value }));
            ((0..lines.len()).collect(), notes, potential)
        }
        TargetReading::Cumulative => {
            let mut sum = 0.0;
            for y in first.0..=last.0 {
                let r = data.get(Measure::Ict, Period::fy(y))?;
                before.push(sum);
                sum += r.value;
                points.push(bar(r, sum));
            }
            (vec![multi], vec![lines[multi].note()], None)
        }
    };
    let targets = data
        .records
        .iter()
        .filter(|r| matches!(r.measure, Measure::ExportTarget | Measure::ExportPotential));
    let detail = Detail {
        reading,
        lines,
        drawn,
        multi_year: multi,
        before,
        potential,
        notes,
    };
    Ok(ChartModel::new(
        data,
        ChartKind::Targets,
        points,
        takeaway,
        super::Detail::Targets(detail),
        targets,
    ))
}
