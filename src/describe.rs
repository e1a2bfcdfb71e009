//! What the page shows as text: the data table with each figure's growth,
//! definition and source, and the list of quoted-vs-computed checks.
//!
//! Rows are built here, in plain Rust, so that native tests can read exactly
//! what a reader will; the wasm boundary only serialises them.

use serde::Serialize;

use crate::data::{Dataset, Period, Record, Source};
use crate::growth::{self, Check};
use crate::text;

/// A source as the page cites it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    pub outlet: String,
    pub date: Option<String>,
    pub reference: String,
    /// "source article" or "public series (press reports)".
    pub layer: &'static str,
}

impl From<&Source> for Citation {
    fn from(s: &Source) -> Self {
        Citation {
            outlet: s.outlet.to_string(),
            date: s.date.as_ref().map(|d| d.to_string()),
            reference: s.reference.to_string(),
            layer: text::layer_label(s.layer),
        }
    }
}

/// One figure, formatted for the data table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub measure: &'static str,
    pub definition: &'static str,
    pub period: String,
    /// As precisely as reported, with unit: "$917.840m".
    pub value: String,
    /// The number itself, in the measure's unit, for sorting and export.
    pub value_raw: f64,
    /// Year-on-year growth computed from the dataset, where the base is in it.
    pub growth: Option<String>,
    /// The growth rate the source quoted, as quoted.
    pub quoted: Option<String>,
    /// Derived, revised, "over", and notes.
    pub flags: Vec<String>,
    pub source: Citation,
}

fn row(data: &Dataset, r: &Record) -> Row {
    let growth = data
        .year_before(r)
        .and_then(|base| growth::yoy(base, r).ok())
        .map(|g| text::pct(g, 1));
    let mut flags = Vec::new();
    if let Some(how) = &r.derivation {
        flags.push(format!("{}: {how}", text::table::DERIVED));
    }
    if let Some(first) = r.first_reported {
        flags.push(format!(
            "{} {}",
            text::table::REVISED,
            text::value_exact(first, r.measure.unit(), r.tolerance, r.qualifier)
        ));
    }
    if let Some(note) = &r.note {
        flags.push(note.to_string());
    }
    let source = data
        .source(&r.source)
        .map(Citation::from)
        .unwrap_or_else(|_| Citation {
            outlet: r.source.to_string(),
            date: None,
            reference: String::new(),
            layer: text::layer_label(0),
        });
    Row {
        measure: text::measure_name(r.measure),
        definition: r.measure.definition(),
        period: text::period_label(r.period),
        value: text::value_exact(r.value, r.measure.unit(), r.tolerance, r.qualifier),
        value_raw: r.value,
        growth,
        quoted: r
            .quoted_growth
            .as_ref()
            .map(|q| text::pct_quoted(q.pct, q.decimals)),
        flags,
        source,
    }
}

/// Every record as a table row, grouped by measure, then by period.
pub fn table(data: &Dataset) -> Vec<Row> {
    let mut records: Vec<&Record> = data.records.iter().collect();
    records.sort_by_key(|r| (r.measure, period_rank(r.period), r.period.sort_key()));
    records.into_iter().map(|r| row(data, r)).collect()
}

/// Whole years first, then spans, months and dates, so a table reads in blocks.
fn period_rank(p: Period) -> u8 {
    match p {
        Period::FiscalYear { .. } => 0,
        Period::FiscalYears { .. } => 1,
        Period::FiscalSpan { .. } => 2,
        Period::Month { .. } => 3,
        Period::Date { .. } => 4,
        Period::Open => 5,
    }
}

/// One quoted-vs-computed check, formatted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckRow {
    /// What was compared: "ICT services, Jul-Feb FY2020-21 vs Jul-Feb FY2019-20".
    pub what: String,
    pub quoted: String,
    pub computed: String,
    /// "exact", "rounding", "doesNotReproduce" or "unchecked": for styling.
    pub verdict_id: &'static str,
    /// The verdict in words.
    pub verdict: String,
    pub source: Citation,
}

fn cite(data: &Dataset, id: &str) -> Citation {
    data.source(id)
        .map(Citation::from)
        .unwrap_or_else(|_| Citation {
            outlet: id.to_string(),
            date: None,
            reference: String::new(),
            layer: text::layer_label(0),
        })
}

fn verdict_id(v: growth::Verdict) -> &'static str {
    match v {
        growth::Verdict::Exact => "exact",
        growth::Verdict::Rounding => "rounding",
        growth::Verdict::DoesNotReproduce => "doesNotReproduce",
    }
}

/// Every check of the dataset, formatted for the page.
pub fn check_rows(data: &Dataset) -> Vec<CheckRow> {
    growth::checks(data)
        .into_iter()
        .map(|c| match c {
            Check::Quote {
                measure,
                period,
                base_period,
                result,
                source,
            } => {
                // Computed to at least one decimal, so "+11.2%" is not hidden as "+11%".
                let decimals = usize::from(result.quoted_decimals.max(1));
                CheckRow {
                    what: format!(
                        "{}, {} vs {}",
                        text::measure_name(measure),
                        text::period_label(period),
                        text::period_label(base_period)
                    ),
                    quoted: text::pct_quoted(result.quoted_pct, result.quoted_decimals),
                    computed: text::pct(result.computed_pct, decimals),
                    verdict_id: verdict_id(result.verdict),
                    verdict: format!(
                        "{}; the quoted rate implies a base of {}",
                        text::verdict_label(result.verdict),
                        text::value_exact(
                            result.implied_base,
                            measure.unit(),
                            0.05,
                            Default::default()
                        )
                    ),
                    source: cite(data, &source),
                }
            }
            Check::Sum {
                measure,
                period,
                result,
                source,
            } => CheckRow {
                what: format!(
                    "{}, {}: reported total vs sum of months",
                    text::measure_name(measure),
                    text::period_label(period)
                ),
                quoted: text::value_exact(result.reported, measure.unit(), 0.5, Default::default()),
                computed: text::value_exact(
                    result.computed,
                    measure.unit(),
                    0.5,
                    Default::default(),
                ),
                verdict_id: verdict_id(result.verdict),
                verdict: text::verdict_label(result.verdict).to_string(),
                source: cite(data, &source),
            },
            Check::Unchecked {
                measure,
                period,
                quoted_pct,
                reason,
                source,
            } => CheckRow {
                what: format!(
                    "{}, {}",
                    text::measure_name(measure),
                    text::period_label(period)
                ),
                quoted: text::pct(quoted_pct, 0),
                computed: text::table::NO_GROWTH.to_string(),
                verdict_id: "unchecked",
                verdict: format!("{}: {reason}", text::UNCHECKED),
                source: cite(data, &source),
            },
        })
        .collect()
}
