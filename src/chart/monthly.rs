//! The monthly chart: two fiscal years month by month, or as
//! fiscal-year-to-date running totals; derived months are drawn hollow.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::{Shape, Swatch};
use super::scale::{frame, value_axis, widest, x_labels};
use super::{Painter, Rect};
use crate::data::sort_by_key;
use crate::error::Result;
use crate::ids::{Label, SeriesId};
use crate::model::monthly::Detail;
use crate::model::{ChartModel, Point};
// Methods on a concrete `Catalogue` (every build but the full Urdu one, a `dyn Words`) need the trait.
#[cfg(not(all(feature = "ur", feature = "full")))]
use crate::words::Words;

pub fn draw<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    model: &ChartModel,
    detail: &Detail,
) -> Result<()> {
    let words = p.words;
    let t = p.theme;
    let cumulative = detail.cumulative;
    let styles = [
        (t.secondary, Shape::Square, true),
        (t.primary, Shape::Circle, false),
    ];
    // (fiscal month index, point) per year.
    let series: Vec<Vec<(u8, &Point)>> = detail
        .lines
        .iter()
        .map(|line| {
            line.months
                .iter()
                .map(|&(i, point)| (i, &model.points[point]))
                .collect()
        })
        .collect();

    let size = p.tick_size();
    let (w, h) = (p.width, p.height);
    let mut legend: Vec<(Swatch, String)> = detail
        .lines
        .iter()
        .zip(styles)
        .map(|(line, (color, shape, _))| {
            (
                Swatch::Marker {
                    shape,
                    color,
                    hollow: false,
                },
                words.series(SeriesId::Year(line.fy)),
            )
        })
        .collect();
    // The hollow marker's key only where a month is drawn hollow.
    if series.iter().flatten().any(|(_, pt)| pt.derived) {
        legend.push((
            Swatch::Marker {
                shape: Shape::Circle,
                color: t.muted,
                hollow: true,
            },
            words.label(Label::DerivedMonth).to_string(),
        ));
    }
    let top = p.legend(&legend, (8, 4), w - 16)? + 12 + p.overhang(p.tick_size());
    let bottom = h - p.line_h(size) - 10;
    let max = series.iter().flatten().map(|s| s.1.value).fold(0.0, f64::max);
    let min = series
        .iter()
        .flatten()
        .map(|s| s.1.value)
        .fold(f64::INFINITY, f64::min);
    let usd_axis = |v, step| words.usd_axis(v, step);
    // Running totals start from zero; monthly values are compared by shape.
    let (axis, left) = value_axis(
        p,
        (min, max, cumulative),
        bottom - top,
        (8, 8),
        &usd_axis,
    )?;
    let end_labels: Vec<String> = if cumulative {
        series
            .iter()
            .filter_map(|s| s.last())
            .map(|s| words.usd_compact(s.1.value))
            .collect()
    } else {
        Vec::new()
    };
    let right = if end_labels.is_empty() {
        8
    } else {
        widest(p, end_labels.iter().cloned(), size)? + 14
    };
    let plot = Rect::new(left, top, w - right, bottom);
    let (y, band) = frame(p, plot, &axis, 12, &usd_axis)?;

    // Each line's segments, and where each ends, for the labels at the ends.
    let mut segments: Vec<super::Segment> = Vec::new();
    let mut ends_at: Vec<(i32, i32)> = Vec::new();
    for (points, (color, shape, dashed)) in series.iter().zip(styles) {
        let xy: Vec<(i32, i32)> = points
            .iter()
            .map(|(i, pt)| (band.center(usize::from(*i).saturating_sub(1)), y.map(pt.value)))
            .collect();
        // A month missing in between breaks the line: drawn across it, the
        // line would show a value no one reported (an editor's data may
        // leave out months of the earlier year).
        let mut start = 0;
        for end in 1..=xy.len() {
            if end == xy.len() || points[end].0 != points[end - 1].0 + 1 {
                let run = &xy[start..end];
                if dashed {
                    p.dashed(run, color, 2, 6.0, 4.0)?;
                } else {
                    p.line(run, color, 2)?;
                }
                super::add_segments(&mut segments, run);
                start = end;
            }
        }
        let r = if band.step() < 22.0 { 3 } else { 4 };
        for ((_, pt), &c) in points.iter().zip(&xy) {
            let rect = p.marker(shape, c, r, color, pt.derived)?;
            p.mark(pt, rect);
        }
        ends_at.extend(xy.last());
    }
    if cumulative {
        // Direct labels at each line's end: just past it where nothing is
        // there (the running year's, which ends months before the plot
        // does: in the margin it sat level with the other line, far from
        // its own; found by a visual sweep), else right of the plot,
        // pushed apart there if they meet. Each as [y, x, which].
        let marks = p.mark_rects();
        // The labels already placed by their lines: the other year's, where
        // the two ends meet (a later year a month short of the earlier's
        // end, found by a hostile editor's data), must not be written over.
        let mut placed: Vec<Rect> = Vec::new();
        let mut ends: Vec<(i32, i32, usize)> = Vec::new();
        for (k, (&(x, py), label)) in ends_at.iter().zip(&end_labels).enumerate() {
            let dims = p.measure(label, size, false)?;
            // Right of the end, else over the line just before it, which
            // rises to its end, else over the end (Nastaliq's tall box
            // seldom fits beside it; in the margin, at 360 px, it sat by
            // the other line's March), centred on each place.
            let over = py - 8 - dims.1 / 2;
            let boxed = |(cx, cy)| Painter::<DB>::text_box(cx, cy, dims, HPos::Center, VPos::Center);
            // Inside the plot on both sides: left of a line's first month,
            // a label sat on the value axis's (a year one month old).
            let free = [(x + 8 + dims.0 / 2, py), (x - 4 - dims.0 / 2, over), (x, over)].into_iter().find(|&at| {
                let rect = boxed(at);
                rect.x0 >= plot.x0
                    && rect.x1 <= plot.x1
                    && rect.y0 >= plot.y0
                    && !marks.iter().chain(&placed).any(|m| m.overlaps(&rect))
                    && !super::crossed(&rect, &segments)
            });
            ends.push(match free {
                Some((cx, cy)) => {
                    placed.push(boxed((cx, cy)));
                    (cy, cx, k)
                }
                None => (py, plot.x1 + 6, k),
            });
        }
        sort_by_key(&mut ends, &|(py, _, k)| [py.into(), 0, k as i64]);
        let gap = p.line_h(size) + 2;
        let mut last: Option<i32> = None;
        for (py, x, k) in ends {
            let py = match last {
                Some(l) if x > plot.x1 && py - l < gap => l + gap,
                _ => py,
            };
            if x > plot.x1 {
                last = Some(py);
            }
            // Centred where it fits by its line, left-aligned in the margin.
            let h = if x > plot.x1 { HPos::Left } else { HPos::Center };
            p.text(&end_labels[k], (x, py), (h, VPos::Center), size, t.text, false)?;
        }
    }
    let levels: Vec<Vec<String>> = (0..2)
        .map(|level| {
            (1..=12)
                .map(|i| words.fiscal_month_short(i, level))
                .collect()
        })
        .collect();
    // Thinned (Urdu's month names at a phone's width), the axis still names
    // the later year's latest month, where its line ends: counted from June
    // it named June, March, December, September, and not a running year's
    // February.
    let latest = series.last().and_then(|s| s.last()).map(|(i, _)| usize::from(*i).saturating_sub(1));
    x_labels(p, &band, plot.y1 + 6, &levels, latest)
}
