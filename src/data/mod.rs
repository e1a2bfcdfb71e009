//! The dataset: what was measured, over which period, by whom, and how sure.
//!
//! Every figure is a [`Record`] with its [`Measure`] (which definition of
//! "IT exports"), its [`Period`] (fiscal years run July to June), its value
//! and how precisely it was reported, and the [`Source`] it came from. The
//! built-in figures live in one human-editable table, [`builtin`].
//!
//! The data layer knows no reader-facing words: what it writes is its own
//! notation (measure ids, periods as `FY2020-21` or `Dec 2023`), which error
//! messages and record labels use, and the metadata that comes with the
//! figures (sources, notes, each measure's definition), in the language of
//! its sources.

mod builtin;
/// Reading an editor's dataset: only the builds that take custom data.
#[cfg(feature = "full")]
pub mod custom;
pub(crate) mod map;

use std::borrow::Cow;

use serde::Serialize;

use crate::error::{Error, Num, Plain, Result};

use map::Map;

pub use builtin::builtin;

/// Text that is `'static` in the built-in table and owned in custom data.
pub type Text = Cow<'static, str>;

/// Which quantity a figure measures. Two figures of different measures are
/// never put on one axis or compared without saying so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Measure {
    /// SBP "Telecommunications, computer, and information services": the
    /// headline series from FY2021-22 on, even where the press says "IT & ITeS".
    Ict,
    /// The narrow series, computer services plus call-centre services, that
    /// the press used before FY2021-22: narrower than ICT, by $197-284m a
    /// year in FY2016-17 to FY2019-20 (not a fixed gap).
    ItItes,
    /// IT & ITeS companies registered with the Pakistan Software Export Board
    /// (a count at a date).
    PsebCompanies,
    /// IT companies registered with the SECP, all years (a count at a date).
    SecpCompanies,
    /// IT companies newly registered with the SECP during a period.
    SecpRegistrations,
    /// A government target for IT export remittances.
    ExportTarget,
    /// A stated potential for IT export remittances (not a target).
    ExportPotential,
}

impl Measure {
    /// Every measure, in display order.
    pub const ALL: [Measure; 7] = [
        Measure::Ict,
        Measure::ItItes,
        Measure::PsebCompanies,
        Measure::SecpCompanies,
        Measure::SecpRegistrations,
        Measure::ExportTarget,
        Measure::ExportPotential,
    ];

    /// Stable identifier used in custom data and error messages.
    pub fn id(self) -> &'static str {
        match self {
            Measure::Ict => "ict",
            Measure::ItItes => "itItes",
            Measure::PsebCompanies => "psebCompanies",
            Measure::SecpCompanies => "secpCompanies",
            Measure::SecpRegistrations => "secpRegistrations",
            Measure::ExportTarget => "exportTarget",
            Measure::ExportPotential => "exportPotential",
        }
    }

    /// The unit every figure of this measure is in.
    pub fn unit(self) -> Unit {
        match self {
            Measure::Ict | Measure::ItItes | Measure::ExportTarget | Measure::ExportPotential => {
                Unit::UsdMillion
            }
            Measure::PsebCompanies | Measure::SecpCompanies | Measure::SecpRegistrations => {
                Unit::Companies
            }
        }
    }

    /// What the measure counts, as its publisher defines it (English, the
    /// language of the sources; a catalogue in `crate::words` may restate it).
    pub fn definition(self) -> &'static str {
        match self {
            Measure::Ict => "export remittances for telecommunication, computer and information services (SBP balance of payments)",
            Measure::ItItes => "export remittances for computer services and call-centre services only; a narrower series than ICT",
            Measure::PsebCompanies => "IT and IT-enabled services companies with a valid Pakistan Software Export Board registration",
            Measure::SecpCompanies => "IT companies on the Securities and Exchange Commission of Pakistan register",
            Measure::SecpRegistrations => "IT companies newly registered with the Securities and Exchange Commission of Pakistan",
            Measure::ExportTarget => "government target for IT export remittances",
            Measure::ExportPotential => "potential for IT exports as stated by the IT minister, not a target",
        }
    }

    /// Whether two figures of this measure may share a period: officials
    /// state different targets for one year (FY2025-26: $5bn, and $5.2bn to
    /// a Senate committee), and both are on the record. The first listed
    /// is the one charts draw.
    pub fn may_repeat(self) -> bool {
        self == Measure::ExportTarget
    }

    /// The error for comparing `self` with `other`.
    pub fn mismatch(self, other: Measure) -> Error {
        Error::MeasureMismatch {
            a: self.id(),
            b: other.id(),
            a_definition: self.definition(),
            b_definition: other.definition(),
        }
    }
}

