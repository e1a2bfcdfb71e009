//! A thin drawing layer over a plotters `DrawingArea`: measured text whose
//! boxes are recorded (so tests can prove labels never overlap or spill),
//! marker shapes, dashed lines and a wrapping legend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontStyle, FontTransform};
use serde::Serialize;

use super::{draw_error, Layout, Mark, Rect, Theme};
use crate::error::Result;
use crate::model::Point;
use crate::words::{Lang, Words};

/// A text as drawn, with its box in CSS pixels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placed {
    pub text: String,
    pub rect: Rect,
}

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

pub struct Painter<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    pub theme: Theme,
    /// The catalogue every label is worded from.
    pub words: &'a dyn Words,
    font: String,
    pub width: i32,
    pub height: i32,
    layout: Layout,
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
        }
    }

    /// The same painter, wording labels with `words`.
    pub fn with_words(self, words: &'a dyn Words) -> Self {
        Painter { words, ..self }
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
        let font = (self.font.as_str(), size).into_font();
        let font = if bold {
            font.style(FontStyle::Bold)
        } else {
            font
        };
        TextStyle::from(font)
    }

    /// Width and height of `text` in CSS pixels.
    pub fn measure(&self, text: &str, size: f64, bold: bool) -> Result<(i32, i32)> {
        let (w, _) = self
            .area
            .estimate_text_size(text, &self.style(size, bold))
            .map_err(draw_error)?;
        // Height is the font size: backends disagree on ascent and descent,
        // and a box of one em keeps layout identical on canvas and in SVG.
        Ok((w as i32, size.ceil() as i32))
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
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        text: &str,
        (x, y): (i32, i32),
        (hpos, vpos): (HPos, VPos),
        size: f64,
        color: RGBColor,
        bold: bool,
    ) -> Result<Rect> {
        let dims = self.measure(text, size, bold)?;
        let style = self
            .style(size, bold)
            .color(&color)
            .pos(Pos::new(hpos, vpos));
        self.area
            .draw(&Text::new(text.to_string(), (x, y), style))
            .map_err(draw_error)?;
        let rect = Self::text_box(x, y, dims, hpos, vpos);
        self.layout.labels.push(Placed {
            text: text.to_string(),
            rect,
        });
        Ok(rect)
    }

    /// Draws `text` reading upwards from `(x, y)`, centred on `x`.
    pub fn text_up(
        &mut self,
        text: &str,
        (x, y): (i32, i32),
        size: f64,
        color: RGBColor,
    ) -> Result<Rect> {
        let (w, h) = self.measure(text, size, false)?;
        let style = self
            .style(size, false)
            .color(&color)
            .pos(Pos::new(HPos::Left, VPos::Center))
            .transform(FontTransform::Rotate270);
        self.area
            .draw(&Text::new(text.to_string(), (x, y), style))
            .map_err(draw_error)?;
        let rect = Rect::new(x - h / 2, y - w, x - h / 2 + h, y);
        self.layout.labels.push(Placed {
            text: text.to_string(),
            rect,
        });
        Ok(rect)
    }

    pub fn rect(&self, r: Rect, color: RGBColor) -> Result<()> {
        self.area
            .draw(&Rectangle::new(
                [(r.x0, r.y0), (r.x1, r.y1)],
                color.filled(),
            ))
            .map_err(draw_error)
    }

    pub fn outline(&self, r: Rect, color: RGBColor, width: u32) -> Result<()> {
        self.area
            .draw(&Rectangle::new(
                [(r.x0, r.y0), (r.x1, r.y1)],
                color.stroke_width(width),
            ))
            .map_err(draw_error)
    }

    pub fn line(&self, points: &[(i32, i32)], color: RGBColor, width: u32) -> Result<()> {
        self.area
            .draw(&PathElement::new(
                points.to_vec(),
                color.stroke_width(width),
            ))
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
            let len = dx.hypot(dy);
            if len == 0.0 {
                continue;
            }
            let mut t = 0.0;
            while t < len {
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
        let pts = match shape {
            Shape::Circle => {
                self.area
                    .draw(&Circle::new(c, r, fill.filled()))
                    .and_then(|_| self.area.draw(&Circle::new(c, r, color.stroke_width(2))))
                    .map_err(draw_error)?;
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
        self.line(&closed, color, 2)?;
        let r = r + 1;
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
        let row_h = size as i32 + 8;
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

    /// Splits `text` into lines no wider than `max_width`.
    pub fn wrap(&self, text: &str, size: f64, max_width: i32) -> Result<Vec<String>> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && self.measure(&candidate, size, false)?.0 > max_width {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            lines.push(line);
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

    pub fn finish(self) -> Layout {
        self.layout
    }
}
