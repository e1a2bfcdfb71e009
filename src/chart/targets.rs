//! Actual ICT remittances against the targets: the $5bn 2020-23 target under
//! the chosen reading, the FY2024-25 $4.2bn target, and the $10bn stated
//! potential, with the growth a year each would have needed.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::Swatch;
use super::scale::{frame, value_axis, x_labels};
use super::{Mark, Painter, Rect};
use crate::data::{Dataset, FiscalYear, Measure, Period, Record};
use crate::error::{Error, Result};
use crate::growth::{self, TargetReading};
use crate::text;

/// A target with its progress and the growth it needed, ready to draw.
pub struct TargetLine {
    pub record: Record,
    pub progress: growth::TargetProgress,
    /// The year before the target period: where the needed growth starts.
    pub base: Record,
    pub needed_pct: f64,
}

impl TargetLine {
    /// The sentence under the plot: reading, share reached, growth needed.
    pub fn note(&self) -> String {
        text::chart::target_note(
            self.record.value,
            self.record.period,
            self.progress.reading,
            self.progress.share_pct,
            self.needed_pct,
            self.base.period,
        )
    }
}

/// Every dated target in the dataset, read as `reading` where it spans years.
pub fn target_lines(data: &Dataset, reading: TargetReading) -> Result<Vec<TargetLine>> {
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
        let base = data.get(Measure::Ict, Period::fy(first.0 - 1))?.clone();
        let years = u32::from(last.0 - first.0 + 1);
        let needed_pct = growth::required_growth(base.value, r.value, years, reading)?;
        out.push(TargetLine {
            record: r.clone(),
            progress,
            base,
            needed_pct,
        });
    }
    out.sort_by_key(|l| l.progress.last);
    Ok(out)
}

/// The notes printed under the plot, one per target and one for the potential.
pub fn notes(data: &Dataset, reading: TargetReading) -> Result<Vec<String>> {
    let mut out: Vec<String> = target_lines(data, reading)?
        .iter()
        .map(TargetLine::note)
        .collect();
    if let (Some(potential), Some(last)) = (
        data.records
            .iter()
            .find(|r| r.measure == Measure::ExportPotential),
        data.annual(Measure::Ict).last(),
    ) {
        let first = data.annual(Measure::Ict)[0];
        let cagr = growth::cagr_between(first, last)?;
        // Years at the past decade's average rate: log(target/last)/log(1+g).
        let years = ((potential.value / last.value).ln() / (1.0 + cagr / 100.0).ln()).ceil();
        let Period::FiscalYear { fy } = last.period else {
            return Ok(out);
        };
        out.push(text::chart::potential_note(
            potential.value,
            cagr,
            FiscalYear(fy.0 + years as u16),
        ));
    }
    Ok(out)
}

