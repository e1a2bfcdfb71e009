//! The canvas fonts the built-in charts draw in, listed at build time for
//! the embed (`cargo run --example prepare` writes them to
//! `src/words/prepared/fonts.en.json`; tests/prepared.rs keeps it fresh).
//!
//! A canvas's first text in a font costs more than the rest of its text:
//! the browser opens the face, sets up each size and looks for a fallback
//! face for a glyph the first lacks (a minus sign, on some systems). On the
//! mobile profile that was about 20 ms of the first draw of five charts;
//! the embed (js/chart.js, `warmFonts`) asks for these fonts while the wasm
//! downloads, so the draw finds them ready.

use std::cell::RefCell;
use std::collections::BTreeSet;

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use serde::Serialize;

use crate::data::Dataset;
use crate::error::Result;
use crate::ids::ChartKind;
use crate::model::Options;
use crate::words::Catalogue;

/// The fonts the built-in charts' default drawings use.
#[derive(Debug, Serialize)]
pub struct Used {
    /// The default family (`fontFamily`), which every font is in.
    pub family: &'static str,
    /// CSS font shorthand without the family ("bold 13px"): those an
    /// article's width draws in, in the order first used, then those only
    /// a phone's width adds.
    pub fonts: Vec<String>,
    /// Every character drawn that is not a letter or a space (digits,
    /// signs, the minus and the dashes): those a fallback face may have to
    /// supply.
    pub glyphs: String,
}

/// What a drawing measured and drew its text in.
#[derive(Default)]
struct Log {
    fonts: Vec<String>,
    glyphs: BTreeSet<char>,
}

impl Log {
    fn note<S: BackendTextStyle>(&mut self, text: &str, style: &S) {
        // As the canvas backend sets it, less the family (the embed adds the widget's).
        let font = super::css_font(style);
        let font = font
            .strip_suffix(style.family().as_str())
            .unwrap_or(&font)
            .trim_end()
            .to_string();
        if !self.fonts.contains(&font) {
            self.fonts.push(font);
        }
        self.glyphs.extend(
            text.chars()
                .filter(|c| !c.is_alphabetic() && !c.is_whitespace()),
        );
    }
}

/// A backend that draws nothing and notes the font of every text measured
/// or drawn; it measures text as [`super::Estimated`] does.
struct Recorder<'a> {
    size: (u32, u32),
    log: &'a RefCell<Log>,
}

type Drawn<T = ()> = std::result::Result<T, DrawingErrorKind<std::convert::Infallible>>;

impl DrawingBackend for Recorder<'_> {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }
    fn present(&mut self) -> Drawn {
        Ok(())
    }
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Drawn {
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, _: BackendCoord) -> Drawn {
        self.log.borrow_mut().note(text, style);
        Ok(())
    }
    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Drawn<(u32, u32)> {
        self.log.borrow_mut().note(text, style);
        Ok(super::estimate::size(text, style))
    }
}

/// The fonts every built-in chart's default drawing of `data` in `words`
/// uses, at an article's width and at a phone's.
pub fn used(data: &Dataset, words: &Catalogue) -> Result<Used> {
    let mut glyphs = BTreeSet::new();
    let mut fonts: Vec<String> = Vec::new();
    for width in [640, 360] {
        let log = RefCell::new(Log::default());
        for chart in ChartKind::ALL {
            let options = Options {
                chart,
                ..Options::default()
            };
            let model = crate::model::build(data, &options)?;
            let recorder = Recorder {
                size: (width, super::preferred_height(&options, width)),
                log: &log,
            };
            super::draw_model(&recorder.into_drawing_area(), &model, &options, words)?;
        }
        let log = log.into_inner();
        glyphs.extend(log.glyphs);
        for font in log.fonts {
            if !fonts.contains(&font) {
                fonts.push(font);
            }
        }
    }
    Ok(Used {
        family: crate::model::FONT_LATIN,
        fonts,
        glyphs: glyphs.into_iter().collect(),
    })
}
