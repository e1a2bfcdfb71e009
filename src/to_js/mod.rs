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

/// The `Serializer` methods both serializers write alike, each in terms of
/// another: smaller numbers as 64-bit ones, a char as a string, a newtype
/// or `Some` as what it holds, a unit struct as `()`, a unit variant as its
/// name, a tuple as a sequence, a struct as a map. `$ok`, `$seq` and `$map`
/// are the serializer's `Ok`, sequence and map types.
macro_rules! forwarded {
    ($ok:ty, $seq:ty, $map:ty) => {
        fn serialize_i8(self, v: i8) -> Result<$ok> {
            self.serialize_i64(v.into())
        }
        fn serialize_i16(self, v: i16) -> Result<$ok> {
            self.serialize_i64(v.into())
        }
        fn serialize_i32(self, v: i32) -> Result<$ok> {
            self.serialize_i64(v.into())
        }
        fn serialize_u8(self, v: u8) -> Result<$ok> {
            self.serialize_u64(v.into())
        }
        fn serialize_u16(self, v: u16) -> Result<$ok> {
            self.serialize_u64(v.into())
        }
        fn serialize_u32(self, v: u32) -> Result<$ok> {
            self.serialize_u64(v.into())
        }
        fn serialize_f32(self, v: f32) -> Result<$ok> {
            self.serialize_f64(v.into())
        }
        fn serialize_char(self, v: char) -> Result<$ok> {
            self.serialize_str(v.encode_utf8(&mut [0; 4]))
        }
        fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<$ok> {
            value.serialize(self)
        }
        fn serialize_unit_struct(self, _name: &'static str) -> Result<$ok> {
            self.serialize_unit()
        }
        fn serialize_unit_variant(
            self,
            _name: &'static str,
            _index: u32,
            variant: &'static str,
        ) -> Result<$ok> {
            self.serialize_str(variant)
        }
        fn serialize_newtype_struct<T: Serialize + ?Sized>(
            self,
            _name: &'static str,
            value: &T,
        ) -> Result<$ok> {
            value.serialize(self)
        }
        fn serialize_tuple(self, len: usize) -> Result<$seq> {
            self.serialize_seq(Some(len))
        }
        fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<$seq> {
            self.serialize_seq(Some(len))
        }
        fn serialize_struct(self, _name: &'static str, len: usize) -> Result<$map> {
            self.serialize_map(Some(len))
        }
    };
}
use forwarded;

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

#[cfg(not(feature = "full"))]
#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` without js-sys's exception trap (a check in the wasm
    /// after each call, a wrapper in the glue): it parses only the JSON
    /// `json::to_string` wrote, which it cannot refuse.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn parse_json(text: &str) -> JsValue;
}

/// `value` as a JavaScript value, or why it cannot be one.
#[cfg(not(feature = "full"))]
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<JsValue> {
    Ok(parse_json(&json::to_string(value)?))
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
