//! Every reader-facing word and number format, one catalogue per language.
//!
//! Code passes ids and arguments ([`crate::ids`]); a catalogue ([`Words`])
//! turns them into a language's words and number and period formats:
//! English ([`en`]) and, with the `ur` cargo feature, Urdu (`ur`). Another
//! language is one more file that implements [`Words`] and one more
//! [`Lang`] variant.
//!
//! This layer imports nothing above `crate::growth`: words know no chart
//! models and no drawing.

// Not in the Urdu first-draw build, which only Urdu widgets load.
#[cfg(not(all(feature = "ur", not(feature = "full"))))]
mod en;
#[cfg(feature = "ur")]
mod ur;

use serde::Serialize;

#[cfg(feature = "full")]
use crate::data::Qualifier;
use crate::data::{Measure, Period, Unit};
use crate::error::{fixed, Plain};
#[cfg(feature = "full")]
use crate::ids::Verdict;
use crate::ids::{ChartKind, Choice, Label, Message, OptionId, SeriesId};

pub use crate::ids::Lang;

/// The catalogue a build speaks in: in the full Urdu build either
/// language's (`dyn Words`), in the first-draw builds one catalogue itself
/// (the English builds' English; the Urdu first-draw build's Urdu, as only
/// Urdu widgets load it: js/chart.js, loadKit), so every call is direct
/// and the words no chart asks for drop out of the wasm with the table a
/// trait object keeps (-1.4 KB of the first-draw wasm, gzip). Code that
/// calls it through a concrete `Catalogue` needs [`Words`] in scope, which
/// the full Urdu build's `dyn Words` does not.
#[cfg(all(feature = "ur", feature = "full"))]
pub type Catalogue = dyn Words;
#[cfg(not(feature = "ur"))]
pub type Catalogue = en::English;
#[cfg(all(feature = "ur", not(feature = "full")))]
pub type Catalogue = ur::Urdu;

/// Whether a build has both catalogues (the full Urdu build, and tests).
const BOTH: bool = cfg!(all(feature = "ur", feature = "full"));

impl Lang {
    /// This language's catalogue. A build with one catalogue (a first-draw
    /// build, or the English build that reads custom data) answers in it
    /// for either language, and [`Lang::available`] says which it has.
    pub fn words(self) -> &'static Catalogue {
        match self {
            #[cfg(not(all(feature = "ur", not(feature = "full"))))]
            Lang::En => &en::English,
            #[cfg(all(feature = "ur", not(feature = "full")))]
            Lang::En => &ur::Urdu,
            #[cfg(feature = "ur")]
            Lang::Ur => &ur::Urdu,
            #[cfg(not(feature = "ur"))]
            Lang::Ur => &en::English,
        }
    }

    /// Whether this build has the language's catalogue.
    pub fn available(self) -> bool {
        BOTH || (self == Lang::Ur) == cfg!(feature = "ur")
    }
}

/// Unicode's first-strong isolate (U+2068) and its closing pop (U+2069):
/// text of unknown direction (an outlet's name) inside right-to-left text.
pub const FSI: char = '\u{2068}';
/// Left-to-right isolate (U+2066): a number run inside right-to-left text,
/// so "+19.1%" and "2024-25" keep their order.
pub const LRI: char = '\u{2066}';
/// Right-to-left isolate (U+2067): a right-to-left label drawn by a
/// backend whose base direction is left to right (canvas, SVG).
pub const RLI: char = '\u{2067}';
/// Pop directional isolate (U+2069), closing any of the above.
pub const PDI: char = '\u{2069}';

/// Whether `c` is in the Arabic script's blocks (Urdu's letters, marks
/// and presentation forms).
pub fn arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{FB50}'..='\u{FEFF}')
}

/// Whether `text` has letters of the Arabic script (Urdu's); digits and
/// Latin letters alone do not count.
pub fn arabic_script(text: &str) -> bool {
    text.chars().any(arabic_letter)
}

/// Whether a target for `period` was set one whole year after `base`, so
/// the growth it needed is that year's alone ("+30.3% on FY2023-24"), not
/// a rate a year.
pub fn one_year(period: Period, base: Period) -> bool {
    matches!(
        (period, base),
        (Period::FiscalYear { fy }, Period::FiscalYear { fy: b }) if fy.0 == b.0 + 1
    )
}

