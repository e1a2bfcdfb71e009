//! Reading a custom dataset from JavaScript (what `JSON.parse` produced,
//! or a page's own object) into [`data::custom::Value`], then parsing it.
//! Only the full build has it (feature `full`): the embed's first-draw wasm
//! charts the built-in figures and leaves this ~16 KB (gzip) out.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::data;
use crate::error::{Error, Problems};

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a Proxy's `ownKeys` trap throws
    /// (js_sys's binding would let it unwind through the wasm).
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn own_keys(object: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// The message of a thrown JavaScript value, shortened for a message.
fn thrown(e: &JsValue) -> String {
    let text = match e.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => e.as_string().unwrap_or_else(|| "not an Error".into()),
    };
    data::custom::printable(&text)
}

/// Reads what `JSON.parse` produced (or a page's own object) into a
/// [`data::custom::Value`], walking it directly: serde's untagged-enum
/// machinery would add ~20 KB of wasm for the same job. `path` names the
/// value (`records[3].value`) in messages. Every value JSON cannot hold
/// (a BigInt, a function, a field that throws when read) is recorded in
/// `problems` and read as null, so that one message lists them all.
/// Nesting deeper than JSON data needs is refused, not recursed.
fn js_to_value(
    v: &JsValue,
    path: &str,
    depth: u32,
    problems: &mut Problems,
) -> data::custom::Value {
    use data::custom::Value;
    let mut problem = |reason: &str| {
        problems.push(Error::invalid(path, reason));
        Value::Null
    };
    if depth > 32 {
        return problem("is nested more than 32 levels deep");
    }
    if v.is_null() || v.is_undefined() {
        return Value::Null;
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    if let Some(x) = v.as_f64() {
        return Value::Number(x);
    }
    if let Some(s) = v.as_string() {
        return Value::Text(s);
    }
    if v.is_bigint() {
        return problem("is a BigInt (give a plain number)");
    }
    if v.is_symbol() {
        return problem("is a Symbol, which JSON cannot hold; give a string");
    }
    if v.is_function() {
        return problem("is a function, which JSON cannot hold; give the value itself");
    }
    if !v.is_object() {
        return problem("is a value JSON cannot hold");
    }
    // Reads a property; a getter or Proxy trap that throws is named as such,
    // not taken for a missing field.
    let read = |key: &JsValue, at: &str, problems: &mut Problems| match js_sys::Reflect::get(v, key)
    {
        Ok(field) => js_to_value(&field, at, depth + 1, problems),
        Err(e) => {
            problems.push(Error::invalid(
                at,
                format!("could not be read ({})", thrown(&e)),
            ));
            Value::Null
        }
    };
    if js_sys::Array::is_array(v) {
        let length = js_sys::Reflect::get(v, &"length".into())
            .ok()
            .and_then(|n| n.as_f64())
            .unwrap_or(0.0) as usize;
        // Refused before the walk: a Proxy may claim any length, and no
        // list in a dataset may be longer than the records.
        if length > data::custom::MAX_RECORDS {
            problems.push(Error::invalid(
                path,
                format!(
                    "{length} items is more than the {} this widget reads",
                    data::custom::MAX_RECORDS
                ),
            ));
            return Value::Null;
        }
        let mut items = Vec::with_capacity(length);
        // Items of a top-level list are `records[3]`, as the parser names them.
        let name = path.strip_prefix("dataset.").unwrap_or(path);
        for i in 0..length {
            items.push(read(
                &JsValue::from(i as u32),
                &format!("{name}[{i}]"),
                problems,
            ));
        }
        return Value::List(items);
    }
    // Any other object, a null-prototype one (`Object.create(null)`,
    // which is no `instanceof Object`) included.
    let keys = match own_keys(v) {
        Ok(keys) => keys,
        Err(e) => {
            problems.push(Error::invalid(
                path,
                format!("could not be read ({})", thrown(&e)),
            ));
            return Value::Null;
        }
    };
    // Refused before the walk, like an over-long list: reading thousands
    // of stray fields one by one would stall the page.
    if keys.length() as usize > data::custom::MAX_FIELDS {
        problems.push(Error::invalid(
            path,
            format!(
                "has {} fields; no object in a dataset has more than {}",
                keys.length(),
                data::custom::MAX_FIELDS
            ),
        ));
        return Value::Null;
    }
    let mut map = std::collections::BTreeMap::new();
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        let at = format!("{path}.{}", data::custom::printable(&name));
        let field = read(&key, &at, problems);
        map.insert(name, field);
    }
    Value::Map(map)
}

pub(crate) fn parse_dataset(value: JsValue) -> Result<data::Dataset, JsError> {
    let mut problems = Problems::default();
    let value = js_to_value(&value, "dataset", 0, &mut problems);
    problems.finish()?;
    Ok(data::custom::parse(&value)?)
}
