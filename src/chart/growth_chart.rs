//! The growth chart: year-on-year growth of the annual series as lines,
//! with the growth rates the reports quoted marked where they apply.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::{Shape, Swatch};
use super::scale::{frame, value_axis, widest, x_labels};
use super::{Painter, Rect};
use crate::data::{FiscalYear, Period};
use crate::error::Result;
use crate::ids::{Label, Message};
use crate::model::growth_chart::{year_of, Detail};
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
    let points = |indices: &[usize]| -> Vec<&Point> {
        indices.iter().map(|&i| &model.points[i]).collect()
    };
    let (ict, narrow, quoted) = (
        points(&detail.ict),
        points(&detail.narrow),
        points(&detail.quoted),
    );
    let years = &detail.years;
    let first = years.first().copied().unwrap_or(FiscalYear(0));
    let index = |pt: &Point| year_of(pt).map_or(0, |fy| usize::from(fy.0 - first.0));

    let size = p.tick_size();
    let (w, h) = (p.width, p.height);
    let t = p.theme;
    let running = detail.running.map(|i| &model.points[i]);
    // Only what is drawn: a custom dataset may have no narrow series, no
    // quoted rates or no running year.
    let marker = |shape, color, hollow| Swatch::Marker {
        shape,
        color,
        hollow,
    };
    let mut legend = Vec::new();
    if !ict.is_empty() {
        legend.push((
            marker(Shape::Circle, t.primary, false),
            words.label(Label::IctComputed).to_string(),
        ));
    }
    if let Some(r) = running {
        legend.push((
            marker(Shape::Circle, t.primary, true),
            words.message(&Message::YearToDateLabel { period: r.period }),
        ));
    }
    if !narrow.is_empty() {
        legend.push((
            marker(Shape::Square, t.secondary, false),
            words.label(Label::NarrowComputed).to_string(),
        ));
    }
    if !quoted.is_empty() {
        legend.push((
            marker(Shape::Diamond, t.quoted, true),
            words.label(Label::Quoted).to_string(),
        ));
    }
    let top = p.legend(&legend, (8, 4), w - 16)? + 12 + p.overhang(p.tick_size());
    let bottom = h - p.line_h(size) - 10;
    let values = ict
        .iter()
        .chain(&narrow)
        .chain(&quoted)
        .chain(&running)
        .map(|pt| pt.value);
    let (min, max) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    // Room for a rate's label above (or below) its point: digits, so an em
    // tall in any language, not a Nastaliq line (which took a third of a
    // phone's plot and stretched the axis to -50%..+100%).
    let room = size.ceil() as i32 + 10;
    let pct_axis = |v, step| words.pct(v, crate::words::step_decimals(step));
    let (axis, left) = value_axis(p, (min, max, true), bottom - top, (room, room), &pct_axis)?;
    let plot = Rect::new(left, top, w - 8, bottom);
    let (y, band) = frame(p, plot, &axis, years.len(), &pct_axis)?;

    // Every line's segments, which no value label may cross.
    let mut segments: Vec<super::Segment> = Vec::new();
    // The narrow series first, so ICT draws on top where they cross.
    for (pts, color, shape, dashed) in [
        (&narrow, t.secondary, Shape::Square, true),
        (&ict, t.primary, Shape::Circle, false),
    ] {
        let xy: Vec<(i32, i32)> = pts
            .iter()
            .map(|pt| (band.center(index(pt)), y.map(pt.value)))
            .collect();
        if dashed {
            p.dashed(&xy, color, 2, 6.0, 4.0)?;
        } else {
            p.line(&xy, color, 2)?;
        }
        super::add_segments(&mut segments, &xy);
        for (pt, &c) in pts.iter().zip(&xy) {
            let rect = p.marker(shape, c, 4, color, false)?;
            p.mark(pt, rect);
        }
    }
    if let Some(r) = running {
        // Growth over the months so far: a hollow point, joined to the
        // whole years by a dotted line, never part of their line.
        let c = (band.center(index(r)), y.map(r.value));
        if let Some(last) = ict.last() {
            let from = (band.center(index(last)), y.map(last.value));
            p.dashed(&[from, c], t.primary, 1, 2.0, 3.0)?;
            segments.push((from, c));
        }
        let rect = p.marker(Shape::Circle, c, 4, t.primary, true)?;
        p.mark(r, rect);
    }
    for pt in &quoted {
        let rect = p.marker(
            Shape::Diamond,
            (band.center(index(pt)), y.map(pt.value)),
            6,
            t.quoted,
            true,
        )?;
        p.mark(pt, rect);
    }

    // Value labels on the ICT line: all of them when they fit, otherwise the
    // highest, the lowest and the latest. A label goes above its point (below
    // when the rate is negative), else below (above), else beside either
    // way, and is skipped if it would hit another, a marker or a line (a
    // line through "+20.8%" where the diamond above it sent it below, into
    // the steep climb to FY2020-21).
    // The running year's point is labelled like the whole years, last.
    let ict: Vec<&Point> = ict.into_iter().chain(running).collect();
    let labels: Vec<String> = ict.iter().map(|pt| words.pct(pt.value, 1)).collect();
    let fits = f64::from(widest(p, labels.iter().cloned(), size)?) <= band.step() - 4.0;
    let hi = ict
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.value.total_cmp(&b.1.value))
        .map(|(i, _)| i);
    let lo = ict
        .iter()
        .enumerate()
        .min_by(|a, b| a.1.value.total_cmp(&b.1.value))
        .map(|(i, _)| i);
    // Labels keep clear of every marker and of each other.
    let mut taken: Vec<Rect> = p.mark_rects();
    for (i, pt) in ict.iter().enumerate() {
        if !(fits || Some(i) == hi || Some(i) == lo || i + 1 == ict.len()) {
            continue;
        }
        let dims = p.measure(&labels[i], size, false)?;
        // Near the right edge, slide the label left rather than drop it.
        let cx = band
            .center(index(pt))
            .min(w - 2 - dims.0 / 2 - dims.0 % 2);
        let cy = y.map(pt.value);
        // Above the point first (below for a fall), then the other side;
        // then the same off to its left, then to its right, clear of its marker.
        let sides = if pt.value < 0.0 {
            [(cy + 9, VPos::Top), (cy - 9, VPos::Bottom)]
        } else {
            [(cy - 9, VPos::Bottom), (cy + 9, VPos::Top)]
        };
        let aside = dims.0 / 2 + 6;
        'placed: for x in [cx, cx - aside, cx + aside] {
            for (anchor_y, vpos) in sides {
                let rect = Painter::<DB>::text_box(x, anchor_y, dims, HPos::Center, vpos);
                let inside = rect.x0 >= 0 && rect.x1 <= w && rect.y0 >= plot.y0 && rect.y1 <= plot.y1;
                // A pixel clear of the markers (a diamond's tip touched
                // "+18.2%") and of each other.
                let clear = Rect::new(rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 + 1);
                if inside
                    && !taken.iter().any(|r| r.overlaps(&clear))
                    && !super::crossed(&rect, &segments)
                {
                    taken.push(p.label(&labels[i], (x, anchor_y), (HPos::Center, vpos), size, t.text)?);
                    break 'placed;
                }
            }
        }
    }
    let levels: Vec<Vec<String>> = (0..3)
        .map(|level| {
            years
                .iter()
                .map(|fy| words.period_short(Period::FiscalYear { fy: *fy }, level))
                .collect()
        })
        .collect();
    x_labels(p, &band, plot.y1 + 6, &levels, None)
}
