//! The framed PNG export (title and takeaway above, source below), drawn to
//! SVG with the same functions the canvas uses: at phone and desktop width,
//! for every chart, every word of the title, the takeaway and the source is
//! in the image, and no line runs past its edge.
#![cfg(not(target_arch = "wasm32"))]

use pk_it_exports::chart::{self, interact, ChartKind, Layout, Options};
use pk_it_exports::data::builtin;
use pk_it_exports::describe;
use pk_it_exports::model;
use pk_it_exports::words::Lang;
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use std::cell::RefCell;
use std::rc::Rc;

/// Renders the export as `lib.rs`'s `renderExport` does: the chart, its
/// text, the frame measured, then drawn. Returns the SVG, the layout of
/// the whole image, and the frame's text: its header (title and takeaway)
/// and its source line.
fn export(options: &Options, width: u32) -> (String, Layout, String, String) {
    let data = builtin();
    let height = chart::preferred_height(options, width);
    let model = model::build(&data, options).expect("model");
    let text = describe::chart_text(&data, &model, Lang::En.words());
    let source = format!("{} {}", text.source, text.definitions);
    let frame = interact::Frame {
        title: &text.title,
        takeaway: &text.takeaway,
        source: &source,
    };
    let mut measured = String::new();
    let area = SVGBackend::with_string(&mut measured, (width, height)).into_drawing_area();
    let (header, footer) = interact::frame_heights(&area, options, &frame).expect("frame heights");
    drop(area);
    let total = height + header as u32 + footer as u32;
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (width, total)).into_drawing_area();
    let framed = interact::draw_framed(
        &area,
        &model,
        options,
        Lang::En.words(),
        &frame,
        (header, footer),
    )
    .expect("framed export draws");
    drop(area);
    let head = format!("{} {}", text.title, text.takeaway);
    (svg, framed, head, source)
}

/// How many of `texts`, taken from its end (`from_end`) or its start, join
/// into `whole`: the frame's lines among a drawing's labels.
fn lines_of(texts: &[&str], whole: &str, from_end: bool) -> usize {
    (1..=texts.len())
        .find(|&k| {
            let part = if from_end {
                &texts[texts.len() - k..]
            } else {
                &texts[..k]
            };
            joined(part.iter().copied()) == whole
        })
        .unwrap_or_else(|| panic!("no run of lines makes {whole:?}"))
}

/// The words of `lines`, whatever the line breaks, as one string; a word
/// broken across lines is joined back (its pieces carry no space).
fn joined<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    lines.collect::<Vec<_>>().join(" ")
}

/// What the SVG backend writes for `text` inside a `<text>` element (on a
/// line of its own).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[test]
fn the_framed_export_wraps_title_and_source_at_every_width() {
    for kind in ChartKind::ALL {
        for width in [320, 1200] {
            let options = Options {
                chart: kind,
                ..Options::default()
            };
            let (svg, layout, head, source) = export(&options, width);
            let w = width as i32;
            assert_eq!(layout.width, w);
            for label in &layout.labels {
                assert!(
                    label.rect.x0 >= 0 && label.rect.x1 <= w,
                    "{kind:?} at {width}px: {:?} spans {}..{} px",
                    label.text,
                    label.rect.x0,
                    label.rect.x1
                );
                assert!(
                    label.rect.y0 >= 0 && label.rect.y1 <= layout.height,
                    "{kind:?} at {width}px: {:?} is outside the image",
                    label.text
                );
            }
            // The frame's lines come last: the title's and the takeaway's,
            // then the source's; together they are the whole text, in order.
            let frame: Vec<&str> = layout.labels.iter().map(|l| l.text.as_str()).collect();
            let source_lines = lines_of(&frame, &source, true);
            let source_start = frame.len() - source_lines;
            let title_start = source_start - lines_of(&frame[..source_start], &head, true);
            // The header is above the chart, the source below it.
            let plot = layout.plot.expect("a plot");
            assert!(layout.labels[title_start..source_start]
                .iter()
                .all(|l| l.rect.y1 <= plot.y0));
            assert!(layout.labels[source_start..]
                .iter()
                .all(|l| l.rect.y0 >= plot.y1));
            for line in &frame[title_start..] {
                assert!(
                    svg.contains(&format!(">\n{}\n</text>", escaped(line))),
                    "{kind:?} at {width}px: {line:?} is in the SVG"
                );
            }
            // All of it inside the document, which the chart's drawing closes.
            let body = &svg[..svg.find("</svg>").expect("a closed SVG")];
            assert_eq!(body.len() + "</svg>".len(), svg.trim_end().len());
            for line in &frame[title_start..] {
                assert!(
                    body.contains(&escaped(line)),
                    "{kind:?}: {line:?} inside the SVG"
                );
            }
            if width == 320 {
                assert!(
                    source_lines > 1,
                    "{kind:?}: at phone width the source needs more than one line"
                );
            }
        }
    }
}

