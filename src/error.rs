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
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "full", derive(thiserror::Error))]
pub enum Error {
    /// Two series that measure different things (ICT vs the narrow IT & ITeS
    /// definition, or money vs company counts) were compared.
    #[cfg_attr(feature = "full", error("cannot compare {a} with {b}: they are different measures or definitions ({a_definition} vs {b_definition})"))]
    MeasureMismatch {
        /// Measure ids, as in a custom dataset: `ict`, `itItes`.
        a: &'static str,
        b: &'static str,
        a_definition: &'static str,
        b_definition: &'static str,
    },

    /// Two periods of different lengths (a quarter against a year) were compared.
    #[cfg_attr(feature = "full", error("cannot compare {a} ({a_months} months) with {b} ({b_months} months): the periods differ in length"))]
    PeriodLengthMismatch {
        a: String,
        a_months: u32,
        b: String,
        b_months: u32,
    },

    /// A year-on-year comparison whose base is not the same span one year earlier.
    #[cfg_attr(feature = "full", error(
        "{base} is not the same period one year before {current}; year-on-year growth needs that"
    ))]
    NotYearOnYear { base: String, current: String },

    /// A period that has no length in months (an open-ended figure) was used
    /// where a span is needed.
    #[cfg_attr(feature = "full", error("{0} has no defined span of months"))]
    NoSpan(String),

    /// A growth base of zero or below: growth from it is undefined.
    #[cfg_attr(feature = "full", error("base value {v} for {what} is {sign}; growth needs a positive base", v = Num(*.value), sign = if *.value == 0.0 { "zero" } else { "negative" }))]
    NonPositiveBase { what: String, value: f64 },

    /// A value that is NaN or infinite.
    #[cfg_attr(feature = "full", error("{what} is not a finite number ({v})", v = Num(*.value)))]
    NotFinite { what: String, value: f64 },

    /// A span with nothing in it: no years, no months, no records. The
    /// text is the whole sentence a reader sees ("no annual ICT figures to
    /// chart"): no prefix, since the variant is for code, not for readers.
    #[cfg_attr(feature = "full", error("{0}"))]
    EmptySpan(String),

    /// A growth rate of -100% or less, from which no base can be implied.
    #[cfg_attr(feature = "full", error("a growth rate of {p}% cannot imply a base; it must be above -100%", p = Num(*.pct)))]
    ImpossibleGrowth { pct: f64 },

    /// A figure the calculation needs is not in the dataset.
    #[cfg_attr(
        feature = "full",
        error("no figure of measure \"{measure}\" for {period} in the dataset")
    )]
    Missing {
        /// The measure's id.
        measure: &'static str,
        period: String,
    },

    /// Monthly figures do not cover a whole fiscal year or the requested span.
    #[cfg_attr(
        feature = "full",
        error("measure \"{measure}\" in {fy}: no figure for {missing}")
    )]
    IncompleteMonths {
        /// The measure's id.
        measure: &'static str,
        fy: String,
        missing: String,
    },

    /// The drawing backend failed (a canvas without a 2D context, say).
    #[cfg_attr(feature = "full", error("drawing failed: {0}"))]
    Draw(String),

    /// Anything else invalid, with the field path and the reason.
    #[cfg_attr(feature = "full", error("{field}: {reason}"))]
    Invalid { field: String, reason: String },

    /// Several problems in one input, so an editor fixes them in one pass
    /// instead of one per try: the first [`Problems::MAX`], and how many more.
    #[cfg_attr(feature = "full", error("{}", Listed(.list, *.more)))]
    Several { list: Vec<Error>, more: usize },
}

/// The first-draw build (no `full`) words only the errors it can meet: a
/// bad option or size, a failed drawing. The rest come from the growth
/// engine and custom data, which it does not carry (its models are built
/// from the validated built-in figures at build time), so it keeps their
/// messages out (0.8 KB gzip).
#[cfg(not(feature = "full"))]
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Draw(s) => write!(f, "drawing failed: {s}"),
            Error::Invalid { field, reason } => write!(f, "{field}: {reason}"),
            _ => f.write_str("a problem in the built-in figures (the full build words it)"),
        }
    }
}

#[cfg(not(feature = "full"))]
impl std::error::Error for Error {}

/// "14 problems in the dataset: a; b; c; and 4 more problems", for
/// [`Error::Several`].
#[cfg(feature = "full")]
struct Listed<'a>(&'a [Error], usize);

#[cfg(feature = "full")]
impl std::fmt::Display for Listed<'_> {
    // Kept out of `Error`'s own `fmt`, which it calls for each problem.
    #[inline(never)]
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} problems in the dataset: ", self.0.len() + self.1)?;
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        match self.1 {
            0 => Ok(()),
            1 => f.write_str("; and 1 more problem"),
            n => write!(f, "; and {n} more problems"),
        }
    }
}

/// Collects the problems found while walking an input: the first
/// [`Problems::MAX`] are kept, the rest only counted.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Error>,
    more: usize,
}

