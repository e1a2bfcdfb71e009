//! Custom datasets: every bad input named by record and field, with a reason;
//! good ones charted; nothing silently dropped; the most records allowed handled.
#![cfg(not(target_arch = "wasm32"))]

use pk_it_exports::chart::{self, ChartKind, Options};
use pk_it_exports::data::custom::{parse, Value, MAX_RECORDS};
use pk_it_exports::data::{Measure, Period};
use plotters::prelude::*;

fn value(json: &str) -> Value {
    serde_json::from_str(json).expect("test JSON")
}

/// A small valid dataset: FY2023-24 and FY2024-25 ICT, one source.
fn good() -> serde_json::Value {
    serde_json::json!({
        "sources": [{ "id": "sbp", "outlet": "State Bank of Pakistan", "date": "2025-07-17", "reference": "sbp.org.pk" }],
        "records": [
            { "measure": "ict", "period": "FY2023-24", "value": 3223, "unit": "usdMillion", "source": "sbp" },
            { "measure": "ict", "period": "FY2024-25", "value": 3810, "source": "sbp", "quotedGrowth": { "pct": 18, "decimals": 0 } },
            { "measure": "ict", "period": "2025-07", "value": 354, "source": "sbp", "note": "first release" }
        ]
    })
}

fn with_record(i: usize, field: &str, v: serde_json::Value) -> Value {
    let mut d = good();
    d["records"][i][field] = v;
    serde_json::from_value(d).unwrap()
}

fn error(v: &Value) -> String {
    parse(v).expect_err("should be rejected").to_string()
}

#[test]
fn a_valid_dataset_parses_and_charts() {
    let data = parse(&serde_json::from_value(good()).unwrap()).unwrap();
    assert_eq!(data.records.len(), 3);
    let r = data.get(Measure::Ict, Period::fy(2024)).unwrap();
    assert_eq!(r.value, 3810.0);
    assert_eq!(r.quoted_growth.as_ref().unwrap().pct, 18.0);
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
    let layout = chart::draw(&area, &data, &Options::default()).unwrap();
    // Two annual bars and FY2025-26 so far (July): a running year is drawn
    // as its months, never left out or taken for a whole year.
    assert_eq!(
        layout.marks.len(),
        3,
        "two annual bars and July 2025 so far"
    );
    assert_eq!(layout.marks[2].period, Period::fy_span(2025, 1, 1));
}

