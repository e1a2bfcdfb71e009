//! Build step: renders every chart to a static SVG with the same chart code
//! the canvas runs, and writes each chart's no-JavaScript fallback (that
//! image, its data as a table, its source) into HTML files between markers:
//!
//! ```text
//! <!-- pk-fallback:annual -->  ...replaced...  <!-- /pk-fallback -->
//! ```
//!
//! Usage: `cargo run --example render_static -- [--lang ur] OUT_DIR [--base URL] [HTML...]`
//! where URL is where OUT_DIR will be served from, as the HTML sees it
//! (default `static/`). scripts/build.sh runs it for `www/`, and with
//! `--lang ur` for the Urdu page (`www/static/ur/`, `www/ur/index.html`):
//! Urdu words, charts mirrored as the widget draws them.

use std::fmt::Write as _;
use std::path::PathBuf;

use pk_it_exports::chart::{self, ChartKind, Options, ThemeName};
use pk_it_exports::data::builtin;
use pk_it_exports::describe;
use pk_it_exports::model;
use pk_it_exports::words::Lang;
use plotters::prelude::*;

/// The width the static images are drawn at; they scale down with CSS.
const WIDTH: u32 = 640;

/// The width of the phone images: a 360 px screen's column. A 640 px image
/// shown 328 px wide set its 12 px labels at 6 px; this one keeps them at
/// 11-13 px on any phone from 320 to 414 px. Pages pick it by
/// `(max-width: 480px)`.
const NARROW: u32 = 340;
const NARROW_MEDIA: &str = "(max-width: 480px)";

