//! Writes `src/model/prepared.rs`: every model the built-in figures make,
//! as Rust source, for the first-draw wasm. An article of built-in charts
//! only ever charts the built-in figures, so that build takes its models
//! from the file instead of compiling the builders, the growth engine
//! behind them and the dataset's lookups (about 22 KB of the 102 KB gzip
//! wasm an article downloaded). Builds that read custom data (`full`) build
//! models as before; `tests/prepared.rs` fails if the file is not what the
//! builders make now (`cargo run --example prepare` rewrites it).
//!
//! Native only: a build step, not shipped.

use std::borrow::Cow;

use super::{
    annual, build, compared, growth_chart, monthly, targets, ChartModel, Detail, NavOrder, Options,
    Point,
};
use crate::data::{Dataset, FiscalYear, Measure, Period};
use crate::error::Result;
use crate::growth::{QuoteCheck, TargetProgress};
use crate::ids::{ChartKind, Message, QuotedRate, SeriesId, TargetReading, Verdict};

/// A value as a Rust expression, before layout.
pub enum Lit {
    /// A literal or a path: `2120.0`, `Measure::Ict`.
    Atom(String),
    /// `Name { field: value, .. }`.
    Struct(&'static str, Vec<(&'static str, Lit)>),
    /// `Name(value, ..)`; a plain tuple when the name is empty.
    Tuple(&'static str, Vec<Lit>),
    /// A list: `[..]` for an array, `copied(&[..])` for a `Vec` of plain
    /// values (one static table and one copy, where `vec![..]` compiles to
    /// code that stores every field), `borrowed(&[..])` for a `Vec` of
    /// texts (a table of `&str`, for the same reason), else `vec![..]`.
    List { kind: List, items: Vec<Lit> },
}

#[derive(Clone, Copy, PartialEq)]
pub enum List {
    Array,
    Copied,
    Borrowed,
    Vec,
}

impl List {
    fn brackets(self) -> (&'static str, &'static str) {
        match self {
            List::Array => ("[", "]"),
            List::Copied => ("copied(&[", "])"),
            List::Borrowed => ("borrowed(&[", "])"),
            List::Vec => ("vec![", "]"),
        }
    }
}

/// Lines longer than this break, one field or item a line.
const WIDTH: usize = 100;

impl Lit {
    fn atom(s: impl Into<String>) -> Lit {
        Lit::Atom(s.into())
    }

    /// On one line.
    fn inline(&self) -> String {
        let join = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
        match self {
            Lit::Atom(s) => s.clone(),
            Lit::Struct(name, fields) => format!(
                "{name} {{ {} }}",
                join(&mut fields.iter().map(|(f, v)| format!("{f}: {}", v.inline())))
            ),
            Lit::Tuple(name, items) => {
                format!("{name}({})", join(&mut items.iter().map(Lit::inline)))
            }
            Lit::List { kind, items } => {
                let (open, close) = kind.brackets();
                format!("{open}{}{close}", join(&mut items.iter().map(Lit::inline)))
            }
        }
    }

    /// Laid out at `indent`: on one line if it fits, else one field or
    /// item a line.
    pub fn layout(&self, indent: usize, out: &mut String) {
        let line = self.inline();
        if indent + line.len() <= WIDTH || matches!(self, Lit::Atom(_)) {
            out.push_str(&line);
            return;
        }
        let pad = " ".repeat(indent + 4);
        let (open, close) = match self {
            Lit::Struct(name, _) => (format!("{name} {{"), "}"),
            Lit::Tuple(name, _) => (format!("{name}("), ")"),
            Lit::List { kind, .. } => (kind.brackets().0.to_string(), kind.brackets().1),
            Lit::Atom(_) => unreachable!("atoms are inline"),
        };
        out.push_str(&open);
        out.push('\n');
        let mut item = |field: Option<&str>, value: &Lit| {
            out.push_str(&pad);
            if let Some(f) = field {
                out.push_str(f);
                out.push_str(": ");
            }
            value.layout(indent + 4, out);
            out.push_str(",\n");
        };
        match self {
            Lit::Struct(_, fields) => fields.iter().for_each(|(f, v)| item(Some(f), v)),
            Lit::Tuple(_, items) | Lit::List { items, .. } => {
                items.iter().for_each(|v| item(None, v))
            }
            Lit::Atom(_) => {}
        }
        out.push_str(&" ".repeat(indent));
        out.push_str(close);
    }
}

/// A value that can be written as the Rust expression that makes it.
pub trait Literal {
    /// Whether the type is `Copy`: a `Vec` of it is written as a static
    /// table that is copied (`copied`, which requires `Copy`).
    const PLAIN: bool = false;
    /// Whether a `Vec` of it is written as a table of `&str` (`borrowed`).
    const TEXT: bool = false;
    fn lit(&self) -> Lit;
    /// As an item of its `Vec`'s table: itself, but a text as a `&str`.
    fn item(&self) -> Lit {
        self.lit()
    }
}