/// `text` inside a left-to-right isolate, with a word joiner (U+2060)
/// after each hyphen, so a line never breaks inside "2024-25".
pub fn ltr(text: &str) -> String {
    format!("{LRI}{}{PDI}", text.replace('-', "-\u{2060}"))
}

/// `text` without the isolates and joiners the words put in for a line of
/// mixed directions ([`ltr`], [`FSI`], [`RLI`]): for a cell of plain data,
/// where a spreadsheet's filter for "2015-16" must find it.
#[cfg(feature = "full")]
pub fn unisolated(text: &str) -> String {
    text.chars()
        // U+2060, the word joiner `ltr` puts after a hyphen.
        .filter(|c| !matches!(*c, LRI | RLI | FSI | PDI | '\u{2060}'))
        // A date's no-break spaces ([`NBSP`]), plain in a file.
        .map(|c| if c == '\u{a0}' { ' ' } else { c })
        .collect()
}

/// The words of one language. Methods taking ids word them; the others
/// format numbers, money and periods as that language's press writes them.
pub trait Words {
    /// The language these are the words of.
    fn lang(&self) -> Lang;

    /// How tall a line of text is, in font sizes: 1 for Latin text; more
    /// for Nastaliq, whose letters rise and sink far beyond the em.
    fn line_box(&self) -> f64 {
        1.0
    }

    // Numbers, money and periods.

    /// A signed percentage: "+22.7%", "\u{2212}0.9%"; a rate that rounds to zero gets no sign.
    fn pct(&self, x: f64, decimals: usize) -> String;
    /// A signed percentage in words a reader reads (tooltips, tables, the
    /// live region, descriptions), where `pct` is the drawing's compact
    /// label: the same in English; Urdu writes "+19.9 فیصد", as its news
    /// does (DATA.md) and as its prose already did.
    fn pct_text(&self, x: f64, decimals: usize) -> String {
        self.pct(x, decimals)
    }
    /// Compact money for labels: "$3.81bn", "$303m", "$0.5m".
    fn usd_compact(&self, usd_millions: f64) -> String;
    /// Money on an axis: "$0", "$500m", "$1.5bn".
    /// A value axis's tick, its decimals enough to tell ticks `step` apart.
    fn usd_axis(&self, usd_millions: f64, step: f64) -> String;
    /// A value as precisely as it was reported, with its unit: "$917.840m".
    /// (This and the other `full` words are for the dataset's tables: the
    /// first-draw build leaves them out, as its trait objects would keep
    /// every method they list.)
    #[cfg(feature = "full")]
    fn value_exact(&self, value: f64, unit: Unit, tolerance: f64, qualifier: Qualifier) -> String;
    /// A value in whole units with its unit sign: "$1,298m", "2,631".
    fn value_whole(&self, value: f64, unit: Unit) -> String;
    /// A reported total written to stand beside the sum of its months a
    /// sentence before named: in the sum's form ("$2.97bn" beside
    /// "$2.98bn"), or both to the million where that form makes them the
    /// same. Returns the sum again in that form, if it is needed, and the
    /// reported total.
    #[cfg(feature = "full")]
    fn beside_sum(&self, sum: f64, reported: f64) -> (Option<String>, String) {
        let told = self.usd_compact(reported);
        if told != self.usd_compact(sum) {
            return (None, told);
        }
        (
            Some(self.value_whole(sum, Unit::UsdMillion)),
            self.value_whole(reported, Unit::UsdMillion),
        )
    }
    /// A period in full: "FY2020-21", "Q1 FY2020-21", "Dec 2023".
    fn period(&self, p: Period) -> String;
    /// A source article as a source line names it, with its date in this
    /// language: "Business Recorder, 18 Jul 2025".
    fn citation(&self, outlet: &str, date: &str) -> String;
    /// An outlet's name as this language gives it: a proper name as
    /// published, a description ("Unattributed news report") translated.
    fn outlet(&self, name: &str) -> String {
        name.to_string()
    }
    /// A source's date in this language: "2025-07-18" as a reader writes a
    /// day ("18 Jul 2025"), a month likewise, anything else (a year, a
    /// season such as "spring 2021") as it is.
    fn date(&self, date: &str) -> String {
        iso_date(date).map_or_else(|| date.to_string(), |p| self.period(p).replace(' ', NBSP))
    }
    /// A period at three lengths for axes (level 0 full, 1 short, 2 shortest).
    fn period_short(&self, p: Period, level: u8) -> String;
    /// Fiscal month `index` (July = 1) for a month axis, level 0 or 1 (tight).
    fn fiscal_month_short(&self, index: u8, level: u8) -> String;
    /// The unit of a measure, in words.
    fn unit(&self, unit: Unit) -> &'static str;
    /// The unit of growth rates, in words.
    fn unit_percent(&self) -> &'static str;