impl Problems {
    /// The most problems one message lists: enough to fix a batch, few
    /// enough to read.
    pub const MAX: usize = 10;

    // Not inlined into each `take::<T>`: one copy is enough.
    #[inline(never)]
    pub fn push(&mut self, e: Error) {
        if let Error::Several { list, more } = e {
            list.into_iter().for_each(|e| self.push(e));
            self.more += more;
        } else if self.list.len() < Self::MAX {
            self.list.push(e);
        } else {
            self.more += 1;
        }
    }

    /// The value of `r`, or `None` after recording its error.
    pub fn take<T>(&mut self, r: Result<T>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(e);
                None
            }
        }
    }

    /// How many problems were found so far, listed or only counted.
    pub fn count(&self) -> usize {
        self.list.len() + self.more
    }

    /// Adds `e`, the problem that ends the walk, and returns them all.
    pub fn fail<T>(mut self, e: Error) -> Result<T> {
        if self.count() == 0 {
            return Err(e);
        }
        self.push(e);
        Err(Error::Several {
            list: self.list,
            more: self.more,
        })
    }

    /// `Ok` if nothing was found; one problem as itself (its message
    /// unchanged); several as [`Error::Several`].
    pub fn finish(mut self) -> Result<()> {
        match self.list.pop() {
            None => Ok(()),
            Some(only) if self.list.is_empty() && self.more == 0 => Err(only),
            Some(last) => {
                self.list.push(last);
                Err(Error::Several {
                    list: self.list,
                    more: self.more,
                })
            }
        }
    }
}

/// A number in a message, as JavaScript would print it: `Infinity`,
/// `-Infinity` and `NaN` (Rust's `inf` means nothing to an editor), and
/// `1e+300` rather than a wall of digits for a number too large to read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let x = self.0;
        if x.is_nan() {
            return f.write_str("NaN");
        }
        if x.is_infinite() {
            return f.write_str(if x > 0.0 { "Infinity" } else { "-Infinity" });
        }
        // Plain writes up to six decimals exactly below 1e12; beyond, and
        // for a number six decimals would write as 0 ("1e-7 is less than
        // 0.001" read "0 is less than"), an exponent with three
        // significant digits (integer maths only: core's float formatting
        // would add ~15 KB of wasm).
        if x.abs() < 1e12 && (x == 0.0 || x.abs() >= 5e-7) {
            return write!(f, "{}", Plain(x));
        }
        // A subnormal number's decade is past what powi reaches (10^-309
        // is 0 to it): scaled up first.
        let (x_abs, shift) = if x.abs() < 1e-290 {
            (x.abs() * 1e300, 300)
        } else {
            (x.abs(), 0)
        };
        let mut exponent = decade(x_abs);
        let mut mantissa = (x_abs / 10f64.powi(exponent) * 100.0).round() / 100.0;
        exponent -= shift;
        if mantissa >= 10.0 {
            mantissa /= 10.0;
            exponent += 1;
        }
        let sign = if x < 0.0 { "-" } else { "" };
        let plus = if exponent > 0 { "+" } else { "" };
        write!(f, "{sign}{}e{plus}{exponent}", Plain(mantissa))
    }
}

/// The exponent of the power of ten at or below `x` (positive, finite):
/// `x.log10().floor()`, found by comparing with powers of ten, so that the
/// wasm carries no libm `log10` (0.2 KB gzip) for the two places that need
/// a magnitude (a tick step, a number too large to write out).
pub fn decade(x: f64) -> i32 {
    let mut e = 0;
    while e < 308 && 10f64.powi(e + 1) <= x {
        e += 1;
    }
    while e > -330 && 10f64.powi(e) > x {
        e -= 1;
    }
    e
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

/// `s` in double quotes, as `{:?}` writes it for any string without
/// unprintable characters (quotes, backslashes and control characters
/// escaped). Debug's own check for unprintable characters brings core's
/// Unicode tables and escaping, about 5 KB of wasm, for error messages.
pub fn quoted(s: &str) -> String {
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

/// `[S]::join` in one small function per item type: core's join is a
/// kilobyte of wasm for each (one copy loop per separator length), and the
/// crate joins both `String`s and `&str`s.
pub trait Joined {
    /// The items with `sep` between them.
    fn joined(&self, sep: &str) -> String;
}

impl<S: AsRef<str>> Joined for [S] {
    fn joined(&self, sep: &str) -> String {
        let mut out = String::new();
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(item.as_ref());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::error::{decade, quoted};

    #[test]
    fn decade_is_the_floor_of_log10() {
        let mut x = 1.3e-9;
        while x < 1e300 {
            for y in [x, x * 2.5, x * 7.9] {
                assert_eq!(decade(y), y.log10().floor() as i32, "{y}");
            }
            x *= 10.0;
        }
        for e in -12..=22 {
            assert_eq!(decade(10f64.powi(e)), e, "10^{e}");
        }
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
