//! No panics: generated inputs through the options parser, the dataset
//! parser (and every chart drawing what it accepts), the period parser and
//! the growth engine. Every outcome must be a value or an `Error`.
//!
//! CI runs a few hundred cases per property. The documented full run:
//!   PROPTEST_CASES=25000 cargo test --test props -- --nocapture
//! tries 25,000 x 4 properties = 100,000 inputs (README "Robustness").
#![cfg(not(target_arch = "wasm32"))]

use pk_it_exports::chart::{self, ChartKind, Options};
use pk_it_exports::data::custom::{parse, parse_period, Value};
use pk_it_exports::data::{builtin, calendar_month, FiscalYear, Measure, Period};
use pk_it_exports::describe;
use pk_it_exports::growth::{self, TargetReading};
use pk_it_exports::ids::Message;
use pk_it_exports::model::{self, OptionValue};
use pk_it_exports::words::Lang;
use plotters::prelude::*;
use proptest::prelude::*;

/// Any JSON-like tree, shallow enough to stay fast.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        ".{0,12}".prop_map(Value::Text),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::List),
            prop::collection::btree_map("[a-z]{1,8}", inner, 0..4).prop_map(Value::Map),
        ]
    })
}

/// An option's name: mostly a real one, sometimes anything.
fn option_key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(Options::KEYS.to_vec()).prop_map(String::from),
        "[a-zA-Z]{1,12}",
    ]
}

/// A period string: mostly near the real forms, sometimes anything.
fn period_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1990u16..2040).prop_map(|y| format!("FY{y}-{:02}", (y + 1) % 100)),
        (1990u16..2040, 0u8..14).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (1990u16..2040, 0u8..14, 0u8..33).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (
            prop::sample::select(vec!["Q1", "Q4", "H2", "Jul-Feb", "Mar-Jan", "Xyz-Abc"]),
            1990u16..2040
        )
            .prop_map(|(s, y)| format!("{s} FY{y}-{:02}", (y + 1) % 100)),
        ".{0,20}",
    ]
}

/// A record object with real field names and wild or plausible values.
fn record() -> impl Strategy<Value = Value> {
    let measures: Vec<String> = Measure::ALL
        .iter()
        .map(|m| m.id().to_string())
        .chain(["nope".to_string()])
        .collect();
    (
        prop::sample::select(measures),
        period_text(),
        prop_oneof![any::<f64>(), 0.0..5000.0f64, Just(-5.0), Just(f64::NAN)],
        prop::option::of(prop_oneof![
            Just("usdMillion".to_string()),
            Just("companies".to_string()),
            ".{0,6}"
        ]),
        prop::option::of((any::<f64>(), 0.0..8.0f64)),
        prop::option::of(any_value()),
    )
        .prop_map(|(measure, period, value, unit, quoted, extra)| {
            let mut m = std::collections::BTreeMap::new();
            m.insert("measure".into(), Value::Text(measure));
            m.insert("period".into(), Value::Text(period));
            m.insert("value".into(), Value::Number(value));
            m.insert("source".into(), Value::Text("s".into()));
            if let Some(u) = unit {
                m.insert("unit".into(), Value::Text(u));
            }
            if let Some((pct, decimals)) = quoted {
                let mut q = std::collections::BTreeMap::new();
                q.insert("pct".into(), Value::Number(pct));
                q.insert("decimals".into(), Value::Number(decimals.floor()));
                m.insert("quotedGrowth".into(), Value::Map(q));
            }
            if let Some(x) = extra {
                m.insert("note".into(), x);
            }
            Value::Map(m)
        })
}

fn dataset() -> impl Strategy<Value = Value> {
    prop::collection::vec(record(), 0..30).prop_map(|records| {
        let mut source = std::collections::BTreeMap::new();
        source.insert("id".into(), Value::Text("s".into()));
        source.insert("outlet".into(), Value::Text("<b>o</b>".into()));
        source.insert("reference".into(), Value::Text("r".into()));
        let mut top = std::collections::BTreeMap::new();
        top.insert("sources".into(), Value::List(vec![Value::Map(source)]));
        top.insert("records".into(), Value::List(records));
        Value::Map(top)
    })
}

