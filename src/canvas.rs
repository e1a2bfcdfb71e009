//! The browser's drawing backend: plotters-canvas, made crisp at any
//! `devicePixelRatio` and measuring text with the canvas itself.
//!
//! plotters-canvas draws 1:1 in canvas pixels and measures text by inserting
//! a styled `<span>` into the document per label, which costs a layout each
//! time and is blocked (then mis-measured) under a strict CSP
//! (`style-src 'self'` forbids the style attribute). [`WebCanvas`] sizes the
//! backing store by the ratio, scales the context so charts draw in CSS
//! pixels, and answers `estimate_text_size` from `measureText`, cached.
//! (Heights are the painter's: one em for Latin text, Nastaliq's taller line
//! box, chosen from `measureText`'s `actualBoundingBoxAscent`/`Descent` of
//! Noto Nastaliq Urdu in Chromium; see `crate::chart::INK_DROP`.)
//!
//! The context's `direction` is set to "ltr": it otherwise inherits the
//! canvas element's (`dir="rtl"` on an Urdu widget), and plotters-canvas
//! aligns text with "start" and "end", which would then swap sides. The
//! painter isolates right-to-left text itself (`crate::chart`).
//! <https://html.spec.whatwg.org/multipage/canvas.html#dom-context-2d-direction>

use std::cell::RefCell;
use std::collections::HashMap;

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;

/// plotters-canvas does not export its error type by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::error::{Error, Result};

thread_local! {
    /// Text widths by font and text, shared by every chart on the page:
    /// tick labels repeat across redraws, so most lookups hit.
    static WIDTHS: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::new());
}

/// Upper bound on cached widths, so a page that draws endless distinct
/// labels cannot grow memory without limit.
const CACHE_LIMIT: usize = 4096;

pub struct WebCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    css_size: (u32, u32),
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
        // Setting the size clears the canvas and resets the context's state,
        // transform included, so the transform is set after.
        canvas.set_width((f64::from(css_width) * ratio).round() as u32);
        canvas.set_height((f64::from(css_height) * ratio).round() as u32);
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(|| Error::Draw("the canvas has no 2D context".into()))?;
        context
            .set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0)
            .map_err(|_| Error::Draw("could not scale the canvas context".into()))?;
        // Only the Urdu build draws right-to-left widgets. web-sys's setter
        // needs one more feature (and its enum) for one string; Reflect sets
        // the same property.
        if cfg!(feature = "ur") {
            let _ = js_sys::Reflect::set(&context, &"direction".into(), &"ltr".into());
        }
        let inner = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or_else(|| Error::Draw("the canvas has no 2D context".into()))?;
        Ok(WebCanvas {
            inner,
            context,
            css_size: (css_width, css_height),
        })
    }
}

impl DrawingBackend for WebCanvas {
    type ErrorType = CanvasError;

    /// The CSS size: the context's transform maps it onto the backing store.
    fn get_size(&self) -> (u32, u32) {
        self.css_size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        // The same font string plotters-canvas draws with.
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        let key = format!("{font}\u{0}{text}");
        let height = style.size().ceil() as u32;
        if let Some(w) = WIDTHS.with(|c| c.borrow().get(&key).copied()) {
            return Ok((w, height));
        }
        self.context.set_font(&font);
        let width = self
            .context
            .measure_text(text)
            .map(|m| m.width().ceil() as u32)
            .unwrap_or((style.size() * 0.6 * text.chars().count() as f64) as u32);
        WIDTHS.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= CACHE_LIMIT {
                c.clear();
            }
            c.insert(key, width);
        });
        Ok((width, height))
    }
}
