//! A chart's model is what it draws: every mark the drawing records is the
//! model's point of the same index, so the text, table and CSV built from
//! the model (without a render) describe exactly what the reader sees.

// serde_json and the file system are native-only dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

use pk_it_exports::chart::{self, ChartKind, Options};
use pk_it_exports::data::{builtin, Measure};
use pk_it_exports::describe;
use pk_it_exports::ids::{SeriesId, TargetReading};
use pk_it_exports::model::{self, OptionValue, ThemeName};
use pk_it_exports::words::Lang;
use plotters::prelude::*;

mod common;
use common::views as variants;

#[test]
fn page_summaries_count_what_they_say() {
    let data = builtin();
    let words = Lang::En.words();
    let rows = describe::check_rows(&data, words);
    let s = describe::summaries(&data, words);
    assert!(
        s.checks.starts_with(&format!("Of {} checks, ", rows.len())),
        "{}",
        s.checks
    );
    let exact = rows.iter().filter(|r| r.verdict_id == "exact").count();
    assert!(
        s.checks.contains(&format!("{exact} reproduce exactly")),
        "{}",
        s.checks
    );
    assert!(s
        .figures
        .starts_with(&format!("{} figures from ", data.records.len())));
}

#[test]
fn every_mark_is_the_model_point_of_its_index() {
    let data = builtin();
    let words = Lang::En.words();
    for options in variants() {
        let model = model::build(&data, &options).unwrap();
        for width in [320, 900] {
            let height = chart::preferred_height(&options, width);
            let mut svg = String::new();
            let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            let layout = chart::draw_model(&area, &model, &options, words).unwrap();
            assert_eq!(layout.marks.len(), model.points.len(), "{:?}", options);
            for (m, p) in layout.marks.iter().zip(&model.points) {
                assert_eq!(
                    (m.series_id, m.measure, m.period, m.value, m.derived),
                    (p.series, p.measure, p.period, p.value, p.derived),
                    "{:?} at {width}px",
                    options.chart
                );
                assert_eq!(m.series, words.series(p.series));
            }
        }
        // Text, rows, CSV and the data report need no drawing.
        let text = describe::chart_text(&data, &model, words);
        assert!(!text.takeaway.is_empty() && text.source.starts_with("Source"));
        let rows = describe::chart_rows(&data, &model, words);
        assert_eq!(rows.len(), model.points.len());
        let csv = describe::chart_csv(&data, &model, words);
        assert_eq!(csv.trim_end().split("\r\n").count(), rows.len() + 1);
        let report = describe::data_report(&data, &model, words);
        assert!(report.shown > 0 && report.shown <= report.records);
        // The sentence exactly when something is left out, and it counts it.
        assert_eq!(report.message.is_some(), report.shown < report.records);
        if let Some(m) = &report.message {
            assert!(
                m.contains(&format!("draws {} of the {}", report.shown, report.records)),
                "{m}"
            );
        }
    }
}