#[test]
fn a_word_wider_than_the_line_is_broken_not_cut() {
    let options = Options::default();
    let long = format!("https://example.org/{}", "x".repeat(120));
    let title = format!("A title with {long} in it");
    let data = builtin();
    for width in [320u32, 1200] {
        let mut measured = String::new();
        let area = SVGBackend::with_string(&mut measured, (width, 300)).into_drawing_area();
        let frame = interact::Frame {
            title: &title,
            takeaway: "",
            source: &long,
        };
        let (header, footer) = interact::frame_heights(&area, &options, &frame).unwrap();
        drop(area);
        let height = chart::preferred_height(&options, width);
        let mut svg = String::new();
        let total = height + header as u32 + footer as u32;
        let area = SVGBackend::with_string(&mut svg, (width, total)).into_drawing_area();
        let layout = interact::draw_framed(
            &area,
            &model::build(&data, &options).unwrap(),
            &options,
            Lang::En.words(),
            &frame,
            (header, footer),
        )
        .unwrap();
        drop(area);
        let frame: Vec<&str> = layout.labels.iter().map(|l| l.text.as_str()).collect();
        let all: String = frame.concat();
        assert!(
            all.contains(&long.replace(' ', "")),
            "{width}px: the long word is all there"
        );
        for l in &layout.labels {
            assert!(
                l.rect.x1 <= width as i32,
                "{width}px: {:?} runs past the edge",
                l.text
            );
        }
        if width == 320 {
            assert!(
                layout
                    .labels
                    .iter()
                    .filter(|l| l.text.starts_with("xxx"))
                    .count()
                    >= 2,
                "the long word takes several lines at 320 px"
            );
        }
    }
}

/// An SVG backend whose bold text is a quarter wider than its regular text,
/// as in a browser, and which records where each text was drawn and how
/// wide it is: a frame measured in regular weight but drawn bold would run
/// past the edge here, as the title did at phone width.
struct Bolder<'a> {
    inner: SVGBackend<'a>,
    drawn: Rc<RefCell<Vec<(String, i32, i32)>>>,
}

impl<'a> DrawingBackend for Bolder<'a> {
    type ErrorType = <SVGBackend<'a> as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let (w, _) = self.estimate_text_size(text, style)?;
        let w = w as i32;
        let x0 = match style.anchor().h_pos {
            plotters_backend::text_anchor::HPos::Left => pos.0,
            plotters_backend::text_anchor::HPos::Center => pos.0 - w / 2,
            plotters_backend::text_anchor::HPos::Right => pos.0 - w,
        };
        self.drawn.borrow_mut().push((text.to_string(), x0, x0 + w));
        self.inner.draw_text(text, style, pos)
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let (w, h) = self.inner.estimate_text_size(text, style)?;
        let bold = matches!(style.style(), FontStyle::Bold);
        Ok((if bold { w + w / 4 } else { w }, h))
    }
}

#[test]
fn bold_title_lines_are_measured_bold() {
    let data = builtin();
    for kind in ChartKind::ALL {
        for width in [320u32, 360, 1200] {
            let options = Options {
                chart: kind,
                ..Options::default()
            };
            let height = chart::preferred_height(&options, width);
            let model = model::build(&data, &options).unwrap();
            let text = describe::chart_text(&data, &model, Lang::En.words());
            let source = format!("{} {}", text.source, text.definitions);
            let drawn = Rc::new(RefCell::new(Vec::new()));
            let (mut a, mut b) = (String::new(), String::new());
            let measure = Bolder {
                inner: SVGBackend::with_string(&mut a, (width, height)),
                drawn: drawn.clone(),
            }
            .into_drawing_area();
            let frame = interact::Frame {
                title: &text.title,
                takeaway: &text.takeaway,
                source: &source,
            };
            let heights = interact::frame_heights(&measure, &options, &frame).unwrap();
            drop(measure);
            let total = height + heights.0 as u32 + heights.1 as u32;
            let area = Bolder {
                inner: SVGBackend::with_string(&mut b, (width, total)),
                drawn: drawn.clone(),
            }
            .into_drawing_area();
            interact::draw_framed(&area, &model, &options, Lang::En.words(), &frame, heights)
                .unwrap();
            drop(area);
            // The frame's lines are drawn first, before the chart's labels.
            let drawn = drawn.borrow();
            let texts: Vec<&str> = drawn.iter().map(|(t, ..)| t.as_str()).collect();
            let whole = format!("{} {} {source}", text.title, text.takeaway);
            let lines = lines_of(&texts, &whole, false);
            for (t, x0, x1) in &drawn[..lines] {
                assert!(
                    *x0 >= 0 && *x1 <= width as i32 - 12,
                    "{kind:?} at {width}px: {t:?} is drawn over {x0}..{x1} px"
                );
            }
        }
    }
}
