//! A thin drawing layer over a plotters `DrawingArea`: measured text whose
//! boxes are recorded (so tests can prove labels never overlap or spill),
//! marker shapes, dashed lines and a wrapping legend.
//!
//! Right to left is done here, once, for every chart: a chart lays itself
//! out left to right, and a mirrored painter draws each position at
//! `width - x` with text anchors flipped (so time runs right to left, the
//! value axis stands on the right and legends start at the right), then
//! records the mirrored boxes, so hit testing, keyboard order and tooltips
//! follow. Right-to-left text is drawn inside a right-to-left isolate, so
//! that a backend whose base direction is left to right (the canvas, which
//! `crate::canvas` sets to "ltr"; SVG) still orders its words and numbers
//! right, and it gets a taller line box (`Words::line_box`).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle, FontTransform};
use serde::Serialize;

use super::{draw_error, Layout, Mark, Rect, Theme};
use crate::error::{Plain, Result};
use crate::model::Point;
use crate::words::{Catalogue, Lang, PDI, RLI};
// Methods on a concrete `Catalogue` (every build but the full Urdu one, a `dyn Words`) need the trait.
#[cfg(not(all(feature = "ur", feature = "full")))]
use crate::words::Words;

/// A text as drawn, with its box in CSS pixels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placed {
    /// For readers of `layout()` and the export's composition, in the full
    /// builds; the first-draw builds keep boxes alone (what labels avoid).
    #[cfg(feature = "full")]
    pub text: String,
    pub rect: Rect,
}

/// Whether this build has a right-to-left language (the `ur` feature).
const RTL: bool = cfg!(feature = "ur");

/// How far below the middle of its line box a tall script's middle baseline
/// sits, in font sizes: Nastaliq's ink rises about 1.6 em above the middle
/// baseline (a gaf up to 1.8 em) and sinks about 0.75 em below it
/// (measured in Chromium with Noto Nastaliq Urdu), so the ink is centred in
/// the box only when drawn lower.
pub const INK_DROP: f64 = 0.5;

/// Font sizes in CSS pixels.
pub const SIZE_TICK: f64 = 12.0;
pub const SIZE_TICK_NARROW: f64 = 11.0;
pub const SIZE_LABEL: f64 = 12.0;
pub const SIZE_LEGEND: f64 = 12.0;

/// A legend swatch.
#[derive(Debug, Clone, Copy)]
pub enum Swatch {
    Bar(RGBColor),
    /// An outlined bar: a year's months so far.
    Hollow(RGBColor),
    Line {
        color: RGBColor,
        dashed: bool,
    },
    Marker {
        shape: Shape,
        color: RGBColor,
        hollow: bool,
    },
}

/// Point marker shapes: series differ by shape as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
}

/// The family `name` names, as plotters' `FontFamily::from(&str)` reads
/// it: "serif", "sans-serif" or "monospace" in any case are the generic
/// families. plotters compares Unicode-lowercased text, which brings
/// Unicode's case tables into the wasm; comparing ASCII case alone is the
/// same test, since no other character lowercases to a letter of these
/// names (the Kelvin sign lowercases to "k", which none has).
fn font_family(name: &str) -> FontFamily<'_> {
    let generic = [
        ("serif", FontFamily::Serif),
        ("sans-serif", FontFamily::SansSerif),
        ("monospace", FontFamily::Monospace),
    ];
    for (keyword, family) in generic {
        if name.eq_ignore_ascii_case(keyword) {
            return family;
        }
    }
    FontFamily::Name(name)
}

/// A text style's CSS font, "style sizepx family": what the canvas backend
/// sets, and (less the family) what the embed sets up before the wasm
/// (crate::chart::fonts).
pub fn css_font<S: plotters_backend::BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        Plain(style.size()),
        style.family().as_str()
    )
}