proptest! {
    /// Cut the data at every month of FY2025-26, and at none: no chart,
    /// takeaway or description ever compares periods of different lengths,
    /// no part of a year is drawn as a whole one, and every chart stamps
    /// the month the data reach.
    #[test]
    fn no_chart_compares_periods_of_different_lengths_at_any_cut(
        months in 0u8..=8,
        variant in 0usize..7,
        width in prop::sample::select(vec![320u32, 640, 1200]),
    ) {
        let data = cut(months);
        let options = match variant {
            5 => Options { chart: ChartKind::Monthly, cumulative: true, ..Options::default() },
            6 => Options { chart: ChartKind::Targets, target_reading: TargetReading::Cumulative, ..Options::default() },
            k => Options { chart: ChartKind::ALL[k], ..Options::default() },
        };
        let model = model::build(&data, &options).map_err(|e| TestCaseError::fail(format!("{:?} cut {months}: {e}", options.chart)))?;
        let (year, month) = if months == 0 { (2025, 6) } else { calendar_month(FiscalYear(2025), months) };
        prop_assert_eq!(model.figures_to, Some((year, month)));
        let mut pairs = model.compares.clone();
        compared_in(&model.takeaway, &mut pairs);
        model.summary.iter().for_each(|m| compared_in(m, &mut pairs));
        if let Message::MonthlyCumulativeTakeaway { through, .. } = &model.takeaway {
            prop_assert_eq!(through.fiscal_year(), Some(FiscalYear(if months == 0 { 2024 } else { 2025 })));
        }
        for (a, b) in &pairs {
            prop_assert!(a.months().is_some() && a.months() == b.months(), "{:?}: {} against {}", options.chart, a, b);
        }
        // A whole fiscal year is drawn only where the year is whole.
        for p in &model.points {
            if let Period::FiscalYear { fy } = p.period {
                let whole = data.get(p.measure, p.period).is_ok()
                    || growth::sum_months(&data, p.measure, p.period).is_ok();
                prop_assert!(whole, "{:?}: {fy} drawn as a whole year", options.chart);
            }
        }
        let words = Lang::En.words();
        let stamp = words.message(&Message::FiguresTo { year, month });
        prop_assert!(describe::chart_text(&data, &model, words).source.ends_with(&stamp));
        prop_assert!(describe::chart_description(&data, &model, words, false).ends_with(&stamp));
        // And it draws, with no label over another or off the chart.
        let height = chart::preferred_height(&options, width);
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let layout = chart::draw_model(&area, &model, &options, words).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let bounds = chart::Rect::new(0, 0, layout.width, layout.height);
        for (i, a) in layout.labels.iter().enumerate() {
            prop_assert!(bounds.contains(&a.rect), "{:?} cut {} {}px: {:?} off the chart", options.chart, months, width, a.text);
            for b in &layout.labels[i + 1..] {
                prop_assert!(!a.rect.overlaps(&b.rect), "{:?} cut {} {}px: {:?} over {:?}", options.chart, months, width, a.text, b.text);
            }
        }
    }

    #[test]
    fn the_dataset_parser_and_the_charts_never_panic(v in prop_oneof![any_value(), dataset()], width in 100u32..1400, height in 100u32..900) {
        if let Ok(data) = parse(&v) {
            for kind in ChartKind::ALL {
                let mut svg = String::new();
                let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                // Ok or an Error (no data for this chart, too small): never a panic.
                let _ = chart::draw(&area, &data, &Options { chart: kind, ..Options::default() });
            }
        }
    }

    #[test]
    fn every_message_is_plain_and_every_accepted_chart_labels_real_numbers(v in dataset(), width in 300u32..1400) {
        match parse(&v) {
            Err(e) => {
                let m = e.to_string();
                // JavaScript's names for non-finite numbers, no internal
                // prefix, no character that could reverse the message, and
                // at most ten problems listed.
                let words: Vec<&str> = m.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
                prop_assert!(!words.contains(&"inf") && !words.contains(&"-inf"), "{}", m);
                prop_assert!(!m.contains("empty span"), "{}", m);
                prop_assert!(!m.chars().any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)), "{:?}", m);
                prop_assert!(m.matches("records[").count() <= 20, "{}", m);
            }
            Ok(data) => {
                for kind in ChartKind::ALL {
                    let options = Options { chart: kind, ..Options::default() };
                    let mut svg = String::new();
                    let height = chart::preferred_height(&options, width);
                    let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                    if let Ok(layout) = chart::draw(&area, &data, &options) {
                        for label in &layout.labels {
                            prop_assert!(!label.text.contains("very large") && !label.text.contains("inf"), "{:?}", label.text);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_options_reader_never_panics(fields in prop::collection::btree_map(option_key(), any_value(), 0..6)) {
        let mut options = Options::default();
        for (key, v) in &fields {
            let value = match v {
                Value::Bool(b) => OptionValue::Bool(*b),
                Value::Text(s) => OptionValue::Str(s.clone()),
                other => OptionValue::Other(format!("{other:?}")),
            };
            // Every refusal names the option it is about.
            if let Err(e) = options.set(key, value) {
                let prefix = format!("options.{key}: ");
                prop_assert!(e.to_string().starts_with(&prefix), "{}", e);
            }
        }
        let _ = options.validate();
    }

    #[test]
    fn the_period_parser_never_panics(s in period_text()) {
        if let Ok(p) = parse_period(&s, "p") {
            // Whatever parses has a label and a consistent span.
            let _ = p.to_string();
            if let (Some(span), Some(months)) = (p.span(), p.months()) {
                prop_assert!(span.end >= span.start);
                prop_assert!(months <= 12 * 100);
            }
        }
    }

    #[test]
    fn the_growth_engine_never_panics_and_never_returns_nan(a in any::<f64>(), b in any::<f64>(), years in any::<f64>(), n in 0u32..12) {
        let results = [
            growth::pct_change(a, b, "x"),
            growth::implied_base(a, b),
            growth::cagr(a, b, years),
            growth::required_growth(a, b, n, TargetReading::AnnualLevel),
            growth::required_growth(a, b, n, TargetReading::Cumulative),
        ];
        for x in results.into_iter().flatten() {
            prop_assert!(x.is_finite(), "{x} from {a} {b} {years} {n}");
        }
        // And on real records with a changed value.
        let data = builtin();
        let mut base = data.get(Measure::Ict, Period::fy(2022)).unwrap().clone();
        base.value = a;
        let current = data.get(Measure::Ict, Period::fy(2023)).unwrap();
        if let Ok(x) = growth::yoy(&base, current) {
            prop_assert!(x.is_finite());
        }
    }
}

/// The built-in data as it stood when the last month in was fiscal month
/// `months` of FY2025-26 (0: none yet, the data of June 2025): every ICT
/// figure whose period ends later is left out, reported totals included.
fn cut(months: u8) -> pk_it_exports::data::Dataset {
    let data = builtin();
    // Months since year 0, as `Period::span` counts them: June 2025 + k.
    let last = 2025 * 12 + 5 + i32::from(months);
    let records = data
        .records
        .into_iter()
        .filter(|r| r.measure != Measure::Ict || r.period.span().is_none_or(|s| s.end <= last))
        .collect();
    pk_it_exports::data::Dataset::new(data.sources, records, data.claims, data.facts)
}

/// The periods a message compares, where it names both sides.
fn compared_in(m: &Message, out: &mut Vec<(Period, Period)>) {
    match m {
        Message::Sentences(parts) => parts.iter().for_each(|p| compared_in(p, out)),
        Message::YearToDate {
            current,
            base: Some(base),
            ..
        } => out.push((current.0, base.0)),
        Message::AnnualTakeaway { first, last, .. } => out.push((last.0, first.0)),
        Message::GrowthTakeaway { quoted, .. } => {
            out.extend(quoted.iter().map(|q| (q.period, q.base_period)))
        }
        _ => {}
    }
}

proptest! {
    /// A note wraps where a walk word by word would break it (the painter
    /// finds each break by a binary search): every line as wide as fits,
    /// a word wider than the line alone on its own, no word lost.
    /// A dashed line ends on a whole dash, whatever its length: cut at its
    /// end, a target's line ended in a 1-2 px stub (a visual sweep).
    #[test]
    fn a_dashed_line_ends_on_a_whole_dash(len in 1i32..400) {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (500, 20)).into_drawing_area();
            let theme = chart::Theme::new(chart::ThemeName::Light);
            let p = chart::Painter::new(&area, &theme, "sans-serif");
            p.dashed(&[(10, 10), (10 + len, 10)], theme.text, 2, 6.0, 4.0).unwrap();
        }
        // Each dash's first and last x, from its polyline's points.
        let dashes: Vec<(i32, i32)> = svg
            .match_indices("points=\"")
            .map(|(i, m)| {
                let rest = &svg[i + m.len()..];
                let xs: Vec<i32> = rest[..rest.find('"').unwrap()]
                    .split_whitespace()
                    .map(|xy| xy.split(',').next().unwrap().parse().unwrap())
                    .collect();
                (xs[0], *xs.last().unwrap())
            })
            .collect();
        prop_assert_eq!(dashes.first().map(|d| d.0), Some(10));
        prop_assert_eq!(dashes.last().map(|d| d.1), Some(10 + len));
        for (a, b) in &dashes {
            prop_assert!(b - a >= 3 || len < 6, "{:?}", dashes);
        }
    }

    #[test]
    fn wrapping_breaks_where_a_word_by_word_walk_would(
        words in prop::collection::vec("[a-zA-Z$0-9.,%+]{1,14}", 0..40),
        spaces in prop::collection::vec(prop::sample::select(vec![" ", "  ", "\n"]), 40),
        max in 20i32..400,
    ) {
        let mut text = String::new();
        for (w, s) in words.iter().zip(&spaces) {
            text.push_str(w);
            text.push_str(s);
        }
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (600, 400)).into_drawing_area();
        let theme = chart::Theme::new(chart::ThemeName::Light);
        let p = chart::Painter::new(&area, &theme, "sans-serif");
        let width = |s: &str| p.measure(s, 12.0, false).unwrap().0;
        let mut walked: Vec<String> = Vec::new();
        let mut line = String::new();
        for w in &words {
            let candidate = if line.is_empty() { w.clone() } else { format!("{line} {w}") };
            if !line.is_empty() && width(&candidate) > max {
                walked.push(std::mem::replace(&mut line, w.clone()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            walked.push(line);
        }
        // Each run of spaces or newlines between words is one space.
        prop_assert_eq!(p.wrap(&text, 12.0, max).unwrap(), walked);
    }
}
