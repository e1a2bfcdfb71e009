//! The comparisons the articles made, as pairs of horizontal bars, each with
//! its computed growth, the rate quoted, and whether the quote reproduces.
//!
//! The pairs are in different units and definitions, so they share no axis:
//! each pair is scaled to its own larger value, and both bars carry their
//! values in words.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::paint::{Swatch, SIZE_LABEL};
use super::{is_narrow, Mark, Painter, Rect};
use crate::data::{Dataset, Measure, Period, Record};
use crate::error::Result;
use crate::growth::{self, QuoteCheck};
use crate::text;

/// One comparison as the chart shows it.
pub struct Pair {
    pub measure: Measure,
    pub base_period: Period,
    pub base_value: f64,
    /// The base is implied by the current value and the quoted rate, not published.
    pub base_implied: bool,
    pub current: Record,
    pub check: QuoteCheck,
}

/// The headline comparisons, in the order the chart draws them: Q1 under
/// both definitions, July-February, December 2023 against the December
/// 2022 its quoted rate implies, and PSEB registrations.
pub fn pairs(data: &Dataset) -> Result<Vec<Pair>> {
    let picks = [
        (Measure::ItItes, Period::fy_span(2020, 1, 3)),
        (Measure::Ict, Period::fy_span(2020, 1, 3)),
        (Measure::Ict, Period::fy_span(2020, 1, 8)),
        (Measure::Ict, Period::month(2023, 12)),
        (
            Measure::PsebCompanies,
            Period::Date {
                year: 2020,
                month: Some(10),
                day: Some(31),
            },
        ),
    ];
    let mut out = Vec::new();
    for (measure, period) in picks {
        let current = data.get(measure, period)?;
        let Some(quoted) = current.quoted_growth.as_ref() else {
            continue;
        };
        let Some(base) = data.year_before(current) else {
            continue;
        };
        let check = growth::check_quote(base, current, quoted)?;
        // December 2022 was never published on its own: show the base the
        // quoted rate implies; the check is against the derived $246m.
        let base_implied = base.is_derived();
        out.push(Pair {
            measure,
            base_period: base.period,
            base_value: if base_implied {
                check.implied_base
            } else {
                base.value
            },
            base_implied,
            current: current.clone(),
            check,
        });
    }
    Ok(out)
}

const BAR_H: i32 = 14;

fn row_height(narrow: bool) -> i32 {
    // Title, two bars, then (narrow) the growth and up to two verdict lines,
    // and a gap.
    20 + 2 * (BAR_H + 6) + if narrow { 56 } else { 10 } + 12
}

pub fn preferred_height(width: u32) -> u32 {
    let narrow = is_narrow(width as i32);
    let legend = if width < 400 { 48 } else { 28 };
    (legend + 5 * row_height(narrow) + 8) as u32
}

pub fn draw<DB: DrawingBackend>(p: &mut Painter<DB>, data: &Dataset) -> Result<()> {
    let pairs = pairs(data)?;
    let t = p.theme;
    let w = p.width;
    let narrow = p.narrow();
    let legend = [
        (Swatch::Bar(t.earlier), text::chart::EARLIER.to_string()),
        (Swatch::Bar(t.primary), text::chart::LATER.to_string()),
    ];
    let mut y0 = p.legend(&legend, (8, 4), w - 16)? + 4;
    // Rows share the height they are given; below the tightest spacing the
    // verdicts would collide, so that is an error that says what is needed.
    let rows = pairs.len().max(1) as i32;
    let tightest = row_height(narrow) - 10;
    let step = ((p.height - y0 - 4) / rows).min(row_height(narrow) + 24);
    if step < tightest {
        return Err(crate::error::Error::invalid(
            "height",
            format!(
                "{} px is too small for the compared chart at {w} px wide; it needs at least {} px",
                p.height,
                y0 + 4 + rows * tightest
            ),
        ));
    }
    p.set_plot(Rect::new(8, y0, w - 8, p.height - 4));

    // Period labels share one column, so bars start at the same x.
    let size = SIZE_LABEL;
    let level = if narrow { 1 } else { 0 };
    let mut label_w = 0;
    for pair in &pairs {
        for l in [
            base_label(pair, level),
            text::period_short(pair.current.period, level),
        ] {
            label_w = label_w.max(p.measure(&l, size, false)?.0);
        }
    }
    let verdict_w = if narrow { 0 } else { (w / 3).min(260) };
    let bars_x0 = 8 + label_w + 8;
    let bars_x1 = w - 8 - verdict_w;

    for pair in &pairs {
        let unit = pair.measure.unit();
        let mut title = format!(
            "{}, {}",
            text::measure_name(pair.measure),
            text::period_label(pair.current.period)
        );
        if p.measure(&title, size + 1.0, true)?.0 > w - 16 {
            title = format!(
                "{}, {}",
                text::measure_short(pair.measure),
                text::period_label(pair.current.period)
            );
        }
        p.text(
            &title,
            (8, y0),
            (HPos::Left, VPos::Top),
            size + 1.0,
            t.text,
            true,
        )?;
        let mut y = y0 + 20;
        let values = [
            (
                base_label(pair, level),
                pair.base_value,
                t.earlier,
                pair.base_period,
                pair.base_implied,
            ),
            (
                text::period_short(pair.current.period, level),
                pair.current.value,
                t.primary,
                pair.current.period,
                false,
            ),
        ];
        let max = pair.base_value.max(pair.current.value);
        for (label, value, color, period, implied) in values {
            p.text(
                &label,
                (8, y + BAR_H / 2),
                (HPos::Left, VPos::Center),
                size,
                t.muted,
                false,
            )?;
            // Whole millions, not $1.3bn: the articles' precision, comparable within the pair.
            let value_text = text::value_whole(value, unit);
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
            p.mark(Mark {
                series: text::measure_name(pair.measure).to_string(),
                measure: pair.measure,
                period,
                value,
                rect,
                derived: implied,
            });
            y += BAR_H + 6;
        }
        let growth_text = text::pct(
            pair.check.computed_pct,
            usize::from(pair.check.quoted_decimals.max(1)),
        );
        let verdict = text::chart::verdict_short(
            &text::pct_quoted(pair.check.quoted_pct, pair.check.quoted_decimals),
            pair.check.verdict,
        );
        let verdict_color = match pair.check.verdict {
            growth::Verdict::DoesNotReproduce => t.quoted,
            _ => t.muted,
        };
        if narrow {
            // Growth on its own line, the verdict in full below it.
            p.text(
                &growth_text,
                (8, y + 2),
                (HPos::Left, VPos::Top),
                size + 2.0,
                t.text,
                true,
            )?;
            let lines = p.wrap(&verdict, size, w - 16)?;
            for (k, line) in lines.iter().enumerate() {
                p.text(
                    line,
                    (8, y + 22 + k as i32 * 15),
                    (HPos::Left, VPos::Top),
                    size,
                    verdict_color,
                    false,
                )?;
            }
        } else {
            let x = bars_x1 + 12;
            p.text(
                &growth_text,
                (x, y0 + 20),
                (HPos::Left, VPos::Top),
                size + 4.0,
                t.text,
                true,
            )?;
            let lines = p.wrap(&verdict, size, w - 8 - x)?;
            for (k, line) in lines.iter().enumerate() {
                p.text(
                    line,
                    (x, y0 + 42 + k as i32 * 15),
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

fn base_label(pair: &Pair, level: u8) -> String {
    let label = text::period_short(pair.base_period, level);
    if pair.base_implied {
        format!("{label} {}", text::chart::IMPLIED)
    } else {
        label
    }
}