pub struct Painter<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    pub theme: Theme,
    /// The catalogue every label is worded from.
    pub words: &'a Catalogue,
    font: String,
    pub width: i32,
    pub height: i32,
    layout: Layout,
    /// Draw at `width - x`, anchors flipped.
    mirrored: bool,
    /// Text is right to left: drawn inside a right-to-left isolate.
    rtl: bool,
    /// A line of text's height, in font sizes.
    line_box: f64,
    /// The theme's background is painted under the chart, so a patch of
    /// it is invisible but for what it covers; on a transparent canvas
    /// (`background: false`, a host's own colour) it would show as a box.
    painted: bool,
}

impl<'a, DB: DrawingBackend> Painter<'a, DB> {
    /// A painter on `area` whose labels are worded in the default language.
    pub fn new(area: &'a DrawingArea<DB, Shift>, theme: &Theme, font: &str) -> Self {
        let (w, h) = area.dim_in_pixel();
        Painter {
            area,
            theme: *theme,
            words: Lang::default().words(),
            font: font.to_string(),
            width: w as i32,
            height: h as i32,
            layout: Layout {
                width: w as i32,
                height: h as i32,
                ..Layout::default()
            },
            mirrored: false,
            rtl: false,
            line_box: 1.0,
            painted: true,
        }
    }

    /// The same painter, on a canvas whose background is painted if `on`.
    pub fn painted(self, on: bool) -> Self {
        Painter {
            painted: on,
            ..self
        }
    }

    /// The same painter, wording labels with `words`, in that language's
    /// direction and line height.
    pub fn with_words(self, words: &'a Catalogue) -> Self {
        // Without the Urdu catalogue (the English wasm) these are constants,
        // and the right-to-left code below compiles away.
        Painter {
            words,
            rtl: RTL && words.lang().rtl(),
            line_box: if RTL { words.line_box().max(1.0) } else { 1.0 },
            ..self
        }
    }

    /// The same painter, drawing mirrored (right to left) if `on`.
    pub fn mirrored(self, on: bool) -> Self {
        Painter {
            mirrored: RTL && on,
            ..self
        }
    }

    /// Whether this painter draws mirrored.
    pub fn is_mirrored(&self) -> bool {
        self.mirrored
    }

    /// The height of a line of text at `size`, in CSS pixels: the font
    /// size for Latin text, more for Nastaliq.
    pub fn line_h(&self, size: f64) -> i32 {
        if RTL {
            (size * self.line_box).ceil() as i32
        } else {
            size.ceil() as i32
        }
    }

    /// Whether `text` needs the taller line box: it has letters of the
    /// Arabic script (a tick of digits alone does not).
    fn tall(&self, text: &str) -> bool {
        RTL && self.line_box > 1.0 && crate::words::arabic_script(text)
    }

    /// How far a label at `size`, centred on a line, reaches past one em
    /// above and below it: 0 for Latin text. (A value axis' tall label,
    /// lifted half an em by [`Painter::tick_label`], takes that half em of
    /// the 12 px kept under the legend: the plot keeps its height, and the
    /// Urdu targets chart at 640 px its 5 ارب tick.)
    pub fn overhang(&self, size: f64) -> i32 {
        (self.line_h(size) - size.ceil() as i32) / 2
    }

    /// A value axis' label, right-aligned at `x` with its middle baseline
    /// on the gridline at `y`, where its numbers read against the line: a
    /// tall script's box is lifted by what [`Painter::text`] drops its
    /// ink by ("5 ارب" sat half an em below its line, a bare "0" on it).
    pub fn tick_label(
        &mut self,
        text: &str,
        (x, y): (i32, i32),
        size: f64,
        color: RGBColor,
    ) -> Result<Rect> {
        let lift = if self.tall(text) {
            (size * INK_DROP).round() as i32
        } else {
            0
        };
        self.text(
            text,
            (x, y - lift),
            (HPos::Right, VPos::Center),
            size,
            color,
            false,
        )
    }

