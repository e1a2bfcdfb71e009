//! Reads the values a page passes (the options object's fields) into the
//! kinds the options take ([`OptionValue`]), and words any other value as
//! serde does in its messages ("floating point `3.5`", "sequence"), so an
//! editor reads the same messages serde-wasm-bindgen's reader gave.
//!
//! The options are read by [`Options::set`](crate::model::Options::set), not
//! by serde: serde's derived reader and a `Deserializer` for JavaScript values
//! cost ~5 KB of the first-draw wasm (gzip) for a struct of eight fields.
//! A number is written with JavaScript's own digits (`String(x)`: "3.5",
//! "3", "1e+21"), not with `f64`'s `Display`, which would link core's float
//! formatting (~14 KB of wasm) into a build that otherwise writes every
//! number by hand (`crate::error::Plain`).

use wasm_bindgen::prelude::*;

use crate::model::OptionValue;

#[cfg(feature = "full")]
#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(x)`: a number's shortest round-trip digits.
    #[wasm_bindgen(js_name = String)]
    fn number_string(x: f64) -> String;
}

/// `v` as an option reads it: a boolean, a string, or what else it is, in
/// serde-wasm-bindgen's words (its `invalid_type_`; a typed array is a
/// "map" here, as any other object).
pub fn option_value(v: &JsValue) -> OptionValue {
    if let Some(b) = v.as_bool() {
        return OptionValue::Bool(b);
    }
    if let Some(s) = v.as_string() {
        return OptionValue::Str(s);
    }
    // The first-draw build does not word another type (`invalid_type`).
    #[cfg(not(feature = "full"))]
    return OptionValue::Other(String::new());
    #[cfg(feature = "full")]
    OptionValue::Other(if v.loose_eq(&JsValue::NULL) {
        "unit value".into()
    } else if let Some(x) = v.as_f64() {
        format!("floating point `{}`", number_string(x))
    } else if js_sys::Array::is_array(v) {
        "sequence".into()
    } else if v.is_function() {
        "function".into()
    } else if v.is_object() {
        "map".into()
    } else {
        // A symbol or a BigInt; serde-wasm-bindgen shows JsValue's Debug,
        // whose glue (debugString) is 1.5 KB of JavaScript.
        v.js_typeof().as_string().unwrap_or_default()
    })
}