/// The error for a figure the dataset lacks.
pub fn missing(measure: Measure, period: Period) -> Error {
    Error::Missing {
        measure: measure.id(),
        period: period.to_string(),
    }
}

/// The unit of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Unit {
    /// Millions of US dollars.
    UsdMillion,
    /// A number of companies.
    Companies,
}

/// A fiscal year, July to June, named by the calendar year it starts in:
/// `FiscalYear(2020)` is FY2020-21, July 2020 to June 2021.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct FiscalYear(pub u16);

impl FiscalYear {
    /// The fiscal year a calendar month falls in.
    pub fn of_month(year: u16, month: u8) -> FiscalYear {
        if month >= 7 {
            FiscalYear(year)
        } else {
            FiscalYear(year - 1)
        }
    }
}

/// A calendar month as an index 1-12 within the fiscal year: July is 1, June is 12.
pub fn fiscal_month_index(calendar_month: u8) -> u8 {
    (calendar_month + 5) % 12 + 1
}

/// The calendar month (1-12) and year of fiscal month `index` (July = 1) of `fy`.
pub fn calendar_month(fy: FiscalYear, index: u8) -> (u16, u8) {
    let month = (index + 5) % 12 + 1;
    if month >= 7 {
        (fy.0, month)
    } else {
        (fy.0 + 1, month)
    }
}

/// The time a figure covers. (Its order, variant first, only keys maps:
/// time order is [`Period::sort_key`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Period {
    /// A whole fiscal year (12 months, July-June).
    FiscalYear { fy: FiscalYear },
    /// Consecutive months inside one fiscal year, by fiscal month index
    /// (July = 1): Q1 is 1-3, July-February is 1-8.
    FiscalSpan { fy: FiscalYear, first: u8, last: u8 },
    /// Several whole fiscal years, first to last inclusive (a multi-year target).
    FiscalYears { first: FiscalYear, last: FiscalYear },
    /// One calendar month.
    Month { year: u16, month: u8 },
    /// A point in time, for stocks such as company counts; month and day
    /// may be unknown.
    Date {
        year: u16,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// No stated period (a "potential").
    Open,
}

/// Sorts `items` by `key`, stably (equal keys keep their order): the
/// crate's one sort. Every `sort_by_key` with its own closure would put
/// another few KB of sorting code into the wasm, so all sorting goes
/// through this one instantiation, over indices.
pub fn sort_by_key<T: Copy>(items: &mut [T], key: &dyn Fn(T) -> [i64; 3]) {
    let keys: Vec<[i64; 3]> = items.iter().map(|&t| key(t)).collect();
    let sorted: Vec<T> = sorted_order(&keys).into_iter().map(|i| items[i]).collect();
    items.copy_from_slice(&sorted);
}

/// The indices of `keys` in key order, equal keys in index order: not
/// generic, so compiled once. A binary insertion sort: O(n log n)
/// comparisons, and moves of indices that stay cheap at the few thousand
/// records a dataset may hold; core's sort would add ~4 KB of wasm.
fn sorted_order(keys: &[[i64; 3]]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(keys.len());
    for (i, key) in keys.iter().enumerate() {
        let at = order.partition_point(|&j| keys[j] <= *key);
        order.insert(at, i);
    }
    order
}

/// Sorts records by measure, then whole years, multi-year spans, spans
/// within a year, months, dates and open periods, each oldest first: the
/// order a table reads in blocks, and time order within one kind of period.
pub fn sort_records(records: &mut [&Record]) {
    sort_by_key(records, &|r| {
        let rank = match r.period {
            Period::FiscalYear { .. } => 0,
            Period::FiscalYears { .. } => 1,
            Period::FiscalSpan { .. } => 2,
            Period::Month { .. } => 3,
            Period::Date { .. } => 4,
            Period::Open => 5,
        };
        let (start, end) = r.period.sort_key();
        [r.measure as i64 * 8 + rank, start.into(), end.into()]
    });
}

/// A run of calendar months, each as `year * 12 + month - 1`, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthSpan {
    pub start: i32,
    pub end: i32,
}

fn month_number(year: u16, month: u8) -> i32 {
    i32::from(year) * 12 + i32::from(month) - 1
}

