//! What the page shows as text: the data table with each figure's growth,
//! definition and source, and the list of quoted-vs-computed checks.
//!
//! Rows are built here, in plain Rust, so that native tests can read exactly
//! what a reader will; the wasm boundary only serialises them.

use serde::Serialize;

use crate::chart;
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

/// The words around a chart: its title, a one-line takeaway computed from
/// the data, and a source line naming the publications of what it drew.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartText {
    pub title: String,
    pub takeaway: String,
    pub source: String,
    pub definitions: String,
}

/// A publication as a source line names it: "Business Recorder, spring 2021"
/// for a source article, the outlet alone for the public series.
fn citation_name(s: &Source) -> String {
    match (&s.date, s.layer) {
        (Some(d), 1) => format!("{}, {d}", s.outlet),
        _ => s.outlet.to_string(),
    }
}

/// Title, takeaway and source line for `options.chart`; `layout` is what the
/// chart drew, whose marks name the records to cite.
pub fn chart_text(
    data: &Dataset,
    options: &chart::Options,
    layout: &chart::Layout,
) -> crate::Result<ChartText> {
    use crate::data::{FiscalYear, Measure};
    use chart::ChartKind;
    let takeaway = match options.chart {
        ChartKind::Annual => {
            let ict = data.annual(Measure::Ict);
            let (Some(first), Some(last)) = (ict.first(), ict.last()) else {
                return Err(crate::Error::EmptySpan("no annual ICT figures".into()));
            };
            let cagr = growth::cagr_between(first, last)?;
            let falls: Vec<(Period, f64)> = ict
                .iter()
                .filter_map(|r| Some((r.period, growth::yoy(data.year_before(r)?, r).ok()?)))
                .filter(|(_, g)| *g < 0.0)
                .collect();
            text::takeaway::annual(first, last, cagr, &falls)
        }
        ChartKind::Growth => {
            let ict = data.annual(Measure::Ict);
            let rates: Vec<(Period, f64)> = ict
                .iter()
                .filter_map(|r| Some((r.period, growth::yoy(data.year_before(r)?, r).ok()?)))
                .collect();
            let peak = rates.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1));
            let latest = rates.last().copied();
            let (Some(peak), Some(latest)) = (peak, latest) else {
                return Err(crate::Error::EmptySpan("no annual growth rates".into()));
            };
            let quoted: Vec<(Period, growth::QuoteCheck)> = growth::checks(data)
                .into_iter()
                .filter_map(|c| match c {
                    growth::Check::Quote {
                        period: p @ Period::FiscalYear { .. },
                        result,
                        ..
                    } => Some((p, result)),
                    _ => None,
                })
                .collect();
            text::takeaway::growth(peak, latest, &quoted)
        }
        ChartKind::Compared => {
            let verdicts: Vec<growth::Verdict> = chart::compared_pairs(data)?
                .iter()
                .map(|p| p.check.verdict)
                .collect();
            text::takeaway::compared(&verdicts)
        }
        ChartKind::Monthly => {
            let [a, b] = chart::monthly_years(data)?;
            let (ma, mb) = (
                data.months_of(Measure::Ict, a),
                data.months_of(Measure::Ict, b),
            );
            if options.cumulative {
                let total = |fy: FiscalYear| {
                    growth::sum_months(data, Measure::Ict, Period::FiscalYear { fy })
                };
                let reported = data
                    .get(Measure::Ict, Period::FiscalYear { fy: b })
                    .ok()
                    .map(|r| r.value);
                text::takeaway::monthly_cumulative(a, total(a)?, b, total(b)?, reported)
            } else {
                let pairs: Vec<(Period, f64, f64)> = ma
                    .iter()
                    .zip(&mb)
                    .map(|(x, y)| (y.period, x.value, y.value))
                    .collect();
                text::takeaway::monthly(a, b, &pairs)
            }
        }
        ChartKind::Targets => {
            let lines = chart::target_lines(data, options.target_reading)?;
            let parts: Vec<String> = lines.iter().map(|l| l.note()).collect();
            text::takeaway::targets(&parts)
        }
    };
    // Cite every publication whose figures the chart drew.
    let mut outlets: Vec<String> = Vec::new();
    for m in &layout.marks {
        let Ok(r) = data.get(m.measure, m.period) else {
            continue;
        };
        let ids = std::iter::once(r.source.as_ref())
            .chain(r.quoted_growth.as_ref().and_then(|q| q.source.as_deref()));
        for id in ids {
            if let Ok(s) = data.source(id) {
                let name = citation_name(s);
                if !outlets.contains(&name) {
                    outlets.push(name);
                }
            }
        }
    }
    if options.chart == chart::ChartKind::Targets {
        for r in data
            .records
            .iter()
            .filter(|r| matches!(r.measure, Measure::ExportTarget | Measure::ExportPotential))
        {
            if let Ok(s) = data.source(&r.source) {
                let name = citation_name(s);
                if !outlets.contains(&name) {
                    outlets.push(name);
                }
            }
        }
    }
    Ok(ChartText {
        title: text::chart_title(options.chart).to_string(),
        takeaway,
        source: text::source_line(&outlets),
        definitions: text::DEFINITIONS.to_string(),
    })
}