    // What the figures are.

    /// Short name of a measure, for legends and table cells.
    fn measure_name(&self, m: Measure) -> &'static str;
    /// A shorter measure name, for tight spaces.
    fn measure_short(&self, m: Measure) -> &'static str;
    /// What a measure counts.
    fn definition(&self, m: Measure) -> &'static str;
    /// A context figure's label, by its id in the dataset.
    #[cfg(feature = "full")]
    fn fact(&self, id: &str) -> &'static str;
    #[cfg(feature = "full")]
    /// What a source layer is: 1 "source article", else the public series.
    fn layer(&self, layer: u8) -> &'static str;
    /// A series' name as a legend and a table show it.
    fn series(&self, id: SeriesId) -> String;
    /// A fixed chart label.
    fn label(&self, label: Label) -> &'static str;
    /// A verdict in full, for the checks table.
    #[cfg(feature = "full")]
    fn verdict(&self, v: Verdict) -> &'static str;
    #[cfg(feature = "full")]
    /// "cannot be checked", before the reason.
    fn unchecked(&self) -> &'static str;
    #[cfg(feature = "full")]
    /// Why a quoted rate cannot be checked, from the engine's reason (in
    /// English, naming the figure that is missing).
    fn unchecked_reason(&self, reason: &str) -> String;
    #[cfg(feature = "full")]
    /// What a quote check compares: "ICT services, Q1 FY2020-21 vs Q1 FY2019-20".
    fn check_what(&self, measure: Measure, period: Period, base: Period) -> String;
    #[cfg(feature = "full")]
    /// What a sum check compares: "ICT services, FY2023-24: reported total vs sum of months".
    fn sum_what(&self, measure: Measure, period: Period) -> String;
    #[cfg(feature = "full")]
    /// A quote check's verdict with the base the quoted rate implies, and
    /// where that base revises the dataset's, the revision
    /// ([`Message::BaseRevision`], worded) after it.
    fn verdict_implied(
        &self,
        verdict: Verdict,
        implied_base: &str,
        revision: Option<&str>,
    ) -> String;
    /// A note or derivation from the dataset, in this language where the
    /// catalogue has it (the built-in dataset's are all translated); an
    /// editor's own text as written.
    fn data_text(&self, text: &str) -> String;
    /// Flags in the data table: derived, revised, and the sign for no growth.
    fn derived(&self) -> &'static str;
    fn revised(&self) -> &'static str;
    #[cfg(feature = "full")]
    fn no_growth(&self) -> &'static str;

    // Around a chart.

    /// A chart's heading.
    fn title(&self, kind: ChartKind) -> &'static str;
    /// A chart's name in a chart picker.
    fn chart_label(&self, kind: ChartKind) -> &'static str;
    /// The definitions note under every chart.
    fn definitions(&self) -> &'static str;
    /// "Source: A." or "Sources: A; and B."
    fn source_line(&self, outlets: &[String]) -> String;
    /// A sentence or label from its id and arguments.
    fn message(&self, m: &Message) -> String;
    /// A control's legend.
    fn control(&self, option: OptionId) -> &'static str;
    /// A control choice's label.
    fn choice(&self, choice: Choice) -> &'static str;

    // Points, descriptions, exports.

