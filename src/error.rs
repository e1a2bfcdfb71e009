//! The crate's one error type.
//!
//! Every message names what was wrong and with which value, because it ends
//! up in front of an editor (as a JavaScript `Error` at the wasm boundary) who
//! has to fix a dataset or an embed attribute without reading Rust.

use crate::data::{Measure, Period};

/// Everything that can go wrong in the dataset, the growth engine or a chart.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// Two series that measure different things (ICT vs the narrow IT & ITeS
    /// definition, or money vs company counts) were compared.
    #[error("cannot compare {a} with {b}: they are different measures or definitions ({a_definition} vs {b_definition})", a = .a.id(), b = .b.id(), a_definition = .a.definition(), b_definition = .b.definition())]
    MeasureMismatch { a: Measure, b: Measure },

    /// Two periods of different lengths (a quarter against a year) were compared.
    #[error("cannot compare {a} ({a_months} months) with {b} ({b_months} months): the periods differ in length")]
    PeriodLengthMismatch {
        a: Period,
        a_months: u32,
        b: Period,
        b_months: u32,
    },

    /// A year-on-year comparison whose base is not the same span one year earlier.
    #[error(
        "{base} is not the same period one year before {current}; year-on-year growth needs that"
    )]
    NotYearOnYear { base: Period, current: Period },

    /// A period that has no length in months (an open-ended figure) was used
    /// where a span is needed.
    #[error("{0} has no defined span of months")]
    NoSpan(Period),

    /// A growth base of zero or below: growth from it is undefined.
    #[error("base value {v} for {what} is {sign}; growth needs a positive base", v = crate::text::Plain(*.value), sign = if *.value == 0.0 { "zero" } else { "negative" })]
    NonPositiveBase { what: String, value: f64 },

    /// A value that is NaN or infinite.
    #[error("{what} is not a finite number ({v})", v = crate::text::Plain(*.value))]
    NotFinite { what: String, value: f64 },

    /// A span with nothing in it: no years, no months, no records.
    #[error("empty span: {0}")]
    EmptySpan(String),

    /// A growth rate of -100% or less, from which no base can be implied.
    #[error("a growth rate of {p}% cannot imply a base; it must be above -100%", p = crate::text::Plain(*.pct))]
    ImpossibleGrowth { pct: f64 },

    /// A figure the calculation needs is not in the dataset.
    #[error("no {measure} figure for {period} in the dataset", measure = .measure.id())]
    Missing { measure: Measure, period: Period },

    /// Monthly figures do not cover a whole fiscal year or the requested span.
    #[error("{measure} for {fy}: no figure for {missing}", measure = .measure.id())]
    IncompleteMonths {
        measure: Measure,
        fy: String,
        missing: String,
    },

    /// The drawing backend failed (a canvas without a 2D context, say).
    #[error("drawing failed: {0}")]
    Draw(String),

    /// Anything else invalid, with the field path and the reason.
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: String },
}

impl Error {
    /// Shorthand for [`Error::Invalid`].
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
