//! Each chart drawn on a real canvas in headless Chromium at
//! devicePixelRatio 2: the backing store is twice the CSS size, the pixels
//! are not blank, and a bad size or option is an `Error`, not a panic.
//! Run by `scripts/check.sh` through `wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use pk_it_exports::Chart;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const KINDS: [&str; 5] = ["annual", "growth", "compared", "monthly", "targets"];

fn canvas() -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn options(kind: &str, theme: &str) -> JsValue {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"chart".into(), &kind.into()).unwrap();
    js_sys::Reflect::set(&o, &"theme".into(), &theme.into()).unwrap();
    o.into()
}

/// Share of sampled pixels that differ from the top-left one (the background).
fn inked(canvas: &HtmlCanvasElement) -> f64 {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let (w, h) = (canvas.width(), canvas.height());
    let data = ctx
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .unwrap()
        .data();
    let px = |i: usize| &data[i * 4..i * 4 + 3];
    let background = px(0).to_vec();
    let total = (w * h) as usize;
    let sampled = (0..total).step_by(13);
    let n = sampled.clone().count() as f64;
    sampled.filter(|&i| px(i) != background.as_slice()).count() as f64 / n
}

#[wasm_bindgen_test]
fn every_chart_draws_at_ratio_two() {
    for kind in KINDS {
        for theme in ["light", "dark"] {
            let canvas = canvas();
            let mut chart = Chart::new(options(kind, theme)).unwrap_or_else(|_| panic!("{kind}"));
            let height = chart.preferred_height(640);
            chart
                .render(&canvas, 640.0, f64::from(height), 2.0)
                .unwrap_or_else(|_| panic!("{kind} render"));
            assert_eq!(
                canvas.width(),
                1280,
                "{kind}: backing store is 2x the CSS width"
            );
            assert_eq!(canvas.height(), height * 2, "{kind}");
            let ink = inked(&canvas);
            assert!(
                ink > 0.02 && ink < 0.9,
                "{kind} {theme}: {ink} of pixels inked"
            );
            canvas.remove();
        }
    }
}

#[wasm_bindgen_test]
fn a_chart_says_whether_it_is_drawn_right_to_left() {
    // What the page's arrow keys follow: Urdu, unless `mirror` is off.
    let with = |lang: &str, mirror: Option<bool>| {
        let o = options("annual", "light");
        js_sys::Reflect::set(&o, &"lang".into(), &lang.into()).unwrap();
        if let Some(m) = mirror {
            js_sys::Reflect::set(&o, &"mirror".into(), &m.into()).unwrap();
        }
        Chart::new(o).unwrap().mirrored()
    };
    assert!(!with("en", None));
    assert!(with("ur", None));
    assert!(!with("ur", Some(false)));
    assert!(!with("en", Some(true)));
}

