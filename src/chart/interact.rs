//! Interaction on what a chart drew: which point is under a pointer, the
//! order a keyboard walks the points, and a framed copy of the chart (title
//! and takeaway above, source below) for the PNG download.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{draw_error, draw_model, Layout, Options, Painter, Theme};
use crate::data::{sort_by_key, Period};
use crate::error::Result;
use crate::model::{ChartModel, NavOrder};
use crate::words::Catalogue;

/// How far, in CSS pixels, a pointer may be from a point and still pick it:
/// about a fingertip, so a tap beside a thin bar still finds it.
pub const PICK_RADIUS: f64 = 24.0;

/// The mark nearest to `(x, y)` (CSS pixels), if one is within [`PICK_RADIUS`].
/// Inside a mark's box is distance 0; between two marks the nearer box wins,
/// then the nearer centre.
pub fn pick(layout: &Layout, x: f64, y: f64) -> Option<usize> {
    // No point is nearest to nowhere (NaN picked point 7).
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    let mut best: Option<(f64, f64, usize)> = None;
    for (i, m) in layout.marks.iter().enumerate() {
        let r = m.rect;
        let dx = (f64::from(r.x0) - x).max(0.0).max(x - f64::from(r.x1));
        let dy = (f64::from(r.y0) - y).max(0.0).max(y - f64::from(r.y1));
        // Squared distances: the same order, without `hypot` (libm's, in
        // the wasm for this alone).
        let d = dx * dx + dy * dy;
        let (cx, cy) = (
            f64::from(r.x0 + r.x1) / 2.0 - x,
            f64::from(r.y0 + r.y1) / 2.0 - y,
        );
        // Inside marks that overlap, the one drawn last, on top, wins: the
        // growth chart's quoted diamond hides the computed dot under it,
        // and a tap on the diamond picked the dot (a phone sweep).
        let c = if d == 0.0 { 0.0 } else { cx * cx + cy * cy };
        if d <= PICK_RADIUS * PICK_RADIUS && best.is_none_or(|(bd, bc, _)| (d, c) <= (bd, bc)) {
            best = Some((d, c, i));
        }
    }
    best.map(|(.., i)| i)
}

