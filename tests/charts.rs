//! Each chart rendered to SVG, natively, with the same code the canvas runs:
//! bars counted against periods, labels present, values mapped in order, and
//! no text overlapping other text or leaving the chart, from 320 to 1200 px.

use pk_it_exports::chart::{self, ChartKind, Layout, Options, Theme, ThemeName};
use pk_it_exports::data::{builtin, Measure, Period};
use pk_it_exports::growth::TargetReading;
use pk_it_exports::model;
use pk_it_exports::words::{Lang, Words};
use plotters::prelude::*;

mod common;

const WIDTHS: [u32; 5] = [320, 400, 640, 900, 1200];

fn render(options: &Options, width: u32) -> (String, Layout) {
    let height = chart::preferred_height(options, width);
    let mut svg = String::new();
    let layout = {
        let svg = SVGBackend::with_string(&mut svg, (width, height));
        // Urdu is estimated by character (plotters' estimate counts bytes);
        // English keeps plotters' own estimate, as before.
        let area = if options.lang == Lang::Ur {
            chart::draw(
                &chart::Estimated(svg).into_drawing_area(),
                &builtin(),
                options,
            )
        } else {
            chart::draw(&svg.into_drawing_area(), &builtin(), options)
        };
        area.unwrap_or_else(|e| panic!("{:?} at {width}px: {e}", options.chart))
    };
    (svg, layout)
}

fn words() -> &'static dyn Words {
    Lang::En.words()
}

fn opts(chart: ChartKind) -> Options {
    Options {
        chart,
        ..Options::default()
    }
}

/// Every variant a reader can get: each chart, each view, both themes.
fn variants() -> Vec<Options> {
    let mut out: Vec<Options> = common::views()
        .into_iter()
        .flat_map(|o| {
            [ThemeName::Light, ThemeName::Dark].map(|theme| Options { theme, ..o.clone() })
        })
        .collect();
    // The same in Urdu, mirrored (the default) and with time left to right.
    let english = out.clone();
    for mirror in [true, false] {
        out.extend(english.iter().map(|o| Options {
            lang: Lang::Ur,
            mirror,
            ..o.clone()
        }));
    }
    out
}

fn label_texts(layout: &Layout) -> Vec<&str> {
    layout.labels.iter().map(|l| l.text.as_str()).collect()
}

