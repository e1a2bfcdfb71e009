//! The browser's drawing backend: plotters-canvas's drawing, made crisp at
//! any `devicePixelRatio` and measuring text with the canvas itself.
//!
//! plotters-canvas draws 1:1 in canvas pixels and measures text by inserting
//! a styled `<span>` into the document per label, which costs a layout each
//! time and is blocked (then mis-measured) under a strict CSP
//! (`style-src 'self'` forbids the style attribute). [`WebCanvas`] sizes the
//! backing store by the ratio, scales the context so charts draw in CSS
//! pixels, and answers `estimate_text_size` from `measureText`, cached.
//! Heights: one em for Latin text; for Arabic-script text the ink's, from
//! `measureText`'s `actualBoundingBoxAscent` + `Descent`, which the painter
//! takes when it exceeds the language's line box (`crate::chart::INK_DROP`).
//!
//! It draws on the context itself, call for call as plotters-canvas 0.3.1
//! (`src/canvas.rs`) does, but writes a colour's alpha and a font's size
//! with [`Plain`] rather than `f64`'s `Display`: the same text for every
//! value of at most six decimals (all this crate draws), without core's
//! float formatting, about 14 KB of wasm.
//!
//! The context's `direction` is set to "ltr": it otherwise inherits the
//! canvas element's (`dir="rtl"` on an Urdu widget), and plotters-canvas
//! aligns text with "start" and "end", which would then swap sides. The
//! painter isolates right-to-left text itself (`crate::chart`).
//! <https://html.spec.whatwg.org/multipage/canvas.html#dom-context-2d-direction>

use std::cell::{Cell, RefCell};

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::chart;
use crate::data::map::Map;
use crate::error::{Error, Plain, Result};

// The context's transforms and arcs without web-sys's `catch`: its
// bindings follow WebIDL files where these methods may throw, so each call
// went through an exception trap in the glue and a check in the wasm. They
// throw on no numbers this backend passes (finite, a radius from a `u32`),
// and a draw that did throw would still reach the caller as that Error.
// fillText and measureText keep theirs: Gecko can throw from both when a
// canvas has no layout to shape text with.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The same context as web-sys's `CanvasRenderingContext2d` (`unchecked_ref`).
    type Plane;
    #[wasm_bindgen(method, js_name = setTransform)]
    fn set_transform(this: &Plane, a: f64, b: f64, c: f64, d: f64, e: f64, f: f64);
    #[wasm_bindgen(method)]
    fn arc(this: &Plane, x: f64, y: f64, radius: f64, start: f64, end: f64);
    #[wasm_bindgen(method)]
    fn translate(this: &Plane, x: f64, y: f64);
    #[wasm_bindgen(method)]
    fn rotate(this: &Plane, angle: f64);
    #[wasm_bindgen(method, setter)]
    fn set_direction(this: &Plane, direction: &str);
}

/// `context` for the bindings above.
fn plane(context: &CanvasRenderingContext2d) -> &Plane {
    context.unchecked_ref()
}

thread_local! {
    /// Text sizes (width, height) by font and text, shared by every chart
    /// on the page: tick labels repeat across redraws, so most lookups hit.
    static SIZES: RefCell<Map<String, (u32, u32)>> = RefCell::new(Map::default());
}

/// The largest canvas backing store, in device pixels, that every browser
/// draws: iOS Safari's limit (4096 x 4096), the lowest of them.
const MAX_BACKING_PIXELS: f64 = 16_777_216.0;

/// Upper bound on cached widths, so a page that draws endless distinct
/// labels cannot grow memory without limit.
const CACHE_LIMIT: usize = 4096;

/// A failed canvas call, worded as plotters-canvas words it.
#[derive(Debug)]
pub struct CanvasError(&'static str);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for CanvasError {}

/// A failed `fillText`, the one drawing call that can throw. Its exception
/// is not worded: as JSON (plotters-canvas's way) a DOMException is "{}".
fn error_cast(_: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError("fillText failed"))
}

/// A colour as CSS: "rgba(r,g,b,alpha)".
fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", Plain(color.alpha))
}