impl Period {
    /// Whole fiscal year `fy` (the year it starts in).
    pub const fn fy(fy: u16) -> Period {
        Period::FiscalYear { fy: FiscalYear(fy) }
    }

    /// Fiscal months `first..=last` (July = 1) of fiscal year `fy`.
    pub const fn fy_span(fy: u16, first: u8, last: u8) -> Period {
        Period::FiscalSpan {
            fy: FiscalYear(fy),
            first,
            last,
        }
    }

    /// Months `first` to `last` of fiscal year `fy`: the year itself when
    /// they are all twelve, as its records are kept and looked up.
    pub const fn fy_months(fy: FiscalYear, first: u8, last: u8) -> Period {
        if first == 1 && last == 12 {
            Period::FiscalYear { fy }
        } else {
            Period::FiscalSpan { fy, first, last }
        }
    }

    /// Calendar month `month` (1-12) of `year`.
    pub const fn month(year: u16, month: u8) -> Period {
        Period::Month { year, month }
    }

    /// The months the period covers, or `None` for an open period or a date
    /// whose month is unknown. A date covers the one month it falls in.
    pub fn span(self) -> Option<MonthSpan> {
        let (start, end) = match self {
            Period::FiscalYear { fy } => (month_number(fy.0, 7), month_number(fy.0 + 1, 6)),
            Period::FiscalSpan { fy, first, last } => {
                let (y0, m0) = calendar_month(fy, first);
                let (y1, m1) = calendar_month(fy, last);
                (month_number(y0, m0), month_number(y1, m1))
            }
            Period::FiscalYears { first, last } => {
                (month_number(first.0, 7), month_number(last.0 + 1, 6))
            }
            Period::Month { year, month } => (month_number(year, month), month_number(year, month)),
            Period::Date {
                year,
                month: Some(month),
                ..
            } => (month_number(year, month), month_number(year, month)),
            Period::Date { month: None, .. } | Period::Open => return None,
        };
        Some(MonthSpan { start, end })
    }

    /// Length in months: 12 for a fiscal year, 0 for a point in time.
    pub fn months(self) -> Option<u32> {
        if let Period::Date { .. } = self {
            return self.span().map(|_| 0);
        }
        self.span().map(|s| (s.end - s.start + 1) as u32)
    }

    /// The same kind of period one year earlier.
    pub fn year_before(self) -> Option<Period> {
        Some(match self {
            Period::FiscalYear { fy } => Period::FiscalYear {
                fy: FiscalYear(fy.0.checked_sub(1)?),
            },
            Period::FiscalSpan { fy, first, last } => Period::FiscalSpan {
                fy: FiscalYear(fy.0.checked_sub(1)?),
                first,
                last,
            },
            Period::FiscalYears { first, last } => Period::FiscalYears {
                first: FiscalYear(first.0.checked_sub(1)?),
                last: FiscalYear(last.0.checked_sub(1)?),
            },
            Period::Month { year, month } => Period::Month {
                year: year.checked_sub(1)?,
                month,
            },
            Period::Date { year, month, day } => Period::Date {
                year: year.checked_sub(1)?,
                month,
                day,
            },
            Period::Open => return None,
        })
    }

    /// Whether `self` is `other` one year later: same length, shifted by
    /// exactly twelve months (a day of the month is ignored, since counts
    /// "as of October" and "as of 31 October" are the same month).
    pub fn is_year_after(self, other: Period) -> bool {
        match (self.span(), other.span()) {
            (Some(a), Some(b)) => {
                self.months() == other.months() && a.start - b.start == 12 && a.end - b.end == 12
            }
            _ => false,
        }
    }

    /// The fiscal year the period lies in, if it lies in one.
    pub fn fiscal_year(self) -> Option<FiscalYear> {
        match self {
            Period::FiscalYear { fy } | Period::FiscalSpan { fy, .. } => Some(fy),
            Period::Month { year, month }
            | Period::Date {
                year,
                month: Some(month),
                ..
            } => Some(FiscalYear::of_month(year, month)),
            _ => None,
        }
    }

    /// A sort key: by first month, then by length (shorter first).
    pub fn sort_key(self) -> (i32, i32) {
        match self.span() {
            Some(s) => (s.start, s.end),
            None => (i32::MAX, i32::MAX),
        }
    }
}

