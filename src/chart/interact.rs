//! Interaction on what a chart drew: which point is under a pointer, the
//! order a keyboard walks the points, and a framed copy of the chart (title
//! above, source below) for the PNG download.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{draw_error, draw_model, Layout, Options, Painter, Theme};
use crate::data::sort_by_key;
use crate::error::Result;
use crate::model::{ChartModel, NavOrder};
use crate::words::Words;

/// How far, in CSS pixels, a pointer may be from a point and still pick it:
/// about a fingertip, so a tap beside a thin bar still finds it.
pub const PICK_RADIUS: f64 = 24.0;

/// The mark nearest to `(x, y)` (CSS pixels), if one is within [`PICK_RADIUS`].
/// Inside a mark's box is distance 0; between two marks the nearer box wins,
/// then the nearer centre.
pub fn pick(layout: &Layout, x: f64, y: f64) -> Option<usize> {
    let mut best: Option<(f64, f64, usize)> = None;
    for (i, m) in layout.marks.iter().enumerate() {
        let r = m.rect;
        let dx = (f64::from(r.x0) - x).max(0.0).max(x - f64::from(r.x1));
        let dy = (f64::from(r.y0) - y).max(0.0).max(y - f64::from(r.y1));
        let d = dx.hypot(dy);
        let cx = f64::from(r.x0 + r.x1) / 2.0;
        let cy = f64::from(r.y0 + r.y1) / 2.0;
        let c = (cx - x).hypot(cy - y);
        if d <= PICK_RADIUS && best.is_none_or(|(bd, bc, _)| (d, c) < (bd, bc)) {
            best = Some((d, c, i));
        }
    }
    best.map(|(.., i)| i)
}

/// Mark indices in the order arrow keys walk them: left to right, or as
/// drawn (the compared chart's rows, top to bottom), as a reader scans the
/// chart.
pub fn nav_order(layout: &Layout) -> Vec<usize> {
    let mut order: Vec<usize> = (0..layout.marks.len()).collect();
    if layout.nav == NavOrder::LeftToRight {
        // The index last, so marks at one place keep their drawing order.
        sort_by_key(&mut order, &|i| {
            let r = layout.marks[i].rect;
            [(r.x0 + r.x1).into(), (r.y0 + r.y1).into(), i as i64]
        });
    }
    order
}

/// Draws the highlight for mark `index` on a transparent overlay: an outline
/// around it in the text colour, so it shows on any series colour.
pub fn highlight<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    options: &Options,
    index: Option<usize>,
) -> Result<()> {
    let theme = Theme::new(options.theme);
    if let Some(m) = index.and_then(|i| layout.marks.get(i)) {
        let r = m.rect;
        area.draw(&Rectangle::new(
            [(r.x0 - 3, r.y0 - 3), (r.x1 + 3, r.y1 + 3)],
            theme.text.stroke_width(2),
        ))
        .map_err(draw_error)?;
    }
    area.present().map_err(draw_error)
}

/// Heights of the title block and the source block of a framed export at
/// `width`, measured with `area`'s backend.
pub fn frame_heights<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    options: &Options,
    title: &str,
    source: &str,
) -> Result<(i32, i32)> {
    let theme = Theme::new(options.theme);
    let p = Painter::new(area, &theme, &options.font_family);
    let width = p.width - 24;
    let title_lines = p.wrap(title, 16.0, width)?.len() as i32;
    let source_lines = p.wrap(source, 11.0, width)?.len() as i32;
    Ok((12 + title_lines * 21 + 6, 8 + source_lines * 15 + 10))
}

/// Draws the chart framed for export: title above, source line below, on
/// the theme background. Returns the chart's layout (offset by the title).
pub fn draw_framed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    model: &ChartModel,
    options: &Options,
    words: &dyn Words,
    title: &str,
    source: &str,
    (header, footer): (i32, i32),
) -> Result<Layout> {
    let theme = Theme::new(options.theme);
    area.fill(&theme.background).map_err(draw_error)?;
    let (_, h) = area.dim_in_pixel();
    let (top, rest) = area.split_vertically(header);
    let (middle, bottom) = rest.split_vertically(h as i32 - header - footer);
    let layout = draw_model(&middle, model, options, words)?;
    let mut p = Painter::new(&top, &theme, &options.font_family);
    let width = p.width - 24;
    let mut y = 12;
    for line in p.wrap(title, 16.0, width)? {
        p.text(
            &line,
            (12, y),
            (HPos::Left, VPos::Top),
            16.0,
            theme.text,
            true,
        )?;
        y += 21;
    }
    let mut p = Painter::new(&bottom, &theme, &options.font_family);
    let mut y = 8;
    for line in p.wrap(source, 11.0, width)? {
        p.text(
            &line,
            (12, y),
            (HPos::Left, VPos::Top),
            11.0,
            theme.muted,
            false,
        )?;
        y += 15;
    }
    area.present().map_err(draw_error)?;
    Ok(layout)
}
