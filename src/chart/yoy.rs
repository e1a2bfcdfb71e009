//! Year-on-year growth of the annual series as lines, with the growth rates
//! the reports quoted marked where they apply.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::{Shape, Swatch};
use super::scale::{frame, value_axis, widest, x_labels};
use super::{Mark, Painter, Rect};
use crate::data::{Dataset, FiscalYear, Measure, Period};
use crate::error::{Error, Result};
use crate::{growth, text};

/// A computed growth point.
struct Point {
    fy: FiscalYear,
    pct: f64,
}

fn series(data: &Dataset, measure: Measure) -> Vec<Point> {
    data.annual(measure)
        .into_iter()
        .filter_map(|r| {
            let base = data.year_before(r)?;
            let pct = growth::yoy(base, r).ok()?;
            let Period::FiscalYear { fy } = r.period else {
                return None;
            };
            Some(Point { fy, pct })
        })
        .collect()
}

pub fn draw<DB: DrawingBackend>(p: &mut Painter<DB>, data: &Dataset) -> Result<()> {
    let ict = series(data, Measure::Ict);
    let narrow = series(data, Measure::ItItes);
    if ict.is_empty() {
        return Err(Error::EmptySpan(
            "no two consecutive annual ICT figures to compute growth from".into(),
        ));
    }
    // Quoted rates on annual figures, of either definition.
    let quoted: Vec<(Measure, FiscalYear, f64, String)> = [Measure::Ict, Measure::ItItes]
        .into_iter()
        .flat_map(|m| data.annual(m))
        .filter_map(|r| {
            let q = r.quoted_growth.as_ref()?;
            let Period::FiscalYear { fy } = r.period else {
                return None;
            };
            Some((r.measure, fy, q.pct, text::pct_quoted(q.pct, q.decimals)))
        })
        .collect();

    let first = ict
        .iter()
        .chain(&narrow)
        .map(|pt| pt.fy)
        .min()
        .unwrap_or(ict[0].fy);
    let last = ict
        .iter()
        .chain(&narrow)
        .map(|pt| pt.fy)
        .max()
        .unwrap_or(ict[0].fy);
    let years: Vec<FiscalYear> = (first.0..=last.0).map(FiscalYear).collect();
    let index = |fy: FiscalYear| (fy.0 - first.0) as usize;

    let size = p.tick_size();
    let (w, h) = (p.width, p.height);
    let t = p.theme;
    let legend = [
        (
            Swatch::Marker {
                shape: Shape::Circle,
                color: t.primary,
                hollow: false,
            },
            text::chart::ICT_COMPUTED.to_string(),
        ),
        (
            Swatch::Marker {
                shape: Shape::Square,
                color: t.secondary,
                hollow: false,
            },
            text::chart::NARROW_COMPUTED.to_string(),
        ),
        (
            Swatch::Marker {
                shape: Shape::Diamond,
                color: t.quoted,
                hollow: true,
            },
            text::chart::QUOTED.to_string(),
        ),
    ];
    let top = p.legend(&legend, (8, 4), w - 16)? + 12;
    let bottom = h - size as i32 - 10;
    let values = ict
        .iter()
        .chain(&narrow)
        .map(|pt| pt.pct)
        .chain(quoted.iter().map(|q| q.2));
    let (min, max) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let room = size as i32 + 10;
    let (ticks, left) = value_axis(p, (min, max, true), bottom - top, (room, room), |v| {
        text::pct(v, 0)
    })?;
    let plot = Rect::new(left, top, w - 8, bottom);
    let (y, band) = frame(p, plot, &ticks, years.len(), |v| text::pct(v, 0))?;

    // The narrow series first, so ICT draws on top where they cross.
    for (pts, color, shape, measure, dashed) in [
        (&narrow, t.secondary, Shape::Square, Measure::ItItes, true),
        (&ict, t.primary, Shape::Circle, Measure::Ict, false),
    ] {
        let xy: Vec<(i32, i32)> = pts
            .iter()
            .map(|pt| (band.center(index(pt.fy)), y.map(pt.pct)))
            .collect();
        if dashed {
            p.dashed(&xy, color, 2, 6.0, 4.0)?;
        } else {
            p.line(&xy, color, 2)?;
        }
        for (pt, &c) in pts.iter().zip(&xy) {
            let rect = p.marker(shape, c, 4, color, false)?;
            p.mark(Mark {
                series: text::measure_name(measure).to_string(),
                measure,
                period: Period::FiscalYear { fy: pt.fy },
                value: pt.pct,
                rect,
                derived: false,
            });
        }
    }
    for (measure, fy, pct, _) in &quoted {
        let rect = p.marker(
            Shape::Diamond,
            (band.center(index(*fy)), y.map(*pct)),
            6,
            t.quoted,
            true,
        )?;
        p.mark(Mark {
            series: text::chart::QUOTED.to_string(),
            measure: *measure,
            period: Period::FiscalYear { fy: *fy },
            value: *pct,
            rect,
            derived: false,
        });
    }

    // Value labels on the ICT line: all of them when they fit, otherwise the
    // highest, the lowest and the latest. A label goes above its point (below
    // when the rate is negative) and is skipped if it would hit another.
    let labels: Vec<String> = ict.iter().map(|pt| text::pct(pt.pct, 1)).collect();
    let fits = f64::from(widest(p, labels.iter().cloned(), size)?) <= band.step() - 4.0;
    let hi = ict
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.pct.total_cmp(&b.1.pct))
        .map(|(i, _)| i);
    let lo = ict
        .iter()
        .enumerate()
        .min_by(|a, b| a.1.pct.total_cmp(&b.1.pct))
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
            .center(index(pt.fy))
            .min(w - 2 - dims.0 / 2 - dims.0 % 2);
        let cy = y.map(pt.pct);
        // Above the point first (below for a fall), then the other side.
        let sides = if pt.pct < 0.0 {
            [(cy + 9, VPos::Top), (cy - 9, VPos::Bottom)]
        } else {
            [(cy - 9, VPos::Bottom), (cy + 9, VPos::Top)]
        };
        for (anchor_y, vpos) in sides {
            let rect = Painter::<DB>::text_box(cx, anchor_y, dims, HPos::Center, vpos);
            let inside = rect.x0 >= 0 && rect.x1 <= w && rect.y0 >= plot.y0 && rect.y1 <= plot.y1;
            if inside && !taken.iter().any(|r| r.overlaps(&rect)) {
                taken.push(p.text(
                    &labels[i],
                    (cx, anchor_y),
                    (HPos::Center, vpos),
                    size,
                    t.text,
                    false,
                )?);
                break;
            }
        }
    }
    let levels: Vec<Vec<String>> = (0..3)
        .map(|level| {
            years
                .iter()
                .map(|fy| text::period_short(Period::FiscalYear { fy: *fy }, level))
                .collect()
        })
        .collect();
    x_labels(p, &band, plot.y1 + 6, &levels)
}