/// One row of a chart's data table: a point the chart drew, with its unit,
/// definition and source.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PointRow {
    pub series: String,
    pub period: String,
    /// Formatted with unit: "$3,810m", "+18.2%".
    pub value: String,
    pub value_raw: f64,
    pub unit: &'static str,
    pub derived: bool,
    pub definition: &'static str,
    pub source: String,
}

/// The points a chart drew, in drawing order, ready for a table or a CSV.
pub fn chart_rows(
    data: &Dataset,
    options: &chart::Options,
    layout: &chart::Layout,
) -> Vec<PointRow> {
    layout
        .marks
        .iter()
        .map(|m| point_row(data, options, m))
        .collect()
}

fn point_row(data: &Dataset, options: &chart::Options, m: &chart::Mark) -> PointRow {
    let is_rate = options.chart == chart::ChartKind::Growth;
    let record = data.get(m.measure, m.period).ok();
    let quoted_source = record
        .and_then(|r| r.quoted_growth.as_ref())
        .and_then(|q| q.source.as_deref());
    let source_id = match (is_rate && m.series == text::chart::QUOTED, record) {
        (true, Some(r)) => quoted_source.unwrap_or(&r.source),
        (_, Some(r)) => &r.source,
        (_, None) => "",
    };
    let (value, unit) = if is_rate {
        (text::pct(m.value, 1), text::UNIT_PERCENT)
    } else {
        (
            text::value_whole(m.value, m.measure.unit()),
            text::unit_label(m.measure.unit()),
        )
    };
    PointRow {
        series: m.series.clone(),
        period: text::period_label(m.period),
        value,
        value_raw: m.value,
        unit,
        derived: m.derived,
        definition: m.measure.definition(),
        source: data
            .source(source_id)
            .map(citation_name)
            .unwrap_or_default(),
    }
}

/// What a tooltip and the keyboard's live region say about one point.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PointInfo {
    pub index: usize,
    pub series: String,
    pub period: String,
    /// With unit: "$3,810m", "+18.2%".
    pub value: String,
    /// Year-on-year growth of this figure, where the dataset has its base.
    pub growth: Option<String>,
    pub definition: &'static str,
    pub source: String,
    /// Derived, revised or a running total: how to read the value.
    pub note: Option<String>,
    pub rect: chart::Rect,
    /// One sentence for screen readers.
    pub announce: String,
}