macro_rules! display_literal {
    ($($t:ty),*) => {$(
        impl Literal for $t {
            const PLAIN: bool = true;
            fn lit(&self) -> Lit {
                Lit::atom(self.to_string())
            }
        }
    )*};
}
display_literal!(bool, u8, u16, usize);

impl Literal for f64 {
    const PLAIN: bool = true;
    fn lit(&self) -> Lit {
        // Debug writes the shortest text that reads back as the same f64,
        // always with a `.` or an exponent: a float literal.
        assert!(self.is_finite(), "a model value is not finite: {self}");
        Lit::atom(format!("{self:?}"))
    }
}

impl Literal for Cow<'static, str> {
    const TEXT: bool = true;
    fn lit(&self) -> Lit {
        Lit::atom(format!("Cow::Borrowed({:?})", &**self))
    }
    fn item(&self) -> Lit {
        Lit::atom(format!("{:?}", &**self))
    }
}

impl<T: Literal> Literal for Option<T> {
    const PLAIN: bool = T::PLAIN;
    fn lit(&self) -> Lit {
        match self {
            Some(v) => Lit::Tuple("Some", vec![v.lit()]),
            None => Lit::atom("None"),
        }
    }
}

impl<T: Literal> Literal for Vec<T> {
    fn lit(&self) -> Lit {
        Lit::List {
            kind: match (T::PLAIN, T::TEXT) {
                (true, _) => List::Copied,
                (_, true) => List::Borrowed,
                _ => List::Vec,
            },
            items: self.iter().map(Literal::item).collect(),
        }
    }
}

impl<T: Literal, const N: usize> Literal for [T; N] {
    const PLAIN: bool = T::PLAIN;
    fn lit(&self) -> Lit {
        Lit::List {
            kind: List::Array,
            items: self.iter().map(Literal::lit).collect(),
        }
    }
}

impl<A: Literal, B: Literal> Literal for (A, B) {
    const PLAIN: bool = A::PLAIN && B::PLAIN;
    fn lit(&self) -> Lit {
        Lit::Tuple("", vec![self.0.lit(), self.1.lit()])
    }
}

impl<A: Literal, B: Literal, C: Literal> Literal for (A, B, C) {
    const PLAIN: bool = A::PLAIN && B::PLAIN && C::PLAIN;
    fn lit(&self) -> Lit {
        Lit::Tuple("", vec![self.0.lit(), self.1.lit(), self.2.lit()])
    }
}

/// `impl Literal` for a struct, destructured whole: a field added to the
/// struct and not here fails to compile rather than drop out of the file.
macro_rules! struct_literal {
    ($($plain:literal $name:literal $ty:ident $(:: $tail:ident)* { $($field:ident),* $(,)? })*) => {$(
        impl Literal for $ty $(:: $tail)* {
            const PLAIN: bool = $plain;
            fn lit(&self) -> Lit {
                let $ty $(:: $tail)* { $($field),* } = self;
                Lit::Struct($name, vec![$((stringify!($field), $field.lit())),*])
            }
        }
    )*};
}

/// A model's words (its title, takeaway, description and citations) are
/// the full builds' alone: the first-draw builds take them prepared
/// (src/words/prepared/) and their catalogues cannot word them. Written
/// for the full builds, with an empty stand-in for the others, which then
/// compile neither the sentences' figures nor the sources' names (-0.8 KB
/// of their wasm, gzip).
impl Literal for ChartModel {
    const PLAIN: bool = false;
    fn lit(&self) -> Lit {
        let ChartModel {
            kind,
            title,
            figures_to,
            compares,
            points,
            point_growth,
            rates,
            nav,
            intro,
            takeaway,
            summary,
            cited,
            detail,
        } = self;
        let none = || Lit::Atom("Message::Sentences(Vec::new())".into());
        let empty = || Lit::Atom("Vec::new()".into());
        Lit::Struct(
            "ChartModel",
            vec![
                ("kind", kind.lit()),
                ("#[cfg(feature = \"full\")] title", title.lit()),
                ("#[cfg(not(feature = \"full\"))] title", none()),
                ("figures_to", figures_to.lit()),
                ("compares", compares.lit()),
                ("points", points.lit()),
                ("point_growth", point_growth.lit()),
                ("rates", rates.lit()),
                ("nav", nav.lit()),
                ("#[cfg(feature = \"full\")] intro", intro.lit()),
                ("#[cfg(not(feature = \"full\"))] intro", none()),
                ("#[cfg(feature = \"full\")] takeaway", takeaway.lit()),
                ("#[cfg(not(feature = \"full\"))] takeaway", none()),
                ("#[cfg(feature = \"full\")] summary", summary.lit()),
                ("#[cfg(not(feature = \"full\"))] summary", empty()),
                ("#[cfg(feature = \"full\")] cited", cited.lit()),
                ("#[cfg(not(feature = \"full\"))] cited", empty()),
                ("detail", detail.lit()),
            ],
        )
    }
}

