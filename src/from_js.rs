//! Reads a page's options object (a JavaScript value) into serde types, as
//! serde-wasm-bindgen 0.6's `Deserializer` does, message for message, for
//! the shapes the options use: a struct of enums (unit variants), booleans
//! and strings.
//!
//! It exists for one message part. serde words a number given where none
//! belongs as "floating point `3.5`" through `f64`'s `Display`, which links
//! core's float formatting (~14 KB of wasm) into a build that otherwise
//! writes every number by hand (`crate::error::Plain`). [`DeError`] words
//! every `Unexpected` itself, and a number with JavaScript's own digits
//! (`String(x)`, the same shortest round-trip digits), in Rust's layout.

use serde::de::{self, Expected, Unexpected, Visitor};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(x)`: a number's shortest round-trip digits.
    #[wasm_bindgen(js_name = String)]
    fn number_string(x: f64) -> String;

    type ObjectExt;

    /// `this[key]`, as serde-wasm-bindgen reads a field.
    #[wasm_bindgen(method, indexing_getter)]
    fn get_with_ref_key(this: &ObjectExt, key: &JsValue) -> JsValue;
}

/// `T` read from `value`, or serde-wasm-bindgen's message for it.
pub fn from_value<T: de::DeserializeOwned>(value: JsValue) -> Result<T> {
    T::deserialize(JsDeserializer(value))
}

/// A message, as serde-wasm-bindgen's error carries it.
#[derive(Debug)]
pub struct DeError(String);

impl std::fmt::Display for DeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        DeError(msg.to_string())
    }

    /// serde's own wording, without its `Unexpected` `Display`.
    fn invalid_type(unexp: Unexpected, exp: &dyn Expected) -> Self {
        DeError(format!(
            "invalid type: {}, expected {exp}",
            unexpected(unexp)
        ))
    }

    /// serde's own wording, without its `Unexpected` `Display`.
    fn invalid_value(unexp: Unexpected, exp: &dyn Expected) -> Self {
        DeError(format!(
            "invalid value: {}, expected {exp}",
            unexpected(unexp)
        ))
    }
}

/// `unexp` worded as serde words it.
fn unexpected(unexp: Unexpected) -> String {
    use Unexpected::*;
    match unexp {
        Bool(b) => format!("boolean `{b}`"),
        Unsigned(i) => format!("integer `{i}`"),
        Signed(i) => format!("integer `{i}`"),
        Float(x) => format!("floating point `{}`", float_text(&number_string(x), x)),
        Char(c) => format!("character `{c}`"),
        Str(s) => format!("string {}", quoted(s)),
        Bytes(_) => "byte array".into(),
        Unit => "unit value".into(),
        Option => "Option value".into(),
        NewtypeStruct => "newtype struct".into(),
        Seq => "sequence".into(),
        Map => "map".into(),
        Enum => "enum".into(),
        UnitVariant => "unit variant".into(),
        NewtypeVariant => "newtype variant".into(),
        TupleVariant => "tuple variant".into(),
        StructVariant => "struct variant".into(),
        Other(other) => other.into(),
    }
}

/// `s` in double quotes, as `{:?}` writes it for any string without
/// unprintable characters (quotes, backslashes and control characters
/// escaped). Debug's own check for unprintable characters brings core's
/// Unicode tables and escaping, about 5 KB of wasm, for error messages.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `x` as serde writes a float in a message (`f64`'s `Display`, then ".0"
/// if that has no point), from `js`, JavaScript's `String(x)`. Both write
/// the shortest digits that read back as `x`; JavaScript writes them with
/// an exponent below 1e-6 and from 1e21 ("1.5e-7", "1e+21"), Rust never
/// ("0.00000015"), and where two such digit strings are equally close
/// (`x` exactly halfway), V8 may take the lower and Rust takes the higher.
pub fn float_text(js: &str, x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    // JavaScript writes -0 as "0"; Rust keeps the sign.
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let unsigned = js.trim_start_matches('-');
    let (mantissa, exponent) = unsigned.split_once('e').unwrap_or((unsigned, "0"));
    let int_len = mantissa.find('.').unwrap_or(mantissa.len());
    // The significant digits, and where the point goes, counted in digits
    // from the first: "0.0125" is ("125", -1).
    let all: String = mantissa.chars().filter(|c| *c != '.').collect();
    let lead = all.len() - all.trim_start_matches('0').len();
    let mut digits = all.trim_matches('0').to_string();
    let mut point = int_len as i64 - lead as i64 + exponent.parse::<i64>().unwrap_or(0);
    if let Ok(n) = digits.parse::<u64>() {
        let e = point - digits.len() as i64;
        if halfway_above(n, e, x.abs()) {
            let up = (n + 1).to_string();
            point = e + up.len() as i64;
            digits = up.trim_end_matches('0').to_string();
        }
    }
    let len = digits.len() as i64;
    let mut out = if digits.is_empty() {
        format!("{sign}0")
    } else if point >= len {
        format!("{sign}{digits}{}", "0".repeat((point - len) as usize))
    } else if point <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-point) as usize))
    } else {
        // Digits are ASCII, so every index is a char boundary; the checked
        // split links no slicing panic (core's message for it brings char
        // Debug and the Unicode printable tables, ~3 KB).
        let (int, frac) = digits
            .split_at_checked(point as usize)
            .unwrap_or((&digits, ""));
        format!("{sign}{int}.{frac}")
    };
    if !out.contains('.') {
        out.push_str(".0");
    }
    out
}

/// Whether `x` (positive) is exactly `n` and a half units of `10^e`, that
/// is `(10n + 5) * 10^(e-1)`, by integer arithmetic: `x` is `m * 2^q`, and
/// `(10n + 5) * 10^a` is `(10n + 5) * 5^a * 2^a`, whose odd part is
/// `(10n + 5) * 5^a` for `a >= 0` and `(10n + 5) / 5^-a` otherwise.
fn halfway_above(n: u64, e: i64, x: f64) -> bool {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut q) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return false;
    }
    let zeros = m.trailing_zeros();
    m >>= zeros;
    q += i64::from(zeros);
    let Some(half) = n.checked_mul(10).and_then(|t| t.checked_add(5)) else {
        return false;
    };
    let a = e - 1;
    let odd = if a >= 0 {
        u32::try_from(a)
            .ok()
            .and_then(|a| 5u64.checked_pow(a))
            .and_then(|p| half.checked_mul(p))
    } else {
        u32::try_from(-a)
            .ok()
            .and_then(|a| 5u64.checked_pow(a))
            .filter(|p| half % p == 0)
            .map(|p| half / p)
    };
    odd == Some(m) && q == a
}

/// A JavaScript value as serde-wasm-bindgen's `Deserializer` reads it.
struct JsDeserializer(JsValue);

type Result<T> = std::result::Result<T, DeError>;

impl JsDeserializer {
    /// serde-wasm-bindgen's `invalid_type_`: what the value is, in
    /// serde's words (`Unexpected`'s), and what was expected.
    #[cold]
    fn invalid_type_(&self, exp: &dyn Expected) -> DeError {
        let v = &self.0;
        let what = if v.loose_eq(&JsValue::NULL) {
            "unit value".into()
        } else if let Some(b) = v.as_bool() {
            format!("boolean `{b}`")
        } else if let Some(x) = v.as_f64() {
            format!("floating point `{}`", float_text(&number_string(x), x))
        } else if let Some(s) = v.as_string() {
            format!("string {}", quoted(&s))
        } else if v.is_instance_of::<js_sys::Uint8Array>()
            || v.is_instance_of::<js_sys::ArrayBuffer>()
        {
            "byte array".into()
        } else if js_sys::Array::is_array(v) {
            "sequence".into()
        } else if v.is_function() {
            "function".into()
        } else if v.is_object() {
            "map".into()
        } else {
            // A symbol or a BigInt; serde-wasm-bindgen shows JsValue's
            // Debug, whose glue (debugString) is 1.5 KB of JavaScript.
            v.js_typeof().as_string().unwrap_or_default()
        };
        DeError(format!("invalid type: {what}, expected {exp}"))
    }

    fn invalid_type<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value> {
        Err(self.invalid_type_(&visitor))
    }
}

impl<'de> de::Deserializer<'de> for JsDeserializer {
    type Error = DeError;

    /// The options hold no value of a type read this way.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.invalid_type(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.0.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => self.invalid_type(visitor),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.0.as_string() {
            Some(s) => visitor.visit_string(s),
            None => self.invalid_type(visitor),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.0.loose_eq(&JsValue::NULL) {
            visitor.visit_unit()
        } else {
            self.invalid_type(visitor)
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        if !self.0.is_object() {
            return self.invalid_type(visitor);
        }
        visitor.visit_map(ObjectAccess {
            object: self.0.unchecked_into(),
            fields: fields.iter(),
            next_value: None,
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let access = if self.0.is_string() {
            EnumAccess {
                tag: self.0,
                payload: JsValue::UNDEFINED,
            }
        } else if self.0.is_object() {
            let entries = js_sys::Object::entries(self.0.unchecked_ref());
            if entries.length() != 1 {
                return Err(de::Error::invalid_length(entries.length() as _, &"1"));
            }
            let pair: js_sys::Array = entries.get(0).unchecked_into();
            EnumAccess {
                tag: pair.get(0),
                payload: pair.get(1),
            }
        } else {
            return self.invalid_type(visitor);
        };
        visitor.visit_enum(access)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        option unit_struct newtype_struct seq tuple tuple_struct map
        ignored_any
    }
}

/// An object's fields, read by name in the struct's order and skipping
/// absent ones, as serde-wasm-bindgen's `ObjectAccess` reads them.
struct ObjectAccess {
    object: ObjectExt,
    fields: std::slice::Iter<'static, &'static str>,
    next_value: Option<JsValue>,
}

impl<'de> de::MapAccess<'de> for ObjectAccess {
    type Error = DeError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        for field in &mut self.fields {
            let key = JsValue::from_str(field);
            let value = self.object.get_with_ref_key(&key);
            // `undefined` may be a field that is there, set to undefined.
            if !value.is_undefined() || key.js_in(&self.object) {
                self.next_value = Some(value);
                return seed
                    .deserialize(de::value::StrDeserializer::<DeError>::new(field))
                    .map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let value = self.next_value.take().unwrap_or(JsValue::UNDEFINED);
        seed.deserialize(JsDeserializer(value))
    }
}

/// An enum as a string (a unit variant) or a one-field object.
struct EnumAccess {
    tag: JsValue,
    payload: JsValue,
}

impl<'de> de::EnumAccess<'de> for EnumAccess {
    type Error = DeError;
    type Variant = JsDeserializer;

    fn variant_seed<V: de::DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Self::Variant)> {
        Ok((
            seed.deserialize(JsDeserializer(self.tag))?,
            JsDeserializer(self.payload),
        ))
    }
}

impl<'de> de::VariantAccess<'de> for JsDeserializer {
    type Error = DeError;

    fn unit_variant(self) -> Result<()> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self)
    }

    /// The options have no tuple or struct variants.
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.invalid_type(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.invalid_type(visitor)
    }
}

#[cfg(test)]
mod tests {
    use crate::from_js::{float_text, quoted};

    /// JavaScript's `String(x)`, from Rust's shortest digits.
    fn js_string(x: f64) -> String {
        let a = x.abs();
        if !x.is_finite() {
            x.to_string()
        } else if a != 0.0 && !(1e-6..1e21).contains(&a) {
            let e = format!("{x:e}");
            let (m, exp) = e.split_once('e').unwrap();
            if exp.starts_with('-') {
                format!("{m}e{exp}")
            } else {
                format!("{m}e+{exp}")
            }
        } else if x == 0.0 {
            "0".into()
        } else {
            x.to_string()
        }
    }

    /// serde's `WithDecimalPoint`.
    fn serde_text(x: f64) -> String {
        let s = x.to_string();
        if x.is_finite() && !s.contains('.') {
            format!("{s}.0")
        } else {
            s
        }
    }

    #[test]
    fn floats_read_as_serde_writes_them() {
        let xs = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            3.5,
            0.1,
            1e-6,
            9.99e-7,
            1.5e-7,
            -2.5e-12,
            1e20,
            1e21,
            1.25e21,
            -1.2345e25,
            123456789.125,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            1.0 / 3.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for x in xs {
            assert_eq!(float_text(&js_string(x), x), serde_text(x), "{x:e}");
        }
        assert_eq!(float_text("1e+21", 1e21), "1000000000000000000000.0");
        assert_eq!(float_text("1.5e-7", 1.5e-7), "0.00000015");
        assert_eq!(float_text("0", -0.0), "-0.0");
        // Exactly halfway: V8 takes the lower digits, Rust the higher.
        let tie = f64::from_bits(0x4305_799a_1276_4672);
        assert_eq!(float_text("755584644073678.2", tie), "755584644073678.3");
        assert_eq!(
            float_text("-83067654667872.62", -f64::from_bits(0x42d2_e32c_831f_9828)),
            "-83067654667872.63"
        );
    }

    #[test]
    fn strings_are_quoted_as_debug_quotes_them() {
        for s in [
            "purple",
            "",
            "say \"hi\"",
            "back\\slash",
            "two\nlines\tand\r\0",
            "bell\u{7}",
            "اردو",
            "Jul–Feb",
        ] {
            assert_eq!(quoted(s), format!("{s:?}"), "{s}");
        }
    }
}