/// The value labels of the annual and growth charts (their growth rates)
/// are drawn on a patch of the background, so a gridline under one stops at
/// its edge: at 360 px the annual chart's $4bn line ran through "+24.3%".
#[test]
fn value_labels_are_drawn_over_the_gridlines_on_a_patch() {
    for chart in [ChartKind::Annual, ChartKind::Growth] {
        for width in [360, 900] {
            let (svg, layout) = render(&opts(chart), width);
            let plot = layout.plot.unwrap();
            // The rates in the plot, not the value axis' ticks beside it.
            let rates: Vec<&str> = (layout.labels.iter())
                .filter(|l| l.text.ends_with('%') && plot.contains(&l.rect))
                .map(|l| l.text.as_str())
                .collect();
            assert!(rates.len() >= 3, "{chart:?} {width}px: {rates:?}");
            for rate in rates {
                let at = svg
                    .find(&format!(">\n{rate}\n</text>"))
                    .unwrap_or_else(|| panic!("{rate} in the SVG"));
                let text = svg[..at].rfind("<text").unwrap();
                let before = &svg[svg[..text].rfind('<').unwrap()..text];
                assert!(
                    before.starts_with("<rect") && before.contains(r##"fill="#FFFFFF""##),
                    "{chart:?} {width}px: {rate} is drawn on {before:?}"
                );
            }
        }
        // On a transparent canvas (a host's own colour) a patch would show
        // as a box behind each rate: none is drawn.
        let options = Options {
            background: false,
            ..opts(chart)
        };
        let (svg, layout) = render(&options, 360);
        let plot = layout.plot.unwrap();
        let rates =
            (layout.labels.iter()).filter(|l| l.text.ends_with('%') && plot.contains(&l.rect));
        for l in rates {
            let at = svg.find(&format!(">\n{}\n</text>", l.text)).unwrap();
            let text = svg[..at].rfind("<text").unwrap();
            let before = &svg[svg[..text].rfind('<').unwrap()..text];
            assert!(
                !before.contains(r##"fill="#FFFFFF""##),
                "{chart:?}: {} on {before:?}",
                l.text
            );
        }
    }
}

#[test]
fn no_label_overlaps_another_or_leaves_the_chart() {
    for options in variants() {
        for width in WIDTHS {
            let (_, layout) = render(&options, width);
            let bounds = chart::Rect::new(0, 0, layout.width, layout.height);
            for (i, a) in layout.labels.iter().enumerate() {
                assert!(
                    bounds.contains(&a.rect),
                    "{:?} {:?} mirror={} {width}px: {:?} at {:?} leaves the {}x{} chart",
                    options.chart,
                    options.lang,
                    options.mirror,
                    a.text,
                    a.rect,
                    layout.width,
                    layout.height
                );
                for b in &layout.labels[i + 1..] {
                    assert!(
                        !a.rect.overlaps(&b.rect),
                        "{:?} {:?} mirror={} cumulative={} {width}px: {:?} {:?} overlaps {:?} {:?}",
                        options.chart,
                        options.lang,
                        options.mirror,
                        options.cumulative,
                        a.text,
                        a.rect,
                        b.text,
                        b.rect
                    );
                }
            }
            // The annual and growth charts' value labels cover no mark:
            // each is drawn on a patch of the background (a halo over the
            // gridlines), which would hide a bar or a point.
            if matches!(options.chart, ChartKind::Annual | ChartKind::Growth) {
                let plot = layout.plot.unwrap();
                for l in layout.labels.iter().filter(|l| plot.overlaps(&l.rect)) {
                    for m in &layout.marks {
                        assert!(
                            !l.rect.overlaps(&m.rect),
                            "{:?} {:?} {width}px: {:?} {:?} covers the mark {:?} {:?}",
                            options.chart,
                            options.lang,
                            l.text,
                            l.rect,
                            m.period,
                            m.rect
                        );
                    }
                }
            }
            // On the growth chart, no value label is crossed by a line (the
            // ICT line ran through "+20.8%" at 1,120 px in a browser, found
            // by a visual sweep).
            if options.chart == ChartKind::Growth {
                let plot = layout.plot.unwrap();
                let centre = |r: &chart::Rect| ((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2);
                let line = |m: Measure| -> Vec<(i32, i32)> {
                    let ids = pk_it_exports::ids::SeriesId::Measure(m);
                    (layout.marks.iter())
                        .filter(|k| {
                            k.series_id == ids && !matches!(k.period, Period::FiscalSpan { .. })
                        })
                        .map(|k| centre(&k.rect))
                        .collect()
                };
                let lines = [line(Measure::Ict), line(Measure::ItItes)];
                for l in layout.labels.iter().filter(|l| plot.contains(&l.rect)) {
                    for xy in &lines {
                        assert!(
                            !xy.windows(2).any(|s| l.rect.crossed_by(s[0], s[1])),
                            "{:?} mirror={} {width}px: a line crosses {:?}",
                            options.lang,
                            options.mirror,
                            l.text
                        );
                    }
                }
            }
            for m in &layout.marks {
                assert!(
                    bounds.contains(&m.rect),
                    "{:?} {width}px: mark {m:?} outside",
                    options.chart
                );
                if let Some(plot) = layout.plot {
                    assert!(
                        plot.contains(&m.rect) || m.rect.y1 <= plot.y1 + 6,
                        "{:?}: mark outside the plot",
                        options.chart
                    );
                }
            }
        }
    }
}

#[test]
fn annual_bars_match_the_periods_and_the_values_in_order() {
    let data = builtin();
    for width in WIDTHS {
        let (svg, layout) = render(&opts(ChartKind::Annual), width);
        let ict: Vec<_> = layout
            .marks
            .iter()
            .filter(|m| m.measure == Measure::Ict)
            .collect();
        let narrow: Vec<_> = layout
            .marks
            .iter()
            .filter(|m| m.measure == Measure::ItItes)
            .collect();
        // Ten whole years, then FY2025-26's July-February beside July-February
        // FY2024-25: twelve ICT bars.
        assert_eq!(ict.len(), data.annual(Measure::Ict).len() + 2);
        assert_eq!(narrow.len(), data.annual(Measure::ItItes).len());
        assert_eq!(ict.len(), 12);
        assert_eq!(
            (ict[10].period, ict[10].value, ict[10].derived),
            (Period::fy_span(2024, 1, 8), 2482.0, true)
        );
        assert_eq!(
            (ict[11].period, ict[11].value, ict[11].derived),
            (Period::fy_span(2025, 1, 8), 2975.0, true)
        );
        // Left to right in time, and taller exactly when larger.
        // (The running year's base, July-February FY2024-25, stands in
        // FY2025-26's slot, beside it, not in time order.)
        let in_time: Vec<_> = ict
            .iter()
            .filter(|m| m.period != Period::fy_span(2024, 1, 8))
            .collect();
        for pair in in_time.windows(2) {
            assert!(pair[0].rect.x0 < pair[1].rect.x0);
            assert!(pair[0].period.sort_key() < pair[1].period.sort_key());
        }
        for a in ict.iter().chain(&narrow) {
            for b in ict.iter().chain(&narrow) {
                if a.value < b.value {
                    assert!(
                        a.rect.height() <= b.rect.height(),
                        "{} vs {}",
                        a.value,
                        b.value
                    );
                }
            }
            // Bars stand on one baseline.
            assert_eq!(a.rect.y1, ict[0].rect.y1);
        }
        // Height proportional to value (to the pixel).
        let unit = f64::from(ict[9].rect.height()) / ict[9].value;
        let labels = label_texts(&layout);
        assert!(
            labels.contains(&"+19.9%") || labels.contains(&"+20%"),
            "{width}: {labels:?}"
        );
        for m in &ict {
            assert!((f64::from(m.rect.height()) - m.value * unit).abs() <= 1.5);
        }
        let labels = label_texts(&layout);
        assert!(
            labels.contains(&"+18.2%") || labels.contains(&"+18%"),
            "{width}: {labels:?}"
        );
        assert!(labels
            .iter()
            .any(|l| ["FY2024-25", "FY25", "25"].contains(l)));
        assert!(svg.contains("<rect"), "SVG has bars");
        assert!(labels.contains(&"$0"));
    }
    // Full labels when there is room.
    let (_, layout) = render(&opts(ChartKind::Annual), 1200);
    let labels = label_texts(&layout);
    for l in [
        "FY2015-16",
        "FY2024-25",
        "+46.4%",
        "\u{2212}1.0%",
        "+19.9%",
        "FY2025-26 so far (Jul\u{2013}Feb)",
        "Jul\u{2013}Feb FY2024-25",
        "ICT services",
        "IT & ITeS (narrow)",
    ] {
        assert!(labels.contains(&l), "{l} missing from {labels:?}");
    }
}

#[test]
fn growth_line_marks_every_year_and_every_quoted_rate() {
    let (_, layout) = render(&opts(ChartKind::Growth), 900);
    let count = |series: &str| layout.marks.iter().filter(|m| m.series == series).count();
    // Nine whole years and FY2025-26's July-February on the same months.
    assert_eq!(count("ICT services"), 10);
    let running = layout
        .marks
        .iter()
        .find(|m| m.period == Period::fy_span(2025, 1, 8))
        .unwrap();
    assert!(running.derived && (running.value - 19.863).abs() < 0.001);
    assert_eq!(count("IT & ITeS (narrow)"), 3);
    assert_eq!(count("Rate quoted in reports"), 5);
    // The negative year sits below the zero line, the peak highest.
    let ict: Vec<_> = layout
        .marks
        .iter()
        .filter(|m| m.series_id == pk_it_exports::ids::SeriesId::Measure(Measure::Ict))
        .collect();
    let peak = ict.iter().min_by_key(|m| m.rect.y0).unwrap();
    assert_eq!(peak.period, Period::fy(2020));
    let low = ict.iter().max_by_key(|m| m.rect.y0).unwrap();
    assert_eq!(low.period, Period::fy(2022));
    assert!(label_texts(&layout).contains(&"0%"));
}

#[test]
fn compared_pairs_carry_growth_and_verdict() {
    for width in WIDTHS {
        let (_, layout) = render(&opts(ChartKind::Compared), width);
        assert_eq!(layout.marks.len(), 16, "eight pairs of bars");
        let text = label_texts(&layout).join(" ");
        for needle in [
            "+43.55%",
            "+41.0%",
            "+41.42%",
            "+23.17%",
            "+24.93%",
            "+11.2%",
            "+19.7%",
            "reproduces exactly",
            "reproduces within",
            "does not reproduce",
            "(derived)",
        ] {
            assert!(
                text.contains(needle),
                "{width}px: {needle} missing from {text}"
            );
        }
        // In each pair the later, larger bar is longer.
        for pair in layout.marks.chunks(2) {
            assert!(pair[0].value < pair[1].value);
            assert!(pair[0].rect.width() < pair[1].rect.width());
        }
        // December 2022 is drawn as the derived $246m that the +23.17%
        // beside it is computed from; the quote's $247m is a revision.
        let dec = &layout.marks[8];
        assert_eq!(dec.period, Period::month(2022, 12));
        assert!(dec.value == 246.0 && dec.derived);
    }
}

#[test]
fn monthly_has_both_years_and_marks_derived_months() {
    let (_, layout) = render(&opts(ChartKind::Monthly), 900);
    assert_eq!(
        layout.marks.len(),
        12 + 8,
        "12 months of FY2024-25 and the 8 of FY2025-26 reported: none drawn as zero"
    );
    assert_eq!(layout.marks.iter().filter(|m| m.derived).count(), 2);
    let cumulative = Options {
        chart: ChartKind::Monthly,
        cumulative: true,
        ..Options::default()
    };
    let (_, layout) = render(&cumulative, 900);
    let ends: Vec<f64> = layout
        .marks
        .iter()
        .filter(|m| matches!(m.period, Period::Month { month: 6, .. }))
        .map(|m| m.value)
        .collect();
    assert_eq!(ends, [3809.0]);
    // FY2025-26's running total stops at February, the last month in.
    let last = layout.marks.last().unwrap();
    assert_eq!((last.period, last.value), (Period::month(2026, 2), 2975.0));
    let labels = label_texts(&layout);
    assert!(
        labels.contains(&"$2.98bn") && labels.contains(&"$3.81bn"),
        "{labels:?}"
    );
}

/// The targets chart's figures, in its takeaway or in the notes under its
/// plot, and none in both: the notes say what the takeaway above does not
/// (at 360 px its three sentences were written twice, eight lines apart).
#[test]
fn targets_under_both_readings() {
    let data = builtin();
    // The drawn labels with the takeaway, after checking no note repeats it.
    let said = |options: &Options, layout: &Layout| {
        let model = model::build(&data, options).unwrap();
        let takeaway = pk_it_exports::describe::chart_text(&data, &model, words()).takeaway;
        let labels = label_texts(layout).join(" ");
        for sentence in takeaway.split(". ").filter(|s| s.len() > 20) {
            assert!(
                !labels.contains(sentence),
                "{sentence:?} is drawn under the plot too"
            );
        }
        format!("{takeaway} {labels}")
    };
    let options = opts(ChartKind::Targets);
    let (_, layout) = render(&options, 900);
    assert_eq!(
        layout.marks.len(),
        7,
        "FY2019-20 to FY2024-25, then FY2025-26 so far"
    );
    let text = said(&options, &layout);
    for needle in [
        "$5bn",
        "$4.2bn",
        "$10bn+ stated potential",
        "51.9% reached",
        "+51.4% a year",
        "+59.6% a year",
        "90.7% reached",
        "59.5% of it",
        "$506m a month",
        "+27.3% a year",
        "FY2028-29",
        "FY2030-31",
    ] {
        assert!(text.contains(needle), "{needle} missing from {text}");
    }
    // Under the plot: the targets the takeaway leaves out.
    let notes = label_texts(&layout).join(" ");
    assert!(
        notes.contains("90.7% reached") && notes.contains("FY2030-31"),
        "{notes}"
    );
    let sum = Options {
        chart: ChartKind::Targets,
        target_reading: TargetReading::Cumulative,
        ..Options::default()
    };
    let (_, layout) = render(&sum, 900);
    let values: Vec<f64> = layout.marks.iter().map(|m| m.value).collect();
    assert_eq!(values, [2108.0, 4727.0, 7320.0]);
    let text = said(&sum, &layout);
    for needle in [
        "three-year sum",
        "146.4% reached",
        "+7.5% a year",
        "$7.32bn",
    ] {
        assert!(text.contains(needle), "{needle} missing from {text}");
    }
}

#[test]
fn chart_text_is_computed_from_the_data() {
    let data = builtin();
    let text = |options: Options| {
        let model = model::build(&data, &options).unwrap();
        pk_it_exports::describe::chart_text(&data, &model, words())
    };
    let t = text(opts(ChartKind::Annual));
    assert_eq!(
        t.takeaway,
        "ICT export remittances grew from $789m in FY2015-16 to $3.81bn in FY2024-25, +19.1% a year on average; they fell only once, by 1.0% in FY2022-23. So far in FY2025-26 (Jul\u{2013}Feb), ICT remittances reached $2.98bn, +19.9% on the same months of FY2024-25 ($2.48bn). That is the sum of its months; $2.97bn was reported (+19.7% on the same months), as each month is rounded."
    );
    assert!(
        t.source.ends_with("Figures to February 2026."),
        "{}",
        t.source
    );
    assert!(
        t.source.starts_with("Sources: ") && t.source.contains("Business Recorder"),
        "{}",
        t.source
    );
    let t = text(opts(ChartKind::Growth));
    assert!(
        t.takeaway.starts_with(
            "Growth peaked at +46.4% in FY2020-21 and was +18.2% in FY2024-25. 4 of 5"
        ),
        "{}",
        t.takeaway
    );
    assert!(
        t.takeaway
            .contains("FY2017-18's quoted +13% does not (+13.7% computed)"),
        "{}",
        t.takeaway
    );
    let t = text(opts(ChartKind::Compared));
    assert_eq!(t.takeaway, "7 of the 8 comparisons drawn reproduce from the published figures; 1 does not. Of all 25 quoted rates in the checks table, 3 do not.");
    assert!(
        t.source.contains(
            "UrduPoint / Pakistan Point News, 30\u{a0}Nov\u{a0}2020; Business Recorder, spring 2021"
        ),
        "{}",
        t.source
    );
    let t = text(opts(ChartKind::Monthly));
    assert_eq!(t.title, "Month by month: FY2025-26 against FY2024-25");
    assert_eq!(
        t.takeaway,
        "FY2025-26 was above FY2024-25 in all 8 months reported so far."
    );
    let t = text(Options {
        chart: ChartKind::Monthly,
        cumulative: true,
        ..Options::default()
    });
    assert_eq!(
        t.takeaway,
        "By February, FY2025-26 had reached $2.98bn, +19.9% on FY2024-25's $2.48bn over the same months. That is the sum of its months; $2.97bn was reported (+19.7% on the same months), as each month is rounded."
    );
    // The headline: the running year against its target, then the 2020-23
    // target as read; the other targets are the chart's notes.
    let t = text(opts(ChartKind::Targets));
    assert!(
        t.takeaway.contains("59.5% of it") && t.takeaway.contains("51.9% reached"),
        "{}",
        t.takeaway
    );
    assert!(!t.takeaway.contains("90.7% reached"), "{}", t.takeaway);
    let data = builtin();
    let model = model::build(&data, &opts(ChartKind::Targets)).unwrap();
    let d = pk_it_exports::describe::chart_description(&data, &model, words(), true);
    assert!(d.contains("90.7% reached"), "{d}");
}

/// A widget shows its takeaway above the chart; the description a screen
/// reader hears on the chart carries it only when asked to (a widget with
/// `show-title="false"`, the Node API), so it is never read twice.
#[test]
fn the_description_carries_the_takeaway_only_when_asked() {
    let data = builtin();
    for kind in ChartKind::ALL {
        let model = model::build(&data, &opts(kind)).unwrap();
        let takeaway = pk_it_exports::describe::chart_text(&data, &model, words()).takeaway;
        let whole = pk_it_exports::describe::chart_description(&data, &model, words(), true);
        let without = pk_it_exports::describe::chart_description(&data, &model, words(), false);
        assert!(
            whole.ends_with(&format!("Figures to February 2026. {takeaway}")),
            "{kind:?}: {whole}"
        );
        assert!(!without.contains(&takeaway), "{kind:?}: {without}");
        assert_eq!(format!("{without} {takeaway}"), whole, "{kind:?}");
    }
}

#[test]
fn bad_options_and_sizes_are_refused_with_a_reason() {
    let bad = Options {
        font_family: "x; } body { color: red".into(),
        ..Options::default()
    };
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
    let e = chart::draw(&area, &builtin(), &bad)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("fontFamily: "), "{e}");
    drop(area);
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (80, 400)).into_drawing_area();
    let e = chart::draw(&area, &builtin(), &Options::default())
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "size: 80x400 px is too small to draw a chart; at least 100x100 is needed"
    );
}

