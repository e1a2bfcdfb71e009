//! The targets chart's figures: actual ICT remittances against the $5bn
//! 2020-23 target under the chosen reading, each later year's target (the
//! running year's with its progress so far and the pace the rest of the
//! year needs), the stated potential, and the growth a year each needed.

use super::{is_narrow, months_behind, ChartModel, Height, Options, Point};
use crate::data::{sort_by_key, Dataset, FiscalYear, Measure, Period, Record};
use crate::error::{Error, Result};
use crate::growth::{self, TargetProgress, YearToDate};
use crate::ids::{ChartKind, Choice, Control, Message, OptionId, SeriesId, TargetReading};

pub const CONTROLS: &[Control] = &[Control {
    option: OptionId::TargetReading,
    choices: &[
        Choice::TargetReading(TargetReading::AnnualLevel),
        Choice::TargetReading(TargetReading::Cumulative),
    ],
}];

pub fn min_height(_model: &ChartModel, width: u32) -> u32 {
    // MIN_RULE in other terms: at most 80 px under the preferred height,
    // which the wasm has anyway, and no less than each band's floor (6
    // bytes of gzip fewer than its own clamp; tests/prepared.rs holds the
    // two equal at every width).
    (preferred_height(width) - 80).max(super::by_band(width, [489, 420, 429]))
}

pub fn min_rule(_model: &ChartModel) -> Height {
    MIN_RULE
}

/// Its notes sit inside the canvas, under the plot, so it needs most of
/// its own height: the plot's rule, held at 399 px or more, and room for
/// the notes as they wrap in the band, down to 255 px wide. Measured as
/// [`super::axis_least`] says: drawn shorter, between 520 and 610 px wide
/// and under 320, the chart grew at its first draw by up to 59 px. Less 90
/// px on a phone since the notes leave out the takeaway's sentences: its
/// drawing with a plot of `MIN_PLOT` then needs 371 px at most (English),
/// 770 px in Urdu, under the 489 and 873 px this gives.
const MIN_RULE: Height = Height(0.62, 399, 480, [90, 21, 30]);

pub fn preferred_height(width: u32) -> u32 {
    PREFERRED_HEIGHT.scaled(width) + notes_room(width)
}

/// The plot's height by the width, and under it [`notes_room`].
pub const PREFERRED_HEIGHT: Height = Height(0.62, 340, 480, [NOTES_NARROW, NOTES_NARROW, NOTES]);

/// Room for the notes under the plot: about seven lines of English at
/// phone width (the four notes the takeaway leaves out take six to eight).
/// A script with taller lines needs more (`crate::chart` adds it).
pub fn notes_room(width: u32) -> u32 {
    if is_narrow(width as i32) {
        NOTES_NARROW
    } else {
        NOTES
    }
}

const NOTES: u32 = 110;
const NOTES_NARROW: u32 = 160;

/// A running year's target: where the months so far stand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Running {
    pub so_far: (Period, f64),
    pub share_pct: f64,
    /// The average a month the rest of the year needs, US$ million.
    pub pace_needed: f64,
    /// The average a month so far.
    pub pace_so_far: f64,
}

/// A target with its progress and the growth it needed.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetLine {
    /// The target, US$ million.
    pub value: f64,
    pub period: Period,
    /// The fiscal years it covers.
    pub first: FiscalYear,
    pub last: FiscalYear,
    pub reading: TargetReading,
    /// Where the figures stand, once its last year is complete.
    pub progress: Option<TargetProgress>,
    /// Growth a year it needs, in percent, from `base`, the last whole
    /// year before it.
    pub needed_pct: f64,
    pub base: (Period, f64),
    /// The running year's progress, where the target is for that year.
    pub running: Option<Running>,
    /// Other values officials gave for the same period: not drawn, named.
    pub others: Vec<f64>,
    /// Announced beside a narrow IT & ITeS figure (same source, the year
    /// before): that figure and the growth a year needed from it.
    pub narrow: Option<((Period, f64), f64)>,
}