/// Month abbreviations of the dataset's notation, January first.
pub const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Calendar month `month` (1-12) abbreviated, "?" outside 1-12.
pub fn month_abbr(month: u8) -> &'static str {
    MONTH_ABBR
        .get(usize::from(month.saturating_sub(1)))
        .copied()
        .unwrap_or("?")
}

impl std::fmt::Display for FiscalYear {
    /// "FY2020-21".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FY{}-{:02}", self.0, (self.0 + 1) % 100)
    }
}

impl std::fmt::Display for Period {
    /// The dataset's notation: "FY2020-21", "Q1 FY2020-21", "Jul\u{2013}Feb
    /// FY2020-21", "FY2020-21 to FY2022-23", "Dec 2023", "31 Oct 2020".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Period::FiscalYear { fy } => write!(f, "{fy}"),
            Period::FiscalSpan { fy, first, last } => {
                match (first, last) {
                    (1, 12) => return write!(f, "{fy}"),
                    (1, 3) => f.write_str("Q1")?,
                    (4, 6) => f.write_str("Q2")?,
                    (7, 9) => f.write_str("Q3")?,
                    (10, 12) => f.write_str("Q4")?,
                    (1, 6) => f.write_str("H1")?,
                    _ => {
                        let (_, m0) = calendar_month(fy, first);
                        let (_, m1) = calendar_month(fy, last);
                        f.write_str(month_abbr(m0))?;
                        if first != last {
                            write!(f, "\u{2013}{}", month_abbr(m1))?;
                        }
                    }
                }
                write!(f, " {fy}")
            }
            Period::FiscalYears { first, last } => write!(f, "{first} to {last}"),
            Period::Month { year, month } => write!(f, "{} {year}", month_abbr(month)),
            Period::Date { year, month, day } => match (month, day) {
                (Some(m), Some(d)) => write!(f, "{d} {} {year}", month_abbr(m)),
                (Some(m), None) => write!(f, "{} {year}", month_abbr(m)),
                _ => write!(f, "{year}"),
            },
            Period::Open => f.write_str("no stated period"),
        }
    }
}

/// Whether a figure is exact as reported, or a floor ("over 10,000").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Qualifier {
    #[default]
    AsReported,
    /// The source said "over" or "more than": the value is a lower bound.
    AtLeast,
}

/// A growth rate as the source quoted it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotedGrowth {
    /// Percent, e.g. `41.43` for +41.43%.
    pub pct: f64,
    /// Decimal places the source gave (41.43% -> 2, 41% -> 0): a computed
    /// rate that rounds to the quote at this precision reproduces it exactly.
    pub decimals: u8,
    /// Where the rate was quoted, when that differs from the record's source
    /// (the November 2023 rate is from an article, its value from a later table).
    pub source: Option<Text>,
    /// The year-earlier figure the source quoted beside the rate, if it gave
    /// one: where it differs from the dataset's, it implies a revision.
    pub base: Option<f64>,
}

/// How settled a figure is. Monthly remittances are first released by the
/// State Bank and revised by +/- $10-15m later; a running year's months are
/// first releases until the year's total comes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Release {
    /// As reported, with no revision expected or known.
    #[default]
    Reported,
    /// A first release: later releases may revise it.
    First,
    /// A first release from a single low-profile source: treat with care.
    Provisional,
}

/// Where a figure was published.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// Key that records cite.
    pub id: Text,
    /// 1 = one of the five source articles; 2 = the longer public series.
    pub layer: u8,
    /// Publication, where known.
    pub outlet: Text,
    /// Publication date as known (ISO where exact).
    pub date: Option<Text>,
    /// Article file (layer 1) or web address (layer 2), without scheme.
    /// Only the dataset's tables show it, and the first-draw build has
    /// none (`full`): it leaves the text out (0.6 KB gzip), as it does
    /// records' notes.
    #[cfg(feature = "full")]
    pub reference: Text,
}

/// One figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    pub measure: Measure,
    pub period: Period,
    /// In the measure's [`Unit`].
    pub value: f64,
    /// Half-width of the rounding in `value` as reported: 0.5 for whole
    /// millions, 5 for "$1.23bn", the sum of the parts' for a derived value.
    /// (The first-draw builds' built-in records say 0.5 and as reported
    /// for all: only the full build's checks and tables read these two.)
    pub tolerance: f64,
    pub qualifier: Qualifier,
    /// The year-on-year growth the source quoted for this figure, if any.
    pub quoted_growth: Option<QuotedGrowth>,
    /// [`Source::id`] of the publication.
    pub source: Text,
    /// How the value was derived from other published figures, when it was
    /// not published itself.
    pub derivation: Option<Text>,
    /// The first-release value, when this figure is a later revision of it.
    pub first_reported: Option<f64>,
    /// Anything else a reader needs to read the figure right (the
    /// dataset's table shows it; see `Source::reference`).
    #[cfg(feature = "full")]
    pub note: Option<Text>,
    /// First release, provisional, or as reported.
    pub release: Release,
}