#[test]
fn compared_fits_its_rows_to_the_height_or_says_what_it_needs() {
    let options = opts(ChartKind::Compared);
    // Taller than preferred: rows spread out, still no overlap.
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (900, 1100)).into_drawing_area();
    let layout = chart::draw(&area, &builtin(), &options).unwrap();
    assert_eq!(layout.marks.len(), 16);
    assert!(layout.labels.iter().all(|l| l.rect.y1 <= 1100));
    drop(area);
    // Far too short: an error naming the height and what is needed.
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (320, 300)).into_drawing_area();
    let e = chart::draw(&area, &builtin(), &options)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with(
            "height: 300 px is too small for the compared chart at 320 px wide; it needs at least "
        ),
        "{e}"
    );
}

#[test]
fn descriptions_state_the_right_numbers() {
    let data = builtin();
    let describe = |options: Options| {
        let model = model::build(&data, &options).unwrap();
        pk_it_exports::describe::chart_description(&data, &model, words(), true)
    };
    let d = describe(opts(ChartKind::Annual));
    assert!(
        d.starts_with("Bar chart of annual ICT export remittances"),
        "{d}"
    );
    // The comparisons' quarters, months and eight-month totals are no trend:
    // "from $315m in Q1 FY2019-20 to $365m in Feb 2026; highest $2,970m in
    // Jul-Feb" read them as one (found by an audit of the figures).
    let c = describe(opts(ChartKind::Compared));
    assert!(!c.contains("ICT services: 12 points"), "{c}");
    assert!(!c.contains("highest $2,970m"), "{c}");
    assert!(c.contains("7 of the 8 comparisons drawn reproduce"), "{c}");
    // Whole years against whole years; the running year has its own sentence.
    assert!(d.contains("ICT services: 10 points, from $789m (FY2015-16) to $3,810m (FY2024-25); highest $3,810m (FY2024-25), lowest $789m (FY2015-16)."), "{d}");
    assert!(d.contains("So far in FY2025-26 (Jul\u{2013}Feb), ICT remittances reached $2.98bn, +19.9% on the same months of FY2024-25"), "{d}");
    assert!(d.contains("ran $197m to $284m a year below ICT"), "{d}");
    assert!(
        d.contains("not a fixed gap. Figures to February 2026. ICT export remittances grew"),
        "{d}"
    );
    assert!(
        d.contains("IT & ITeS (narrow): 4 points, from $655m (FY2016-17) to $1,230m (FY2019-20)"),
        "{d}"
    );
    assert!(
        d.contains("Fastest growth was +46.4% in FY2020-21; slowest \u{2212}1.0% in FY2022-23."),
        "{d}"
    );
    let d = describe(opts(ChartKind::Monthly));
    assert!(d.contains("FY2024-25: 12 points, from $286m (Jul 2024) to $338m (Jun 2025); highest $348m (Dec 2024)"), "{d}");
    assert!(d.contains("FY2025-26: 8 points, from $354m (Jul 2025) to $365m (Feb 2026); highest $437m (Dec 2025), lowest $337m (Aug 2025)"), "{d}");
    let d = describe(opts(ChartKind::Growth));
    assert!(
        d.contains("highest +46.4% (FY2020-21), lowest \u{2212}1.0% (FY2022-23)"),
        "{d}"
    );
    let d = describe(Options {
        chart: ChartKind::Targets,
        target_reading: TargetReading::Cumulative,
        ..Options::default()
    });
    assert!(d.contains("146.4% reached"), "{d}");
}