impl TargetLine {
    /// The sentences on it: where it stands or what it needs, and the
    /// definition it was announced with where that is not ICT.
    pub fn notes(&self) -> Vec<Message> {
        let mut out = vec![match (&self.running, &self.progress) {
            (Some(r), _) => Message::RunningTargetNote {
                target: self.value,
                so_far: r.so_far,
                share_pct: r.share_pct,
                pace_needed: r.pace_needed,
                pace_so_far: r.pace_so_far,
                others: self.others.clone(),
            },
            (None, Some(p)) => Message::TargetNote {
                target: self.value,
                period: self.period,
                reading: self.reading,
                share_pct: p.share_pct,
                needed_pct: self.needed_pct,
                base: self.base.0,
            },
            (None, None) => Message::FutureTargetNote {
                target: self.value,
                fy: self.last,
                needed_pct: self.needed_pct,
                base: self.base,
            },
        }];
        if let Some((narrow_base, needed_pct)) = self.narrow {
            out.push(Message::TargetDefinition {
                target: self.value,
                narrow_base,
                needed_pct,
            });
        }
        out
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
    /// The fiscal years on the axis, one band each; a year still to come
    /// has a band for its target and no bar.
    pub years: Vec<FiscalYear>,
    /// Per bar (index into [`ChartModel::points`]): its band in `years`.
    pub slots: Vec<usize>,
    /// Per bar: the years already summed before it under the cumulative
    /// reading, else 0.
    pub before: Vec<f64>,
    /// The bar of the running year's months so far, drawn hollow.
    pub running: Option<usize>,
    /// The stated potential's value and label, drawn under the annual reading.
    pub potential: Option<(f64, Message)>,
    /// The notes printed under the plot: those the takeaway above it
    /// does not say.
    pub notes: Vec<Message>,
}

#[cfg(feature = "full")]
impl Detail {
    /// Whether the chart draws a record of `measure` at `period` as a line
    /// rather than a point: a target it draws, or the stated potential.
    pub fn draws_line(&self, measure: Measure, period: Period) -> bool {
        match measure {
            Measure::ExportTarget => self.drawn.iter().any(|&i| self.lines[i].period == period),
            Measure::ExportPotential => self.potential.is_some(),
            _ => false,
        }
    }
}

fn fy_of(r: &Record) -> FiscalYear {
    r.period.fiscal_year().unwrap_or(FiscalYear(0))
}

/// Every dated target in the dataset, read as `reading` where it spans
/// years, latest last. A second figure for the same period (the $5.2bn
/// told to a Senate committee beside the ministry's $5bn) is named on the
/// first one's line, which is the one drawn.
fn target_lines(
    data: &Dataset,
    reading: TargetReading,
    ytd: Option<&YearToDate>,
) -> Result<Vec<TargetLine>> {
    let years = growth::whole_years(data, Measure::Ict);
    let mut out: Vec<TargetLine> = Vec::new();
    for r in data
        .records
        .iter()
        .filter(|r| r.measure == Measure::ExportTarget)
    {
        let (first, last) = match r.period {
            Period::FiscalYear { fy } => (fy, fy),
            Period::FiscalYears { first, last } if first <= last => (first, last),
            _ => continue,
        };
        if let Some(line) = out.iter_mut().find(|l| l.period == r.period) {
            line.others.push(r.value);
            continue;
        }
        let reading = if first == last {
            TargetReading::AnnualLevel
        } else {
            reading
        };
        let base = years
            .iter()
            .rev()
            .find(|y| fy_of(y) < first)
            .ok_or_else(|| crate::data::missing(Measure::Ict, Period::fy(first.0.saturating_sub(1))))?;
        let base_fy = fy_of(base);
        let needed = |from: f64| {
            growth::required_growth(from, r.value, u32::from(last.0 - base_fy.0), reading)
        };
        let running = ytd.filter(|y| first == last && y.fy() == last).map(|y| {
            let months = y.months();
            Running {
                so_far: (y.current.period, y.current.value),
                share_pct: y.current.value / r.value * 100.0,
                pace_needed: growth::monthly_pace_needed(r.value, y.current.value, months)
                    .unwrap_or(0.0),
                pace_so_far: y.current.value / f64::from(months.max(1)),
            }
        });
        // Same source, the year before: the figure it was announced beside.
        let narrow = data.records.iter().find(|n| {
            n.measure == Measure::ItItes && n.source == r.source && n.period == base.period
        });
        let narrow = match narrow {
            Some(n) => Some(((n.period, n.value), needed(n.value)?)),
            None => None,
        };
        out.push(TargetLine {
            value: r.value,
            period: r.period,
            first,
            last,
            reading,
            progress: growth::target_progress(data, r, Measure::Ict, reading).ok(),
            needed_pct: needed(base.value)?,
            base: (base.period, base.value),
            running,
            others: Vec::new(),
            narrow,
        });
    }
    // Latest last; the one sort takes indices (it needs `Copy` items).
    let mut order: Vec<usize> = (0..out.len()).collect();
    sort_by_key(&mut order, &|i| {
        [out[i].last.0.into(), out[i].first.0.into(), i as i64]
    });
    // Moved out in that order, not cloned: no `TargetLine` clone in the wasm.
    let mut out: Vec<Option<TargetLine>> = out.into_iter().map(Some).collect();
    Ok(order.into_iter().filter_map(|i| out[i].take()).collect())
}

/// When the stated potential would be reached at the past decade's average
/// rate, and the years that average spans.
fn potential_note(data: &Dataset, value: f64) -> Result<Option<(Message, (Period, Period))>> {
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
    Ok(Some((
        Message::PotentialNote {
            value,
            cagr_pct: cagr,
            reached: FiscalYear(fy.0 + years as u16),
        },
        (last.period, first.period),
    )))
}

/// `a == b` for `a` a note of [`TargetLine::notes`]: field by field for
/// the variants it makes, and a different variant is never equal, as with
/// the derived `==`, which would put all of `Message`'s (1.8 KB) in the wasm.
fn same_note(a: &Message, b: &Message) -> bool {
    use Message::{FutureTargetNote, RunningTargetNote, TargetDefinition, TargetNote};
    match (a, b) {
        (
            RunningTargetNote {
                target,
                so_far,
                share_pct,
                pace_needed,
                pace_so_far,
                others,
            },
            RunningTargetNote {
                target: target_b,
                so_far: so_far_b,
                share_pct: share_pct_b,
                pace_needed: pace_needed_b,
                pace_so_far: pace_so_far_b,
                others: others_b,
            },
        ) => {
            target == target_b
                && so_far == so_far_b
                && share_pct == share_pct_b
                && pace_needed == pace_needed_b
                && pace_so_far == pace_so_far_b
                && others == others_b
        }
        (
            TargetNote {
                target,
                period,
                reading,
                share_pct,
                needed_pct,
                base,
            },
            TargetNote {
                target: target_b,
                period: period_b,
                reading: reading_b,
                share_pct: share_pct_b,
                needed_pct: needed_pct_b,
                base: base_b,
            },
        ) => {
            target == target_b
                && period == period_b
                && reading == reading_b
                && share_pct == share_pct_b
                && needed_pct == needed_pct_b
                && base == base_b
        }
        (
            FutureTargetNote {
                target,
                fy,
                needed_pct,
                base,
            },
            FutureTargetNote {
                target: target_b,
                fy: fy_b,
                needed_pct: needed_pct_b,
                base: base_b,
            },
        ) => target == target_b && fy == fy_b && needed_pct == needed_pct_b && base == base_b,
        (
            TargetDefinition {
                target,
                narrow_base,
                needed_pct,
            },
            TargetDefinition {
                target: target_b,
                narrow_base: narrow_base_b,
                needed_pct: needed_pct_b,
            },
        ) => target == target_b && narrow_base == narrow_base_b && needed_pct == needed_pct_b,
        _ => false,
    }
}

/// Two periods whose growth a note compares, as in [`ChartModel::compares`].
type Compare = (Period, Period);

/// The annual reading's notes: every target's, then the potential's (with
/// the two years its rate compares), then the undated targets'.
fn annual_notes(
    data: &Dataset,
    lines: &[TargetLine],
    potential: Option<&Record>,
) -> Result<(Vec<Message>, Option<Compare>)> {
    let mut notes: Vec<Message> = lines.iter().flat_map(TargetLine::notes).collect();
    let mut compares = None;
    if let Some(p) = potential {
        if let Some((note, pair)) = potential_note(data, p.value)? {
            notes.push(note);
            compares = Some(pair);
        }
    }
    let undated: Vec<f64> = data
        .records
        .iter()
        .filter(|r| r.measure == Measure::ExportTarget && r.period == Period::Open)
        .map(|r| r.value)
        .collect();
    if !undated.is_empty() {
        notes.push(Message::UndatedTargets { values: undated });
    }
    Ok((notes, compares))
}

pub fn build(data: &Dataset, options: &Options) -> Result<ChartModel> {
    let reading = options.target_reading;
    let ytd = growth::running_year(data, Measure::Ict);
    let lines = target_lines(data, reading, ytd.as_ref())?;
    // The takeaway is the headline a desk would write, not every note: the
    // running year against its target (the news), then the first multi-year
    // target as the reader's chosen reading takes it. The other targets and
    // the potential are the chart's notes, under the plot and in the
    // description. Read as a sum, the chart draws the multi-year target
    // alone, so its takeaway speaks of nothing else.
    let mut headline: Vec<Message> = Vec::new();
    if reading == TargetReading::AnnualLevel {
        // Once the running year is over, its result is the news: the
        // target of the latest whole year, where there is one (with the
        // year complete, the takeaway spoke only of 2020-23 and left
        // "$5bn in FY2025-26: 90.8% reached" to the notes).
        let latest = growth::whole_years(data, Measure::Ict)
            .last()
            .and_then(|r| r.period.fiscal_year());
        let news = lines.iter().find(|l| l.running.is_some()).or_else(|| {
            lines
                .iter()
                .find(|l| l.first == l.last && l.progress.is_some() && Some(l.last) == latest)
        });
        if let Some(l) = news {
            headline.extend(l.notes().into_iter().take(1));
        }
    }
    // With its definition caveat: a target announced beside the narrow
    // series says so wherever it is measured against ICT.
    if let Some(l) = lines.iter().find(|l| l.first != l.last) {
        headline.extend(l.notes());
    }
    let Some(multi) = lines.iter().position(|l| l.first != l.last) else {
        return Err(Error::EmptySpan(
            "no multi-year target in the dataset".into(),
        ));
    };
    let (first, last) = (lines[multi].first, lines[multi].last);
    // The growth each target needs compares two whole years.
    let mut compares: Vec<(Period, Period)> = lines
        .iter()
        .map(|l| (Period::FiscalYear { fy: l.last }, l.base.0))
        .collect();
    let mut points = Vec::new();
    let mut before = Vec::new();
    let mut slots = Vec::new();
    let mut running = None;
    let mut behind = Vec::new();
    let bar = |r: &Record, value: f64| Point {
        series: SeriesId::Measure(Measure::Ict),
        measure: Measure::Ict,
        period: r.period,
        value,
        derived: r.is_derived(),
    };
    // The notes twice, as `detail.notes` and as the description's summary,
    // built twice rather than cloned: no `Message` clone in the wasm. Both
    // leave out what the headline says (below).
    let (years, drawn, notes, summary, potential) = match reading {
        TargetReading::AnnualLevel => {
            // Bars from the year before the multi-year target, then the
            // running year's months so far; bands on to the last target.
            let from = FiscalYear(first.0.saturating_sub(1));
            for r in growth::whole_years(data, Measure::Ict) {
                let fy = fy_of(&r);
                if fy >= from {
                    if r.is_derived() {
                        behind.push(fy);
                    }
                    points.push(bar(&r, r.value));
                    slots.push(usize::from(fy.0 - from.0));
                    before.push(0.0);
                }
            }
            if let Some(y) = ytd.as_ref().filter(|y| y.fy() >= from) {
                behind.push(y.fy());
                points.push(bar(&y.current, y.current.value));
                slots.push(usize::from(y.fy().0 - from.0));
                before.push(0.0);
                running = Some(points.len() - 1);
            }
            let end = slots
                .iter()
                .map(|&s| from.0 + s as u16)
                .chain(lines.iter().map(|l| l.last.0))
                .max()
                .unwrap_or(from.0);
            let years = (from.0..=end).map(FiscalYear).collect();
            let potential = data
                .records
                .iter()
                .find(|r| r.measure == Measure::ExportPotential);
            let (notes, pair) = annual_notes(data, &lines, potential)?;
            compares.extend(pair);
            let summary = annual_notes(data, &lines, potential)?.0;
            let potential = potential.map(|p| (p.value, Message::PotentialLabel { value: p.value }));
            (years, (0..lines.len()).collect(), notes, summary, potential)
        }
        TargetReading::Cumulative => {
            let mut sum = 0.0;
            for y in first.0..=last.0 {
                let r = growth::year_total(data, Measure::Ict, FiscalYear(y))
                    .ok_or_else(|| crate::data::missing(Measure::Ict, Period::fy(y)))?;
                before.push(sum);
                sum += r.value;
                slots.push(points.len());
                points.push(bar(&r, sum));
            }
            let years = (first.0..=last.0).map(FiscalYear).collect();
            let (notes, summary) = (lines[multi].notes(), lines[multi].notes());
            (years, vec![multi], notes, summary, None)
        }
    };
    // The source line names what this view shows: read as an annual level,
    // every target and the potential (drawn, or named in the notes); read
    // as a sum, the multi-year target alone.
    let targets = data.records.iter().filter(|r| match r.measure {
        Measure::ExportTarget => {
            reading == TargetReading::AnnualLevel
                || drawn.iter().any(|&i| lines[i].period == r.period)
        }
        Measure::ExportPotential => potential.is_some(),
        _ => false,
    });
    let cited: Vec<&Record> = targets.chain(months_behind(data, &behind)).collect();
    // The takeaway stands above the plot (the element, the story page, the
    // download's header), so the notes under it say only the rest: at
    // 360 px the headline's three sentences were written twice, eight
    // lines apart. The description reads the takeaway, then the same rest.
    let unsaid = |notes: Vec<Message>| -> Vec<Message> {
        notes
            .into_iter()
            .filter(|m| !headline.iter().any(|h| same_note(h, m)))
            .collect()
    };
    let detail = Detail {
        reading,
        lines,
        drawn,
        multi_year: multi,
        years,
        slots,
        before,
        running,
        potential,
        notes: unsaid(notes),
    };
    let summary = unsaid(summary);
    let mut model = ChartModel::new(
        data,
        ChartKind::Targets,
        points,
        Message::Sentences(headline),
        super::Detail::Targets(detail),
        cited,
    );
    model.summary = summary;
    model.compares = compares;
    Ok(model)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `same_note` is the derived `==` for every headline candidate (a
    /// note of a line) against every note the built-in data makes, under
    /// both readings.
    #[test]
    fn same_note_is_derived_eq() {
        let data = crate::data::builtin();
        let ytd = growth::running_year(&data, Measure::Ict);
        for reading in [TargetReading::AnnualLevel, TargetReading::Cumulative] {
            let lines = target_lines(&data, reading, ytd.as_ref()).unwrap();
            let potential = data
                .records
                .iter()
                .find(|r| r.measure == Measure::ExportPotential);
            let all = annual_notes(&data, &lines, potential).unwrap().0;
            let headline: Vec<Message> = lines.iter().flat_map(TargetLine::notes).collect();
            assert!(all.len() > headline.len() && headline.len() > 2);
            for a in &headline {
                for b in &all {
                    assert_eq!(same_note(a, b), a == b, "{a:?} vs {b:?}");
                }
            }
        }
    }
}
