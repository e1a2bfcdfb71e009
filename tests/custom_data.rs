//! Custom datasets: every bad input named by record and field, with a reason;
//! good ones charted; nothing silently dropped; 100,000 records handled.
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
    assert_eq!(layout.marks.len(), 2, "two annual bars");
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
            "empty span: dataset.records is an empty list",
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
fn a_hundred_thousand_records_are_read_and_charted_quickly() {
    let mut records = Vec::with_capacity(MAX_RECORDS);
    // 100,000 distinct months from the year 1000 on, in the monthly chart's measure.
    for i in 0..MAX_RECORDS {
        let (year, month) = (1000 + i / 12, i % 12 + 1);
        records.push(serde_json::json!({ "measure": "ict", "period": format!("{year}-{month:02}"), "value": (i % 400) as f64, "source": "s" }));
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
    // The last month is April 9333: FY9332-33 runs July 9332 to April (10 months), after a full FY9331-32.
    assert_eq!(layout.marks.len(), 12 + 10, "the two latest fiscal years");
    assert_eq!(layout.marks.last().unwrap().period, Period::month(9333, 4));
    // Not a timing test (no budget asserted); this only guards against an
    // accidental quadratic, which would take minutes here, not seconds.
    eprintln!("100,000 records parsed and charted in {:?}", t.elapsed());
    // One more is refused, with the limit named.
    let mut d = serde_json::json!({ "sources": [{ "id": "s", "outlet": "o", "reference": "r" }], "records": [] });
    d["records"] = serde_json::Value::Array(vec![serde_json::json!({}); MAX_RECORDS + 1]);
    let e = error(&serde_json::from_value(d).unwrap());
    assert_eq!(
        e,
        "dataset.records: 100001 records is more than the 100000 this widget reads"
    );
}