fn main() {
    if let Err(e) = run() {
        eprintln!("render_static: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1).peekable();
    let mut lang = Lang::En;
    if args.peek().map(String::as_str) == Some("--lang") {
        args.next();
        lang = match args.next().as_deref() {
            Some("en") => Lang::En,
            Some("ur") => Lang::Ur,
            other => return Err(format!("--lang: {other:?} is not en or ur")),
        };
    }
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: render_static [--lang ur] OUT_DIR [--base URL] [HTML...]")?,
    );
    let mut base = "static/".to_string();
    let mut pages = Vec::new();
    while let Some(a) = args.next() {
        if a == "--base" {
            base = args.next().ok_or("--base needs a URL")?;
        } else {
            pages.push(PathBuf::from(a));
        }
    }
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let data = builtin();
    let words = lang.words();
    let mut fragments = Vec::new();
    for kind in ChartKind::ALL {
        let options = Options {
            chart: kind,
            lang,
            ..Options::default()
        };
        let model = model::build(&data, &options).map_err(|e| format!("{kind:?}: {e}"))?;
        let name = kind.id();
        // Light, and dark for a reader whose pages are dark (the fallback's
        // <picture> picks by prefers-color-scheme, as the pages' styles do);
        // at a column's width and a phone's.
        let mut heights = [0; 2];
        for (i, (width, size)) in [(WIDTH, ""), (NARROW, "-narrow")].into_iter().enumerate() {
            for (theme, suffix) in [(ThemeName::Light, ""), (ThemeName::Dark, "-dark")] {
                let options = Options {
                    theme,
                    ..options.clone()
                };
                let (svg, height) = draw(&model, &options, width)?;
                heights[i] = height;
                let file = out.join(format!("{name}{size}{suffix}.svg"));
                std::fs::write(&file, svg).map_err(|e| format!("{}: {e}", file.display()))?;
            }
        }
        let text = describe::chart_text(&data, &model, words);
        let rows = describe::chart_rows(&data, &model, words);
        fragments.push((
            name.into(),
            fallback(&base, name, heights, &text, &rows, words),
        ));
        // The story page's heading of the chart, so a reader without
        // JavaScript (or without the wasm) gets the section's name.
        fragments.push((format!("{name}-title"), escape(&text.title)));
    }
    // The story page's two tables and their summaries: the page shows these
    // (its wasm, the first-draw build, does not rebuild them).
    let summaries = describe::summaries(&data, words);
    let rtl = lang.rtl();
    fragments.push((
        "checks".into(),
        check_rows(&describe::check_rows(&data, words), rtl),
    ));
    fragments.push((
        "figures".into(),
        figure_rows(&describe::table(&data, words), rtl),
    ));
    fragments.push(("checks-summary".into(), escape(&summaries.checks)));
    fragments.push(("figures-summary".into(), escape(&summaries.figures)));
    for page in pages {
        let html =
            std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        let updated = inject(&html, &fragments);
        if updated != html {
            std::fs::write(&page, updated).map_err(|e| format!("{}: {e}", page.display()))?;
        }
    }
    Ok(())
}

/// `model` as an SVG `width` px wide, and its height: the chart's preferred
/// height, or more where its legend and labels leave the plot too little
/// (as the widget measures it on its drawing).
fn draw(model: &model::ChartModel, options: &Options, width: u32) -> Result<(String, u32), String> {
    let words = options.lang.words();
    let mut height = chart::preferred_height(options, width);
    // Three passes at most, as the widget draws: a taller drawing leaves
    // the plot more room, so the second nearly always holds.
    let mut passes = 0;
    loop {
        passes += 1;
        let mut svg = String::new();
        let backend = SVGBackend::with_string(&mut svg, (width, height));
        // English as it always was; Urdu estimated by character, since
        // plotters' estimate counts UTF-8 bytes.
        let layout = if options.lang == Lang::En {
            chart::draw_model(&backend.into_drawing_area(), model, options, words)
        } else {
            let area = chart::Estimated(backend).into_drawing_area();
            chart::draw_model(&area, model, options, words)
        }
        .map_err(|e| format!("{:?} at {width} px: {e}", options.chart))?;
        let least = chart::min_height(model, options, width, Some(&layout));
        if least <= height || passes == 3 {
            return Ok((svg, height));
        }
        height = least;
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The fallback: the static image, the data as a table, the source.
fn fallback(
    base: &str,
    name: &str,
    [height, narrow]: [u32; 2],
    text: &describe::ChartText,
    rows: &[describe::PointRow],
    words: &dyn pk_it_exports::words::Words,
) -> String {
    let ui = words.ui();
    let (caption, stop) = match words.lang() {
        Lang::En => ("Data for this chart", "."),
        Lang::Ur => ("اس چارٹ کے اعداد", "\u{6d4}"),
    };
    let mut h = String::new();
    let _ = write!(
        h,
        "\n<figure class=\"pk-fallback\">\n<p class=\"pk-fallback-title\"><strong>{}</strong></p>\n<p>{}</p>\n<picture><source srcset=\"{base}{name}-narrow-dark.svg\" media=\"{NARROW_MEDIA} and (prefers-color-scheme: dark)\" width=\"{NARROW}\" height=\"{narrow}\"><source srcset=\"{base}{name}-narrow.svg\" media=\"{NARROW_MEDIA}\" width=\"{NARROW}\" height=\"{narrow}\"><source srcset=\"{base}{name}-dark.svg\" media=\"(prefers-color-scheme: dark)\"><img src=\"{base}{name}.svg\" width=\"{WIDTH}\" height=\"{height}\" alt=\"{}\"></picture>\n<table>\n<caption>{caption}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(&text.title),
        escape(&text.takeaway),
        escape(&format!("{}{stop} {}", text.title, text.takeaway)),
        ui.series,
        ui.period,
        ui.value,
        ui.source,
    );
    let derived_flag = format!(" ({})", words.derived());
    for r in rows {
        let derived = if r.derived { derived_flag.as_str() } else { "" };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><th scope=\"row\">{}</th><td>{}{derived}</td><td>{}</td></tr>",
            escape(&r.series),
            escape(&r.period),
            escape(&r.value),
            bdi(&escape(&r.source), words.lang().rtl())
        );
    }
    let _ = write!(
        h,
        "</tbody>\n</table>\n<figcaption>{} {}</figcaption>\n</figure>\n",
        escape(&text.source),
        escape(&text.definitions)
    );
    h
}

/// `html` isolated from right-to-left text around it (an outlet's name on
/// the Urdu page), or as it is.
fn bdi(html: &str, rtl: bool) -> String {
    if rtl && !html.is_empty() {
        format!("<bdi>{html}</bdi>")
    } else {
        html.to_string()
    }
}

/// A source cell: outlet and date, the layer, then the reference, a link
/// when it is a web address.
fn citation(c: &describe::Citation, rtl: bool) -> String {
    // Joined as the catalogue's own citations are: the Urdu comma on the
    // Urdu page, where a Latin one read as part of the outlet's name.
    let comma = if rtl { "\u{60c} " } else { ", " };
    let date = c
        .date
        .as_deref()
        .map(|d| format!("{comma}{d}"))
        .unwrap_or_default();
    let reference = escape(&c.reference);
    let reference = if web_address(&c.reference) {
        format!("<a href=\"https://{reference}\" rel=\"noopener noreferrer\">{reference}</a>")
    } else if rtl {
        // The dataset's references are English (a headline, a table's
        // name): said as English, and laid out left to right, on the Urdu page.
        format!("<span class=\"ref\" lang=\"en\" dir=\"ltr\">{reference}</span>")
    } else {
        format!("<span class=\"ref\">{reference}</span>")
    };
    // On the Urdu page the outlet is isolated on its own, so a Latin name
    // does not turn the date after it left to right.
    format!(
        "<td class=\"source\"><span class=\"outlet\">{}{}</span> <span class=\"layer\">({})</span><br>{}</td>",
        bdi(&escape(&c.outlet), rtl),
        escape(&date),
        escape(c.layer),
        bdi(&reference, rtl)
    )
}

/// A reference written as a web address without its scheme
/// (`sbp.org.pk/ecodata/...`), not an article's file name or a citation.
fn web_address(reference: &str) -> bool {
    let Some((host, _)) = reference.split_once('/') else {
        return false;
    };
    let top = host.rsplit('.').next().unwrap_or("");
    !reference.contains(',')
        && host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && top.len() >= 2
        && top.chars().all(|c| c.is_ascii_alphabetic())
}

/// The quote checks as table rows; the marks are the page's (app.js).
fn check_rows(rows: &[describe::CheckRow], rtl: bool) -> String {
    let mut h = String::from("\n");
    for r in rows {
        let mark = match r.verdict_id {
            "exact" => "\u{2713}",
            "rounding" => "\u{2248}",
            "doesNotReproduce" => "\u{2717}",
            _ => "?",
        };
        let _ = writeln!(
            h,
            "<tr class=\"verdict-{}\"><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"verdict\"><span class=\"mark\" aria-hidden=\"true\">{mark}</span> {}</td>{}</tr>",
            r.verdict_id,
            escape(&r.what),
            escape(&r.quoted),
            escape(&r.computed),
            escape(&r.verdict),
            citation(&r.source, rtl)
        );
    }
    h
}

/// Every figure as table rows, a heading row before each measure.
fn figure_rows(rows: &[describe::Row], rtl: bool) -> String {
    let mut h = String::from("\n");
    let mut measure = "";
    for r in rows {
        if r.measure != measure {
            measure = r.measure;
            let _ = writeln!(
                h,
                "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"6\"><span class=\"measure\">{}</span><span class=\"definition\">{}</span></th></tr>",
                escape(r.measure),
                escape(r.definition)
            );
        }
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"flags\">{}</td>{}</tr>",
            escape(&r.period),
            escape(&r.value),
            escape(r.growth.as_deref().unwrap_or("\u{2013}")),
            escape(r.quoted.as_deref().unwrap_or("")),
            escape(&r.flags.join("; ")),
            citation(&r.source, rtl)
        );
    }
    h
}

/// Replaces what stands between each chart's markers with its fragment.
fn inject(html: &str, fragments: &[(String, String)]) -> String {
    let mut out = html.to_string();
    for (name, fragment) in fragments {
        let open = format!("<!-- pk-fallback:{name} -->");
        let close = "<!-- /pk-fallback -->";
        let mut from = 0;
        while let Some(start) = out[from..].find(&open).map(|i| i + from + open.len()) {
            let Some(end) = out[start..].find(close).map(|i| i + start) else {
                break;
            };
            out.replace_range(start..end, fragment);
            from = start + fragment.len() + close.len();
        }
    }
    out
}