#[wasm_bindgen_test]
fn the_narrowest_layout_draws_too() {
    for kind in KINDS {
        let canvas = canvas();
        let mut chart = Chart::new(options(kind, "light")).unwrap();
        let height = chart.preferred_height(288);
        chart
            .render(&canvas, 288.0, f64::from(height), 3.0)
            .unwrap();
        assert_eq!(canvas.width(), 864);
        assert!(inked(&canvas) > 0.02, "{kind}");
        canvas.remove();
    }
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_panic() {
    let err = Chart::new(options("pie", "light"))
        .err()
        .expect("unknown chart refused");
    let message = js_sys::Error::from(JsValue::from(err)).message();
    let message = String::from(message);
    assert!(message.contains("pie"), "{message}");
    let o = options("annual", "light");
    js_sys::Reflect::set(&o, &"colour".into(), &"red".into()).unwrap();
    assert!(Chart::new(o).is_err(), "unknown field refused");
    // A value of the wrong kind is named as serde names it.
    let refused = |field: &str, value: JsValue| {
        let o = options("annual", "light");
        js_sys::Reflect::set(&o, &field.into(), &value).unwrap();
        let err = Chart::new(o).err().expect("wrong kind refused");
        String::from(js_sys::Error::from(JsValue::from(err)).message())
    };
    assert_eq!(
        refused("mirror", "say \"no\"".into()),
        "options.mirror: invalid type: string \"say \\\"no\\\"\", expected a boolean"
    );
    assert_eq!(
        refused("mirror", js_sys::Array::new().into()),
        "options.mirror: invalid type: sequence, expected a boolean"
    );
    assert_eq!(
        refused("mirror", js_sys::Object::new().into()),
        "options.mirror: invalid type: map, expected a boolean"
    );
    assert_eq!(
        refused("fontFamily", 3.5.into()),
        "options.fontFamily: invalid type: floating point `3.5`, expected a string"
    );
    assert_eq!(
        refused("mirror", JsValue::NULL),
        "options.mirror: invalid type: unit value, expected a boolean"
    );
    // An option spelt out as undefined (`{ chart: props.chart }`) is one not
    // given: it takes its default, as TypeScript's optional field allows.
    let o = options("annual", "light");
    for field in ["chart", "theme", "lang", "cumulative", "fontFamily"] {
        js_sys::Reflect::set(&o, &field.into(), &JsValue::UNDEFINED).unwrap();
    }
    assert!(
        Chart::new(o).is_ok(),
        "undefined fields take their defaults"
    );
    let mut chart = Chart::new(JsValue::UNDEFINED).unwrap();
    // Each bad side named with what it was: a number from JavaScript
    // (NaN, a negative) reaches the check as given, not as the u32
    // wasm-bindgen would make of it (0, 4294967295).
    let mut refused = |w: f64, h: f64| {
        String::from(
            js_sys::Error::from(JsValue::from(
                chart.render(&canvas(), w, h, 1.0).unwrap_err(),
            ))
            .message(),
        )
    };
    for (w, h, said) in [
        (0.0, 0.0, "width: 0 px is outside 100-8192 px"),
        (100_000.0, 400.0, "width: 100000 px is outside"),
        (f64::NAN, 400.0, "width: NaN px is outside"),
        (640.0, -1.0, "height: -1 px is outside"),
        (640.0, f64::INFINITY, "height: Infinity px is outside"),
    ] {
        let message = refused(w, h);
        assert!(message.contains(said), "{w} x {h}: {message}");
    }
    // Words come from the chart's figures, not its pixels (issue 12); only
    // what depends on pixel positions waits for a render.
    assert!(chart.text().is_ok(), "text without a render");
    assert!(chart.layout().is_err(), "no layout before a render");
    // A fraction of a pixel is dropped, not refused.
    chart.render(&canvas(), 640.5, 400.25, 1.0).unwrap();
    assert!(chart.layout().is_ok(), "a layout after it");
}

#[wasm_bindgen_test]
fn a_bad_dataset_is_an_error_and_the_chart_keeps_its_data() {
    let parse = |s: &str| js_sys::JSON::parse(s).unwrap();
    let good = parse(
        r#"{"sources":[{"id":"s","outlet":"o","reference":"r"}],"records":[{"measure":"ict","period":"FY2024-25","value":3810,"source":"s"},{"measure":"ict","period":"FY2025-26","value":4400,"source":"s"}]}"#,
    );
    let bad = parse(
        r#"{"sources":[{"id":"s","outlet":"o","reference":"r"}],"records":[{"measure":"ict","period":"FY2024-25","value":3810,"source":"s"},{"measure":"ict","period":"2025-02-30","value":1,"source":"s"}]}"#,
    );
    assert_eq!(pk_it_exports::validate_data(good.clone()).ok(), Some(2));
    let message =
        |e: wasm_bindgen::JsError| String::from(js_sys::Error::from(JsValue::from(e)).message());
    assert_eq!(
        message(pk_it_exports::validate_data(bad.clone()).unwrap_err()),
        "records[1].period: \"2025-02-30\" is not a real date"
    );
    let mut chart = Chart::new(options("annual", "light")).unwrap();
    assert_eq!(chart.set_data(good).ok(), Some(2));
    assert!(chart.set_data(bad).is_err());
    let canvas = canvas();
    chart.render(&canvas, 640.0, 400.0, 2.0).unwrap();
    // Still the good custom data: two bars.
    let layout = chart.layout().unwrap();
    let marks = js_sys::Reflect::get(&layout, &"marks".into()).unwrap();
    assert_eq!(js_sys::Array::from(&marks).length(), 2);
    // A JavaScript object can carry NaN, which JSON cannot.
    let nan = parse(
        r#"{"sources":[{"id":"s","outlet":"o","reference":"r"}],"records":[{"measure":"ict","period":"FY2024-25","value":0,"source":"s"}]}"#,
    );
    let record = js_sys::Reflect::get(
        &js_sys::Reflect::get(&nan, &"records".into()).unwrap(),
        &0.into(),
    )
    .unwrap();
    js_sys::Reflect::set(&record, &"value".into(), &f64::NAN.into()).unwrap();
    assert_eq!(
        message(chart.set_data(nan).unwrap_err()),
        "records[0].value: NaN is not a finite number"
    );
    canvas.remove();
}

/// The message of a refused dataset.
fn refusal(dataset: JsValue) -> String {
    let e = pk_it_exports::validate_data(dataset).expect_err("refused");
    String::from(js_sys::Error::from(JsValue::from(e)).message())
}

/// A valid one-record dataset whose record 0 gets `value` (a JSON-less
/// JavaScript value) through `set`.
fn dataset_with(set: impl FnOnce(&js_sys::Object)) -> JsValue {
    let d = js_sys::JSON::parse(
        r#"{"sources":[{"id":"s","outlet":"o","reference":"r"}],"records":[{"measure":"ict","period":"FY2024-25","value":3810,"source":"s"}]}"#,
    )
    .unwrap();
    let records = js_sys::Reflect::get(&d, &"records".into()).unwrap();
    let record: js_sys::Object = js_sys::Reflect::get(&records, &0.into()).unwrap().into();
    set(&record);
    d
}

#[wasm_bindgen_test]
fn values_json_cannot_hold_are_named_with_their_path() {
    let set = |v: JsValue| {
        dataset_with(move |r| {
            js_sys::Reflect::set(r, &"value".into(), &v).unwrap();
        })
    };
    assert_eq!(
        refusal(set(js_sys::BigInt::from(3810u32).into())),
        "records[0].value: is a BigInt (give a plain number)"
    );
    assert_eq!(
        refusal(set(js_sys::Symbol::for_("x").into())),
        "records[0].value: is a Symbol, which JSON cannot hold; give a string"
    );
    assert_eq!(
        refusal(set(js_sys::Function::new_no_args("return 1").into())),
        "records[0].value: is a function, which JSON cannot hold; give the value itself"
    );
    assert_eq!(
        refusal(set(f64::INFINITY.into())),
        "records[0].value: Infinity is not a finite number"
    );
    assert_eq!(
        refusal(set(f64::NEG_INFINITY.into())),
        "records[0].value: -Infinity is not a finite number"
    );
    // Two at once: both named in one message, in the object's key order.
    let d = dataset_with(|r| {
        js_sys::Reflect::set(r, &"value".into(), &js_sys::BigInt::from(1u32).into()).unwrap();
        js_sys::Reflect::set(r, &"note".into(), &js_sys::Function::new_no_args("").into()).unwrap();
    });
    assert_eq!(
        refusal(d),
        "2 problems in the dataset: records[0].value: is a BigInt (give a plain number); records[0].note: is a function, which JSON cannot hold; give the value itself"
    );
}

#[wasm_bindgen_test]
fn a_null_prototype_object_is_read_as_an_object() {
    let parsed = js_sys::JSON::parse(
        r#"{"sources":[{"id":"s","outlet":"o","reference":"r"}],"records":[{"measure":"ict","period":"FY2024-25","value":3810,"source":"s"}]}"#,
    )
    .unwrap();
    // Every object rebuilt without a prototype, as Object.create(null) makes them.
    let bare = |from: &JsValue| {
        let o: js_sys::Object = js_sys::Object::create(JsValue::NULL.unchecked_ref());
        js_sys::Object::assign(&o, from.unchecked_ref());
        o
    };
    let source = bare(
        &js_sys::Reflect::get(
            &js_sys::Reflect::get(&parsed, &"sources".into()).unwrap(),
            &0.into(),
        )
        .unwrap(),
    );
    let record = bare(
        &js_sys::Reflect::get(
            &js_sys::Reflect::get(&parsed, &"records".into()).unwrap(),
            &0.into(),
        )
        .unwrap(),
    );
    let top: js_sys::Object = js_sys::Object::create(JsValue::NULL.unchecked_ref());
    js_sys::Reflect::set(&top, &"sources".into(), &js_sys::Array::of1(&source)).unwrap();
    js_sys::Reflect::set(&top, &"records".into(), &js_sys::Array::of1(&record)).unwrap();
    assert!(
        !top.is_instance_of::<js_sys::Object>(),
        "no Object prototype"
    );
    assert_eq!(pk_it_exports::validate_data(top.into()).ok(), Some(1));
}

#[wasm_bindgen_test]
fn a_field_that_throws_when_read_could_not_be_read() {
    let getter = |body: &str| {
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(
            &descriptor,
            &"get".into(),
            &js_sys::Function::new_no_args(body),
        )
        .unwrap();
        js_sys::Reflect::set(&descriptor, &"enumerable".into(), &true.into()).unwrap();
        descriptor
    };
    let d = dataset_with(|r| {
        js_sys::Reflect::define_property(r, &"value".into(), &getter("throw new Error('boom')"))
            .unwrap();
    });
    assert_eq!(refusal(d), "records[0].value: could not be read (boom)");
    // A thrown non-Error, and a long message, shortened.
    let d = dataset_with(|r| {
        js_sys::Reflect::define_property(
            r,
            &"value".into(),
            &getter("throw 'a string thrown by a getter that goes on and on and on'"),
        )
        .unwrap();
    });
    assert_eq!(
        refusal(d),
        "records[0].value: could not be read (a string thrown by a getter that goes on\u{2026})"
    );
    // A Proxy whose traps throw: its keys cannot even be listed.
    let proxy = js_sys::Proxy::new(
        &js_sys::Object::new(),
        &js_sys::Function::new_no_args("return { ownKeys() { throw new Error('no keys') } }")
            .call0(&JsValue::UNDEFINED)
            .unwrap()
            .unchecked_into(),
    );
    let d = dataset_with(|r| {
        js_sys::Reflect::set(r, &"quotedGrowth".into(), &proxy).unwrap();
    });
    assert_eq!(
        refusal(d),
        "records[0].quotedGrowth: could not be read (no keys)"
    );
}

#[wasm_bindgen_test]
fn nesting_deeper_than_data_needs_is_refused_with_the_path() {
    let d = dataset_with(|r| {
        let mut inner: JsValue = js_sys::Object::new().into();
        for _ in 0..40 {
            let o = js_sys::Object::new();
            js_sys::Reflect::set(&o, &"a".into(), &inner).unwrap();
            inner = o.into();
        }
        js_sys::Reflect::set(r, &"note".into(), &inner).unwrap();
    });
    let e = refusal(d);
    assert!(
        e.starts_with("records[0].note.a.a.a.")
            && e.ends_with(": is nested more than 32 levels deep"),
        "{e}"
    );
}