#[test]
fn series_ids_are_ids_not_words() {
    let layout = {
        let options = Options {
            chart: ChartKind::Growth,
            ..Options::default()
        };
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
        chart::draw(&area, &builtin(), &options).unwrap()
    };
    let json = serde_json::to_value(&layout).unwrap();
    let ids: Vec<&str> = json["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["seriesId"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"ict") && ids.contains(&"itItes") && ids.contains(&"quoted"));
    assert_eq!(json["marks"][0]["series"], "IT & ITeS (narrow)");
    assert_eq!(SeriesId::Measure(Measure::Ict).id(), "ict");
    assert_eq!(
        SeriesId::Year(pk_it_exports::data::FiscalYear(2024)).id(),
        "fy2024-25"
    );
}

#[test]
fn controls_carry_the_values_set_options_takes() {
    let controls = serde_json::to_value(describe::controls(Lang::En.words())).unwrap();
    let charts: Vec<&str> = controls["charts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        charts,
        ["annual", "growth", "compared", "monthly", "targets"]
    );
    let of = |chart: &str| {
        controls["controls"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["chart"] == chart)
            .unwrap()["controls"]
            .clone()
    };
    assert_eq!(of("annual"), serde_json::json!([]));
    let monthly = of("monthly");
    assert_eq!(monthly[0]["option"], "cumulative");
    assert_eq!(monthly[0]["choices"][0]["value"], false);
    assert_eq!(monthly[0]["choices"][1]["value"], true);
    assert_eq!(monthly[0]["choices"][1]["label"], "Year to date");
    let targets = of("targets");
    assert_eq!(targets[0]["option"], "targetReading");
    assert_eq!(targets[0]["choices"][0]["value"], "annualLevel");
    assert_eq!(targets[0]["choices"][1]["value"], "cumulative");
    // Each value is one `setOptions` accepts.
    for c in [&monthly, &targets] {
        for choice in c[0]["choices"].as_array().unwrap() {
            let value = match &choice["value"] {
                serde_json::Value::Bool(b) => OptionValue::Bool(*b),
                serde_json::Value::String(s) => OptionValue::Str(s.clone()),
                other => panic!("a choice's value is a boolean or a string: {other}"),
            };
            Options::default()
                .set(c[0]["option"].as_str().unwrap(), value)
                .unwrap();
        }
    }
}

/// A series of whole years is summed up over whole years: its first and last
/// points are never a year and part of one (issue 13).
#[test]
fn descriptions_sum_up_whole_years_against_whole_years() {
    let data = builtin();
    let words = Lang::En.words();
    let annual = model::build(&data, &Options::default()).unwrap();
    let d = describe::chart_description(&data, &annual, words, true);
    assert!(
        d.contains("ICT services: 10 points, from $789m (FY2015-16) to $3,810m (FY2024-25);"),
        "{d}"
    );
    assert!(!d.contains("to $2,975m in Jul"), "{d}");
}

/// The options reader takes what `defaultOptions()` lists, by the names and
/// values serde writes them with, and refuses anything else by name, in the
/// words pages have always shown (serde's).
#[test]
fn options_are_read_by_the_names_and_values_they_are_written_with() {
    let written = serde_json::to_value(Options::default()).unwrap();
    let keys: Vec<&str> = written
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // The enums' expected values, as serde lists variants.
    let serde_list = |ids: Vec<&str>| {
        let ids: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
        match ids.as_slice() {
            [a, b] => format!("{a} or {b}"),
            _ => format!("one of {}", ids.join(", ")),
        }
    };
    let expected = model::EXPECTED;
    assert_eq!(
        expected.chart,
        serde_list(ChartKind::ALL.map(ChartKind::id).to_vec())
    );
    assert_eq!(
        expected.theme,
        serde_list(ThemeName::ALL.map(ThemeName::id).to_vec())
    );
    assert_eq!(
        expected.target_reading,
        serde_list(TargetReading::ALL.map(TargetReading::id).to_vec())
    );
    assert_eq!(expected.lang, serde_list(Lang::ALL.map(Lang::tag).to_vec()));
    assert_eq!(
        Options::UNKNOWN,
        format!(
            "unknown option; the options are {}",
            Options::KEYS.join(", ")
        )
    );
    let mut expected = Options::KEYS.to_vec();
    expected.sort_unstable();
    let mut keys = keys.clone();
    keys.sort_unstable();
    assert_eq!(keys, expected);
    // Every option's default reads back as itself, and every enum value
    // serde writes is one the reader takes.
    let mut read = Options {
        chart: ChartKind::Targets,
        background: false,
        ..Options::default()
    };
    for (key, value) in written.as_object().unwrap() {
        let value = match value {
            serde_json::Value::Bool(b) => OptionValue::Bool(*b),
            serde_json::Value::String(s) => OptionValue::Str(s.clone()),
            other => panic!("{key}: {other}"),
        };
        read.set(key, value).unwrap();
    }
    assert_eq!(read, Options::default());
    let str = |s: &str| OptionValue::Str(s.into());
    for chart in ChartKind::ALL {
        let id = serde_json::to_value(chart).unwrap();
        let mut o = Options::default();
        o.set("chart", str(id.as_str().unwrap())).unwrap();
        assert_eq!(o.chart, chart);
    }
    for (key, id) in [
        ("theme", "dark"),
        ("targetReading", "cumulative"),
        ("lang", "ur"),
    ] {
        let mut o = Options::default();
        o.set(key, str(id)).unwrap();
        let back = serde_json::to_value(&o).unwrap();
        assert_eq!(back[key], id, "{key}");
    }
    let refused =
        |key: &str, value: OptionValue| Options::default().set(key, value).unwrap_err().to_string();
    assert_eq!(
        refused("chart", str("pie")),
        "options.chart: unknown variant `pie`, expected one of `annual`, `growth`, `compared`, `monthly`, `targets`"
    );
    assert_eq!(
        refused("theme", str("sepia")),
        "options.theme: unknown variant `sepia`, expected `light` or `dark`"
    );
    assert_eq!(
        refused("mirror", str("say \"no\"")),
        "options.mirror: invalid type: string \"say \\\"no\\\"\", expected a boolean"
    );
    assert_eq!(
        refused("chart", OptionValue::Bool(true)),
        "options.chart: invalid type: boolean `true`, expected enum ChartKind"
    );
    assert_eq!(
        refused(
            "fontFamily",
            OptionValue::Other("floating point `3.5`".into())
        ),
        "options.fontFamily: invalid type: floating point `3.5`, expected a string"
    );
    assert_eq!(
        refused("colour", str("red")),
        "options.colour: unknown option; the options are chart, theme, cumulative, targetReading, fontFamily, background, lang, mirror"
    );
}

/// A takeaway speaks of what its chart shows: every fiscal year it names is
/// one the chart draws a figure in, or the base a drawn figure is compared
/// with (the three-year sum once opened with the running year's target,
/// which that view does not draw).
#[test]
fn takeaways_name_only_years_their_chart_draws_or_compares() {
    let data = builtin();
    let words = Lang::En.words();
    for options in variants() {
        let m = model::build(&data, &options).unwrap();
        let drawn: Vec<_> = m
            .points
            .iter()
            .filter_map(|p| p.period.fiscal_year())
            .collect();
        // The years drawn, and the bases of comparisons made from them.
        let bases = m
            .compares
            .iter()
            .filter(|(at, _)| at.fiscal_year().is_some_and(|fy| drawn.contains(&fy)))
            .filter_map(|(_, base)| base.fiscal_year());
        let mut years: Vec<String> = drawn
            .iter()
            .copied()
            .chain(bases)
            .map(|fy| fy.to_string())
            .collect();
        years.sort();
        years.dedup();
        let text = words.message(&m.takeaway);
        for (i, _) in text.match_indices("FY") {
            let named = &text[i..(i + 9).min(text.len())];
            assert!(
                years.iter().any(|y| y == named),
                "{:?}: the takeaway names {named}, which the chart neither draws nor compares ({years:?}): {text}",
                options.chart
            );
        }
    }
}

/// The three-year sum credits only what it shows: every source on its line
/// is the source of a bar it draws, of the target it draws, or of the
/// months a derived bar adds (it once credited the sources of the $5.2bn,
/// $10bn and $15bn targets, which that view does not draw).
#[test]
fn the_summed_targets_view_cites_only_what_it_draws() {
    let data = builtin();
    let options = Options {
        chart: ChartKind::Targets,
        target_reading: pk_it_exports::growth::TargetReading::Cumulative,
        ..Options::default()
    };
    let m = model::build(&data, &options).unwrap();
    let model::Detail::Targets(detail) = &m.detail else {
        panic!("not the targets chart");
    };
    let drawn_targets: Vec<_> = detail
        .drawn
        .iter()
        .map(|&i| detail.lines[i].period)
        .collect();
    let shown_years: Vec<_> = m
        .points
        .iter()
        .filter_map(|p| p.period.fiscal_year())
        .collect();
    for id in &m.cited {
        let credited = data.records.iter().any(|r| {
            r.source == *id
                && (drawn_targets.contains(&r.period)
                    || r.period
                        .fiscal_year()
                        .is_some_and(|fy| shown_years.contains(&fy)))
        });
        assert!(
            credited,
            "the sum view cites {id}, the source of nothing it draws"
        );
    }
}

/// A font family list far past its limit is refused without being said
/// back in full (a megabyte of input made a megabyte of message).
#[test]
fn an_overlong_font_family_is_refused_briefly() {
    let options = Options {
        font_family: "x".repeat(1_000_000),
        ..Options::default()
    };
    let message = options.validate().unwrap_err().to_string();
    assert!(message.len() < 200, "{} characters", message.len());
    assert!(
        message.contains("1000000 characters") && message.contains("fontFamily"),
        "{message}"
    );
}

/// The targets chart draws its targets as lines, not points: a custom
/// dataset's two targets were listed as "not drawn" under the lines that
/// drew them (a hostile editor's data).
#[test]
fn the_targets_drawn_are_not_reported_as_not_drawn() {
    let mut records: Vec<serde_json::Value> = (2019..=2024)
        .map(|y| serde_json::json!({ "measure": "ict", "period": format!("FY{y}-{:02}", (y + 1) % 100), "value": 1000 + 400 * (y - 2019), "source": "s" }))
        .collect();
    records.push(serde_json::json!({ "measure": "exportTarget", "period": "FY2020-21 to FY2022-23", "value": 7000, "source": "s" }));
    records.push(serde_json::json!({ "measure": "exportTarget", "period": "FY2028-29", "value": 10000, "source": "s" }));
    let d = serde_json::json!({ "sources": [{ "id": "s", "outlet": "o", "reference": "r" }], "records": records });
    let data =
        pk_it_exports::data::custom::parse(&serde_json::from_value(d).unwrap()).expect("valid");
    for reading in [TargetReading::AnnualLevel, TargetReading::Cumulative] {
        let options = Options {
            chart: ChartKind::Targets,
            target_reading: reading,
            ..Options::default()
        };
        let model = model::build(&data, &options).expect("a targets chart");
        let report = describe::data_report(&data, &model, Lang::En.words());
        let targets: Vec<&String> = report
            .not_shown
            .iter()
            .filter(|l| l.contains("arget"))
            .collect();
        match reading {
            // Read as a level, both are drawn.
            TargetReading::AnnualLevel => assert!(targets.is_empty(), "{:?}", report.not_shown),
            // Read as a sum, the three-year one alone.
            TargetReading::Cumulative => assert_eq!(targets.len(), 1, "{:?}", report.not_shown),
        }
    }
}