    /// `x` as drawn.
    fn mx(&self, x: i32) -> i32 {
        if RTL && self.mirrored {
            self.width - x
        } else {
            x
        }
    }

    /// `r` as drawn.
    fn mrect(&self, r: Rect) -> Rect {
        if RTL && self.mirrored {
            Rect::new(self.width - r.x1, r.y0, self.width - r.x0, r.y1)
        } else {
            r
        }
    }

    /// `text` as handed to the backend: right-to-left text inside a
    /// right-to-left isolate (Chromium's canvas and SVG honour isolates:
    /// "+43.55%" inside Urdu keeps its order; without them it drew as
    /// "43.55%+").
    fn shown(&self, text: &str) -> String {
        if RTL && self.rtl {
            format!("{RLI}{text}{PDI}")
        } else {
            text.to_string()
        }
    }

    pub fn narrow(&self) -> bool {
        super::is_narrow(self.width)
    }

    pub fn tick_size(&self) -> f64 {
        if self.narrow() {
            SIZE_TICK_NARROW
        } else {
            SIZE_TICK
        }
    }

    fn style(&self, size: f64, bold: bool) -> TextStyle<'_> {
        let font = FontDesc::new(font_family(&self.font), size, FontStyle::Normal);
        let font = if bold {
            font.style(FontStyle::Bold)
        } else {
            font
        };
        TextStyle::from(font)
    }

    /// Width and height of `text` in CSS pixels.
    pub fn measure(&self, text: &str, size: f64, bold: bool) -> Result<(i32, i32)> {
        let (w, ink) = self
            .area
            .estimate_text_size(text, &self.style(size, bold))
            .map_err(draw_error)?;
        // The height is the font size for Latin text (backends disagree on
        // ascent and descent, and a box of one em keeps layout identical on
        // canvas and in SVG), and for Nastaliq the line box, whose ink
        // `INK_DROP` centres in it, or the ink's own height as the canvas
        // measured it when a reader's font reaches further.
        if self.tall(text) {
            Ok((w as i32, self.line_h(size).max(ink as i32)))
        } else {
            Ok((w as i32, size.ceil() as i32))
        }
    }

    /// The box a text of `(w, h)` occupies when anchored at `(x, y)`.
    pub fn text_box(x: i32, y: i32, (w, h): (i32, i32), hpos: HPos, vpos: VPos) -> Rect {
        let x0 = match hpos {
            HPos::Left => x,
            HPos::Center => x - w / 2,
            HPos::Right => x - w,
        };
        let y0 = match vpos {
            VPos::Top => y,
            VPos::Center => y - h / 2,
            VPos::Bottom => y - h,
        };
        Rect::new(x0, y0, x0 + w, y0 + h)
    }

    /// Draws `text` anchored at `(x, y)` and records its box.
    pub fn text(
        &mut self,
        text: &str,
        at: (i32, i32),
        anchor: (HPos, VPos),
        size: f64,
        color: RGBColor,
        bold: bool,
    ) -> Result<Rect> {
        self.put(text, at, anchor, size, color, bold, false)
    }

    /// [`Painter::text`], on a patch of the background if `patch`.
    #[allow(clippy::too_many_arguments)]
    fn put(
        &mut self,
        text: &str,
        (x, y): (i32, i32),
        (hpos, vpos): (HPos, VPos),
        size: f64,
        color: RGBColor,
        bold: bool,
        patch: bool,
    ) -> Result<Rect> {
        let dims = self.measure(text, size, bold)?;
        let rect = Self::text_box(x, y, dims, hpos, vpos);
        if patch {
            self.rect(rect, self.theme.background)?;
        }
        let hpos_drawn = match (RTL && self.mirrored, hpos) {
            (true, HPos::Left) => HPos::Right,
            (true, HPos::Right) => HPos::Left,
            _ => hpos,
        };
        // A tall line box: the ink is centred in it.
        let (y_drawn, vpos_drawn) = if self.tall(text) {
            (
                (rect.y0 + rect.y1) / 2 + (size * INK_DROP).round() as i32,
                VPos::Center,
            )
        } else {
            (y, vpos)
        };
        let style = self
            .style(size, bold)
            .color(&color)
            .pos(Pos::new(hpos_drawn, vpos_drawn));
        self.area
            .draw(&Text::new(self.shown(text), (self.mx(x), y_drawn), style))
            .map_err(draw_error)?;
        self.layout.labels.push(Placed {
            #[cfg(feature = "full")]
            text: text.to_string(),
            rect,
        });
        Ok(rect)
    }

    /// A value label in the plot, as [`Painter::text`] on a patch of the
    /// background, as a halo in print: a gridline under it stops at its
    /// edge (the annual chart's "+24.3%" was struck through by its $4bn
    /// line). For labels placed clear of the marks, so the patch hides
    /// only gridlines.
    pub fn label(
        &mut self,
        text: &str,
        at: (i32, i32),
        anchor: (HPos, VPos),
        size: f64,
        color: RGBColor,
    ) -> Result<Rect> {
        self.put(text, at, anchor, size, color, false, self.painted)
    }

    /// Draws `text` reading upwards from `(x, y)`, centred on `x`, on a
    /// patch of the background (as [`Painter::label`]: the annual chart's
    /// value labels are the only text drawn upwards).
    pub fn text_up(
        &mut self,
        text: &str,
        (x, y): (i32, i32),
        size: f64,
        color: RGBColor,
    ) -> Result<Rect> {
        let (w, h) = self.measure(text, size, false)?;
        let rect = Rect::new(x - h / 2, y - w, x - h / 2 + h, y);
        // Only the annual chart's value labels read upwards: as `label`.
        if self.painted {
            self.rect(rect, self.theme.background)?;
        }
        let style = self
            .style(size, false)
            .color(&color)
            .pos(Pos::new(HPos::Left, VPos::Center))
            .transform(FontTransform::Rotate270);
        self.area
            .draw(&Text::new(self.shown(text), (self.mx(x), y), style))
            .map_err(draw_error)?;
        self.layout.labels.push(Placed {
            #[cfg(feature = "full")]
            text: text.to_string(),
            rect,
        });
        Ok(rect)
    }

    pub fn rect(&self, r: Rect, color: RGBColor) -> Result<()> {
        let r = self.mrect(r);
        self.area
            .draw(&Rectangle::new(
                [(r.x0, r.y0), (r.x1, r.y1)],
                color.filled(),
            ))
            .map_err(draw_error)
    }

    pub fn outline(&self, r: Rect, color: RGBColor, width: u32) -> Result<()> {
        let r = self.mrect(r);
        self.area
            .draw(&Rectangle::new(
                [(r.x0, r.y0), (r.x1, r.y1)],
                color.stroke_width(width),
            ))
            .map_err(draw_error)
    }

    pub fn line(&self, points: &[(i32, i32)], color: RGBColor, width: u32) -> Result<()> {
        let drawn: Vec<(i32, i32)> = points.iter().map(|&(x, y)| (self.mx(x), y)).collect();
        self.polyline(drawn, color, width)
    }

    /// A polyline at drawn positions: the one place paths are drawn.
    fn polyline(&self, drawn: Vec<(i32, i32)>, color: RGBColor, width: u32) -> Result<()> {
        self.area
            .draw(&PathElement::new(drawn, color.stroke_width(width)))
            .map_err(draw_error)
    }

    /// A dashed polyline: dashes of `dash` px with `gap` px between.
    pub fn dashed(
        &self,
        points: &[(i32, i32)],
        color: RGBColor,
        width: u32,
        dash: f64,
        gap: f64,
    ) -> Result<()> {
        for pair in points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
            let len = (dx * dx + dy * dy).sqrt();
            if len == 0.0 {
                continue;
            }
            // The pattern stretched or shrunk to end on a whole dash: cut
            // at the segment's end, a target's line ended in a 1-2 px stub.
            let n = ((len + gap) / (dash + gap)).round().max(1.0);
            let k = len / (n * dash + (n - 1.0) * gap);
            let (dash, gap) = (dash * k, gap * k);
            let mut t = 0.0;
            while t < len - 0.5 {
                let t1 = (t + dash).min(len);
                let p = |s: f64| {
                    (
                        a.0 + (dx * s / len).round() as i32,
                        a.1 + (dy * s / len).round() as i32,
                    )
                };
                self.line(&[p(t), p(t1)], color, width)?;
                t += dash + gap;
            }
        }
        Ok(())
    }

    /// A point marker of `shape` centred at `c` with half-size `r`.
    pub fn marker(
        &self,
        shape: Shape,
        c: (i32, i32),
        r: i32,
        color: RGBColor,
        hollow: bool,
    ) -> Result<Rect> {
        let bg = self.theme.background;
        let fill = if hollow { bg } else { color };
        let logical = c;
        let c = (self.mx(c.0), c.1);
        let pts = match shape {
            Shape::Circle => {
                self.area
                    .draw(&Circle::new(c, r, fill.filled()))
                    .and_then(|_| self.area.draw(&Circle::new(c, r, color.stroke_width(2))))
                    .map_err(draw_error)?;
                let c = logical;
                return Ok(Rect::new(c.0 - r, c.1 - r, c.0 + r, c.1 + r));
            }
            Shape::Square => vec![
                (c.0 - r, c.1 - r),
                (c.0 + r, c.1 - r),
                (c.0 + r, c.1 + r),
                (c.0 - r, c.1 + r),
            ],
            Shape::Diamond => {
                let r = r + 1;
                vec![
                    (c.0, c.1 - r),
                    (c.0 + r, c.1),
                    (c.0, c.1 + r),
                    (c.0 - r, c.1),
                ]
            }
        };
        self.area
            .draw(&Polygon::new(pts.clone(), fill.filled()))
            .map_err(draw_error)?;
        let mut closed = pts;
        closed.push(closed[0]);
        self.polyline(closed, color, 2)?;
        let r = r + 1;
        let c = logical;
        Ok(Rect::new(c.0 - r, c.1 - r, c.0 + r, c.1 + r))
    }

    /// Draws a legend flowing from `(x, y)` within `max_width`, wrapping to
    /// new rows; returns the y just below it.
    pub fn legend(
        &mut self,
        items: &[(Swatch, String)],
        (x, y): (i32, i32),
        max_width: i32,
    ) -> Result<i32> {
        let size = SIZE_LEGEND;
        let row_h = self.line_h(size) + 8;
        let (mut cx, mut cy) = (x, y);
        for (swatch, label) in items {
            let (tw, _) = self.measure(label, size, false)?;
            let item_w = 22 + tw;
            if cx > x && cx + item_w > x + max_width {
                cx = x;
                cy += row_h;
            }
            let mid = cy + row_h / 2;
            match *swatch {
                Swatch::Bar(c) => self.rect(Rect::new(cx, mid - 6, cx + 14, mid + 6), c)?,
                Swatch::Hollow(c) => {
                    self.outline(Rect::new(cx + 1, mid - 5, cx + 13, mid + 5), c, 2)?
                }
                Swatch::Line { color, dashed } => {
                    let pts = [(cx, mid), (cx + 16, mid)];
                    if dashed {
                        self.dashed(&pts, color, 2, 4.0, 3.0)?
                    } else {
                        self.line(&pts, color, 2)?
                    }
                }
                Swatch::Marker {
                    shape,
                    color,
                    hollow,
                } => {
                    self.marker(shape, (cx + 7, mid), 4, color, hollow)?;
                }
            }
            self.text(
                label,
                (cx + 20, mid),
                (HPos::Left, VPos::Center),
                size,
                self.theme.text,
                false,
            )?;
            cx += item_w + 14;
        }
        Ok(cy + row_h)
    }

    /// Splits `text` into lines no wider than `max_width` (a word wider
    /// than that gets a line of its own), at its ASCII whitespace (a
    /// no-break space holds), where a walk word by word would break. A line
    /// only grows wider with each word it takes, so a binary search finds
    /// each break in about log2(n) measurements instead of one a word: each
    /// is a `measureText` out of wasm, a first draw's costliest call (311 ->
    /// 195 on the five-chart article; a guess from the width per byte and
    /// a step either way took 161, for 150 more bytes of wasm).
    pub fn wrap(&self, text: &str, size: f64, max_width: i32) -> Result<Vec<String>> {
        // The words, one space apart, and where each is: a line is measured
        // as a slice of this, not built first.
        let mut spaced = String::with_capacity(text.len());
        let mut words: Vec<(usize, usize)> = Vec::new();
        for word in text.split_ascii_whitespace() {
            if !spaced.is_empty() {
                spaced.push(' ');
            }
            words.push((spaced.len(), spaced.len() + word.len()));
            spaced.push_str(word);
        }
        let line = |ws: &[(usize, usize)]| &spaced[ws[0].0..ws[ws.len() - 1].1];
        let mut lines = Vec::new();
        let mut rest = &words[..];
        while !rest.is_empty() {
            // The most words that fit, at least one.
            let (mut fit, mut over) = (1, rest.len() + 1);
            while over - fit > 1 {
                let mid = (fit + over) / 2;
                if self.measure(line(&rest[..mid]), size, false)?.0 <= max_width {
                    fit = mid;
                } else {
                    over = mid;
                }
            }
            lines.push(line(&rest[..fit]).to_string());
            rest = &rest[fit..];
        }
        Ok(lines)
    }

    pub fn set_plot(&mut self, plot: Rect) {
        self.layout.plot = Some(plot);
    }

    /// Records that `point` was drawn in `rect`.
    pub fn mark(&mut self, point: &Point, rect: Rect) {
        let mark = Mark::of(point, rect, self.words);
        self.layout.marks.push(mark);
    }

    /// The boxes of the marks drawn so far, for labels to avoid.
    pub fn mark_rects(&self) -> Vec<Rect> {
        self.layout.marks.iter().map(|m| m.rect).collect()
    }

    /// What was drawn, every box where it was drawn (mirrored, if so).
    pub fn finish(mut self) -> Layout {
        if RTL && self.mirrored {
            let flip =
                |r: &mut Rect| *r = Rect::new(self.width - r.x1, r.y0, self.width - r.x0, r.y1);
            self.layout
                .labels
                .iter_mut()
                .for_each(|l| flip(&mut l.rect));
            self.layout.marks.iter_mut().for_each(|m| flip(&mut m.rect));
            if let Some(plot) = self.layout.plot.as_mut() {
                flip(plot);
            }
        }
        self.layout.mirrored = self.mirrored;
        self.layout
    }
}

#[cfg(test)]
mod tests {
    use plotters::style::FontFamily;

    use crate::chart::paint::font_family;

    #[test]
    fn font_family_reads_names_as_plotters_does() {
        let names = [
            "serif",
            "Serif",
            "SANS-SERIF",
            "MonoSpace",
            "sans-serif ",
            "system-ui, sans-serif",
            "\u{17f}erif",
            "\u{130}serif",
            "\u{212a}serif",
            "",
        ];
        for name in names {
            assert_eq!(
                font_family(name).as_str(),
                FontFamily::from(name).as_str(),
                "{name}"
            );
        }
        // The ASCII comparison is exact: the only non-ASCII character that
        // lowercases to an ASCII letter is the Kelvin sign, to "k".
        for c in (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii())
        {
            let lower: String = c.to_lowercase().collect();
            if lower.len() == 1 && lower.is_ascii() {
                assert_eq!((c, lower.as_str()), ('\u{212a}', "k"));
            }
        }
    }
}