#[test]
fn picking_finds_the_point_under_the_pointer() {
    use pk_it_exports::chart::interact::{nav_order, pick};
    for width in WIDTHS {
        let (_, layout) = render(&opts(ChartKind::Annual), width);
        for (i, m) in layout.marks.iter().enumerate() {
            let (cx, cy) = (
                f64::from(m.rect.x0 + m.rect.x1) / 2.0,
                f64::from(m.rect.y0 + m.rect.y1) / 2.0,
            );
            assert_eq!(
                pick(&layout, cx, cy),
                Some(i),
                "{width}px: centre of {:?}",
                m.period
            );
        }
        // Far from every bar: nothing.
        assert_eq!(pick(&layout, 2.0, 2.0), None);
        let order = nav_order(&layout);
        assert_eq!(order.len(), 16);
        // Left to right: FY2015-16 first, FY2025-26 so far last.
        assert_eq!(layout.marks[order[0]].period, Period::fy(2015));
        assert_eq!(
            layout.marks[*order.last().unwrap()].period,
            Period::fy_span(2025, 1, 8)
        );
    }
    // Just above a short line point still picks it (a fingertip's reach).
    let (_, layout) = render(&opts(ChartKind::Monthly), 640);
    let m = &layout.marks[5];
    assert_eq!(
        pick(&layout, f64::from(m.rect.x0), f64::from(m.rect.y0) - 10.0),
        Some(5)
    );
}

#[test]
fn csv_has_a_row_per_point_with_unit_definition_and_source() {
    let data = builtin();
    let options = opts(ChartKind::Compared);
    let model = model::build(&data, &options).unwrap();
    let csv = pk_it_exports::describe::chart_csv(&data, &model, words());
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(
        lines[0],
        "series,period,value,unit,derived,definition,source,figures_to"
    );
    assert_eq!(lines.len(), 17);
    assert!(lines.contains(&"IT & ITeS (narrow),Q1 FY2020-21,379.251,US$ million,no,export remittances for computer services and call-centre services only; a narrower series than ICT,\"UrduPoint / Pakistan Point News, 30 Nov 2020\",2026-02"), "{csv}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("PSEB-registered IT companies,31 Oct 2020,2631,companies,no,")),
        "{csv}"
    );
}