impl Record {
    /// Whether the value was derived rather than published.
    pub fn is_derived(&self) -> bool {
        self.derivation.is_some()
    }

    /// Whether the figure revises an earlier release.
    pub fn is_revised(&self) -> bool {
        self.first_reported.is_some()
    }

    /// Short label for error messages: "ict FY2020-21".
    pub fn label(&self) -> String {
        format!("{} {}", self.measure.id(), self.period)
    }
}

/// A growth rate quoted without a figure to check it against.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// `None` where the speaker named no definition ("IT exports"), so the
    /// rate belongs to no series the widget draws.
    pub measure: Option<Measure>,
    pub period: Period,
    pub quoted_growth: QuotedGrowth,
    pub source: Text,
}

/// A figure from the articles that is not part of any series (a fee, a
/// count of cities); shown as context with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    /// Key of the fact's label in a words catalogue.
    pub id: &'static str,
    pub value: f64,
    pub source: Text,
}

/// All figures, their sources, and quotes that cannot be checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub records: Vec<Record>,
    pub claims: Vec<Claim>,
    pub facts: Vec<Fact>,
    /// Record index by (measure, period), so lookups stay O(1) with
    /// 100,000 records. Built by [`Dataset::new`]; the first record wins.
    #[serde(skip)]
    index: Map<(Measure, Period), usize>,
}

impl Dataset {
    pub fn new(
        sources: Vec<Source>,
        records: Vec<Record>,
        claims: Vec<Claim>,
        facts: Vec<Fact>,
    ) -> Dataset {
        let mut index = Map::with_capacity(records.len());
        for (i, r) in records.iter().enumerate() {
            index.or_insert((r.measure, r.period), i);
        }
        Dataset {
            sources,
            records,
            claims,
            facts,
            index,
        }
    }

    /// The figure for `measure` over exactly `period`.
    pub fn get(&self, measure: Measure, period: Period) -> Result<&Record> {
        let indexed = self
            .index
            .get(&(measure, period))
            .and_then(|&i| self.records.get(i))
            .filter(|r| r.measure == measure && r.period == period);
        // The index goes stale only if someone edits `records` in place
        // (tests do); fall back to a scan then.
        indexed
            .or_else(|| {
                self.records
                    .iter()
                    .find(|r| r.measure == measure && r.period == period)
            })
            .ok_or_else(|| missing(measure, period))
    }

