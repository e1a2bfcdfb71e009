//! The compared chart: the comparisons the articles made, as pairs of
//! horizontal bars, each with its computed growth, the rate quoted, and
//! whether the quote reproduces.
//!
//! The pairs are in different units and definitions, so they share no axis:
//! each pair is scaled to its own larger value, and both bars carry their
//! values in words.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::{Swatch, SIZE_LABEL};
use super::{Painter, Rect};
use crate::error::{Error, Result};
use crate::ids::{Label, Verdict};
use crate::model::compared::{row_height, Detail, Pair, BAR_H};
use crate::model::{ChartModel, Point};
use crate::words::Catalogue;
// Methods on a concrete `Catalogue` (every build but the full Urdu one, a `dyn Words`) need the trait.
#[cfg(not(all(feature = "ur", feature = "full")))]
use crate::words::Words;

pub fn draw<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    model: &ChartModel,
    detail: &Detail,
) -> Result<()> {
    let words = p.words;
    let pairs = &detail.pairs;
    // Each pair's base and current points.
    let points = |i: usize| (&model.points[2 * i], &model.points[2 * i + 1]);
    let t = p.theme;
    let w = p.width;
    let narrow = p.narrow();
    let legend = [
        (Swatch::Bar(t.earlier), words.label(Label::Earlier).to_string()),
        (Swatch::Bar(t.primary), words.label(Label::Later).to_string()),
    ];
    let mut y0 = p.legend(&legend, (8, 4), w - 16)? + 4;
    // Rows share the height they are given; below the tightest spacing the
    // verdicts would collide, so that is an error that says what is needed.
    let rows = pairs.len().max(1) as i32;
    let tightest = row_height(narrow) - 10;
    // The roomiest spacing grows with a taller script's lines, as the
    // chart's height does: a verdict that wraps to two lines of Nastaliq
    // (a quote that revises its base) keeps clear of the next row.
    let roomiest = (f64::from(row_height(narrow) + 24) * super::rows_scale(words.line_box()))
        .round() as i32;
    let step = ((p.height - y0 - 4) / rows).min(roomiest);
    if step < tightest {
        return Err(Error::invalid(
            "height",
            format!(
                "{} px is too small for the compared chart at {w} px wide; it needs at least {} px",
                p.height,
                y0 + 4 + rows * tightest
            ),
        ));
    }
    p.set_plot(Rect::new(8, y0, w - 8, p.height - 4));

    // Wide, the growth and verdict stand in a column beside the bars, from
    // the title's line down: at a third of 540 px, below the title, a
    // revised base's verdict wrapped to four lines (three of Nastaliq) and
    // ran on beside the next pair's title, where it read as that pair's.
    let verdict_w = if narrow { 0 } else { (w * 3 / 8).min(280) };
    // Period labels share one column, so bars start at the same x: the
    // full periods where they leave the bars a quarter of the width, else
    // the short ones (Urdu's full periods left bars of a few pixels).
    let size = SIZE_LABEL;
    let widest = |p: &Painter<DB>, level: u8| -> Result<i32> {
        let mut w = 0;
        for (i, pair) in pairs.iter().enumerate() {
            let (base, current) = points(i);
            for l in [
                base_label(words, pair, base, level),
                words.period_short(current.period, level),
            ] {
                w = w.max(p.measure(&l, size, false)?.0);
            }
        }
        Ok(w)
    };
    let mut level = if narrow { 1 } else { 0 };
    let mut label_w = widest(p, level)?;
    if level == 0 && w - 8 - verdict_w - (8 + label_w + 8) < w / 4 {
        level = 1;
        label_w = widest(p, level)?;
    }
    let bars_x0 = 8 + label_w + 8;
    let bars_x1 = w - 8 - verdict_w;

    for (i, pair) in pairs.iter().enumerate() {
        let (base, current) = points(i);
        let unit = pair.measure.unit();
        // The longest title that fits: full names, the short period (the
        // full name keeps the series' definition: "IT & ITeS (narrow)"),
        // then the short measure, then both short.
        let candidates = [
            (words.measure_name(pair.measure), 0),
            (words.measure_name(pair.measure), 1),
            (words.measure_short(pair.measure), 0),
            (words.measure_short(pair.measure), 1),
        ];
        // Wide, the title keeps clear of the growth beside it.
        let room = if narrow { w - 16 } else { bars_x1 - 16 };
        let mut title = String::new();
        for (measure, level) in candidates {
            title = words.point_head(measure, &words.period_short(current.period, level));
            if p.measure(&title, size + 1.0, true)?.0 <= room {
                break;
            }
        }
        p.text(
            &title,
            (8, y0),
            (HPos::Left, VPos::Top),
            size + 1.0,
            t.text,
            true,
        )?;
        // A taller script's bar labels reach above their bars.
        let lift = ((p.line_h(size) - BAR_H) / 2).max(0);
        let mut y = y0 + p.line_h(size + 1.0) + 7 + lift;
        let values = [
            (
                base_label(words, pair, base, level),
                base,
                t.earlier,
                pair.base_derived,
            ),
            (
                words.period_short(current.period, level),
                current,
                t.primary,
                false,
            ),
        ];
        let max = base.value.max(current.value);
        // A bar's row: the bar, or a taller script's label beside it.
        let pitch = BAR_H.max(p.line_h(size) - 2) + 6;
        let line = p.line_h(size).max(13) + 2;
        for (label, point, color, implied) in values {
            let value = point.value;
            p.text(
                &label,
                (8, y + BAR_H / 2),
                (HPos::Left, VPos::Center),
                size,
                t.muted,
                false,
            )?;
            // Whole millions, not $1.3bn: the articles' precision, comparable within the pair.
            let value_text = words.value_whole(value, unit);
            let (vw, _) = p.measure(&value_text, size, false)?;
            let len = ((f64::from(bars_x1 - bars_x0 - vw - 8)) * value / max).round() as i32;
            let rect = Rect::new(bars_x0, y, bars_x0 + len.max(2), y + BAR_H);
            p.rect(rect, color)?;
            if implied {
                p.outline(rect, t.text, 1)?;
            }
            p.text(
                &value_text,
                (rect.x1 + 6, y + BAR_H / 2),
                (HPos::Left, VPos::Center),
                size,
                t.text,
                false,
            )?;
            p.mark(point, rect);
            y += pitch;
        }
        let growth_text = words.pct(
            pair.check.computed_pct,
            usize::from(pair.check.quoted_decimals.max(1)),
        );
        let verdict = words.message(&pair.verdict());
        let verdict_color = match pair.check.verdict {
            Verdict::DoesNotReproduce => t.quoted,
            _ => t.muted,
        };
        // The growth is digits: its own box, not a tall script's line (in
        // Urdu that left a blank line's height under each pair's rate).
        if narrow {
            // Growth on its own line, the verdict in full below it.
            let below = p
                .text(
                    &growth_text,
                    (8, y + 2),
                    (HPos::Left, VPos::Top),
                    size + 2.0,
                    t.text,
                    true,
                )?
                .y1;
            let lines = p.wrap(&verdict, size, w - 16)?;
            for (k, text) in lines.iter().enumerate() {
                p.text(
                    text,
                    (8, below + 2 + k as i32 * line),
                    (HPos::Left, VPos::Top),
                    size,
                    verdict_color,
                    false,
                )?;
            }
        } else {
            let x = bars_x1 + 12;
            let below = p
                .text(
                    &growth_text,
                    (x, y0),
                    (HPos::Left, VPos::Top),
                    size + 4.0,
                    t.text,
                    true,
                )?
                .y1;
            let lines = p.wrap(&verdict, size, w - 8 - x)?;
            for (k, text) in lines.iter().enumerate() {
                p.text(
                    text,
                    (x, below + 6 + k as i32 * line),
                    (HPos::Left, VPos::Top),
                    size,
                    verdict_color,
                    false,
                )?;
            }
        }
        y0 += step;
    }
    Ok(())
}

fn base_label(words: &Catalogue, pair: &Pair, base: &Point, level: u8) -> String {
    let label = words.period_short(base.period, level);
    if pair.base_derived {
        format!("{label} {}", words.label(Label::DerivedBase))
    } else {
        label
    }
}