/// Mark indices in the order arrow keys walk them, as a reader scans the
/// chart: in time order (left to right, or right to left in a mirrored
/// chart, so the first is always the earliest; by their periods where two
/// years share the places), or as drawn (the compared chart's rows, top to
/// bottom). The page moves forward with the arrow pointing the way time
/// runs: right, or left when mirrored.
pub fn nav_order(layout: &Layout) -> Vec<usize> {
    let mut order: Vec<usize> = (0..layout.marks.len()).collect();
    if layout.nav != NavOrder::AsDrawn {
        let dir = if layout.mirrored { -1 } else { 1 };
        let in_time = layout.nav == NavOrder::InTime;
        // The index last, so marks at one place (or month) keep their drawing order.
        sort_by_key(&mut order, &|i| {
            let m = &layout.marks[i];
            let r = m.rect;
            let (at, then) = match m.period {
                // The monthly chart's marks are months.
                Period::Month { year, month } if in_time => {
                    (i32::from(year) * 12 + i32::from(month), 0)
                }
                _ => (dir * (r.x0 + r.x1), r.y0 + r.y1),
            };
            [at.into(), then.into(), i as i64]
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

/// A size in CSS px, its line step and whether it is bold.
type Font = (f64, i32, bool);
/// Title, takeaway and source sizes in a framed export; the title is bold,
/// and measured bold, or its lines would run past the edge ("...by fiscal
/// yea" at phone width).
const TITLE: Font = (16.0, 21, true);
const TAKEAWAY: Font = (13.0, 18, false);
const SOURCE: Font = (11.0, 15, false);
/// Left and right margin of the frame's text.
const MARGIN: i32 = 12;

/// The line step of a frame's text: its own, or the language's taller line box.
fn line_height<DB: DrawingBackend>(p: &Painter<DB>, (size, step, _): Font) -> i32 {
    step.max(p.line_h(size) + 2)
}

/// Whether `s` fits `max_width`; one copy, not one per call site.
#[inline(never)]
fn fits<DB: DrawingBackend>(
    p: &Painter<DB>,
    s: &str,
    size: f64,
    bold: bool,
    max_width: i32,
) -> Result<bool> {
    Ok(p.measure(s, size, bold)?.0 <= max_width)
}

/// Splits `text` into lines that fit `max_width` at `(size, _, bold)`:
/// between words, and inside a word only when the word alone is wider than
/// a line (a long URL at phone width), so no text is ever cut off.
fn frame_lines<DB: DrawingBackend>(
    p: &Painter<DB>,
    text: &str,
    (size, _, bold): Font,
    max_width: i32,
) -> Result<Vec<String>> {
    let mut lines = Vec::new();
    let mut line = String::new();
    // At ASCII whitespace, as `Painter::wrap`: a date's no-break spaces hold.
    for word in text.split_ascii_whitespace() {
        let start = line.len();
        if start > 0 {
            line.push(' ');
        }
        line.push_str(word);
        if fits(p, &line, size, bold, max_width)? {
            continue;
        }
        line.truncate(start);
        if start > 0 {
            lines.push(std::mem::take(&mut line));
        }
        // The word on lines of its own, filled character by character: a
        // word that fits is one line, a longer one breaks where it must;
        // a single character always stays, however narrow the line.
        for c in word.chars() {
            line.push(c);
            if line.len() > c.len_utf8() && !fits(p, &line, size, bold, max_width)? {
                line.pop();
                lines.push(std::mem::take(&mut line));
                line.push(c);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Ok(lines)
}

/// The words of a framed export: the title and the takeaway above the
/// chart, as the element shows them (the targets chart's notes leave out
/// what its takeaway says), and the source line under it.
pub struct Frame<'a> {
    pub title: &'a str,
    pub takeaway: &'a str,
    pub source: &'a str,
}

impl Frame<'_> {
    /// The header's parts and the footer's, each with its font and whether
    /// it is set in the muted colour.
    fn blocks(&self) -> [Vec<(&str, Font, bool)>; 2] {
        [
            vec![(self.title, TITLE, false), (self.takeaway, TAKEAWAY, true)],
            vec![(self.source, SOURCE, true)],
        ]
    }
}

/// A block's lines as they wrap at `width`, each with its font and colour.
fn block_lines<DB: DrawingBackend>(
    p: &Painter<DB>,
    parts: &[(&str, Font, bool)],
    width: i32,
) -> Result<Vec<(String, Font, bool)>> {
    let mut lines = Vec::new();
    for &(text, font, muted) in parts {
        for line in frame_lines(p, text, font, width)? {
            lines.push((line, font, muted));
        }
    }
    Ok(lines)
}

/// Heights of the header (title and takeaway) and the footer (source) of a
/// framed export at `width`, measured with `area`'s backend, so that every
/// line of both fits.
pub fn frame_heights<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    options: &Options,
    text: &Frame,
) -> Result<(i32, i32)> {
    let theme = Theme::new(options.theme);
    let p = Painter::new(area, &theme, options.font()).with_words(options.lang.words());
    let width = p.width - 2 * MARGIN;
    let [top, bottom] = text.blocks();
    let height = |parts: &[(&str, Font, bool)]| -> Result<i32> {
        Ok(block_lines(&p, parts, width)?
            .iter()
            .map(|&(_, font, _)| line_height(&p, font))
            .sum())
    };
    Ok((12 + height(&top)? + 6, 8 + height(&bottom)? + 10))
}

/// Draws the chart framed for export: title and takeaway above, source
/// line below, on the theme background, wrapped to the width as
/// [`frame_heights`] measured them. Returns the layout of the whole image:
/// the chart's marks and labels moved below the header, then the frame's
/// lines.
pub fn draw_framed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    model: &ChartModel,
    options: &Options,
    words: &Catalogue,
    text: &Frame,
    (header, footer): (i32, i32),
) -> Result<Layout> {
    let theme = Theme::new(options.theme);
    area.fill(&theme.background).map_err(draw_error)?;
    let (w, h) = area.dim_in_pixel();
    let (top, rest) = area.split_vertically(header);
    let (middle, bottom) = rest.split_vertically(h as i32 - header - footer);
    let down = |r: &mut super::Rect, dy: i32| {
        r.y0 += dy;
        r.y1 += dy;
    };
    // The frame's text first: drawing the chart presents the area, which
    // closes an SVG document, and text after it would fall outside.
    let mut frame = Vec::new();
    let [head, foot] = text.blocks();
    for (block, parts, (y, dy)) in [
        (&top, head, (12, 0)),
        (&bottom, foot, (8, h as i32 - footer)),
    ] {
        // Right-to-left text starts at the right, mirrored chart or not.
        let mut p = Painter::new(block, &theme, options.font())
            .with_words(words)
            .mirrored(options.lang.rtl());
        let width = p.width - 2 * MARGIN;
        let mut y = y;
        for (line, font, muted) in block_lines(&p, &parts, width)? {
            let color = if muted { theme.muted } else { theme.text };
            p.text(
                &line,
                (MARGIN, y),
                (HPos::Left, VPos::Top),
                font.0,
                color,
                font.2,
            )?;
            y += line_height(&p, font);
        }
        // The boxes as drawn (mirrored, if so), moved to the block's place.
        for mut placed in p.finish().labels {
            down(&mut placed.rect, dy);
            frame.push(placed);
        }
    }
    let mut layout = draw_model(&middle, model, options, words)?;
    layout
        .marks
        .iter_mut()
        .for_each(|m| down(&mut m.rect, header));
    layout
        .labels
        .iter_mut()
        .for_each(|l| down(&mut l.rect, header));
    if let Some(plot) = layout.plot.as_mut() {
        down(plot, header);
    }
    (layout.width, layout.height) = (w as i32, h as i32);
    layout.labels.extend(frame);
    area.present().map_err(draw_error)?;
    Ok(layout)
}
