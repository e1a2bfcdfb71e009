//! Pakistan's IT and ICT export remittances: the dataset, the growth
//! engine and the charts, compiled to WebAssembly for an embeddable widget.
//!
//! Everything but this file is plain Rust, testable with `cargo test`:
//! [`data`] holds the figures and their sources, [`growth`] the maths,
//! [`describe`] the text and tables a reader sees, [`text`] every
//! reader-facing word and number format. This file is the JavaScript
//! boundary and nothing else: it converts results to JS values and errors
//! to JavaScript `Error`s.

pub mod data;
pub mod describe;
pub mod error;
pub mod growth;
pub mod text;

pub use error::{Error, Result};

use wasm_bindgen::prelude::*;

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Maps (not objects) would be awkward to read in JavaScript; plain
    // objects with camelCase keys are what the page expects.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("could not pass the result to JavaScript: {e}")))
}

/// Every built-in figure as a table row, grouped by measure then period:
/// `[{ measure, definition, period, value, valueRaw, growth, quoted, flags,
/// source: { outlet, date, reference, layer } }]`. Strings are ready to show.
/// Throws an `Error` naming the record if the built-in dataset is invalid.
#[wasm_bindgen(js_name = datasetTable)]
pub fn dataset_table() -> Result<JsValue, JsError> {
    let data = data::builtin();
    data.validate()?;
    to_js(&describe::table(&data))
}

/// Every quoted growth rate and reported total checked against the figures:
/// `[{ what, quoted, computed, verdictId, verdict, source }]`, where
/// `verdictId` is `"exact"`, `"rounding"`, `"doesNotReproduce"` or `"unchecked"`.
#[wasm_bindgen(js_name = quoteChecks)]
pub fn quote_checks() -> Result<JsValue, JsError> {
    let data = data::builtin();
    data.validate()?;
    to_js(&describe::check_rows(&data))
}