#[test]
fn each_bad_input_is_named_with_a_reason() {
    let cases: Vec<(Value, &str)> = vec![
        (
            with_record(1, "value", serde_json::json!(-5)),
            "records[1].value: -5 is negative; remittances cannot be negative",
        ),
        (
            with_record(1, "value", serde_json::json!("3810")),
            "records[1].value: \"3810\" is a string; give the number without quotes",
        ),
        (
            with_record(0, "measure", serde_json::json!("itExports")),
            "records[0].measure: \"itExports\" is not a measure; use one of ict, itItes,",
        ),
        (
            with_record(0, "unit", serde_json::json!("companies")),
            "records[0].unit: \"companies\" does not match measure ict, which is in usdMillion",
        ),
        (
            with_record(2, "period", serde_json::json!("2023-02-30")),
            "records[2].period: \"2023-02-30\" is not a real date",
        ),
        (
            with_record(2, "period", serde_json::json!("2025-13")),
            "records[2].period: \"2025-13\" is not a real month",
        ),
        // Year 0000 wrapped to fiscal year 65535 ("FY65535-00" in a title).
        (
            with_record(2, "period", serde_json::json!("0000-06")),
            "records[2].period: \"0000-06\" has a year outside 1000-9998",
        ),
        (
            with_record(0, "period", serde_json::json!("FY0000-01")),
            "records[0].period: \"FY0000-01\" is not a period;",
        ),
        // No suggestion the parser would refuse in turn ("FY999-00").
        (
            with_record(0, "period", serde_json::json!("FY0999-00")),
            "records[0].period: \"FY0999-00\" is not a period;",
        ),
        (
            with_record(0, "period", serde_json::json!("FY2023-25")),
            "records[0].period: \"FY2023-25\" is not a period",
        ),
        (
            with_record(0, "period", serde_json::json!("FY2024-25")),
            "records[1].period: ict FY2024-25 duplicates records[0] (ict FY2024-25)",
        ),
        (
            with_record(0, "source", serde_json::json!("imf")),
            "records[0].source: cites unknown source \"imf\"",
        ),
        (
            with_record(0, "colour", serde_json::json!("red")),
            "records[0].colour: is not a known field;",
        ),
        (
            with_record(0, "atLeast", serde_json::json!("yes")),
            "records[0].atLeast: is a string, not true or false",
        ),
        (
            value(r#"{"sources": [], "records": []}"#),
            "dataset.records is an empty list; there is nothing to chart",
        ),
        (
            value(r#"{"records": [{"measure": "ict"}]}"#),
            "dataset.sources: is missing",
        ),
        (value(r#"[1, 2]"#), "dataset: is a list, not an object"),
    ];
    for (input, expected) in cases {
        let e = error(&input);
        assert!(e.starts_with(expected), "got {e:?}, expected {expected:?}");
    }
}

#[test]
fn nan_and_infinity_are_refused() {
    // JSON cannot carry NaN, but a page can hand over a JavaScript object that does.
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut d: Value = serde_json::from_value(good()).unwrap();
        if let Value::Map(top) = &mut d {
            if let Some(Value::List(records)) = top.get_mut("records") {
                if let Value::Map(r) = &mut records[1] {
                    r.insert("value".into(), Value::Number(x));
                }
            }
        }
        let e = error(&d);
        assert!(
            e.starts_with("records[1].value: ") && e.ends_with("is not a finite number"),
            "{e}"
        );
    }
}

#[test]
fn periods_in_every_form() {
    use pk_it_exports::data::custom::parse_period;
    let ok = |s: &str| parse_period(s, "p").unwrap();
    assert_eq!(ok("FY2020-21"), Period::fy(2020));
    assert_eq!(ok("Q1 FY2020-21"), Period::fy_span(2020, 1, 3));
    assert_eq!(ok("Jul-Feb FY2020-21"), Period::fy_span(2020, 1, 8));
    assert_eq!(ok("Jul\u{2013}Feb FY2020-21"), Period::fy_span(2020, 1, 8));
    assert_eq!(ok("2024-12"), Period::month(2024, 12));
    assert_eq!(
        ok("2024-02-29"),
        Period::Date {
            year: 2024,
            month: Some(2),
            day: Some(29)
        }
    );
    assert!(parse_period("2023-02-29", "p").is_err(), "not a leap year");
    assert!(parse_period("Feb-Jul FY2020-21", "p")
        .unwrap_err()
        .to_string()
        .contains("runs backwards"));
    assert!(matches!(
        ok("FY2020-21 to FY2022-23"),
        Period::FiscalYears { .. }
    ));
    assert_eq!(ok("open"), Period::Open);
    assert!(parse_period("<img src=x onerror=alert(1)>", "p").is_err());
}

#[test]
fn the_most_records_allowed_are_read_and_charted() {
    let mut records = Vec::with_capacity(MAX_RECORDS);
    // 2,000 distinct months from the year 1000 on, in the monthly chart's measure.
    for i in 0..MAX_RECORDS {
        let (year, month) = (1000 + i / 12, i % 12 + 1);
        records.push(serde_json::json!({ "measure": "ict", "period": format!("{year}-{month:02}"), "value": (i % 400 + 1) as f64, "source": "s" }));
    }
    let d = serde_json::json!({ "sources": [{ "id": "s", "outlet": "o", "reference": "r" }], "records": records });
    let v: Value = serde_json::from_value(d).unwrap();
    let t = std::time::Instant::now();
    let data = parse(&v).unwrap();
    assert_eq!(data.records.len(), MAX_RECORDS);
    let mut svg = String::new();
    let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
    let layout = chart::draw(
        &area,
        &data,
        &Options {
            chart: ChartKind::Monthly,
            ..Options::default()
        },
    )
    .unwrap();
    // The last month is August 1166: FY1166-67 runs July to August (2 months), after a full FY1165-66.
    assert_eq!(layout.marks.len(), 12 + 2, "the two latest fiscal years");
    assert_eq!(layout.marks.last().unwrap().period, Period::month(1166, 8));
    // Not a timing test (no budget asserted); this only guards against an
    // accidental quadratic, which would take minutes here, not seconds.
    eprintln!(
        "{MAX_RECORDS} records parsed and charted in {:?}",
        t.elapsed()
    );
    // One more is refused, with the limit named.
    let mut d = serde_json::json!({ "sources": [{ "id": "s", "outlet": "o", "reference": "r" }], "records": [] });
    d["records"] = serde_json::Value::Array(vec![serde_json::json!({}); MAX_RECORDS + 1]);
    let e = error(&serde_json::from_value(d).unwrap());
    assert_eq!(
        e,
        "dataset.records: 2001 records is more than the 2000 this widget reads"
    );
}

/// `good()` with record `i`'s `field` set to `v`, for each change in turn.
fn with_records(changes: &[(usize, &str, serde_json::Value)]) -> Value {
    let mut d = good();
    for (i, field, v) in changes {
        while d["records"].as_array().map_or(0, Vec::len) <= *i {
            let n = d["records"].as_array().map_or(0, Vec::len);
            let record = serde_json::json!({ "measure": "ict", "period": format!("{}-{:02}", 2000 + n / 12, n % 12 + 1), "value": 1, "source": "sbp" });
            d["records"].as_array_mut().unwrap().push(record);
        }
        d["records"][*i][*field] = v.clone();
    }
    serde_json::from_value(d).unwrap()
}

#[test]
fn several_problems_are_reported_in_one_message() {
    let e = error(&with_records(&[
        (0, "value", serde_json::json!(-5)),
        (1, "period", serde_json::json!("2023-02-30")),
        (1, "source", serde_json::json!("imf")),
        (2, "colour", serde_json::json!("red")),
    ]));
    assert_eq!(
        e,
        "4 problems in the dataset: \
         records[0].value: -5 is negative; remittances cannot be negative; \
         records[1].period: \"2023-02-30\" is not a real date; \
         records[1].source: cites unknown source \"imf\"; \
         records[2].colour: is not a known field; the fields are measure, period, value, unit, precision, quotedGrowth, atLeast, source, derivation, firstReported, note, provisional"
    );
    // Fifteen bad records: ten listed, the rest counted.
    let changes: Vec<(usize, &str, serde_json::Value)> = (0..15)
        .map(|i| (i, "value", serde_json::json!(-1 - i as i64)))
        .collect();
    let e = error(&with_records(&changes));
    assert!(
        e.starts_with("15 problems in the dataset: records[0].value: -1 is negative;"),
        "{e}"
    );
    assert!(e.ends_with("records[9].value: -10 is negative; remittances cannot be negative; and 5 more problems"), "{e}");
    assert_eq!(e.matches("is negative").count(), 10, "{e}");
    // A duplicate is found in the same pass as the other problems.
    let e = error(&with_records(&[
        (0, "period", serde_json::json!("FY2024-25")),
        (2, "value", serde_json::json!("354")),
    ]));
    assert_eq!(
        e,
        "2 problems in the dataset: \
         records[1].period: ict FY2024-25 duplicates records[0] (ict FY2024-25); \
         records[2].value: \"354\" is a string; give the number without quotes"
    );
}

/// `good()` with record 1's value replaced by `x`, which JSON cannot carry
/// but a page's JavaScript object can.
fn with_value(x: f64) -> Value {
    let mut d: Value = serde_json::from_value(good()).unwrap();
    if let Value::Map(top) = &mut d {
        if let Some(Value::List(records)) = top.get_mut("records") {
            if let Value::Map(r) = &mut records[1] {
                r.insert("value".into(), Value::Number(x));
            }
        }
    }
    d
}

#[test]
fn non_finite_numbers_are_named_as_javascript_names_them() {
    for (x, name) in [
        (f64::INFINITY, "Infinity"),
        (f64::NEG_INFINITY, "-Infinity"),
        (f64::NAN, "NaN"),
    ] {
        assert_eq!(
            error(&with_value(x)),
            format!("records[1].value: {name} is not a finite number")
        );
    }
    use pk_it_exports::error::Num;
    let e = pk_it_exports::growth::required_growth(
        1.0,
        f64::INFINITY,
        3,
        pk_it_exports::growth::TargetReading::AnnualLevel,
    )
    .unwrap_err()
    .to_string();
    assert!(e.ends_with("(Infinity)") && !e.contains("inf)"), "{e}");
    assert_eq!(Num(1e300).to_string(), "1e+300");
    assert_eq!(Num(-2.5e15).to_string(), "-2.5e+15");
    assert_eq!(Num(999_999.5).to_string(), "999999.5");
    // Too small for six decimals: not written as 0 (from a helper's sweep,
    // "0 is less than US$ 0.001 million ... or 0").
    assert_eq!(Num(1e-7).to_string(), "1e-7");
    assert_eq!(Num(-2.5e-9).to_string(), "-2.5e-9");
    assert_eq!(Num(5e-324).to_string(), "4.94e-324");
    assert_eq!(Num(0.0001).to_string(), "0.0001");
    assert_eq!(Num(0.0).to_string(), "0");
    assert!(error(&with_value(1e-7))
        .starts_with("records[1].value: 1e-7 is less than US$ 0.001 million"));
}

#[test]
fn a_source_date_is_text_where_inexact_but_never_empty_or_impossible() {
    let with_date = |date: serde_json::Value| {
        let mut d = good();
        d["sources"][0]["date"] = date;
        serde_json::from_value::<Value>(d).unwrap()
    };
    for ok in [
        "2025-07-18",
        "2025-07",
        "2025",
        "spring 2021",
        "about mid-March 2026",
        "18 Aug 2025",
    ] {
        assert!(parse(&with_date(serde_json::json!(ok))).is_ok(), "{ok}");
    }
    for (bad, why) in [
        ("2025-02-30", "sources[0].date: \"2025-02-30\" is not a real date; write it 2025-07-18, 2025-07 or 2025"),
        ("2025-13", "sources[0].date: \"2025-13\" is not a real date"),
        ("25-07-18", "sources[0].date: \"25-07-18\" is not a real date"),
        ("", "sources[0].date: is empty; leave it out if the date is not known"),
        ("  ", "sources[0].date: is empty"),
    ] {
        let e = error(&with_date(serde_json::json!(bad)));
        assert!(e.starts_with(why), "{bad}: {e}");
    }
}

#[test]
fn no_message_carries_an_internal_prefix() {
    use pk_it_exports::growth::{self, TargetReading};
    let empty = error(&value(r#"{"sources": [], "records": []}"#));
    assert_eq!(
        empty,
        "dataset.records is an empty list; there is nothing to chart"
    );
    let zero_years = growth::required_growth(1.0, 2.0, 0, TargetReading::AnnualLevel)
        .unwrap_err()
        .to_string();
    assert_eq!(
        zero_years,
        "a target needs at least one year to reach it; 0 years were given"
    );
    for e in [empty, zero_years] {
        assert!(!e.contains("empty span"), "{e}");
    }
}

#[test]
fn an_unreadable_period_lists_the_forms_and_suggests_the_fix() {
    const FORMS: &str = "periods are written FY2024-25, Q1 FY2020-21, Jul-Feb FY2020-21, FY2020-21 to FY2022-23, 2024-12 (a month), 2020-10-31 or 2021 (a date), or open";
    let period = |p: &str| error(&with_record(2, "period", serde_json::json!(p)));
    assert_eq!(
        period("July 2024"),
        format!("records[2].period: \"July 2024\" is not a period (write \"2024-07\"); {FORMS}")
    );
    assert_eq!(
        period("last summer"),
        format!("records[2].period: \"last summer\" does not end in a fiscal year such as FY2020-21; {FORMS}")
    );
    assert_eq!(
        period("2025/07"),
        format!("records[2].period: \"2025/07\" is not a period (write \"2025-07\"); {FORMS}")
    );
    // Recognised forms with impossible numbers keep their reason, plus the fix.
    assert_eq!(
        period("2024-25"),
        "records[2].period: \"2024-25\" is not a real month (YYYY-MM, 01 to 12) (write \"FY2024-25\")"
    );
    for (given, meant) in [
        ("Jul 2024", "2024-07"),
        ("2024 July", "2024-07"),
        ("7/2024", "2024-07"),
        ("FY24", "FY2023-24"),
        ("FY2024", "FY2023-24"),
        ("FY 2024-25", "FY2024-25"),
        ("FY2024-2025", "FY2024-25"),
        ("FY2023-25", "FY2023-24"),
    ] {
        let e = period(given);
        assert!(e.contains(&format!("(write \"{meant}\")")), "{given}: {e}");
        assert!(e.contains(FORMS), "{given}: {e}");
    }
    // No guess when there is none to make.
    for given in ["31/10/2020", "Smarch 2024", "FY0", "13/2024"] {
        let e = period(given);
        assert!(!e.contains("write"), "{given}: {e}");
    }
}

#[test]
fn implausibly_large_or_small_figures_are_refused_with_the_reason() {
    let at = |field: &str, v: serde_json::Value| error(&with_record(1, field, v));
    assert_eq!(
        at("value", serde_json::json!(1_000_001)),
        "records[1].value: 1000001 is more than US$ 1,000,000 million (US$ 1 trillion), which no figure here comes near; values are in US$ million: give 3810 for US$ 3.81 billion"
    );
    assert_eq!(
        at("value", serde_json::json!(3.81e9)),
        "records[1].value: 3810000000 is more than US$ 1,000,000 million (US$ 1 trillion), which no figure here comes near; values are in US$ million: give 3810 for US$ 3.81 billion"
    );
    assert_eq!(
        at("value", serde_json::json!(0.0001)),
        "records[1].value: 0.0001 is less than US$ 0.001 million (US$ 1,000), the smallest figure charted; values are in US$ million: give 0.5 for US$ 500,000"
    );
    assert_eq!(
        at("firstReported", serde_json::json!(1e300)),
        "records[1].firstReported: 1e+300 is more than US$ 1,000,000 million (US$ 1 trillion), which no figure here comes near; values are in US$ million: give 3810 for US$ 3.81 billion"
    );
    assert_eq!(
        at("quotedGrowth", serde_json::json!({ "pct": 1e6 })),
        "records[1].quotedGrowth.pct: 1000000% is more than 100,000% (a thousandfold in a year); give the rate in percent, 18 for 18%"
    );
    let mut d = good();
    d["records"][0] = serde_json::json!({ "measure": "psebCompanies", "period": "2024-06-30", "value": 10_000_001, "source": "sbp" });
    d["records"][1] = serde_json::json!({ "measure": "psebCompanies", "period": "2025-06-30", "value": 2631.5, "source": "sbp" });
    assert_eq!(
        error(&serde_json::from_value(d).unwrap()),
        "2 problems in the dataset: \
         records[0].value: 10000001 is more than 10,000,000 companies; check the figure; \
         records[1].value: 2631.5 is not a whole number; give a count of companies"
    );
    // The bounds themselves are allowed (0 is a placeholder: refused).
    for v in [1_000_000.0, 0.001] {
        assert!(
            parse(&with_record(1, "value", serde_json::json!(v))).is_ok(),
            "{v}"
        );
    }
}

#[test]
fn text_fields_refuse_direction_controls_and_overlong_text() {
    let source = |field: &str, v: String| {
        let mut d = good();
        d["sources"][0][field] = serde_json::json!(v);
        error(&serde_json::from_value(d).unwrap())
    };
    assert_eq!(
        source("outlet", "State Bank \u{202E}of Pakistan".into()),
        "sources[0].outlet: contains U+202E (a bidirectional control character, which would reverse the text around it) at character 12; remove it"
    );
    assert_eq!(
        source("reference", "sbp.org.pk\u{2067}".into()),
        "sources[0].reference: contains U+2067 (a bidirectional control character, which would reverse the text around it) at character 11; remove it"
    );
    assert_eq!(
        source("outlet", "x".repeat(100_000)),
        "sources[0].outlet: is 100000 characters long; the limit is 200: shorten it"
    );
    assert_eq!(
        source("reference", "r".repeat(501)),
        "sources[0].reference: is 501 characters long; the limit is 500: shorten it"
    );
    let record = |field: &str, v: String| error(&with_record(2, field, serde_json::json!(v)));
    assert_eq!(
        record("note", "first\u{0}release".into()),
        "records[2].note: contains U+0000 (a control character) at character 6; remove it"
    );
    assert_eq!(
        record("derivation", "d".repeat(501)),
        "records[2].derivation: is 501 characters long; the limit is 500: shorten it"
    );
    // The id is checked before it is looked up, so only its own problem shows.
    assert_eq!(
        record("source", "s".repeat(65)),
        "records[2].source: is 65 characters long; the limit is 64: shorten it"
    );
    // Echoed input cannot reverse the message either: an unknown field
    // named with an override is shown with the code point, not the character.
    let e = error(&with_record(0, "\u{202E}eulav", serde_json::json!(1)));
    assert!(
        e.starts_with("records[0].<U+202E>eulav: is not a known field"),
        "{e}"
    );
    for (i, c) in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{2066}', '\u{2068}', '\u{2069}', '\n',
        '\u{7F}',
    ]
    .into_iter()
    .enumerate()
    {
        let e = record("note", format!("a{c}b"));
        assert!(e.contains(&format!("U+{:04X}", u32::from(c))), "{i}: {e}");
        assert!(
            !e.contains(c),
            "{i}: the message must not carry the character itself"
        );
    }
    // Urdu text with a right-to-left mark is fine.
    assert!(parse(&with_record(
        2,
        "note",
        serde_json::json!("\u{200F}پہلی اشاعت")
    ))
    .is_ok());
}

/// Every label of every chart of `data` at `width`: (the chart, the label,
/// whether it is a value-axis tick label, left of the plot).
fn chart_labels(data: &pk_it_exports::data::Dataset, width: u32) -> Vec<(ChartKind, String, bool)> {
    let mut out = Vec::new();
    for kind in ChartKind::ALL {
        for cumulative in [false, true] {
            let options = Options {
                chart: kind,
                cumulative,
                ..Options::default()
            };
            let mut svg = String::new();
            let height = chart::preferred_height(&options, width);
            let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            let Ok(layout) = chart::draw(&area, data, &options) else {
                continue;
            };
            let x0 = layout.plot.map_or(0, |p| p.x0);
            out.extend(
                layout
                    .labels
                    .into_iter()
                    .map(|l| (kind, l.text, l.rect.x1 <= x0)),
            );
        }
    }
    out
}

#[test]
fn the_largest_allowed_values_chart_with_real_labels_and_no_negative_tick() {
    let mut records = vec![
        serde_json::json!({ "measure": "ict", "period": "FY2021-22", "value": 0.001, "source": "s" }),
        serde_json::json!({ "measure": "ict", "period": "FY2022-23", "value": 1_000_000, "source": "s" }),
        serde_json::json!({ "measure": "ict", "period": "FY2023-24", "value": 0.001, "source": "s" }),
        serde_json::json!({ "measure": "ict", "period": "FY2024-25", "value": 1_000_000, "source": "s", "quotedGrowth": { "pct": 100_000, "decimals": 0 } }),
        serde_json::json!({ "measure": "itItes", "period": "FY2024-25", "value": 999_999, "source": "s" }),
        serde_json::json!({ "measure": "exportTarget", "period": "FY2020-21 to FY2022-23", "value": 1_000_000, "source": "s" }),
        serde_json::json!({ "measure": "psebCompanies", "period": "2024-06-30", "value": 10_000_000, "source": "s" }),
    ];
    // Two fiscal years of months, one of them at the smallest figure (a
    // month is never 0), the rest at the bound.
    for fy in [2023, 2024] {
        for i in 0..12 {
            let (year, month) = if i < 6 { (fy, i + 7) } else { (fy + 1, i - 5) };
            let v = if i == 3 { 0.001 } else { 1_000_000.0 };
            records.push(serde_json::json!({ "measure": "ict", "period": format!("{year}-{month:02}"), "value": v, "source": "s" }));
        }
    }
    let d = serde_json::json!({ "sources": [{ "id": "s", "outlet": "o", "reference": "r" }], "records": records });
    let data =
        parse(&serde_json::from_value(d).unwrap()).expect("values at the bounds are allowed");
    let mut ticks = 0;
    for width in [320, 640, 1200] {
        let labels = chart_labels(&data, width);
        assert!(labels.len() > 20, "{width}: charts drew");
        for (kind, text, is_tick) in labels {
            for bad in ["very large", "e+", "inf", "NaN"] {
                assert!(!text.contains(bad), "{width}: label {text:?}");
            }
            // Growth rates may be negative; the values of every other chart not.
            if is_tick && kind != ChartKind::Growth {
                ticks += 1;
                assert!(
                    !text.starts_with('\u{2212}')
                        && !text.starts_with('-')
                        && !text.starts_with("$\u{2212}"),
                    "{width}: negative tick {text:?} for data that cannot be negative"
                );
                assert!(
                    text.chars().any(|c| c.is_ascii_digit()),
                    "{width}: tick {text:?}"
                );
            }
        }
    }
    assert!(ticks > 30, "value axes were checked ({ticks} ticks)");
}

/// A custom series over three years, from `values`. A 0, which a dataset
/// may not give (a placeholder), is set after reading: the charts still
/// meet one that way, and must word it.
fn series(values: [f64; 3]) -> pk_it_exports::data::Dataset {
    let mut d = good();
    let given = values.map(|v| if v == 0.0 { 1.0 } else { v });
    d["records"] = serde_json::json!([
        { "measure": "ict", "period": "FY2021-22", "value": given[0], "unit": "usdMillion", "source": "sbp" },
        { "measure": "ict", "period": "FY2022-23", "value": given[1], "source": "sbp" },
        { "measure": "ict", "period": "FY2023-24", "value": given[2], "source": "sbp" }
    ]);
    let mut data = parse(&serde_json::from_value(d).unwrap()).unwrap();
    for (r, v) in data.records.iter_mut().zip(values) {
        r.value = v;
    }
    pk_it_exports::data::Dataset::new(data.sources, data.records, data.claims, data.facts)
}

fn takeaway(data: &pk_it_exports::data::Dataset, lang: pk_it_exports::words::Lang) -> String {
    let options = Options {
        chart: ChartKind::Annual,
        lang,
        ..Options::default()
    };
    let model = pk_it_exports::model::build(data, &options).expect("the annual chart builds");
    pk_it_exports::describe::chart_text(data, &model, lang.words()).takeaway
}

/// The takeaway says what the figures did: a series that fell is not said
/// to have grown, and one that starts at zero has no average rate (it
/// failed the chart: "base value 0 for CAGR start value", naming nothing).
#[test]
fn a_takeaway_says_the_way_the_figures_went() {
    use pk_it_exports::words::Lang;
    let fell = takeaway(&series([3000.0, 2500.0, 2000.0]), Lang::En);
    assert!(
        fell.starts_with("ICT export remittances fell from $3bn in FY2021-22 to $2bn in FY2023-24, \u{2212}18.4% a year on average; they fell in 2 years."),
        "{fell}"
    );
    let grew = takeaway(&series([1000.0, 1100.0, 1210.0]), Lang::En);
    assert!(grew.starts_with("ICT export remittances grew from $1bn in FY2021-22 to $1.21bn in FY2023-24, +10.0% a year on average;"), "{grew}");
    let from_zero = takeaway(&series([0.0, 50.0, 120.0]), Lang::En);
    assert!(
        from_zero.starts_with("ICT export remittances grew from $0m in FY2021-22 to $120m in FY2023-24; they did not fall in any year."),
        "{from_zero}"
    );
    let flat = takeaway(&series([1000.0, 900.0, 1000.0]), Lang::En);
    assert!(
        flat.starts_with("ICT export remittances were $1bn in FY2021-22 and again in FY2023-24, 0.0% a year on average; they fell only once,"),
        "{flat}"
    );
    // Urdu: "kam ho kar ... rah gaeen", fell to, never "barh kar", grew
    // to; the average's direction in words ("18.4 fisad kami"), no sign.
    let ur = takeaway(&series([3000.0, 2500.0, 2000.0]), Lang::Ur);
    assert!(
        ur.contains("سے کم ہو کر")
            && ur.contains("رہ گئیں")
            && !ur.contains("بڑھ کر")
            && ur.contains("18.4\u{2069} فیصد کمی")
            && !ur.contains('\u{2212}'),
        "{ur}"
    );
    let ur_zero = takeaway(&series([0.0, 50.0, 120.0]), Lang::Ur);
    assert!(
        ur_zero.contains("صفر سے بڑھ کر") && !ur_zero.contains("اوسطاً"),
        "{ur_zero}"
    );
    let ur_flat = takeaway(&series([1000.0, 900.0, 1000.0]), Lang::Ur);
    assert!(
        ur_flat.contains("میں بھی") && ur_flat.contains("شرح"),
        "{ur_flat}"
    );
}

/// The CSV a reader downloads opens as data in a spreadsheet: no direction
/// marks inside its cells (the Urdu file's periods carried them, so a
/// filter for "2015-16" found nothing), and a custom source that reads as
/// a formula is text.
#[test]
fn a_csv_cell_is_plain_text_in_a_spreadsheet() {
    use pk_it_exports::words::Lang;
    let csv = |data: &pk_it_exports::data::Dataset, lang: Lang| {
        let options = Options {
            chart: ChartKind::Annual,
            lang,
            ..Options::default()
        };
        let model = pk_it_exports::model::build(data, &options).unwrap();
        pk_it_exports::describe::chart_csv(data, &model, lang.words())
    };
    let builtin = pk_it_exports::data::builtin();
    let ur = csv(&builtin, Lang::Ur);
    assert!(
        !ur.contains(['\u{2060}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
        "{ur}"
    );
    assert!(ur.contains("2015-16"), "{ur}");
    let mut d = good();
    d["sources"][0]["outlet"] = serde_json::json!("=HYPERLINK(\"http://x.example\",\"SBP\")");
    let data = parse(&serde_json::from_value(d).unwrap()).unwrap();
    let en = csv(&data, Lang::En);
    assert!(
        en.contains(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"SBP\"\")"),
        "{en}"
    );
    assert!(!en.contains(",=") && !en.contains(",\"="), "{en}");
}

/// ICT months as an editor keys them in, one record each.
fn months(periods: &[&str]) -> Value {
    let records: Vec<_> = periods
        .iter()
        .map(|p| serde_json::json!({ "measure": "ict", "period": p, "value": 350, "source": "s" }))
        .collect();
    serde_json::from_value(serde_json::json!({
        "sources": [{ "id": "s", "outlet": "o", "reference": "r" }],
        "records": records,
    }))
    .unwrap()
}

/// No ICT month is left out between two reported months of the latest
/// fiscal year: a forgotten update would stop every total so far short of
/// the figures, without a word (found by a hostile editor's datasets). A
/// story's own choice of months is not a hole: the first eight months of
/// two years, February against February, a calendar year, a year that
/// stopped in May before the next began (a newsroom's data, found refused
/// by a second sweep).
#[test]
fn a_month_left_out_of_a_running_year_is_named() {
    let year = |fy: u16| {
        (1..=12).map(move |i| {
            format!(
                "{}-{:02}",
                if i <= 6 { fy } else { fy + 1 },
                (i + 5) % 12 + 1
            )
        })
    };
    let fy25: Vec<String> = year(2024).collect();
    let with = |more: &[&str]| {
        let mut all: Vec<&str> = fy25.iter().map(String::as_str).collect();
        all.extend(more);
        months(&all)
    };
    assert!(parse(&with(&[
        "2025-07", "2025-08", "2025-09", "2025-10", "2025-11"
    ]))
    .is_ok());
    assert_eq!(
        error(&with(&["2025-07", "2025-08", "2025-09", "2025-11", "2025-12"])),
        "dataset.records: ict FY2025-26 has Jul 2025 and Dec 2025 but not Oct 2025 between them; leave no month out of a year's run, so that its totals so far add up"
    );
    assert!(error(&with(&["2025-07", "2025-09", "2025-11"]))
        .contains("but not Aug 2025, Oct 2025 between them;"));
    assert!(error(&with(&["2025-07", "2025-10"]))
        .contains("but not Aug 2025 to Sep 2025 between them;"));
    let ok = |periods: Vec<String>| {
        let refs: Vec<&str> = periods.iter().map(String::as_str).collect();
        parse(&months(&refs)).unwrap_or_else(|e| panic!("{periods:?}: {e}"));
    };
    // The first eight months of two years, with no totals.
    ok(year(2024).take(8).chain(year(2025).take(8)).collect());
    // February against February.
    ok(vec!["2025-02".into(), "2026-02".into()]);
    // A calendar year.
    ok((1..=12).map(|m| format!("2025-{m:02}")).collect());
    // A year stopped in May, the next begun.
    ok(year(2024).take(11).chain(["2025-07".to_string()]).collect());
    // Only ICT's months are a running year's: a company count's month is a date.
    let d = serde_json::json!({
        "sources": [{ "id": "s", "outlet": "o", "reference": "r" }],
        "records": [
            { "measure": "ict", "period": "FY2024-25", "value": 3810, "source": "s" },
            { "measure": "psebCompanies", "period": "2019-10", "value": 2106, "source": "s" },
            { "measure": "psebCompanies", "period": "2020-10", "value": 2631, "source": "s" },
            { "measure": "secpRegistrations", "period": "2025-01", "value": 0, "source": "s" }
        ],
    });
    assert!(parse(&serde_json::from_value(d).unwrap()).is_ok());
}

/// A remittance or a target given as 0 is a placeholder for a figure not
/// reported yet: charted, a month at 0 drew a crash to zero, a year at 0 a
/// headline "fell ... to $0m, -100.0% a year" (hostile editors' data).
#[test]
fn a_remittance_given_as_zero_is_refused() {
    for i in [0, 2] {
        let mut d = good();
        d["records"][i]["value"] = serde_json::json!(0);
        assert_eq!(
            error(&serde_json::from_value(d).unwrap()),
            format!("records[{i}].value: 0 is a placeholder, not a figure; leave out a figure not reported yet rather than give it as 0")
        );
    }
    // A count of companies at 0 is a figure like any other.
    let mut d = good();
    d["records"][0] = serde_json::json!({ "measure": "secpRegistrations", "period": "2025-01", "value": 0, "source": "sbp" });
    assert!(parse(&serde_json::from_value(d).unwrap()).is_ok());
}

/// The growth chart's title names quoted rates only where the data has
/// some: an editor's figures with none drew none under "computed and quoted".
#[test]
fn the_growth_title_names_quoted_rates_only_where_there_are_some() {
    use pk_it_exports::{describe, model, words::Lang};
    let title = |d: serde_json::Value, lang: Lang| {
        let data = parse(&serde_json::from_value(d).unwrap()).unwrap();
        let options = Options {
            chart: ChartKind::Growth,
            lang,
            ..Options::default()
        };
        let m = model::build(&data, &options).unwrap();
        describe::chart_text(&data, &m, lang.words()).title
    };
    assert_eq!(
        title(good(), Lang::En),
        "Year-on-year growth, computed and quoted"
    );
    let mut none = good();
    none["records"][1]
        .as_object_mut()
        .unwrap()
        .remove("quotedGrowth");
    assert_eq!(title(none.clone(), Lang::En), "Year-on-year growth");
    assert_eq!(title(none, Lang::Ur), "سال بہ سال شرحِ نمو");
}

/// Two fiscal years of ICT months from `value(fiscal month index 0..24)`.
fn months_dataset(value: impl Fn(usize) -> f64) -> pk_it_exports::data::Dataset {
    let mut records = Vec::new();
    for (k, fy) in [2023, 2024].into_iter().enumerate() {
        for i in 0..12 {
            let (year, month) = if i < 6 { (fy, i + 7) } else { (fy + 1, i - 5) };
            let v = value(k * 12 + i);
            records.push(serde_json::json!({ "measure": "ict", "period": format!("{year}-{month:02}"), "value": v, "source": "s" }));
        }
    }
    let d = serde_json::json!({ "sources": [{ "id": "s", "outlet": "o", "reference": "r" }], "records": records });
    parse(&serde_json::from_value(d).unwrap()).expect("a valid dataset")
}

/// The monthly chart's value-axis tick labels at `width`.
fn monthly_ticks(data: &pk_it_exports::data::Dataset, width: u32, cumulative: bool) -> Vec<String> {
    let options = Options {
        chart: ChartKind::Monthly,
        cumulative,
        ..Options::default()
    };
    let mut svg = String::new();
    let height = chart::preferred_height(&options, width);
    let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
    let layout = chart::draw(&area, data, &options).expect("draws");
    let x0 = layout.plot.map_or(0, |p| p.x0);
    layout
        .labels
        .into_iter()
        .filter(|l| l.rect.x1 <= x0)
        .map(|l| l.text)
        .collect()
}

#[test]
fn value_axes_label_every_gridline_apart_and_true_to_it() {
    // Months all alike; a narrow range in millions; values under $1m; a
    // range across $1bn in steps of $25m; the largest dataset's range near
    // $2bn in steps of a few million (a hostile editor's data: the ticks
    // read "$350m" alone on the floor, "$354m" twice, "$0m" three times,
    // "$1.02bn" for $1,025m, "$2.09bn" twice).
    type Months = fn(usize) -> f64;
    let cases: [(&str, Months); 7] = [
        ("flat", |_| 350.0),
        ("narrow", |i| 354.12 + (i % 5) as f64 * 0.07),
        ("tiny", |i| 0.30 + (i % 12) as f64 * 0.01),
        ("across $1bn", |i| 960.0 + (i % 10) as f64 * 10.0),
        ("near $2bn", |i| 2070.0 + i as f64),
        // Steps under a thousandth (a second sweep: "0.204" twice).
        ("thousandths", |i| 0.203 + (i % 3) as f64 * 0.001),
        ("917.84x", |i| 917.840 + (i % 4) as f64 * 0.001),
    ];
    for (name, value) in cases {
        let data = months_dataset(value);
        for width in [320, 640, 1200] {
            for cumulative in [false, true] {
                let ticks = monthly_ticks(&data, width, cumulative);
                assert!(
                    ticks.len() >= 2,
                    "{name} at {width}: gridlines labelled {ticks:?}"
                );
                let mut distinct = ticks.clone();
                distinct.sort();
                distinct.dedup();
                assert_eq!(distinct.len(), ticks.len(), "{name} at {width}: {ticks:?}");
            }
        }
    }
    // And a tick of $1,025m says so.
    let across = months_dataset(|i| 960.0 + (i % 10) as f64 * 10.0);
    let all: Vec<String> = [320, 640, 1200]
        .into_iter()
        .flat_map(|w| monthly_ticks(&across, w, false))
        .collect();
    // ($1.02bn would read as $1,020m, the tick of a step of 20.)
    assert!(all.iter().any(|t| t == "$1.025bn"), "{all:?}");
}

#[test]
fn amounts_under_a_million_are_written_not_rounded_to_nothing() {
    // Months of $1,000-5,000 and one of $0.5m each: every label and the
    // takeaway said "$0.0m" or "$0m" (the axis alone was right).
    for (name, value) in [("thousands", 0.001), ("half a million", 0.5)] {
        let data = months_dataset(|i| value + (i % 5) as f64 * value);
        for cumulative in [false, true] {
            let options = Options {
                chart: ChartKind::Monthly,
                cumulative,
                ..Options::default()
            };
            let mut svg = String::new();
            let area = SVGBackend::with_string(&mut svg, (640, 480)).into_drawing_area();
            let layout = chart::draw(&area, &data, &options).expect("draws");
            let model = pk_it_exports::model::build(&data, &options).expect("a model");
            let text = pk_it_exports::describe::chart_text(&data, &model, options.lang.words());
            for t in layout
                .labels
                .iter()
                .map(|l| l.text.clone())
                .chain([text.takeaway.clone()])
            {
                assert!(
                    !t.contains("$0m") && !t.contains("$0.0m"),
                    "{name}, cumulative {cumulative}: {t:?}"
                );
            }
        }
    }
}

#[test]
fn data_all_of_one_value_are_drawn_mid_plot() {
    for value in [0.05, 0.5, 5.0, 350.0, 10_000.0] {
        let data = months_dataset(|_| value);
        let options = Options {
            chart: ChartKind::Monthly,
            ..Options::default()
        };
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (640, 480)).into_drawing_area();
        let layout = chart::draw(&area, &data, &options).expect("draws");
        let plot = layout.plot.expect("a plot");
        for m in &layout.marks {
            let at =
                f64::from((m.rect.y0 + m.rect.y1) / 2 - plot.y0) / f64::from(plot.y1 - plot.y0);
            assert!(
                (0.3..=0.7).contains(&at),
                "{value}: a mark at {at:.2} of the plot's height"
            );
        }
    }
}
