//! The targets chart's figures: actual ICT remittances against the $5bn
//! 2020-23 target under the chosen reading, the FY2024-25 $4.2bn target and
//! the $10bn stated potential, with the growth a year each needed.

use super::{is_narrow, ChartModel, Options, Point};
use crate::data::{Dataset, FiscalYear, Measure, Period};
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

pub fn preferred_height(width: u32) -> u32 {
    let extra = if is_narrow(width as i32) { 70 } else { 40 };
    (f64::from(width) * 0.62).clamp(340.0, 480.0) as u32 + extra
}

/// A target with its progress and the growth it needed.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetLine {
    /// The target, US$ million.
    pub value: f64,
    pub progress: TargetProgress,
    /// Reading, share reached, growth needed.
    pub note: Message,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub reading: TargetReading,
    /// The targets drawn: every dated one under the annual reading, the
    /// multi-year one alone under the cumulative reading.
    pub lines: Vec<TargetLine>,
    /// The multi-year target's line, in `lines`.
    pub multi_year: usize,
    /// Per bar (index into [`ChartModel::points`]): the years already summed
    /// before it under the cumulative reading, else 0.
    pub before: Vec<f64>,
    /// The stated potential, drawn under the annual reading.
    pub potential: Option<Message>,
    pub potential_value: Option<f64>,
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
        let needed_pct = growth::required_growth(base.value, r.value, years, reading)?;
        out.push(TargetLine {
            value: r.value,
            note: Message::TargetNote {
                target: r.value,
                period: r.period,
                reading: progress.reading,
                share_pct: progress.share_pct,
                needed_pct,
                base: base.period,
            },
            progress,
        });
    }
    out.sort_by_key(|l| l.progress.last);
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
    let all = target_lines(data, reading)?;
    let takeaway = Message::Sentences(all.iter().map(|l| l.note.clone()).collect());
    let Some(multi) = all.iter().position(|l| l.progress.first != l.progress.last) else {
        return Err(Error::EmptySpan(
            "no multi-year target in the dataset".into(),
        ));
    };
    let potential = data
        .records
        .iter()
        .find(|r| r.measure == Measure::ExportPotential);
    let first = all[multi].progress.first;
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
    let (lines, multi_year, notes, potential_label) = match reading {
        TargetReading::AnnualLevel => {
            let from = Period::fy(first.0.saturating_sub(1)).sort_key();
            for r in data.annual(Measure::Ict) {
                if r.period.sort_key() >= from {
                    points.push(bar(r, r.value));
                    before.push(0.0);
                }
            }
            let note = match potential {
                Some(p) => potential_note(data, p.value)?,
                None => None,
            };
            let mut notes: Vec<Message> = all.iter().map(|l| l.note.clone()).collect();
            notes.extend(note.clone());
            let label = potential.map(|p| Message::PotentialLabel { value: p.value });
            (all.clone(), multi, notes, label)
        }
        TargetReading::Cumulative => {
            let mut sum = 0.0;
            for y in first.0..=all[multi].progress.last.0 {
                let r = data.get(Measure::Ict, Period::fy(y))?;
                before.push(sum);
                sum += r.value;
                points.push(bar(r, sum));
            }
            let line = all[multi].clone();
            let notes = vec![line.note.clone()];
            (vec![line], 0, notes, None)
        }
    };
    let targets = data
        .records
        .iter()
        .filter(|r| matches!(r.measure, Measure::ExportTarget | Measure::ExportPotential));
    let detail = Detail {
        reading,
        lines,
        multi_year,
        before,
        potential_value: potential_label.as_ref().and(potential).map(|p| p.value),
        potential: potential_label,
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