/// A running total is not a year's or a month's own figure: its row says
/// "derived" and credits what it adds (the months it sums), never a sum of
/// months that do not make it (the three-year sum's FY2022-23 credited "sum
/// of the months" of a year the data has a few months of). Found by an
/// audit against DATA.md.
#[test]
fn running_totals_are_derived_and_credit_what_they_add() {
    let data = builtin();
    let rows = |options: Options| {
        let model = model::build(&data, &options).unwrap();
        let csv = pk_it_exports::describe::chart_csv(&data, &model, words());
        csv.trim_end()
            .split("\r\n")
            .skip(1)
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let sum = rows(Options {
        target_reading: TargetReading::Cumulative,
        ..opts(ChartKind::Targets)
    });
    assert!(
        sum[0].starts_with("ICT services,FY2020-21,2108,US$ million,no,"),
        "{sum:?}"
    );
    for (row, start) in sum[1..].iter().zip([
        // Named by the years they add: "FY2021-22, $4,727m" read as that
        // year's own figure ($2,619m).
        "ICT services,FY2020-21 to FY2021-22,4727,US$ million,yes,",
        "ICT services,FY2020-21 to FY2022-23,7320,US$ million,yes,",
    ]) {
        assert!(row.starts_with(start), "{row}");
        assert!(!row.contains("sum of the months"), "{row}");
        // A running total of whole years credits the years it adds, not
        // the one outlet of the year it is drawn at (Daily Times reported
        // FY2021-22's $2,619m, not the $4,727m sum).
        assert!(
            row.contains("\"sum of the years (Business Recorder, "),
            "{row}"
        );
    }
    assert!(
        sum[2].contains("Business Recorder, Daily Times, ProPakistani)"),
        "{}",
        sum[2]
    );
    // The description names the span too, each period in brackets, so
    // that no " to " of a span reads as the trend's own.
    let model = model::build(
        &data,
        &Options {
            target_reading: TargetReading::Cumulative,
            ..opts(ChartKind::Targets)
        },
    )
    .unwrap();
    let d = pk_it_exports::describe::chart_description(&data, &model, words(), true);
    assert!(
        d.contains("from $2,108m (FY2020-21) to $7,320m (FY2020-21 to FY2022-23);"),
        "{d}"
    );
    let monthly = rows(Options {
        cumulative: true,
        ..opts(ChartKind::Monthly)
    });
    let aug = monthly
        .iter()
        .find(|r| r.starts_with("FY2024-25,Jul–Aug FY2024-25,"))
        .unwrap();
    assert!(
        aug.starts_with("FY2024-25,Jul–Aug FY2024-25,584,US$ million,yes,"),
        "{aug}"
    );
    assert!(aug.contains("\"sum of the months ("), "{aug}");
    // The running year's rate is computed over its months (their sum on the
    // same months a year before), not from the reported total beside it: it
    // cites the months, not the one outlet that reported that total at +19.7%.
    let growth = rows(opts(ChartKind::Growth));
    let running = growth
        .iter()
        .find(|r| r.contains("Jul–Feb FY2025-26"))
        .unwrap();
    assert!(running.contains(",yes,"), "{running}");
    assert!(running.contains("\"sum of the months ("), "{running}");
}

/// A tooltip's first line and the live region say a month's running total
/// as its span, which names its fiscal year: "Jul–Aug FY2024-25", not
/// "FY2024-25, Jul–Aug FY2024-25" (the year's series said twice). A month
/// of its own keeps its year's series before it.
#[test]
fn running_totals_in_tooltips_name_their_year_once() {
    let data = builtin();
    for cumulative in [true, false] {
        let options = Options {
            cumulative,
            ..opts(ChartKind::Monthly)
        };
        let model = model::build(&data, &options).unwrap();
        let (_, layout) = render(&options, 640);
        let heads: Vec<_> = (0..layout.marks.len())
            .map(|i| {
                pk_it_exports::describe::point_info(&data, &model, &layout, i, words()).unwrap()
            })
            .collect();
        let aug = heads.iter().find(|p| p.period.contains("Aug")).unwrap();
        let (head, announce) = if cumulative {
            ("Jul–Aug FY2024-25", "Jul–Aug FY2024-25: $584m")
        } else {
            ("FY2024-25, Aug 2024", "FY2024-25, Aug 2024: $298m")
        };
        assert_eq!(aug.head, head);
        assert!(aug.announce.starts_with(announce), "{}", aug.announce);
        for p in &heads {
            assert_eq!(p.head.matches("FY").count(), 1, "{}", p.head);
        }
    }
    // A running total equal to its month's own figure (the months before
    // it zero, as custom data may have them) is still the running total:
    // named by its span, with no growth of its month's. The built-in
    // figures have no zero month (the first-draw builds rely on it).
    assert!(data
        .records
        .iter()
        .all(|r| !matches!(r.period, Period::Month { .. }) || r.value > 0.0));
    let mut zero = builtin();
    for r in zero.records.iter_mut() {
        if r.measure == Measure::Ict && r.period == Period::month(2024, 7) {
            r.value = 0.0;
        }
    }
    let options = Options {
        cumulative: true,
        ..opts(ChartKind::Monthly)
    };
    let model = model::build(&zero, &options).unwrap();
    let layout = chart::draw(
        &SVGBackend::with_string(&mut String::new(), (640, 600)).into_drawing_area(),
        &zero,
        &options,
    )
    .unwrap();
    let aug = (0..layout.marks.len())
        .map(|i| pk_it_exports::describe::point_info(&zero, &model, &layout, i, words()).unwrap())
        .find(|p| p.period.contains("Aug FY2024-25"))
        .unwrap();
    assert_eq!(
        (aug.head.as_str(), aug.value.as_str()),
        ("Jul–Aug FY2024-25", "$298m")
    );
    assert_eq!(aug.growth, None);
}

/// The data table gives no "growth" to a target or a potential: the $5bn
/// target's "+19.0%" was its rise on the $4.2bn target before it, which a
/// reader took for growth of the figures. Found by the same audit.
#[test]
fn targets_have_no_growth_in_the_table() {
    let data = builtin();
    let rows = pk_it_exports::describe::table(&data, words());
    let targets: Vec<_> = rows
        .iter()
        .filter(|r| r.measure == words().measure_name(Measure::ExportTarget))
        .collect();
    assert!(targets.len() >= 3);
    assert!(targets.iter().all(|r| r.growth.is_none()), "{targets:?}");
    // The figures keep theirs.
    assert!(rows
        .iter()
        .any(|r| r.period == "FY2024-25" && r.growth.as_deref() == Some("+18.2%")));
}

/// The description runs each series from its first point to its last in
/// time: the quoted rates (of both definitions) end at FY2024-25's, where
/// the narrow series' quote, listed after ICT's, made them "end" in FY2019-20.
/// (Each to the places it was quoted: "+19%", not "+19.0%".)
#[test]
fn a_series_is_described_first_to_last_in_time() {
    let data = builtin();
    let model = model::build(&data, &opts(ChartKind::Growth)).unwrap();
    let text = pk_it_exports::describe::chart_description(&data, &model, words(), true);
    assert!(
        text.contains(
            "Rate quoted in reports: 5 points, from +19% (FY2016-17) to +18% (FY2024-25);"
        ),
        "{text}"
    );
}

/// A running year drawn from its months says when they add up to other than
/// the reported total (the press quotes its growth from that total), and
/// says nothing when they agree or the dataset reports none.
#[test]
fn running_year_names_a_reported_total_its_months_differ_from() {
    use pk_it_exports::ids::Message;
    let ytd = |reported| Message::YearToDate {
        current: (Period::fy_span(2025, 1, 8), 2975.0),
        base: Some((Period::fy_span(2024, 1, 8), 2481.0)),
        growth_pct: Some(19.9),
        reported,
    };
    // The reported total as the sum was written ("$2.98bn"), beside it.
    let gap = "reached $2.98bn, +19.9% on the same months of FY2024-25 ($2.48bn). That is the sum of its months; $2.97bn was reported (+19.7% on the same months)";
    let text = words().message(&ytd(Some((2970.0, Some(19.7), true))));
    assert!(text.contains(gap), "{text}");
    // Where that form makes the two the same, to the million.
    let text = words().message(&ytd(Some((2976.0, None, true))));
    assert!(
        text.ends_with("That is the sum of its months, $2,975m; $2,976m was reported, as each month is rounded."),
        "{text}"
    );
    for same in [Some((2975.0, Some(19.9), true)), None] {
        let text = words().message(&ytd(same));
        assert!(!text.contains("sum of its months"), "{text}");
    }
}

/// WCAG's contrast ratio of two colours.
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let lum = |c: RGBColor| {
        let ch = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Every mark and label colour stands out from its background: 3:1 for
/// graphics (WCAG 1.4.11; the light tint of an earlier year's bar and the
/// light theme's orange were under it), 4.5:1 for text (WCAG 1.4.3), which
/// `quoted` writes too: a fall's rate, a verdict that does not reproduce
/// (the light theme's was 3.9:1).
#[test]
fn theme_colours_contrast_with_their_background() {
    for name in [ThemeName::Light, ThemeName::Dark] {
        let t = Theme::new(name);
        for (what, colour, least) in [
            ("text", t.text, 4.5),
            ("muted", t.muted, 4.5),
            ("axis", t.axis, 3.0),
            ("primary", t.primary, 3.0),
            ("secondary", t.secondary, 3.0),
            ("earlier", t.earlier, 3.0),
            ("quoted", t.quoted, 4.5),
            ("target", t.target, 3.0),
        ] {
            let ratio = contrast(colour, t.background);
            assert!(ratio >= least, "{name:?} {what}: {ratio:.2}:1");
        }
    }
}

/// A source line names each outlet once: the monthly series' compiled
/// source lists Business Recorder, ProPakistani and PhoneWorld, which also
/// have sources of their own, and the line named them twice.
#[test]
fn source_lines_name_each_outlet_once() {
    let data = builtin();
    let once = |line: &str| {
        let line = line.split(" Figures to").next().unwrap_or_default();
        let line = line
            .trim_start_matches("Sources: ")
            .trim_start_matches("Source: ");
        let line = line
            .trim_start_matches("sum of the months (")
            .trim_end_matches(')');
        let mut outlets: Vec<&str> = Vec::new();
        for citation in line.split(';') {
            let parts: Vec<&str> = citation
                .split(',')
                .map(|n| n.trim().trim_start_matches("and ").trim_end_matches('.'))
                .filter(|n| !n.is_empty() && !n.contains("others"))
                .collect();
            // A dated source article ("Business Recorder, spring 2021") is
            // one citation, not an outlet list.
            let dated = parts
                .last()
                .is_some_and(|d| d.starts_with(char::is_numeric) || d.starts_with("spring"));
            if !dated {
                outlets.extend(parts);
            }
        }
        for (i, n) in outlets.iter().enumerate() {
            assert!(!outlets[..i].contains(n), "{n} named twice in {line}");
        }
    };
    for options in common::views() {
        let model = model::build(&data, &options).unwrap();
        let text = pk_it_exports::describe::chart_text(&data, &model, words());
        once(&text.source);
        for row in pk_it_exports::describe::chart_rows(&data, &model, words()) {
            once(&row.source);
        }
    }
}

/// A quoted rate is shown to the places it was quoted in the growth chart's
/// rows (its tooltips, data table and CSV) as in its description: a
/// report's "13%" read "+13.0%", a precision the report never gave. The
/// rates computed beside it keep one decimal.
#[test]
fn a_quoted_rate_keeps_the_places_it_was_quoted_to() {
    let data = builtin();
    let model = model::build(&data, &opts(ChartKind::Growth)).unwrap();
    let rows = pk_it_exports::describe::chart_rows(&data, &model, words());
    use pk_it_exports::ids::SeriesId;
    let row = |series: SeriesId| {
        rows.iter()
            .find(|r| r.series == words().series(series) && r.period == "FY2017-18")
            .map(|r| r.value.as_str())
    };
    assert_eq!(row(SeriesId::Quoted), Some("+13%"));
    assert_eq!(row(SeriesId::Measure(Measure::Ict)), Some("+13.7%"));
}

/// A sum of rounded months drawn beside a total reported for the same
/// months says both, so that no chart's tooltip contradicts another's
/// figure: the year-to-date line ends at FY2024-25's months ($3,809m),
/// the annual bar is its reported $3,810m (found by a fact check).
#[test]
fn a_sum_of_months_says_the_reported_total_it_differs_from() {
    let data = builtin();
    let notes = |options: &Options| {
        let model = model::build(&data, options).unwrap();
        let (_, layout) = render(options, 640);
        (0..layout.marks.len())
            .map(|i| {
                pk_it_exports::describe::point_info(&data, &model, &layout, i, words()).unwrap()
            })
            .map(|p| (p.head, p.value, p.note.unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    let ytd = notes(&Options {
        cumulative: true,
        ..opts(ChartKind::Monthly)
    });
    let note = |points: &[(String, String, String)], head: &str| {
        let (_, value, note) = points
            .iter()
            .find(|p| p.0 == head)
            .unwrap_or_else(|| panic!("{head}"));
        format!("{value}: {note}")
    };
    assert_eq!(
        note(&ytd, "FY2024-25"),
        "$3,809m: the sum of its months; $3,810m was reported (each figure is rounded)"
    );
    assert_eq!(
        note(&ytd, "Jul–Mar FY2024-25"),
        "$2,824m: the sum of its months; $2,825m was reported (each figure is rounded)"
    );
    // A sum equal to its reported total says what it is, as before.
    assert_eq!(
        note(&ytd, "Jul–Oct FY2024-25"),
        "$1,206m: computed from the published figures (a running total or an implied base)"
    );
    let annual = notes(&opts(ChartKind::Annual));
    assert_eq!(
        note(&annual, "ICT services, Jul–Feb FY2025-26"),
        "$2,975m: the sum of its months; $2,970m was reported (each figure is rounded)"
    );
}

/// A comparison's verdict is in its words, not only on the canvas: the
/// tooltip, the live region's announcement and the data table (its growth
/// column) say the quoted rate and whether it reproduces (found by an
/// accessibility audit: a screen reader could not tell which failed).
#[test]
fn a_comparisons_verdict_is_said_not_only_drawn() {
    let data = builtin();
    let options = opts(ChartKind::Compared);
    let model = model::build(&data, &options).unwrap();
    let (_, layout) = render(&options, 640);
    let points: Vec<_> = (0..layout.marks.len())
        .map(|i| pk_it_exports::describe::point_info(&data, &model, &layout, i, words()).unwrap())
        .collect();
    let nov = points
        .iter()
        .find(|p| p.head == "ICT services, Nov 2023")
        .unwrap();
    assert_eq!(
        nov.growth.as_deref(),
        Some("+11.2% on Nov 2022; quoted +13%: does not reproduce")
    );
    assert!(
        nov.announce.contains("quoted +13%: does not reproduce"),
        "{}",
        nov.announce
    );
    // Every comparison's second bar says its verdict; its base says none.
    for (i, p) in points.iter().enumerate() {
        let said = p.growth.as_deref().unwrap_or_default();
        assert_eq!(said.contains("quoted"), i % 2 == 1, "{}: {said}", p.head);
    }
}

/// The monthly chart's keys walk time: its two years share the months'
/// places, and left to right took them in turns (Home gave July 2025 and
/// End June 2025; found by an accessibility audit). Earliest month first,
/// the latest last, in either view and either direction of drawing.
#[test]
fn the_monthly_charts_keys_walk_its_months_in_time() {
    use pk_it_exports::chart::interact::nav_order;
    for cumulative in [false, true] {
        for (lang, mirror) in [(Lang::En, false), (Lang::Ur, true)] {
            let options = Options {
                cumulative,
                lang,
                mirror,
                ..opts(ChartKind::Monthly)
            };
            let (_, layout) = render(&options, 640);
            let periods: Vec<Period> = nav_order(&layout)
                .into_iter()
                .map(|i| layout.marks[i].period)
                .collect();
            assert_eq!(periods.first(), Some(&Period::month(2024, 7)));
            assert_eq!(periods.last(), Some(&Period::month(2026, 2)));
            let starts: Vec<i32> = periods.iter().map(|p| p.span().unwrap().start).collect();
            assert!(
                starts.windows(2).all(|w| w[0] < w[1]),
                "{cumulative} {lang:?}: {periods:?}"
            );
        }
    }
}

/// The year-to-date view labels the running year's line where it ends,
/// not in the margin right of the plot, months away, level with the other
/// year's line (found by a visual sweep); where the other line runs
/// through that place, over it (Urdu's tall labels), else in the margin as
/// before. The full year's, which ends by the plot's edge, is just past
/// its end either way.
#[test]
fn the_running_years_total_is_labelled_where_its_line_ends() {
    // A month's mark's box, and that of the label that contains `text`.
    let mark = |layout: &Layout, period| {
        layout
            .marks
            .iter()
            .find(|m| m.period == period)
            .unwrap()
            .rect
    };
    let label = |layout: &Layout, text: &str| {
        layout
            .labels
            .iter()
            .find(|l| l.text.contains(text))
            .unwrap()
            .rect
    };
    let options = Options {
        cumulative: true,
        ..opts(ChartKind::Monthly)
    };
    for width in [640, 900, 1200] {
        let (_, layout) = render(&options, width);
        let (feb, running) = (
            mark(&layout, Period::month(2026, 2)),
            label(&layout, "$2.98bn"),
        );
        let plot = layout.plot.unwrap();
        assert!(
            running.x0 > feb.x1 && running.x0 - feb.x1 <= 10 && running.x1 <= plot.x1,
            "{width}px: {running:?} for the point at {feb:?}"
        );
        let (jun, full) = (
            mark(&layout, Period::month(2025, 6)),
            label(&layout, "$3.81bn"),
        );
        assert!(
            full.x0 > jun.x1 && full.x0 <= (plot.x1 + 6).max(jun.x1 + 10),
            "{width}px: {full:?} for the point at {jun:?}"
        );
    }
    // Urdu, mirrored: by its point, beside or over it, or over its line
    // before it (at 360 px it sat in the margin by the other line's March).
    for width in [320, 360, 414, 640, 1280] {
        let options = Options {
            cumulative: true,
            lang: Lang::Ur,
            mirror: true,
            ..opts(ChartKind::Monthly)
        };
        let (_, layout) = render(&options, width);
        let (feb, running) = (
            mark(&layout, Period::month(2026, 2)),
            label(&layout, "2.98"),
        );
        let centre = |r: &chart::Rect| ((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2);
        let ((lx, ly), (mx, my)) = (centre(&running), centre(&feb));
        assert!(
            (lx - mx).abs() <= running.width() / 2 + 20 && (ly - my).abs() <= running.height() + 12,
            "Urdu {width}px: {running:?} for the point at {feb:?}"
        );
    }
}

/// The compared chart keeps each pair's words in its own row: no line of a
/// pair's verdict reaches the next pair's title (at a third of 540 px, a
/// revised base's verdict ran on beside it, found by a visual sweep), in
/// English and in Urdu, phone to desktop.
#[test]
fn a_comparisons_verdict_stays_in_its_row() {
    for lang in [Lang::En, Lang::Ur] {
        for width in [320, 414, 520, 560, 640, 800, 1200] {
            let options = Options {
                lang,
                ..opts(ChartKind::Compared)
            };
            let (_, layout) = render(&options, width);
            let labels = &layout.labels;
            let middle = |r: &chart::Rect| (r.y0 + r.y1) / 2;
            // Each pair's title: the label just before the first label
            // level with the pair's first bar (its period).
            let titles: Vec<usize> = (layout.marks.iter().step_by(2))
                .map(|bar| {
                    let level = labels
                        .iter()
                        .position(|l| (middle(&l.rect) - middle(&bar.rect)).abs() <= 3)
                        .expect("a period label beside each bar");
                    level - 1
                })
                .collect();
            for pair in titles.windows(2) {
                let (this, next) = (pair[0], pair[1]);
                let bottom = labels[this..next].iter().map(|l| l.rect.y1).max().unwrap();
                assert!(
                    bottom <= labels[next].rect.y0,
                    "{lang:?} {width}px: {:?} reaches {bottom}, past the next title {:?} at {}",
                    labels[next - 1].text,
                    labels[next].text,
                    labels[next].rect.y0
                );
            }
        }
    }
}

/// The monthly takeaway counts as a desk writes: "all 8", "the one month",
/// "none of the 8", never "8 of the 8" or "0 of the 8" followed by every
/// month as an exception (found by a hostile editor's datasets).
#[test]
fn the_monthly_takeaway_counts_in_words() {
    use pk_it_exports::data::FiscalYear;
    let say = |pairs: &[(f64, f64)], so_far: bool| {
        let months = pairs
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| (Period::month(2025, 7 + i as u8), a, b))
            .collect();
        let m = pk_it_exports::ids::Message::MonthlyTakeaway {
            earlier: FiscalYear(2024),
            later: FiscalYear(2025),
            months,
            so_far,
        };
        (words().message(&m), Lang::Ur.words().message(&m))
    };
    let (en, ur) = say(&[(300.0, 350.0), (310.0, 360.0)], true);
    assert_eq!(
        en,
        "FY2025-26 was above FY2024-25 in both months reported so far."
    );
    assert!(ur.contains("دونوں مہینوں میں"), "{ur}");
    let (en, ur) = say(&[(300.0, 250.0), (310.0, 300.0)], false);
    assert_eq!(
        en,
        "FY2025-26 was not above FY2024-25 in any of the 2 months."
    );
    assert!(
        ur.contains("کسی میں بھی") && !ur.contains("ایسا نہیں ہوا"),
        "{ur}"
    );
    let (en, ur) = say(&[(300.0, 350.0)], true);
    assert_eq!(
        en,
        "FY2025-26 was above FY2024-25 in the one month reported so far."
    );
    assert!(
        ur.contains("واحد مہینے میں") && ur.contains("زیادہ رہیں"),
        "{ur}"
    );
    let (en, _) = say(&[(300.0, 350.0), (310.0, 300.0), (320.0, 300.0)], true);
    assert_eq!(en, "FY2025-26 was above FY2024-25 in 1 of the 3 months reported so far; not in Aug 2025 ($300m against $310m), Sep 2025 ($300m against $320m).");
}

/// A running year's target: one month left is "the other month", and a
/// target reached before the year is out is said to be, not to "need $0m a
/// month" (found by a hostile editor's datasets).
#[test]
fn a_running_target_reached_early_is_said_to_be() {
    use pk_it_exports::ids::Message;
    let note = |months: u8, so_far: f64| Message::RunningTargetNote {
        target: 5000.0,
        so_far: (Period::fy_span(2025, 1, months), so_far),
        share_pct: so_far / 50.0,
        pace_needed: ((5000.0 - so_far) / f64::from(12 - months)).max(0.0),
        pace_so_far: so_far / f64::from(months),
        others: vec![],
    };
    let en = |m: &Message| words().message(m);
    assert_eq!(
        en(&note(11, 4600.0)),
        "$5bn target for FY2025-26: $4.6bn in Jul\u{2013}May is 92.0% of it; the last month needs $400m, against $418m a month so far."
    );
    assert_eq!(
        en(&note(10, 5200.0)),
        "$5bn target for FY2025-26: $5.2bn in Jul\u{2013}Apr is 104.0% of it; reached with 2 months to go."
    );
    // A miss by $1m is not "100.0% reached".
    let missed = Message::TargetNote {
        target: 5000.0,
        period: Period::FiscalYear {
            fy: pk_it_exports::data::FiscalYear(2025),
        },
        reading: pk_it_exports::growth::TargetReading::AnnualLevel,
        share_pct: 99.98,
        needed_pct: 31.2,
        base: Period::FiscalYear {
            fy: pk_it_exports::data::FiscalYear(2024),
        },
    };
    assert!(en(&missed).contains("99.9% reached"), "{}", en(&missed));
    assert!(!Lang::Ur.words().message(&missed).contains("100.0"));
    let ur = Lang::Ur.words().message(&note(11, 5100.0));
    assert!(
        ur.contains("سال کا ایک مہینہ باقی تھا کہ ہدف حاصل ہو گیا"),
        "{ur}"
    );
    let ur = Lang::Ur.words().message(&note(11, 4600.0));
    assert!(
        ur.contains("آخری مہینے میں \u{2066}400\u{2069} ملین ڈالر درکار ہیں"),
        "{ur}"
    );
    let ur = Lang::Ur.words().message(&note(10, 5200.0));
    assert!(
        ur.contains("سال کے \u{2066}2\u{2069} مہینے باقی تھے کہ ہدف حاصل ہو گیا")
            && !ur.contains("درکار"),
        "{ur}"
    );
}

/// A tap on a mark drawn over another picks the one on top: the growth
/// chart's quoted diamond hides the computed dot under it, and a tap on the
/// diamond's centre picked the hidden dot (a phone sweep, 320 px).
#[test]
fn a_tap_on_a_mark_drawn_over_another_picks_the_one_on_top() {
    use pk_it_exports::ids::SeriesId;
    for width in [320, 640, 1200] {
        let (_, layout) = render(&opts(ChartKind::Growth), width);
        let quoted: Vec<usize> = (0..layout.marks.len())
            .filter(|&i| layout.marks[i].series_id == SeriesId::Quoted)
            .collect();
        assert!(quoted.len() >= 4, "{width}px");
        for i in quoted {
            let r = layout.marks[i].rect;
            let (x, y) = (f64::from(r.x0 + r.x1) / 2.0, f64::from(r.y0 + r.y1) / 2.0);
            assert_eq!(
                chart::interact::pick(&layout, x, y),
                Some(i),
                "{width}px: {:?}",
                layout.marks[i].period
            );
        }
    }
    // And the one on top says what the one under it would: the computed
    // rate and whether the quote reproduces.
    let data = builtin();
    let options = opts(ChartKind::Growth);
    let model = model::build(&data, &options).unwrap();
    let (_, layout) = render(&options, 640);
    let said: Vec<String> = (0..layout.marks.len())
        .filter(|&i| layout.marks[i].series_id == pk_it_exports::ids::SeriesId::Quoted)
        .filter_map(|i| {
            pk_it_exports::describe::point_info(&data, &model, &layout, i, words())?.growth
        })
        .collect();
    assert!(
        said.contains(&"+13.7% on FY2016-17; quoted +13%: does not reproduce".to_string()),
        "{said:?}"
    );
}
