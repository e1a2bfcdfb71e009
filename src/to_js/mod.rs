//! Results to JavaScript values, as serde-wasm-bindgen 0.6's
//! `Serializer::json_compatible()` makes them for the shapes the results
//! use: plain objects with the serde field names, arrays, strings, numbers,
//! booleans, and `null` for `None` and `()`; what `JSON.parse` of the
//! same value as JSON would give.
//!
//! It exists for size. serde-wasm-bindgen's serializer also handles 64-bit
//! integers as BigInts, byte arrays, JavaScript `Map`s and an interning
//! cache of field-name strings, none of which a result here needs: about
//! 2 KB of the first-draw wasm (gzip) and a dozen imports in its glue.
//!
//! The builds with `full` build each object field by field (below); the
//! first-draw build, whose results hold no float, writes JSON text and
//! parses it once (`json`), for the same values.

use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

// Also in the native tests, which check it against serde_json.
#[cfg(any(all(test, not(target_arch = "wasm32")), not(feature = "full")))]
mod json;
#[cfg(feature = "full")]
mod object;

/// `value` as a JavaScript value, or why it cannot be one.
#[cfg(feature = "full")]
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<JsValue> {
    value.serialize(object::Serializer)
}

/// `value` as a JavaScript value, or why it cannot be one.
#[cfg(not(feature = "full"))]
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<JsValue> {
    js_sys::JSON::parse(&json::to_string(value)?).map_err(|_| SerError)
}

/// A value that could not become a JavaScript value: a custom `Serialize`
/// that refused (the derived ones never do) or a map key that is not a
/// string. It carries no message: an error that holds nothing makes every
/// field's `?` nearly free, where a `String` inside cost each field of
/// every result a drop path (0.3 KB of the first-draw wasm, gzip).
#[derive(Debug)]
pub struct SerError;

impl std::fmt::Display for SerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value without a JavaScript form")
    }
}

impl std::error::Error for SerError {}

impl ser::Error for SerError {
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        SerError
    }
}

type Result<T> = std::result::Result<T, SerError>;
