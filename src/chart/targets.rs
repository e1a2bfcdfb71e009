//! The targets chart: actual ICT remittances against the targets under the
//! chosen reading and the stated potential, with the notes that carry the
//! shares reached and the growth each needed.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::Swatch;
use super::scale::{frame, value_axis, x_labels};
use super::{Painter, Rect};
use crate::data::{FiscalYear, Measure, Period};
use crate::error::Result;
use crate::ids::{Label, Message, TargetReading};
use crate::model::targets::Detail;
use crate::model::ChartModel;
// Methods on a concrete `Catalogue` (every build but the full Urdu one, a `dyn Words`) need the trait.
#[cfg(not(all(feature = "ur", feature = "full")))]
use crate::words::Words;

pub fn draw<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    model: &ChartModel,
    detail: &Detail,
) -> Result<()> {
    let words = p.words;
    let reading = detail.reading;
    let lines = &detail.lines;
    let five = &lines[detail.multi_year];
    let drawn = detail.drawn.iter().map(|&i| &lines[i]);
    let t = p.theme;
    let size = p.tick_size();
    let (w, h) = (p.width, p.height);

    // Notes under the plot, wrapped to the width: they carry the numbers.
    let mut note_lines = Vec::new();
    for note in &detail.notes {
        note_lines.extend(p.wrap(&words.message(note), size, w - 16)?);
    }
    let notes_h = note_lines.len() as i32 * (p.line_h(size) + 5) + 8;

    let mut legend = vec![
        (
            Swatch::Bar(t.primary),
            words.measure_name(Measure::Ict).to_string(),
        ),
        (
            Swatch::Line {
                color: t.target,
                dashed: true,
            },
            words.label(Label::Target).to_string(),
        ),
    ];
    if reading == TargetReading::Cumulative {
        legend.insert(
            1,
            (
                Swatch::Bar(t.earlier),
                words.label(Label::SummedBefore).to_string(),
            ),
        );
    }
    if let Some(i) = detail.running {
        let period = model.points[i].period;
        legend.insert(
            1,
            (
                Swatch::Hollow(t.primary),
                words.message(&Message::YearToDateLabel { period }),
            ),
        );
    }
    let top = p.legend(&legend, (8, 4), w - 16)? + 12 + p.overhang(p.tick_size());
    let bottom = h - notes_h - p.line_h(size) - 12;

    let bars = &model.points;
    let mut max = bars
        .iter()
        .map(|b| b.value)
        .fold(0.0, f64::max)
        .max(five.value);
    for l in drawn.clone() {
        max = max.max(l.value);
    }
    if let Some((pot, _)) = detail.potential {
        max = max.max(pot);
    }
    let usd_axis = |v, step| words.usd_axis(v, step);
    let (axis, left) = value_axis(
        p,
        (0.0, max, true),
        bottom - top,
        (p.line_h(size) + 8, 0),
        &usd_axis,
    )?;
    let plot = Rect::new(left, top, w - 8, bottom);
    let (y, band) = frame(p, plot, &axis, detail.years.len(), &usd_axis)?;
    let bar_w = (band.step() * 0.56).clamp(4.0, 70.0) as i32;
    for (i, (bar, &before)) in bars.iter().zip(&detail.before).enumerate() {
        let c = band.center(detail.slots.get(i).copied().unwrap_or(i));
        let rect = Rect::new(c - bar_w / 2, y.map(bar.value), c + bar_w / 2, y.map(0.0));
        if detail.running == Some(i) {
            // Months so far, not a year: hollow, as in the annual chart.
            p.rect(rect, t.background)?;
            p.outline(rect, t.primary, 2)?;
        } else {
            p.rect(rect, t.primary)?;
        }
        if before > 0.0 {
            // The years already summed, in the lighter tint.
            p.rect(
                Rect::new(rect.x0, y.map(before), rect.x1, y.map(0.0)),
                t.earlier,
            )?;
        }
        p.mark(bar, rect);
    }

    // Target lines, each over the bands it applies to, labelled above.
    let index = |fy: FiscalYear| detail.years.iter().position(|&y| y == fy);
    // Labels keep off each other and off the bars.
    let mut taken: Vec<Rect> = p.mark_rects();
    // Every line first, then the labels: a label placed before a later
    // line was drawn could sit on it (Urdu at 330 px: FY2024-25's label
    // over FY2025-26's line, which then had no room for its own).
    let mut dashes = Vec::new();
    for l in drawn {
        let (x0, x1) = match reading {
            TargetReading::Cumulative => (plot.x0, plot.x1),
            TargetReading::AnnualLevel => {
                let Some(i) = index(l.last) else {
                    continue;
                };
                (band.start(i) + 2, band.start(i + 1) - 2)
            }
        };
        let ty = y.map(l.value);
        p.dashed(&[(x0, ty), (x1, ty)], t.target, 3, 7.0, 4.0)?;
        // Value labels must not sit on a line.
        taken.push(Rect::new(x0, ty - 2, x1, ty + 2));
        dashes.push((x0, x1, ty, l.value));
    }
    for (k, &(x0, x1, ty, value)) in dashes.iter().enumerate() {
        // Its value in full ("4.2 ارب ڈالر"), else as the axis writes it
        // ("4.2 ارب"), which fits where the full one reaches another line.
        for label in [words.usd_compact(value), words.usd_axis(value, 10.0)] {
            let dims = p.measure(&label, size, true)?;
            // Right-aligned over the line (nudged left to stay inside the
            // chart); where another label or a bar is there, under it, then
            // left-aligned over and under it, centred, beside it, and last a
            // label's height higher: on a phone's narrow bands the first place
            // is often taken (Urdu's labels are tall: at 344 px, FY2024-25's
            // line sits between its bar and FY2025-26's line, closer than a
            // label's height), and a target without its value left the reader
            // to the notes.
            let right = x1.min(w - 4);
            let mid = (x0 + x1) / 2;
            let higher = ty - 3 - dims.1;
            let places = [
                (right, ty - 3, HPos::Right, VPos::Bottom),
                (right, ty + 3, HPos::Right, VPos::Top),
                (x0, ty - 3, HPos::Left, VPos::Bottom),
                (x0, ty + 3, HPos::Left, VPos::Top),
                (mid, ty - 3, HPos::Center, VPos::Bottom),
                (mid, ty + 3, HPos::Center, VPos::Top),
                (x1 + 4, ty, HPos::Left, VPos::Center),
                (x0 - 4, ty, HPos::Right, VPos::Center),
                (right, higher, HPos::Right, VPos::Bottom),
                (x0, higher, HPos::Left, VPos::Bottom),
            ];
            let free = places.into_iter().find(|&(x, y, h, v)| {
                let rect = Painter::<DB>::text_box(x, y, dims, h, v);
                // Nor over or under another target's line, nearer to it
                // than a label's height: read as that line's value (Urdu at
                // 320 px put FY2024-25's "4.2" just over FY2025-26's $5bn
                // line, whose own label went beside the running year's bar).
                let near_other = |(j, &(a0, a1, ay, _)): (usize, &(i32, i32, i32, f64))| {
                    j != k && Rect::new(a0, ay - dims.1 - 3, a1, ay + dims.1 + 3).overlaps(&rect)
                };
                plot.contains(&rect)
                    && !taken.iter().any(|r| r.overlaps(&rect))
                    && !dashes.iter().enumerate().any(near_other)
            });
            if let Some((x, y, h, v)) = free {
                taken.push(p.text(&label, (x, y), (h, v), size, t.target, true)?);
                break;
            }
        }
    }
    if let Some((pot, label)) = &detail.potential {
        let pot = *pot;
        let py = y.map(pot);
        p.dashed(&[(plot.x0, py), (plot.x1, py)], t.muted, 1, 2.0, 3.0)?;
        let label = words.message(label);
        // Above the line, or below it where a target's label sits there.
        let dims = p.measure(&label, size, false)?;
        let above = Painter::<DB>::text_box(plot.x0 + 4, py - 3, dims, HPos::Left, VPos::Bottom);
        let (at, vpos) = if taken.iter().any(|r| r.overlaps(&above)) {
            (py + 3, VPos::Top)
        } else {
            (py - 3, VPos::Bottom)
        };
        taken.push(p.text(
            &label,
            (plot.x0 + 4, at),
            (HPos::Left, vpos),
            size,
            t.muted,
            false,
        )?);
    }
    if reading == TargetReading::Cumulative {
        for (i, bar) in bars.iter().enumerate() {
            let i = detail.slots.get(i).copied().unwrap_or(i);
            let label = words.usd_compact(bar.value);
            let dims = p.measure(&label, size, false)?;
            let (c, top) = (band.center(i), y.map(bar.value));
            let free = |r: Rect| !taken.iter().any(|t| t.overlaps(&r));
            // Over the bar where nothing else is; else inside its top, in
            // the background colour, which contrasts with the bar in both
            // themes, if it fits (Urdu's "4.73 ارب ڈالر" at 320 px ran off
            // both sides of its bar, white on white); else beside its top,
            // in the text colour, where nothing else is (on a chip inside
            // the bar, it cut the bar's top off, which then read lower than
            // its value). On the earlier side: a running total grows, so
            // the bar there is the shorter one.
            let text_box = |(x, y), h, v| Painter::<DB>::text_box(x, y, dims, h, v);
            let beside = (c - bar_w / 2 - 4, top);
            let place = if free(text_box((c, top - 4), HPos::Center, VPos::Bottom)) {
                Some(((c, top - 4), HPos::Center, VPos::Bottom, t.text, false))
            } else if p.measure(&label, size, true)?.0 + 4 <= bar_w {
                Some(((c, top + 4), HPos::Center, VPos::Top, t.background, true))
            } else {
                let rect = text_box(beside, HPos::Right, VPos::Top);
                (plot.contains(&rect) && free(rect))
                    .then_some((beside, HPos::Right, VPos::Top, t.text, false))
            };
            if let Some((at, h, v, colour, bold)) = place {
                taken.push(p.text(&label, at, (h, v), size, colour, bold)?);
            }
        }
    }

    let levels: Vec<Vec<String>> = (0..3)
        .map(|level| {
            detail
                .years
                .iter()
                .map(|&fy| words.period_short(Period::FiscalYear { fy }, level))
                .collect()
        })
        .collect();
    x_labels(p, &band, plot.y1 + 6, &levels, None)?;

    let mut ny = plot.y1 + p.line_h(size) + 16;
    for line in &note_lines {
        p.text(line, (8, ny), (HPos::Left, VPos::Top), size, t.text, false)?;
        ny += p.line_h(size) + 5;
    }
    Ok(())
}