    /// How to read a value that is a running total or an implied base.
    fn running_or_implied(&self) -> &'static str;
    /// A sum of rounded months beside the total reported for the same
    /// months (`reported`, "$3,810m"), which it may differ from: by
    /// rounding, or (`rounding` false) by more than rounding explains.
    fn sum_beside_reported(&self, reported: &str, rounding: bool) -> String;
    /// "+18.2% on FY2023-24", the rate to `decimals` places.
    fn growth_on(&self, pct: f64, decimals: usize, base: Period) -> String;
    /// A comparison's growth and its quote's verdict, one clause each.
    fn growth_and_verdict(&self, growth: &str, verdict: &str) -> String;
    /// `m` as a reader reads it (a tooltip, the live region, a table): as
    /// [`Words::message`] words it for the drawing, but a rate written as
    /// in words ([`Words::pct_text`]) where the drawing's label is compact
    /// (Urdu's [`Message::VerdictShort`]).
    fn message_said(&self, m: &Message) -> String {
        self.message(m)
    }
    /// One sentence about a point for a screen reader, after its `head`
    /// (the tooltip's first line, [`Words::point_head`]).
    fn announce(&self, head: &str, value: &str, growth: Option<&str>, source: &str) -> String;
    /// One series in a description: points, first and last, high and low,
    /// each as (formatted value, period).
    fn series_summary(&self, name: &str, n: usize, points: [(&str, &str); 4]) -> String;
    #[cfg(feature = "full")]
    /// CSV column names.
    fn csv_header(&self) -> [&'static str; 8];
    #[cfg(feature = "full")]
    /// "yes" or "no" in a CSV cell.
    fn yes_no(&self, yes: bool) -> &'static str;
    /// The words of the page's controls around a chart.
    fn ui(&self) -> &'static Ui;

    // Sentences the page shows around charts and tables.

    /// A tooltip's first line: "ICT services, FY2024-25".
    fn point_head(&self, series: &str, period: &str) -> String;
    /// A tooltip line with its label: "Growth: +18.2% on FY2023-24".
    fn labelled(&self, label: &str, text: &str) -> String;
    #[cfg(feature = "full")]
    /// With custom data, the figures a chart leaves out: "This chart draws
    /// 14 of the 15 figures given; not drawn: ICT services FY2024-25."
    /// `more`: how many the list leaves out ("; and 5 more").
    fn data_report(
        &self,
        shown: usize,
        records: usize,
        not_shown: &[String],
        more: usize,
    ) -> String;
    #[cfg(feature = "full")]
    /// The quote checks in one line: how many of each verdict.
    fn checks_summary(
        &self,
        total: usize,
        exact: usize,
        rounding: usize,
        not: usize,
        unchecked: usize,
    ) -> String;
    /// The source of a value summed from monthly figures: "sum of the
    /// months (Business Recorder, Dawn, ...)"; from whole years (`years`),
    /// "sum of the years (...)".
    fn summed_sources(&self, outlets: &[String], years: bool) -> String;
    #[cfg(feature = "full")]
    /// The dataset in one line: "61 figures from 23 sources."
    fn figures_summary(&self, figures: usize, sources: usize) -> String;
}

/// Words of the page's controls around a chart (tooltip, keyboard, table,
/// downloads), passed to JavaScript so that it spells out none itself.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ui {
    pub chart_label: &'static str,
    pub keys_help: &'static str,
    pub data_table: &'static str,
    pub download_data: &'static str,
    pub download_image: &'static str,
    pub growth: &'static str,
    pub source: &'static str,
    pub definition: &'static str,
    pub series: &'static str,
    pub period: &'static str,
    pub value: &'static str,
    pub file_stem: &'static str,
}

