//! The annual chart: ICT export remittances as bars, with year-on-year
//! growth over each bar, the narrow IT & ITeS series beside it where it
//! exists, and a tick at the first-release value of each revised year.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::Swatch;
use super::scale::{frame, value_axis, widest, x_labels};
use super::{Painter, Rect};
use crate::data::{Measure, Period};
use crate::error::Result;
use crate::ids::{Label, Message};
use crate::model::annual::Detail;
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
    let size = p.tick_size();
    let (w, h) = (p.width, p.height);
    let years = &detail.years;
    let point = |i: usize| &model.points[i];

    let mut legend = vec![(
        Swatch::Bar(p.theme.primary),
        words.measure_name(Measure::Ict).to_string(),
    )];
    if detail.has_narrow {
        legend.push((
            Swatch::Bar(p.theme.secondary),
            words.measure_name(Measure::ItItes).to_string(),
        ));
    }
    if let Some(year) = detail.years.iter().find(|y| y.running) {
        let period = point(year.ict).period;
        legend.push((
            Swatch::Hollow(p.theme.primary),
            words.message(&Message::YearToDateLabel { period }),
        ));
        if let Some(base) = year.base {
            legend.push((
                Swatch::Bar(p.theme.earlier),
                words.period(point(base).period),
            ));
        }
    }
    if detail.any_revised {
        legend.push((
            Swatch::Line {
                color: p.theme.text,
                dashed: false,
            },
            words.label(Label::FirstRelease).to_string(),
        ));
    }
    let top = p.legend(&legend, (8, 4), w - 16)? + 12 + p.overhang(p.tick_size());
    let bottom = h - p.line_h(size) - 10;

    // Growth labels: full (+19.0%), short (+19%), or turned upright when even
    // the short ones are wider than a band.
    let growths = || years.iter().filter_map(|y| y.growth_pct);
    let full: Vec<String> = growths().map(|g| words.pct(g, 1)).collect();
    let short: Vec<String> = growths().map(|g| words.pct(g, 0)).collect();
    let usd_axis = |v, step| words.usd_axis(v, step);
    let widest_full = widest(p, full.iter().cloned(), size)?;
    let axis = |p: &Painter<DB>, headroom| {
        value_axis(
            p,
            (0.0, detail.max, true),
            bottom - top,
            (headroom, 0),
            &usd_axis,
        )
    };
    let (mut value, mut left) = axis(p, p.line_h(size) + 8)?;
    let step = f64::from(w - 8 - left) / years.len() as f64 - 6.0;
    let (decimals, upright) = if f64::from(widest_full) <= step {
        (1, false)
    } else if f64::from(widest(p, short.iter().cloned(), size)?) <= step {
        (0, false)
    } else {
        (1, true)
    };
    if upright {
        (value, left) = axis(p, widest_full + 8)?;
    }
    let plot = Rect::new(left, top, w - 8, bottom);
    let (y, band) = frame(p, plot, &value, years.len(), &usd_axis)?;
    let bar_w = (band.step() * 0.36).clamp(3.0, 44.0) as i32;
    for (i, year) in years.iter().enumerate() {
        let c = band.center(i);
        let r = point(year.ict);
        let pair = year.narrow.map(point);
        let (mut x0, mut x1) = if pair.is_some() {
            (c - bar_w - 1, c - 1)
        } else {
            (c - bar_w / 2, c + bar_w / 2)
        };
        if let Some(base) = year.base.map(point) {
            // The same months a year earlier on the left, as time runs.
            bar(
                p,
                base,
                Rect::new(c - bar_w - 1, y.map(base.value), c - 1, y.map(0.0)),
                p.theme.earlier,
            )?;
            (x0, x1) = (c + 1, c + 1 + bar_w);
        }
        let rect = Rect::new(x0, y.map(r.value), x1, y.map(0.0));
        if year.running {
            // Months so far, not a year: hollow, so it never reads as one.
            p.rect(rect, p.theme.background)?;
            p.outline(rect, p.theme.primary, 2)?;
            p.mark(r, rect);
        } else {
            bar(p, r, rect, p.theme.primary)?;
        }
        if let Some(n) = pair {
            bar(
                p,
                n,
                Rect::new(c + 1, y.map(n.value), c + 1 + bar_w, y.map(0.0)),
                p.theme.secondary,
            )?;
        }
        if year.base.is_some() {
            // The growth label sits over the pair it compares.
            x0 = c - bar_w - 1;
        }
        if let Some(first) = year.first_release {
            let fy = y.map(first);
            p.line(&[(x0 - 3, fy), (x1 + 3, fy)], p.theme.text, 2)?;
        }
        if let Some(g) = year.growth_pct {
            let label = words.pct(g, decimals);
            let tallest = year.base.map_or(r.value, |b| r.value.max(point(b).value));
            let top_y = y
                .map(tallest)
                .min(year.first_release.map_or(i32::MAX, |f| y.map(f)));
            let color = if g < 0.0 {
                p.theme.quoted
            } else {
                p.theme.text
            };
            if upright {
                p.text_up(&label, ((x0 + x1) / 2, top_y - 4), size, color)?;
            } else {
                p.label(
                    &label,
                    ((x0 + x1) / 2, top_y - 4),
                    (HPos::Center, VPos::Bottom),
                    size,
                    color,
                )?;
            }
        }
    }
    let levels: Vec<Vec<String>> = (0..3)
        .map(|level| {
            years
                .iter()
                .map(|year| {
                    // A running year is named by its year; the hollow bar
                    // and the legend say it is the months so far.
                    let period = point(year.ict).period;
                    let period = match period.fiscal_year() {
                        Some(fy) if year.running => Period::FiscalYear { fy },
                        _ => period,
                    };
                    words.period_short(period, level)
                })
                .collect()
        })
        .collect();
    x_labels(p, &band, plot.y1 + 6, &levels, None)
}

fn bar<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    point: &Point,
    rect: Rect,
    color: RGBColor,
) -> Result<()> {
    p.rect(rect, color)?;
    p.mark(point, rect);
    Ok(())
}