struct_literal! {
    true "Point" Point { series, measure, period, value, derived }
    true "QuotedRate" QuotedRate { period, base_period, quoted_pct, quoted_decimals, computed_pct, verdict }
    true "QuoteCheck" QuoteCheck {
        computed_pct, quoted_pct, quoted_decimals, low_pct, high_pct, implied_base, base,
        quoted_base, verdict, current_explains,
    }
    true "TargetProgress" TargetProgress { reading, target, achieved, share_pct, met, first, last }
    true "annual::Year" annual::Year { ict, narrow, base, first_release, growth_pct, running }
    false "annual::Detail" annual::Detail { years, has_narrow, any_revised, max }
    true "compared::Pair" compared::Pair { measure, base_derived, check }
    false "compared::Detail" compared::Detail { pairs }
    false "growth_chart::Detail" growth_chart::Detail { years, narrow, ict, quoted, running }
    false "monthly::Line" monthly::Line { fy, months }
    false "monthly::Detail" monthly::Detail { cumulative, lines }
    true "targets::Running" targets::Running { so_far, share_pct, pace_needed, pace_so_far }
    false "targets::TargetLine" targets::TargetLine {
        value, period, first, last, reading, progress, needed_pct, base, running, others, narrow,
    }
    false "targets::Detail" targets::Detail {
        reading, lines, drawn, multi_year, years, slots, before, running, potential, notes,
    }
}

/// `impl Literal` for an enum, by its variants: unit (`Open`), tuple
/// (`Year(fy)`) or struct (`Month { year, month }`), each written with its
/// fields. The match is exhaustive and struct variants are destructured
/// whole, so a variant or field added to the type and not here fails to
/// compile rather than drop out of the file.
macro_rules! enum_literal {
    ($($plain:literal $ty:ident {
        $($variant:ident $(( $($t:ident),* ))? $({ $($f:ident),* $(,)? })?),* $(,)?
    })*) => {$(
        impl Literal for $ty {
            const PLAIN: bool = $plain;
            fn lit(&self) -> Lit {
                match self {
                    $(enum_literal!(@pattern $ty $variant $(( $($t),* ))? $({ $($f),* })?) =>
                        enum_literal!(@lit $ty $variant $(( $($t),* ))? $({ $($f),* })?),)*
                }
            }
        }
    )*};
    (@pattern $ty:ident $v:ident ( $($t:ident),* )) => { $ty::$v($($t),*) };
    (@pattern $ty:ident $v:ident { $($f:ident),* }) => { $ty::$v { $($f),* } };
    (@pattern $ty:ident $v:ident) => { $ty::$v };
    (@lit $ty:ident $v:ident ( $($t:ident),* )) => {
        Lit::Tuple(concat!(stringify!($ty), "::", stringify!($v)), vec![$($t.lit()),*])
    };
    (@lit $ty:ident $v:ident { $($f:ident),* }) => {
        Lit::Struct(
            concat!(stringify!($ty), "::", stringify!($v)),
            vec![$((stringify!($f), $f.lit())),*],
        )
    };
    (@lit $ty:ident $v:ident) => { Lit::atom(concat!(stringify!($ty), "::", stringify!($v))) };
}