/// Details of mark `index` of `layout`, or `None` past the last mark.
pub fn point_info(
    data: &Dataset,
    options: &chart::Options,
    layout: &chart::Layout,
    index: usize,
) -> Option<PointInfo> {
    let m = layout.marks.get(index)?;
    let row = point_row(data, options, m);
    let record = data.get(m.measure, m.period).ok();
    // A drawn value that is not the record's own (a running total, an
    // implied base, a growth rate) gets no year-on-year growth of its own.
    let own_value =
        record.is_some_and(|r| r.value == m.value) && options.chart != chart::ChartKind::Growth;
    let growth = record.filter(|_| own_value).and_then(|r| {
        let base = data.year_before(r)?;
        let g = growth::yoy(base, r).ok()?;
        Some(text::point::growth(g, base.period))
    });
    let note = if options.chart == chart::ChartKind::Growth {
        None
    } else if record.is_some_and(|r| r.value != m.value) {
        Some(text::point::RUNNING_OR_IMPLIED.to_string())
    } else {
        record.and_then(|r| match (&r.derivation, r.first_reported) {
            (Some(how), _) => Some(format!("{}: {how}", text::table::DERIVED)),
            (None, Some(first)) => Some(format!(
                "{} {}",
                text::table::REVISED,
                text::value_whole(first, r.measure.unit())
            )),
            _ => None,
        })
    };
    let announce = text::point::announce(
        &row.series,
        &row.period,
        &row.value,
        growth.as_deref(),
        &row.source,
    );
    Some(PointInfo {
        index,
        series: row.series,
        period: row.period,
        value: row.value,
        growth,
        definition: row.definition,
        source: row.source,
        note,
        rect: m.rect,
        announce,
    })
}

/// The chart for a screen reader: what kind of chart, each series from
/// first to last with its highest and lowest, the fastest and slowest year
/// where growth is shown, and the takeaway.
pub fn chart_description(
    data: &Dataset,
    options: &chart::Options,
    layout: &chart::Layout,
) -> crate::Result<String> {
    let rows = chart_rows(data, options, layout);
    let mut parts = vec![text::describe::intro(options.chart, options.cumulative).to_string()];
    let mut series: Vec<&str> = Vec::new();
    for r in &rows {
        if !series.contains(&r.series.as_str()) {
            series.push(&r.series);
        }
    }
    for name in series {
        let points: Vec<&PointRow> = rows.iter().filter(|r| r.series == name).collect();
        let (Some(first), Some(last)) = (points.first(), points.last()) else {
            continue;
        };
        let high = points
            .iter()
            .max_by(|a, b| a.value_raw.total_cmp(&b.value_raw))
            .unwrap_or(first);
        let low = points
            .iter()
            .min_by(|a, b| a.value_raw.total_cmp(&b.value_raw))
            .unwrap_or(first);
        parts.push(text::describe::series(
            name,
            first,
            last,
            high,
            low,
            points.len(),
        ));
    }
    if options.chart == chart::ChartKind::Annual {
        let ict = data.annual(crate::data::Measure::Ict);
        let rates: Vec<(Period, f64)> = ict
            .iter()
            .filter_map(|r| Some((r.period, growth::yoy(data.year_before(r)?, r).ok()?)))
            .collect();
        let fast = rates.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        let slow = rates.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        if let (Some(f), Some(s)) = (fast, slow) {
            parts.push(text::describe::fastest_slowest(*f, *s));
        }
    }
    parts.push(chart_text(data, options, layout)?.takeaway);
    Ok(parts.join(" "))
}

/// The chart's points as CSV (RFC 4180): one row per point, with unit,
/// definition and source.
pub fn chart_csv(data: &Dataset, options: &chart::Options, layout: &chart::Layout) -> String {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut out = text::CSV_HEADER.join(",");
    out.push_str("\r\n");
    for r in chart_rows(data, options, layout) {
        let cells = [
            field(&r.series),
            field(&r.period),
            text::Plain(r.value_raw).to_string(),
            field(r.unit),
            if r.derived { "yes".into() } else { "no".into() },
            field(r.definition),
            field(&r.source),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// How much of a dataset a chart drew.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DataReport {
    pub records: usize,
    pub shown: usize,
    /// Labels of figures not drawn ("ict Jul 2025"), at most 20.
    pub not_shown: Vec<String>,
}

/// Which of the dataset's figures `layout` did not draw.
pub fn data_report(data: &Dataset, layout: &chart::Layout) -> DataReport {
    let drawn: std::collections::HashSet<(crate::data::Measure, Period)> =
        layout.marks.iter().map(|m| (m.measure, m.period)).collect();
    let missing: Vec<&Record> = data
        .records
        .iter()
        .filter(|r| !drawn.contains(&(r.measure, r.period)))
        .collect();
    DataReport {
        records: data.records.len(),
        shown: data.records.len() - missing.len(),
        not_shown: missing.iter().take(20).map(|r| r.label()).collect(),
    }
}