    /// The source a record or quote cites.
    pub fn source(&self, id: &str) -> Result<&Source> {
        self.sources
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| Error::invalid("source", format!("no source with id \"{id}\"")))
    }

    /// The last month the series' figures (ICT and the narrow series) reach:
    /// the end of their latest period, as (year, month). What every chart
    /// stamps as "figures to", so the stamp moves when a month is added.
    pub fn figures_to(&self) -> Option<(u16, u8)> {
        let end = self
            .records
            .iter()
            .filter(|r| matches!(r.measure, Measure::Ict | Measure::ItItes))
            .filter(|r| !matches!(r.period, Period::Date { .. }))
            .filter_map(|r| r.period.span())
            .map(|s| s.end)
            .max()?;
        Some((u16::try_from(end / 12).ok()?, (end % 12 + 1) as u8))
    }

    /// Whole-fiscal-year figures of `measure`, oldest first.
    pub fn annual(&self, measure: Measure) -> Vec<&Record> {
        let mut out: Vec<&Record> = self
            .records
            .iter()
            .filter(|r| r.measure == measure && matches!(r.period, Period::FiscalYear { .. }))
            .collect();
        sort_records(&mut out);
        out
    }

    /// Monthly figures of `measure` in fiscal year `fy`, July first.
    pub fn months_of(&self, measure: Measure, fy: FiscalYear) -> Vec<&Record> {
        let mut out: Vec<&Record> = self
            .records
            .iter()
            .filter(|r| {
                r.measure == measure
                    && matches!(r.period, Period::Month { .. })
                    && r.period.fiscal_year() == Some(fy)
            })
            .collect();
        sort_records(&mut out);
        out
    }

    /// The record one year before `record`, same measure and span, if present.
    pub fn year_before(&self, record: &Record) -> Option<&Record> {
        if !matches!(record.period, Period::Date { .. }) {
            let base = record.period.year_before()?;
            return self.get(record.measure, base).ok();
        }
        // For dates, not equality: "October 2019" is the base of
        // "31 October 2020" though their days differ.
        self.records.iter().find(|r| {
            r.measure == record.measure
                && std::mem::discriminant(&r.period) == std::mem::discriminant(&record.period)
                && record.period.is_year_after(r.period)
        })
    }

    /// Checks the invariants every dataset must hold; the first problem found
    /// is returned, naming the record (`records[12].value`) and the reason.
    pub fn validate(&self) -> Result<()> {
        for (i, s) in self.sources.iter().enumerate() {
            if s.id.is_empty() {
                return Err(Error::invalid(format!("sources[{i}].id"), "is empty"));
            }
            if !(1..=2).contains(&s.layer) {
                return Err(Error::invalid(
                    format!("sources[{i}].layer"),
                    format!("{} is not 1 (source article) or 2 (public series)", s.layer),
                ));
            }
            if self.sources[..i].iter().any(|o| o.id == s.id) {
                return Err(Error::invalid(
                    format!("sources[{i}].id"),
                    format!("\"{}\" is used by an earlier source", s.id),
                ));
            }
        }
        let mut seen: Map<(Measure, Period), usize> = Map::with_capacity(self.records.len());
        for (i, r) in self.records.iter().enumerate() {
            seen.or_insert((r.measure, r.period), i);
            let at = |field: &str| format!("records[{i}].{field}");
            if !r.value.is_finite() {
                return Err(Error::invalid(
                    at("value"),
                    format!("{} is not a finite number", Plain(r.value)),
                ));
            }
            if r.value < 0.0 {
                return Err(Error::invalid(
                    at("value"),
                    format!(
                        "{} is negative; {} cannot be negative",
                        Num(r.value),
                        r.measure.id()
                    ),
                ));
            }
            if !r.tolerance.is_finite() || r.tolerance < 0.0 {
                return Err(Error::invalid(
                    at("tolerance"),
                    format!("{} must be zero or more", Plain(r.tolerance)),
                ));
            }
            self.source(&r.source).map_err(|_| {
                Error::invalid(
                    at("source"),
                    format!("cites unknown source \"{}\"", r.source),
                )
            })?;
            if let Some(q) = &r.quoted_growth {
                check_quote(q, &at("quotedGrowth"), self)?;
            }
            if let Some(first) = r.first_reported {
                if !first.is_finite() || first == r.value {
                    return Err(Error::invalid(
                        at("firstReported"),
                        format!(
                            "{} must be a finite value different from the revised value {}",
                            Plain(first),
                            Plain(r.value)
                        ),
                    ));
                }
            }
            let dup = seen.get(&(r.measure, r.period)).filter(|&&j| j < i);
            if let Some(&j) = dup.filter(|_| !r.measure.may_repeat()) {
                return Err(Error::invalid(
                    at("period"),
                    format!(
                        "{} duplicates records[{j}] ({})",
                        r.label(),
                        self.records[j].label()
                    ),
                ));
            }
        }
        for (i, c) in self.claims.iter().enumerate() {
            check_quote(&c.quoted_growth, &format!("claims[{i}].quotedGrowth"), self)?;
            self.source(&c.source)?;
        }
        for (i, f) in self.facts.iter().enumerate() {
            self.source(&f.source)
                .map_err(|e| Error::invalid(format!("facts[{i}].source"), e.to_string()))?;
        }
        Ok(())
    }
}

fn check_quote(q: &QuotedGrowth, at: &str, data: &Dataset) -> Result<()> {
    if !q.pct.is_finite() || q.pct <= -100.0 {
        return Err(Error::invalid(
            format!("{at}.pct"),
            format!("{} is not a growth rate above -100%", Plain(q.pct)),
        ));
    }
    if let Some(s) = &q.source {
        data.source(s).map_err(|_| {
            Error::invalid(
                format!("{at}.source"),
                format!("cites unknown source \"{s}\""),
            )
        })?;
    }
    Ok(())
}