enum_literal! {
    true ChartKind { Annual, Growth, Compared, Monthly, Targets }
    true Measure {
        Ict, ItItes, PsebCompanies, SecpCompanies, SecpRegistrations, ExportTarget, ExportPotential,
    }
    true Verdict { Exact, Rounding, DoesNotReproduce }
    true TargetReading { AnnualLevel, Cumulative }
    true NavOrder { LeftToRight, AsDrawn, InTime }
    true SeriesId { Measure(m), Quoted, Year(fy) }
    true Period {
        FiscalYear { fy },
        FiscalSpan { fy, first, last },
        FiscalYears { first, last },
        Month { year, month },
        Date { year, month, day },
        Open,
    }
    false Detail { Annual(d), Growth(d), Compared(d), Monthly(d), Targets(d) }
    false Message {
        Sentences(all),
        AnnualTakeaway { first, last, cagr_pct, falls },
        GrowthTakeaway { peak, latest, quoted },
        ComparedTakeaway { verdicts, all_checked, all_failing },
        MonthlyTakeaway { earlier, later, months, so_far },
        MonthlyCumulativeTakeaway { earlier, later, through, growth_pct, reported_later },
        Title { chart },
        GrowthTitle { quoted },
        MonthlyTitle { earlier, later },
        FiguresTo { year, month },
        YearToDate { current, base, growth_pct, reported },
        YearToDateLabel { period },
        NarrowGap { min, max, first, last },
        RunningTargetNote { target, so_far, share_pct, pace_needed, pace_so_far, others },
        FutureTargetNote { target, fy, needed_pct, base },
        TargetDefinition { target, narrow_base, needed_pct },
        UndatedTargets { values },
        BaseRevision { base, from, to, quoted },
        TargetNote { target, period, reading, share_pct, needed_pct, base },
        PotentialNote { value, cagr_pct, reached },
        PotentialLabel { value },
        VerdictShort { quoted_pct, quoted_decimals, verdict, revision },
        FastestSlowest { fastest, slowest },
        Intro { chart, cumulative },
    }
}

impl Literal for FiscalYear {
    const PLAIN: bool = true;
    fn lit(&self) -> Lit {
        Lit::Tuple("FiscalYear", vec![self.0.lit()])
    }
}

/// The option values a model depends on ([`Options::builds_same_model`]),
/// every combination.
pub fn combinations() -> Vec<Options> {
    let mut out = Vec::new();
    for chart in ChartKind::ALL {
        for cumulative in [false, true] {
            for target_reading in [TargetReading::AnnualLevel, TargetReading::Cumulative] {
                out.push(Options {
                    chart,
                    cumulative,
                    target_reading,
                    ..Options::default()
                });
            }
        }
    }
    out
}

/// `src/model/prepared.rs` for `data` (the built-in figures): one function
/// per distinct model, and the one dispatch from the options to them.
pub fn source(data: &Dataset) -> Result<String> {
    // (function name, model, the combinations that make it)
    let mut models: Vec<(String, ChartModel, Vec<Options>)> = Vec::new();
    for options in combinations() {
        let model = build(data, &options)?;
        match models.iter_mut().find(|(_, m, _)| *m == model) {
            Some((_, _, combos)) => combos.push(options),
            None => {
                // Named by the options that first make it different.
                let mut name = options.chart.id().to_string();
                if options.cumulative {
                    name.push_str("_cumulative");
                }
                if options.target_reading == TargetReading::Cumulative {
                    name.push_str("_summed");
                }
                models.push((name, model, vec![options]));
            }
        }
    }
    let mut out = String::from(HEADER);
    out.push_str(
        "/// The model of the built-in figures for these options.\n\
         pub(super) fn model(chart: ChartKind, cumulative: bool, reading: TargetReading) -> ChartModel {\n    \
         match (chart, cumulative, reading) {\n",
    );
    for (name, _, combos) in &models {
        let arms: Vec<String> = combos
            .iter()
            .map(|o| {
                format!(
                    "(ChartKind::{:?}, {}, TargetReading::{:?})",
                    o.chart, o.cumulative, o.target_reading
                )
            })
            .collect();
        out.push_str(&format!(
            "        {} => {name}(),\n",
            arms.join("\n        | ")
        ));
    }
    out.push_str("    }\n}\n");
    for (name, model, _) in &models {
        out.push_str(&format!("\nfn {name}() -> ChartModel {{\n    "));
        model.lit().layout(4, &mut out);
        out.push_str("\n}\n");
    }
    Ok(out)
}

const HEADER: &str = "\
// @generated by `cargo run --example prepare` from the built-in figures
// (src/model/prepare.rs says why); tests/prepared.rs fails when it is stale.
// Do not edit: change the data or the builders, then run the command.

use std::borrow::Cow;

use super::{
    annual, compared, growth_chart, monthly, targets, ChartModel, Detail, NavOrder, Point,
};
use crate::data::{FiscalYear, Measure, Period};
use crate::growth::{QuoteCheck, TargetProgress};
// What only a model's words use (quoted rates, citations) is left out of
// the first-draw builds' models (`impl Literal for ChartModel`).
#[allow(unused_imports)]
use crate::ids::{ChartKind, Message, QuotedRate, SeriesId, TargetReading, Verdict};

/// A `Vec` of a static table's plain values.
fn copied<T: Copy>(items: &[T]) -> Vec<T> {
    items.to_vec()
}

/// A `Vec` of a static table's texts.
#[cfg_attr(not(feature = \"full\"), allow(dead_code))]
fn borrowed(items: &[&'static str]) -> Vec<Cow<'static, str>> {
    items.iter().map(|s| Cow::Borrowed(*s)).collect()
}

";
