//! FY2023-24 against FY2024-25 month by month, or as fiscal-year-to-date
//! running totals; derived months are drawn hollow.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::{Shape, Swatch};
use super::scale::{frame, value_axis, x_labels};
use super::{Mark, Painter, Rect};
use crate::data::{fiscal_month_index, Dataset, FiscalYear, Measure, Period};
use crate::error::{Error, Result};
use crate::text;

/// The two latest fiscal years with monthly ICT figures, earlier first:
/// FY2023-24 and FY2024-25 in the built-in data, later years as editors add them.
pub fn years(data: &Dataset) -> Result<[FiscalYear; 2]> {
    let mut years: Vec<FiscalYear> = data
        .records
        .iter()
        .filter(|r| r.measure == Measure::Ict && matches!(r.period, Period::Month { .. }))
        .filter_map(|r| r.period.fiscal_year())
        .collect();
    years.sort();
    years.dedup();
    match years.as_slice() {
        [.., a, b] => Ok([*a, *b]),
        _ => Err(Error::EmptySpan(
            "the monthly chart needs monthly ICT figures in two fiscal years".into(),
        )),
    }
}

pub fn draw<DB: DrawingBackend>(
    p: &mut Painter<DB>,
    data: &Dataset,
    cumulative: bool,
) -> Result<()> {
    let t = p.theme;
    let styles = [
        (t.secondary, Shape::Square, true),
        (t.primary, Shape::Circle, false),
    ];
    // (fiscal month index, value drawn, derived) per year.
    let mut series: Vec<Vec<(u8, f64, bool, Period)>> = Vec::new();
    let years = years(data)?;
    for fy in years {
        let mut total = 0.0;
        let points = data
            .months_of(Measure::Ict, fy)
            .into_iter()
            .filter_map(|r| {
                let Period::Month { month, .. } = r.period else {
                    return None;
                };
                total += r.value;
                Some((
                    fiscal_month_index(month),
                    if cumulative { total } else { r.value },
                    r.is_derived(),
                    r.period,
                ))
            })
            .collect::<Vec<_>>();
        series.push(points);
    }
    if series.iter().all(Vec::is_empty) {
        return Err(Error::EmptySpan(
            "no monthly ICT figures for FY2023-24 or FY2024-25".into(),
        ));
    }

    let size = p.tick_size();
    let (w, h) = (p.width, p.height);
    let mut legend: Vec<(Swatch, String)> = years
        .iter()
        .zip(styles)
        .map(|(fy, (color, shape, _))| {
            (
                Swatch::Marker {
                    shape,
                    color,
                    hollow: false,
                },
                text::period_label(Period::FiscalYear { fy: *fy }),
            )
        })
        .collect();
    legend.push((
        Swatch::Marker {
            shape: Shape::Circle,
            color: t.muted,
            hollow: true,
        },
        text::chart::DERIVED_MONTH.to_string(),
    ));
    let top = p.legend(&legend, (8, 4), w - 16)? + 12;
    let bottom = h - size as i32 - 10;
    let max = series.iter().flatten().map(|s| s.1).fold(0.0, f64::max);
    let min = series
        .iter()
        .flatten()
        .map(|s| s.1)
        .fold(f64::INFINITY, f64::min);
    // Running totals start from zero; monthly values are compared by shape.
    let (ticks, left) = value_axis(
        p,
        (min, max, cumulative),
        bottom - top,
        (8, 8),
        text::usd_axis,
    )?;
    let end_labels: Vec<String> = if cumulative {
        series
            .iter()
            .filter_map(|s| s.last())
            .map(|s| text::usd_compact(s.1))
            .collect()
    } else {
        Vec::new()
    };
    let right = if end_labels.is_empty() {
        8
    } else {
        super::scale::widest(p, end_labels.iter().cloned(), size)? + 14
    };
    let plot = Rect::new(left, top, w - right, bottom);
    let (y, band) = frame(p, plot, &ticks, 12, text::usd_axis)?;

    for ((points, (color, shape, dashed)), fy) in series.iter().zip(styles).zip(years) {
        let xy: Vec<(i32, i32)> = points
            .iter()
            .map(|(i, v, ..)| (band.center(usize::from(*i) - 1), y.map(*v)))
            .collect();
        if dashed {
            p.dashed(&xy, color, 2, 6.0, 4.0)?;
        } else {
            p.line(&xy, color, 2)?;
        }
        let r = if band.step() < 22.0 { 3 } else { 4 };
        for ((_, value, derived, period), &c) in points.iter().zip(&xy) {
            let rect = p.marker(shape, c, r, color, *derived)?;
            p.mark(Mark {
                series: text::period_label(Period::FiscalYear { fy }),
                measure: Measure::Ict,
                period: *period,
                value: *value,
                rect,
                derived: *derived,
            });
        }
    }
    if cumulative {
        // Direct labels right of each line's end, pushed apart if they meet.
        let mut ends: Vec<(i32, String)> = series
            .iter()
            .filter_map(|s| s.last().map(|&(_, v, ..)| (y.map(v), text::usd_compact(v))))
            .collect();
        ends.sort_by_key(|e| e.0);
        let gap = size as i32 + 2;
        for i in 1..ends.len() {
            if ends[i].0 - ends[i - 1].0 < gap {
                ends[i].0 = ends[i - 1].0 + gap;
            }
        }
        for (py, label) in &ends {
            p.text(
                label,
                (plot.x1 + 6, *py),
                (HPos::Left, VPos::Center),
                size,
                t.text,
                false,
            )?;
        }
    }
    let levels: Vec<Vec<String>> = (0..2)
        .map(|level| {
            (1..=12)
                .map(|i| text::fiscal_month_short(i, level))
                .collect()
        })
        .collect();
    x_labels(p, &band, plot.y1 + 6, &levels)
}