/// Groups thousands with `sep`: 10000 -> "10,000".
pub(crate) fn group(int: u64, sep: char) -> String {
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with `decimals` places, grouped thousands and a typographic
/// minus: Western digits, as both English and Urdu business pages write them.
pub(crate) fn number(x: f64, decimals: usize) -> String {
    let Some((int, frac)) = fixed(x, decimals) else {
        return Plain(x).to_string();
    };
    let zero = int == 0 && frac.bytes().all(|b| b == b'0');
    let sign = if x < 0.0 && !zero { "\u{2212}" } else { "" };
    if frac.is_empty() {
        format!("{sign}{}", group(int, ','))
    } else {
        format!("{sign}{}.{frac}", group(int, ','))
    }
}

/// `number` with at most `decimals` places and no trailing zeros: "3.81", "5".
pub(crate) fn number_trimmed(x: f64, decimals: usize) -> String {
    let s = number(x, decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The decimals that tell ticks `step` apart: 0 for a step of 25, 1 for
/// 2.5, 3 for 0.025 (at most 6).
pub(crate) fn step_decimals(step: f64) -> usize {
    let mut s = step.abs();
    let mut d = 0;
    while d < 6 && (s - s.round()).abs() > s * 1e-6 {
        s *= 10.0;
        d += 1;
    }
    d
}

/// A value axis's tick in millions as its two catalogues write it: the
/// figure, and whether it is in billions (while a step of $10m or more
/// shows in them: "1.25"), else in millions to the step's decimals
/// ("2,087.5"). `None` for zero, which each writes bare.
pub(crate) fn axis_figure(usd_millions: f64, step: f64) -> Option<(String, bool)> {
    if usd_millions == 0.0 {
        None
    } else if usd_millions.abs() >= 1000.0 && step >= 10.0 {
        Some((
            number_trimmed(usd_millions / 1000.0, step_decimals(step / 1000.0)),
            true,
        ))
    } else {
        Some((number(usd_millions, step_decimals(step)), false))
    }
}

/// `x` in whole units, or, under one unit, to two significant digits
/// ("0.45", "0.0021"): an amount that is not nothing never reads "0" or
/// "0.0" (a custom dataset's months under $1m read "$0.0m" everywhere).
pub(crate) fn whole(x: f64) -> String {
    if x.abs() >= 1.0 || x == 0.0 {
        number(x, 0)
    } else {
        number_trimmed(x, (1 - crate::error::decade(x.abs())).clamp(1, 6) as usize)
    }
}

/// Whether `x` rounds to zero at `decimals` places.
pub(crate) fn rounds_to_zero(x: f64, decimals: usize) -> bool {
    fixed(x, decimals).is_some_and(|(i, f)| i == 0 && f.bytes().all(|b| b == b'0'))
}

/// Decimal places that a value reported with rounding `tolerance` carries:
/// 0.5 -> 0, 0.005 -> 2, 0.0005 -> 3.
#[cfg(feature = "full")]
pub(crate) fn decimals_for(tolerance: f64) -> usize {
    if tolerance <= 0.0 || tolerance >= 0.5 {
        return 0;
    }
    let d = (-(tolerance * 2.0).log10()).round();
    d.clamp(0.0, 6.0) as usize
}

/// Between a date's day, month and year, which a line should not part:
/// "30 / Nov 2020" read as two things at 320 px (a second sweep).
pub(crate) const NBSP: &str = "\u{a0}";

/// The day or month an ISO date names ("2020-11-30", "2025-10"), as the
/// period a catalogue words; `None` for a year alone or free text. Digits
/// folded by hand: the first-draw builds parse no other numbers, and
/// `str::parse` or `split` would link core's parsers and memchr for this.
fn iso_date(date: &str) -> Option<Period> {
    let b = date.as_bytes();
    let num = |at: usize, len: usize| {
        b.get(at..at + len)?.iter().try_fold(0u16, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
        })
    };
    let year = num(0, 4)?;
    let month = num(5, 2).filter(|m| (1..=12).contains(m) && b[4] == b'-')? as u8;
    let day = match b.len() {
        7 => None,
        10 if b[7] == b'-' => Some(num(8, 2).filter(|d| (1..=31).contains(d))? as u8),
        _ => return None,
    };
    Some(Period::Date {
        year,
        month: Some(month),
        day,
    })
}

/// A target's share as written to one place: short of the whole, never
/// rounded up to it ($4,999m of $5bn read "100.0% reached" for a miss; a
/// second sweep).
pub(crate) fn share(pct: f64) -> f64 {
    if (99.95..100.0).contains(&pct) {
        99.9
    } else {
        pct
    }
}
