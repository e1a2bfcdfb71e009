//! Reads the values a page passes (the options object's fields) into the
//! kinds the options take ([`OptionValue`]), and words any other value as
//! serde does in its messages ("floating point `3.5`", "sequence"), so an
//! editor reads the same messages serde-wasm-bindgen's reader gave.
//!
//! The options are read by [`Options::set`](crate::model::Options::set), not
//! by serde: serde's derived reader and a `Deserializer` for JavaScript values
//! cost ~5 KB of the first-draw wasm (gzip) for a struct of eight fields.
//! serde words a number as "floating point `3.5`" through `f64`'s `Display`,
//! which would link core's float formatting (~14 KB of wasm) into a build
//! that otherwise writes every number by hand (`crate::error::Plain`); the
//! number here has JavaScript's own digits (`String(x)`, the same shortest
//! round-trip digits), in Rust's layout.

use wasm_bindgen::prelude::*;

use crate::model::OptionValue;

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(x)`: a number's shortest round-trip digits.
    #[wasm_bindgen(js_name = String)]
    fn number_string(x: f64) -> String;
}

/// `v` as an option reads it: a boolean, a string, or what else it is, in
/// serde-wasm-bindgen's words (its `invalid_type_`).
pub fn option_value(v: &JsValue) -> OptionValue {
    if let Some(b) = v.as_bool() {
        return OptionValue::Bool(b);
    }
    if let Some(s) = v.as_string() {
        return OptionValue::Str(s);
    }
    OptionValue::Other(if v.loose_eq(&JsValue::NULL) {
        "unit value".into()
    } else if let Some(x) = v.as_f64() {
        format!("floating point `{}`", float_text(&number_string(x), x))
    } else if v.is_instance_of::<js_sys::Uint8Array>() || v.is_instance_of::<js_sys::ArrayBuffer>()
    {
        "byte array".into()
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

#[cfg(test)]
mod tests {
    use crate::from_js::float_text;

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
}
