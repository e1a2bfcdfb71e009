//! The crate's one error type.
//!
//! Every message names what was wrong and with which value, because it ends
//! up in front of an editor (as a JavaScript `Error` at the wasm boundary) who
//! has to fix a dataset or an embed attribute without reading Rust.
//!
//! This is the bottom layer: it imports nothing of this crate, so every
//! other module may use it. A variant therefore carries what its message
//! needs as text (a measure's id and definition, a period as the dataset
//! writes it), put there by the code that raises it.

/// Everything that can go wrong in the dataset, the growth engine or a chart.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// Two series that measure different things (ICT vs the narrow IT & ITeS
    /// definition, or money vs company counts) were compared.
    #[error("cannot compare {a} with {b}: they are different measures or definitions ({a_definition} vs {b_definition})")]
    MeasureMismatch {
        /// Measure ids, as in a custom dataset: `ict`, `itItes`.
        a: &'static str,
        b: &'static str,
        a_definition: &'static str,
        b_definition: &'static str,
    },

    /// Two periods of different lengths (a quarter against a year) were compared.
    #[error("cannot compare {a} ({a_months} months) with {b} ({b_months} months): the periods differ in length")]
    PeriodLengthMismatch {
        a: String,
        a_months: u32,
        b: String,
        b_months: u32,
    },

    /// A year-on-year comparison whose base is not the same span one year earlier.
    #[error(
        "{base} is not the same period one year before {current}; year-on-year growth needs that"
    )]
    NotYearOnYear { base: String, current: String },

    /// A period that has no length in months (an open-ended figure) was used
    /// where a span is needed.
    #[error("{0} has no defined span of months")]
    NoSpan(String),

    /// A growth base of zero or below: growth from it is undefined.
    #[error("base value {v} for {what} is {sign}; growth needs a positive base", v = Plain(*.value), sign = if *.value == 0.0 { "zero" } else { "negative" })]
    NonPositiveBase { what: String, value: f64 },

    /// A value that is NaN or infinite.
    #[error("{what} is not a finite number ({v})", v = Plain(*.value))]
    NotFinite { what: String, value: f64 },

    /// A span with nothing in it: no years, no months, no records.
    #[error("empty span: {0}")]
    EmptySpan(String),

    /// A growth rate of -100% or less, from which no base can be implied.
    #[error("a growth rate of {p}% cannot imply a base; it must be above -100%", p = Plain(*.pct))]
    ImpossibleGrowth { pct: f64 },

    /// A figure the calculation needs is not in the dataset.
    #[error("no {measure} figure for {period} in the dataset")]
    Missing {
        /// The measure's id.
        measure: &'static str,
        period: String,
    },

    /// Monthly figures do not cover a whole fiscal year or the requested span.
    #[error("{measure} for {fy}: no figure for {missing}")]
    IncompleteMonths {
        /// The measure's id.
        measure: &'static str,
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

/// A number as a machine or an editor reads it: ASCII minus, no grouping,
/// up to six decimals without trailing zeros ("-5", "994.848", "NaN"). It
/// is how messages and CSV cells write numbers, in every language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plain(pub f64);

/// `|x|` rounded to `decimals` places as (integer part, fraction digits),
/// by integer arithmetic: core's float formatting costs ~15 KB of wasm.
pub fn fixed(x: f64, decimals: usize) -> Option<(u64, String)> {
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (x.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= 1e18 {
        return None;
    }
    let scaled = scaled as u64;
    let frac = (scaled % scale).to_string();
    let frac = if decimals == 0 {
        String::new()
    } else {
        format!("{}{frac}", "0".repeat(decimals - frac.len()))
    };
    Some((scaled / scale, frac))
}

impl std::fmt::Display for Plain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let x = self.0;
        if x.is_nan() {
            return f.write_str("NaN");
        }
        if x.is_infinite() {
            return f.write_str(if x > 0.0 { "inf" } else { "-inf" });
        }
        let Some((int, frac)) = fixed(x, 6) else {
            return f.write_str(if x > 0.0 {
                "a very large number"
            } else {
                "a very large negative number"
            });
        };
        let frac = frac.trim_end_matches('0');
        let sign = if x < 0.0 && (int > 0 || !frac.is_empty()) {
            "-"
        } else {
            ""
        };
        if frac.is_empty() {
            write!(f, "{sign}{int}")
        } else {
            write!(f, "{sign}{int}.{frac}")
        }
    }
}