/// Moves a vertical (horizontal) line half a pixel left (up), so a one
/// pixel line covers one pixel rather than two at half strength, as
/// plotters-canvas does: <https://stackoverflow.com/a/13879322/10651567>.
fn fine_hor_ver_lines(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let mut from = (f64::from(from.0), f64::from(from.1));
    let mut to = (f64::from(to.0), f64::from(to.1));
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

pub struct WebCanvas {
    context: CanvasRenderingContext2d,
    css_size: (u32, u32),
    pen: Pen,
}

/// What the context was last given, so an unchanged colour, width, font or
/// alignment is not set again. A chart sets them about 1,700 times in its
/// first draws and most are repeats (measured on the five-chart article:
/// 291 of 307 line widths, 167 of 177 alignments); each set is a call out
/// of wasm, most with a string to decode, and a font is parsed again.
/// `None` (or empty): not known, set it; after `restore()` nothing is known.
#[derive(Default)]
struct Pen {
    fill: Cell<Option<(u8, u8, u8, u64)>>,
    stroke: Cell<Option<(u8, u8, u8, u64)>>,
    width: Cell<Option<u32>>,
    /// `HPos` and `VPos` as their discriminants (they are not `PartialEq`).
    align: Cell<Option<u8>>,
    baseline: Cell<Option<u8>>,
    font: RefCell<String>,
}

/// Records `value` in `last`; true if it differs from what was there (so
/// the context must be told).
fn changed<T: Copy + PartialEq>(last: &Cell<Option<T>>, value: T) -> bool {
    last.replace(Some(value)) != Some(value)
}

/// A colour as a key: its channels and the alpha's bits.
fn color_key(c: BackendColor) -> (u8, u8, u8, u64) {
    (c.rgb.0, c.rgb.1, c.rgb.2, c.alpha.to_bits())
}

impl WebCanvas {
    /// Prepares `canvas` to draw a `css_width` x `css_height` chart at
    /// `ratio` device pixels per CSS pixel (clamped to 1-4).
    pub fn new(
        canvas: &HtmlCanvasElement,
        css_width: u32,
        css_height: u32,
        ratio: f64,
    ) -> Result<Self> {
        let ratio = if ratio.is_finite() {
            ratio.clamp(1.0, 4.0)
        } else {
            1.0
        };
        // No bigger a backing store than every browser allocates (a larger
        // one stays blank without an error): a huge chart draws at a lower
        // ratio instead.
        let area = f64::from(css_width) * f64::from(css_height);
        let ratio = ratio.min((MAX_BACKING_PIXELS / area).sqrt());
        // The context first: for anything that is not a canvas (null, a
        // string, a <div>) this fails as an Error, where setting its size
        // would throw in JavaScript from inside the call and leave the
        // chart borrowed for good.
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(|| Error::Draw("the canvas has no 2D context".into()))?;
        // Setting the size clears the canvas and resets the context's state,
        // transform included, so the transform is set after. A canvas
        // already that size (js/chart.js, sizeCanvas, sizes every canvas of
        // a batch before any draws) is cleared instead: setting a size, even
        // the same one, changes the element's size attributes, and the
        // browser then brings the page's style up to date at the next font
        // set, once per chart of a batch (~7 ms of five first draws at 4x
        // CPU). The state it keeps is what the pen sets again (`Pen` starts
        // unknown); the one-pixel margin covers a backing size rounded up.
        let (width, height) = (
            (f64::from(css_width) * ratio).round() as u32,
            (f64::from(css_height) * ratio).round() as u32,
        );
        let kept = canvas.width() == width && canvas.height() == height;
        if !kept {
            canvas.set_width(width);
            canvas.set_height(height);
        }
        plane(&context).set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
        if kept {
            context.clear_rect(
                0.0,
                0.0,
                f64::from(css_width) + 1.0,
                f64::from(css_height) + 1.0,
            );
        }
        // Only the Urdu build draws right-to-left widgets. web-sys's setter
        // needs one more feature (and its enum) for one string.
        if cfg!(feature = "ur") {
            plane(&context).set_direction("ltr");
        }
        Ok(WebCanvas {
            context,
            css_size: (css_width, css_height),
            pen: Pen::default(),
        })
    }

    /// Sets the stroke colour and line width.
    fn set_line_style(&self, style: &impl BackendStyle) {
        if changed(&self.pen.stroke, color_key(style.color())) {
            self.context.set_stroke_style_str(&css_color(style.color()));
        }
        if changed(&self.pen.width, style.stroke_width()) {
            self.context.set_line_width(f64::from(style.stroke_width()));
        }
    }

    /// Sets the fill colour.
    fn set_fill(&self, color: BackendColor) {
        if changed(&self.pen.fill, color_key(color)) {
            self.context.set_fill_style_str(&css_color(color));
        }
    }

    /// Sets the font (a CSS font string).
    fn set_font(&self, font: &str) {
        let mut last = self.pen.font.borrow_mut();
        if *last != font {
            self.context.set_font(font);
            last.clear();
            last.push_str(font);
        }
    }

    /// Traces `path` as the current path: begins it, moves to the first
    /// point (after `first`, called only if there is one) and lines to the
    /// rest, closing it if `close`.
    fn trace(
        &self,
        path: impl IntoIterator<Item = BackendCoord>,
        first: impl FnOnce(),
        close: bool,
    ) {
        let mut path = path.into_iter();
        self.context.begin_path();
        if let Some(start) = path.next() {
            first();
            self.context.move_to(f64::from(start.0), f64::from(start.1));
            for next in path {
                self.context.line_to(f64::from(next.0), f64::from(next.1));
            }
            if close {
                self.context.close_path();
            }
        }
    }
}

impl DrawingBackend for WebCanvas {
    type ErrorType = CanvasError;

    /// The CSS size: the context's transform maps it onto the backing store.
    fn get_size(&self) -> (u32, u32) {
        self.css_size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(color);
        self.context
            .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (from, to) = fine_hor_ver_lines(from, to);
        self.set_line_style(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let w = f64::from(bottom_right.0 - upper_left.0);
        let h = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.set_fill(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.set_line_style(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.trace(path, || self.set_line_style(style), false);
        self.context.stroke();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.set_fill(style.color());
        } else {
            self.set_line_style(style);
        }
        self.context.begin_path();
        plane(&self.context).arc(
            f64::from(center.0),
            f64::from(center.1),
            f64::from(radius),
            0.0,
            std::f64::consts::PI * 2.0,
        );
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.trace(vert, || self.set_fill(style.color()), true);
        self.context.fill();
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (mut x, mut y) = pos;
        let degree = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        } / 180.0
            * std::f64::consts::PI;
        if degree != 0.0 {
            self.context.save();
            plane(&self.context).translate(f64::from(x), f64::from(y));
            plane(&self.context).rotate(degree);
            x = 0;
            y = 0;
        }
        let anchor = style.anchor();
        if changed(&self.pen.baseline, anchor.v_pos as u8) {
            self.context.set_text_baseline(match anchor.v_pos {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            });
        }
        if changed(&self.pen.align, anchor.h_pos as u8) {
            self.context.set_text_align(match anchor.h_pos {
                HPos::Left => "start",
                HPos::Right => "end",
                HPos::Center => "center",
            });
        }
        self.set_fill(color);
        self.set_font(&chart::css_font(style));
        self.context
            .fill_text(text, f64::from(x), f64::from(y))
            .map_err(error_cast)?;
        if degree != 0.0 {
            self.context.restore();
            // Everything set since save() is undone.
            self.pen = Pen::default();
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        // The same font string `draw_text` draws with.
        let font = chart::css_font(style);
        // The text first: keys that differ early compare fast in the
        // binary search (font first, every comparison ran through the ~75
        // bytes of font stack they share: memcmp 4.7 -> 1.6 ms of a first
        // draw of five charts at 4x CPU, in CPU profiles of eight loads).
        let key = format!("{text}\u{0}{font}");
        if let Some(size) = SIZES.with(|c| c.borrow().get(&key).copied()) {
            return Ok(size);
        }
        self.set_font(&font);
        let em = style.size();
        let (width, height) = match self.context.measure_text(text) {
            // Arabic-script text is as tall as its ink: Nastaliq's ascenders
            // and descenders reach far past one em, and by how much depends
            // on the font the reader's browser picked (the painter gives it
            // at least its line box). Latin text keeps one em.
            Ok(m) if crate::words::arabic_script(text) => (
                m.width().ceil() as u32,
                (m.actual_bounding_box_ascent() + m.actual_bounding_box_descent()).ceil() as u32,
            ),
            Ok(m) => (m.width().ceil() as u32, em.ceil() as u32),
            Err(_) => (
                (em * 0.6 * text.chars().count() as f64) as u32,
                em.ceil() as u32,
            ),
        };
        SIZES.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= CACHE_LIMIT {
                c.clear();
            }
            c.insert(key, (width, height));
        });
        Ok((width, height))
    }
}

#[cfg(test)]
mod tests {
    use plotters_backend::BackendColor;

    use crate::canvas::css_color;
    use crate::error::Plain;

    /// The text `f64`'s `Display` (plotters-canvas's) writes, for the
    /// alphas and sizes a chart can draw.
    #[test]
    fn numbers_as_plotters_canvas_writes_them() {
        for x in [
            0.0, 1.0, 0.5, 0.15, 0.333, 0.1234, 11.0, 12.0, 12.5, 16.0, 13.25, 100.0,
        ] {
            assert_eq!(Plain(x).to_string(), x.to_string(), "{x}");
        }
        let color = BackendColor {
            alpha: 0.35,
            rgb: (1, 22, 255),
        };
        assert_eq!(css_color(color), "rgba(1,22,255,0.35)");
    }
}

/// The pen in a real canvas: what `restore()` undoes is set again.
#[cfg(all(test, target_arch = "wasm32"))]
mod browser {
    use plotters_backend::{
        BackendColor, BackendTextStyle, DrawingBackend, FontFamily, FontTransform,
    };
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

    use crate::canvas::WebCanvas;

    wasm_bindgen_test_configure!(run_in_browser);

    const RED: BackendColor = BackendColor {
        alpha: 1.0,
        rgb: (255, 0, 0),
    };
    const BLUE: BackendColor = BackendColor {
        alpha: 1.0,
        rgb: (0, 0, 255),
    };

    /// Red text turned a quarter, as an axis title is drawn.
    struct Turned;
    impl BackendTextStyle for Turned {
        type FontError = std::fmt::Error;
        fn color(&self) -> BackendColor {
            RED
        }
        fn size(&self) -> f64 {
            10.0
        }
        fn transform(&self) -> FontTransform {
            FontTransform::Rotate90
        }
        fn family(&self) -> FontFamily<'_> {
            FontFamily::SansSerif
        }
        fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
            Ok(((0, 0), (0, 0)))
        }
        fn draw<E, DC: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
            &self,
            _text: &str,
            _pos: (i32, i32),
            _draw: DC,
        ) -> Result<Result<(), E>, Self::FontError> {
            Ok(Ok(()))
        }
    }

    #[wasm_bindgen_test]
    fn a_colour_set_inside_save_and_restore_is_set_again_after() {
        let document = web_sys::window().unwrap().document().unwrap();
        let canvas: HtmlCanvasElement = document
            .create_element("canvas")
            .unwrap()
            .dyn_into()
            .unwrap();
        let mut backend = WebCanvas::new(&canvas, 100, 20, 1.0).unwrap();
        backend.draw_rect((0, 0), (10, 10), &BLUE, true).unwrap();
        // Rotated text fills red between save() and restore(): the context
        // is blue again after, whatever the pen last set.
        backend.draw_text("x", &Turned, (50, 0)).unwrap();
        backend.draw_rect((20, 0), (30, 10), &RED, true).unwrap();
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        let pixel = context.get_image_data(25.0, 5.0, 1.0, 1.0).unwrap().data();
        assert_eq!(&pixel[..3], &[255, 0, 0], "the second rectangle is red");
    }
}