pub fn draw<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    data: &Dataset,
    reading: TargetReading,
) -> Result<()> {
    let lines = target_lines(data, reading)?;
    let Some(five) = lines.iter().find(|l| l.progress.first != l.progress.last) else {
        return Err(Error::EmptySpan(
            "no multi-year target in the dataset".into(),
        ));
    };
    let t = p.theme;
    let size = p.tick_size();
    let (w, h) = (p.width, p.height);

    // Notes under the plot, wrapped to the width: they carry the numbers.
    let mut note_lines = Vec::new();
    let visible: Vec<String> = match reading {
        TargetReading::AnnualLevel => notes(data, reading)?,
        TargetReading::Cumulative => vec![five.note()],
    };
    for note in &visible {
        note_lines.extend(p.wrap(note, size, w - 16)?);
    }
    let notes_h = note_lines.len() as i32 * (size as i32 + 5) + 8;

    let mut legend = vec![
        (
            Swatch::Bar(t.primary),
            text::measure_name(Measure::Ict).to_string(),
        ),
        (
            Swatch::Line {
                color: t.target,
                dashed: true,
            },
            text::chart::TARGET.to_string(),
        ),
    ];
    if reading == TargetReading::Cumulative {
        legend.insert(
            1,
            (
                Swatch::Bar(t.earlier),
                text::chart::SUMMED_BEFORE.to_string(),
            ),
        );
    }
    let top = p.legend(&legend, (8, 4), w - 16)? + 12;
    let bottom = h - notes_h - size as i32 - 12;

    // Bars: annual actuals from the year before the first target, or the
    // running three-year sum under the cumulative reading.
    let bars: Vec<(Period, f64, f64)> = match reading {
        TargetReading::AnnualLevel => {
            let from = five.base.period;
            data.annual(Measure::Ict)
                .into_iter()
                .filter(|r| r.period.sort_key() >= from.sort_key())
                .map(|r| (r.period, r.value, 0.0))
                .collect()
        }
        TargetReading::Cumulative => {
            let mut sum = 0.0;
            (five.progress.first.0..=five.progress.last.0)
                .map(|y| {
                    let r = data.get(Measure::Ict, Period::fy(y))?;
                    let before = sum;
                    sum += r.value;
                    Ok((r.period, sum, before))
                })
                .collect::<Result<_>>()?
        }
    };
    let potential = data
        .records
        .iter()
        .find(|r| r.measure == Measure::ExportPotential);
    let mut max = bars
        .iter()
        .map(|b| b.1)
        .fold(0.0, f64::max)
        .max(five.record.value);
    if reading == TargetReading::AnnualLevel {
        for l in &lines {
            max = max.max(l.record.value);
        }
        if let Some(pot) = potential {
            max = max.max(pot.value);
        }
    }
    let (ticks, left) = value_axis(
        p,
        (0.0, max, true),
        bottom - top,
        (size as i32 + 8, 0),
        text::usd_axis,
    )?;
    let plot = Rect::new(left, top, w - 8, bottom);
    let (y, band) = frame(p, plot, &ticks, bars.len(), text::usd_axis)?;
    let bar_w = (band.step() * 0.56).clamp(4.0, 70.0) as i32;
    for (i, (period, value, before)) in bars.iter().enumerate() {
        let c = band.center(i);
        let rect = Rect::new(c - bar_w / 2, y.map(*value), c + bar_w / 2, y.map(0.0));
        p.rect(rect, t.primary)?;
        if *before > 0.0 {
            // The years already summed, in the lighter tint.
            p.rect(
                Rect::new(rect.x0, y.map(*before), rect.x1, y.map(0.0)),
                t.earlier,
            )?;
        }
        p.mark(Mark {
            series: text::measure_name(Measure::Ict).to_string(),
            measure: Measure::Ict,
            period: *period,
            value: *value,
            rect,
            derived: false,
        });
    }

    // Target lines, each over the bands it applies to, labelled above.
    let index = |period: Period| bars.iter().position(|b| b.0 == period);
    let mut taken: Vec<Rect> = Vec::new();
    let targets: Vec<&TargetLine> = match reading {
        TargetReading::AnnualLevel => lines.iter().collect(),
        TargetReading::Cumulative => vec![five],
    };
    for l in targets {
        let (x0, x1) = match reading {
            TargetReading::Cumulative => (plot.x0, plot.x1),
            TargetReading::AnnualLevel => {
                let Some(i) = index(Period::FiscalYear {
                    fy: l.progress.last,
                }) else {
                    continue;
                };
                (band.start(i) + 2, band.start(i + 1) - 2)
            }
        };
        let ty = y.map(l.record.value);
        p.dashed(&[(x0, ty), (x1, ty)], t.target, 3, 7.0, 4.0)?;
        // Value labels must not sit on the line.
        taken.push(Rect::new(x0, ty - 2, x1, ty + 2));
        let label = text::usd_compact(l.record.value);
        let (lw, lh) = p.measure(&label, size, true)?;
        // Right-aligned over the line; nudged left to stay inside the chart.
        let x = x1.min(w - 4);
        let rect = Painter::<DB>::text_box(x, ty - 3, (lw, lh), HPos::Right, VPos::Bottom);
        if !taken.iter().any(|r| r.overlaps(&rect)) {
            taken.push(p.text(
                &label,
                (x, ty - 3),
                (HPos::Right, VPos::Bottom),
                size,
                t.target,
                true,
            )?);
        }
    }
    if let (TargetReading::AnnualLevel, Some(pot)) = (reading, potential) {
        let py = y.map(pot.value);
        p.dashed(&[(plot.x0, py), (plot.x1, py)], t.muted, 1, 2.0, 3.0)?;
        let label = text::chart::potential_label(pot.value);
        p.text(
            &label,
            (plot.x0 + 4, py - 3),
            (HPos::Left, VPos::Bottom),
            size,
            t.muted,
            false,
        )?;
    }
    if reading == TargetReading::Cumulative {
        for (i, (_, value, _)) in bars.iter().enumerate() {
            let label = text::usd_compact(*value);
            let (lw, lh) = p.measure(&label, size, false)?;
            let at = (band.center(i), y.map(*value) - 4);
            let rect = Painter::<DB>::text_box(at.0, at.1, (lw, lh), HPos::Center, VPos::Bottom);
            if !taken.iter().any(|r| r.overlaps(&rect)) {
                taken.push(p.text(
                    &label,
                    at,
                    (HPos::Center, VPos::Bottom),
                    size,
                    t.text,
                    false,
                )?);
            } else {
                // Inside the bar's top instead, in the background colour,
                // which contrasts with the bar in both themes.
                let inside = (band.center(i), y.map(*value) + 4);
                taken.push(p.text(
                    &label,
                    inside,
                    (HPos::Center, VPos::Top),
                    size,
                    t.background,
                    true,
                )?);
            }
        }
    }
    let levels: Vec<Vec<String>> = (0..3)
        .map(|level| {
            bars.iter()
                .map(|b| text::period_short(b.0, level))
                .collect()
        })
        .collect();
    x_labels(p, &band, plot.y1 + 6, &levels)?;

    let mut ny = plot.y1 + size as i32 + 16;
    for line in &note_lines {
        p.text(line, (8, ny), (HPos::Left, VPos::Top), size, t.text, false)?;
        ny += size as i32 + 5;
    }
    Ok(())
}
