//! Everything a reader gets as text, worded by a catalogue: the dataset's
//! table and its quote checks, and for a chart its title, takeaway and
//! source line, its points as rows and CSV, its screen-reader description,
//! a point's tooltip, how much of the data it shows, and its controls.
//!
//! A chart's text comes from its [`ChartModel`], not from a drawing, so a
//! build step or Node can have it without a canvas. Rows are built in plain
//! Rust so native tests read exactly what a reader will; the wasm boundary
//! only serialises them.

use serde::Serialize;

use crate::chart::{Layout, Rect};
use crate::data::{Dataset, Period, Record, Release, Source};
use crate::error::Joined;
use crate::ids::{ChartKind, Choice, Label, Message, OptionId, SeriesId};
use crate::model::{self, ChartModel, Point};
use crate::words::Catalogue;
// Methods on a concrete `Catalogue` (every build but the full Urdu one, a `dyn Words`) need the trait.
#[cfg(not(all(feature = "ur", feature = "full")))]
use crate::words::Words;
// The dataset's tables, CSV and data report: the builds that read custom data.
#[cfg(feature = "full")]
use crate::{
    data::{sort_records, Measure},
    error::Plain,
    growth::{self, Check},
};

/// A source as the page cites it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    pub outlet: String,
    pub date: Option<String>,
    pub reference: String,
    /// "source article" or "public series (secondary sources)".
    pub layer: &'static str,
}

#[cfg(feature = "full")]
/// The citation of source `id`; an unknown id is cited as itself.
fn cite(data: &Dataset, id: &str, words: &Catalogue) -> Citation {
    match data.source(id) {
        Ok(s) => Citation {
            outlet: words.outlet(&s.outlet),
            date: s.date.as_ref().map(|d| words.date(d)),
            reference: s.reference.to_string(),
            layer: words.layer(s.layer),
        },
        Err(_) => Citation {
            outlet: id.to_string(),
            date: None,
            reference: String::new(),
            layer: words.layer(0),
        },
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

#[cfg(feature = "full")]
fn row(data: &Dataset, r: &Record, words: &Catalogue) -> Row {
    let mut flags = Vec::new();
    if let Some(how) = &r.derivation {
        flags.push(format!("{}: {}", words.derived(), words.data_text(how)));
    }
    if let Some(first) = r.first_reported {
        flags.push(format!(
            "{} {}",
            words.revised(),
            words.value_exact(first, r.measure.unit(), r.tolerance, r.qualifier)
        ));
    }
    match r.release {
        Release::Reported => {}
        Release::First => flags.push(words.label(Label::FirstReleaseFlag).to_string()),
        Release::Provisional => flags.push(words.label(Label::Provisional).to_string()),
    }
    if let Some(note) = &r.note {
        flags.push(words.data_text(note));
    }
    Row {
        measure: words.measure_name(r.measure),
        definition: words.definition(r.measure),
        period: words.period(r.period),
        value: words.value_exact(r.value, r.measure.unit(), r.tolerance, r.qualifier),
        value_raw: r.value,
        // Not a target's or a potential's "growth" on the one before: the
        // $5bn target's "+19.0%" read as growth the figures never had.
        growth: growth::yoy_in(data, r)
            .filter(|_| !matches!(r.measure, Measure::ExportTarget | Measure::ExportPotential))
            .map(|(_, g)| words.pct_text(g, 1)),
        quoted: r
            .quoted_growth
            .as_ref()
            .map(|q| words.pct_text(q.pct, usize::from(q.decimals))),
        flags,
        source: cite(data, &r.source, words),
    }
}

#[cfg(feature = "full")]
/// Every record as a table row, grouped by measure, then by period.
pub fn table(data: &Dataset, words: &Catalogue) -> Vec<Row> {
    let mut records: Vec<&Record> = data.records.iter().collect();
    // (measure, period) is unique in a valid dataset, so order among equal
    // keys does not arise.
    sort_records(&mut records);
    records.into_iter().map(|r| row(data, r, words)).collect()
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

#[cfg(feature = "full")]
/// Every check of the dataset, formatted for the page.
pub fn check_rows(data: &Dataset, words: &Catalogue) -> Vec<CheckRow> {
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
                    what: words.check_what(measure, period, base_period),
                    quoted: words.pct_text(result.quoted_pct, usize::from(result.quoted_decimals)),
                    computed: words.pct_text(result.computed_pct, decimals),
                    verdict_id: result.verdict.id(),
                    verdict: {
                        let revision = result.revision().map(|(from, to)| {
                            words.message(&Message::BaseRevision {
                                base: base_period,
                                from,
                                to,
                                quoted: result.quoted_base.is_some(),
                            })
                        });
                        words.verdict_implied(
                            result.verdict,
                            &words.value_exact(
                                result.implied_base,
                                measure.unit(),
                                0.05,
                                Default::default(),
                            ),
                            revision.as_deref(),
                        )
                    },
                    source: cite(data, &source, words),
                }
            }
            Check::Sum {
                measure,
                period,
                result,
                source,
            } => CheckRow {
                what: words.sum_what(measure, period),
                quoted: words.value_exact(result.reported, measure.unit(), 0.5, Default::default()),
                computed: words.value_exact(
                    result.computed,
                    measure.unit(),
                    0.5,
                    Default::default(),
                ),
                verdict_id: result.verdict.id(),
                verdict: words.verdict(result.verdict).to_string(),
                source: cite(data, &source, words),
            },
            Check::Unchecked {
                measure,
                period,
                quoted_pct,
                reason,
                source,
            } => CheckRow {
                what: words.point_head(
                    measure.map_or(words.label(Label::NoDefinition), |m| words.measure_name(m)),
                    &words.period(period),
                ),
                quoted: words.pct_text(quoted_pct, 0),
                computed: words.no_growth().to_string(),
                verdict_id: "unchecked",
                verdict: words.labelled(
                    words.unchecked(),
                    &reason.as_deref().map_or_else(
                        || words.label(Label::NoFigureNoDefinition).to_string(),
                        |r| words.unchecked_reason(r),
                    ),
                ),
                source: cite(data, &source, words),
            },
        })
        .collect()
}

/// The words around a chart: its title, a one-line takeaway computed from
/// the data, and a source line naming the publications of what it shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartText {
    pub title: String,
    pub takeaway: String,
    /// The sources, then how far the figures go ("Figures to February
    /// 2026."), so that every place a source line goes carries the stamp.
    pub source: String,
    pub definitions: String,
    /// How far the figures go, on its own.
    pub figures_to: String,
}

/// "Figures to February 2026.", from the data's last month; empty for data
/// with no dated series.
pub fn figures_to(model: &ChartModel, words: &Catalogue) -> String {
    model
        .figures_to
        .map(|(year, month)| words.message(&Message::FiguresTo { year, month }))
        .unwrap_or_default()
}

/// A publication as a source line names it: "Business Recorder, spring 2021"
/// for a source article, the outlet alone for the public series.
fn citation_name(s: &Source, words: &Catalogue) -> String {
    let outlet = words.outlet(&s.outlet);
    match (&s.date, s.layer) {
        (Some(d), 1) => words.citation(&outlet, d),
        _ => outlet,
    }
}

/// `names` with each outlet named once, the first cited first: a name
/// repeated, or one that another name lists (the monthly series' compiled
/// source, "Business Recorder, ProPakistani, PhoneWorld, UrduPoint, DND",
/// names outlets that also have sources of their own), is left out, so a
/// source line does not name Business Recorder twice.
fn each_once(names: Vec<String>) -> Vec<String> {
    // Bytes, not `str::split(',')`, whose searcher links core's memchr
    // into the first-draw wasm for this and one other split (-0.2 KB gzip).
    let listed_in = |name: &str, other: &str| {
        other != name
            && other
                .as_bytes()
                .split(|b| *b == b',')
                .any(|part| part.trim_ascii_start() == name.as_bytes())
    };
    let mut out: Vec<String> = Vec::new();
    for name in &names {
        if !out.contains(name) && !names.iter().any(|other| listed_in(name, other)) {
            out.push(name.clone());
        }
    }
    out
}

/// Title, takeaway and source line of `model`.
pub fn chart_text(data: &Dataset, model: &ChartModel, words: &Catalogue) -> ChartText {
    let outlets = each_once(
        model
            .cited
            .iter()
            .filter_map(|id| data.source(id).ok())
            .map(|s| citation_name(s, words))
            .collect(),
    );
    let stamp = figures_to(model, words);
    let source = words.source_line(&outlets);
    ChartText {
        title: words.message(&model.title),
        takeaway: words.message(&model.takeaway),
        source: [source, stamp.clone()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .joined(" "),
        definitions: words.definitions().to_string(),
        figures_to: stamp,
    }
}

/// One row of a chart's data table: a point the chart draws, with its unit,
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
    /// The span a summed value adds up (a running total's months so far),
    /// where a total reported for the same span may differ by the
    /// months' rounding.
    #[serde(skip)]
    pub summed: Option<Period>,
}

/// The points of `model`, in drawing order, ready for a table or a CSV.
pub fn chart_rows(data: &Dataset, model: &ChartModel, words: &Catalogue) -> Vec<PointRow> {
    model
        .points
        .iter()
        .map(|p| point_row(data, model, p, words))
        .collect()
}

fn point_row(data: &Dataset, model: &ChartModel, p: &Point, words: &Catalogue) -> PointRow {
    let record = data.get(p.measure, p.period).ok();
    let quote = record
        .and_then(|r| r.quoted_growth.as_ref())
        .filter(|_| p.series == SeriesId::Quoted);
    let source_id = match (quote, record) {
        (Some(q), Some(r)) => q.source.as_deref().unwrap_or(&r.source),
        (_, Some(r)) => &r.source,
        (_, None) => "",
    };
    let (value, unit) = if model.rates {
        // A quoted rate to the places it was quoted: a report's "13%" is
        // not "+13.0%", a precision it never gave.
        let places = quote.map_or(1, |q| q.decimals.into());
        (words.pct_text(p.value, places), words.unit_percent())
    } else {
        (
            words.value_whole(p.value, p.measure.unit()),
            words.unit(p.measure.unit()),
        )
    };
    // A value summed from months (the running year, the same months a year
    // earlier, a year to date) cites the months it adds, not a reported
    // total it may differ from. Only such a value looks for them: a hover
    // over any other point (this row is its tooltip's) does no summing.
    let own = record.is_some_and(|r| own_figure(model, p, r));
    // The running year's rate is computed over its months (their sum on
    // the same months a year before), not from the total reported beside
    // it at a rate of its own: it cites the months too.
    let running_rate = model.rates && p.derived && matches!(p.period, Period::FiscalSpan { .. });
    // A running total of whole years (the targets' three-year sum) cites the
    // years it adds: under its last year it credited that year's outlet.
    let summed = (running_rate || !(own || model.rates))
        .then(|| summed(data, p, words, !running_rate))
        .flatten();
    // And it is named by the span it adds, not the period it is drawn at:
    // "FY2021-22, $4,727m" read as FY2021-22's own figure ($2,619m).
    let (source, period, summed) = match summed {
        Some((outlets, years, span)) => (words.summed_sources(&outlets, years), span, Some(span)),
        None => (
            data.source(source_id)
                .map(|s| citation_name(s, words))
                .unwrap_or_default(),
            p.period,
            None,
        ),
    };
    PointRow {
        series: words.series(p.series),
        period: words.period(period),
        value,
        value_raw: p.value,
        unit,
        // A value computed from others (a running total, a sum of months)
        // is derived, whatever the record it is drawn at says of its own.
        derived: p.derived || !(own || model.rates),
        definition: words.definition(p.measure),
        source,
        summed,
    }
}

/// Whether `p` draws its record `r`'s own figure: equal to it, and not a
/// monthly running total past its year's first month, which equals its
/// month's figure when the months before it are zero and was then said to
/// be that month's, with that month's growth. Only custom data (the full
/// builds') can have such months; the built-in figures have none.
fn own_figure(model: &ChartModel, p: &Point, r: &Record) -> bool {
    if !cfg!(feature = "full") {
        return r.value == p.value;
    }
    let running = match (&model.detail, p.period) {
        (model::Detail::Monthly(d), Period::Month { month, .. }) => {
            d.cumulative && crate::data::fiscal_month_index(month) > 1
        }
        _ => false,
    };
    r.value == p.value && !running
}

/// The outlets of the monthly figures that add up to `p`'s value: the
/// months of its fiscal span, or of its fiscal year to its month (a
/// running total), first cited first; else of the whole years that add up
/// to it, a running total that ends in its fiscal year (the targets'
/// three-year sum: under its last year it credited that year's outlet),
/// with `true`; and the span they cover ("Jul\u{2013}Aug FY2024-25",
/// "FY2020-21 to FY2021-22"). `None` if neither adds up to it (a year the
/// data has only some months of). `adds_up`: false for a rate over those
/// months, which is not their sum.
fn summed(
    data: &Dataset,
    p: &Point,
    words: &Catalogue,
    adds_up: bool,
) -> Option<(Vec<String>, bool, Period)> {
    let (fy, first, last) = match p.period {
        Period::FiscalSpan { fy, first, last } => (fy, first, last),
        Period::FiscalYear { fy } => (fy, 1, 12),
        Period::Month { year, month } => (
            crate::data::FiscalYear::of_month(year, month),
            1,
            crate::data::fiscal_month_index(month),
        ),
        _ => return None,
    };
    let mut outlets: Vec<String> = Vec::new();
    let mut sum = 0.0;
    for r in data.months_of(p.measure, fy) {
        let Period::Month { month, .. } = r.period else {
            continue;
        };
        if !(first..=last).contains(&crate::data::fiscal_month_index(month)) {
            continue;
        }
        sum += r.value;
        if let Ok(source) = data.source(&r.source) {
            outlets.push(citation_name(source, words));
        }
    }
    // Summed in the order the models sum months (fiscal order), so a total
    // of these months is equal to the bit: no margin (+35 bytes of wasm).
    let years = outlets.is_empty() || (sum != p.value && adds_up);
    let mut span = Period::fy_months(fy, first, last);
    if years {
        if last != 12 {
            return None;
        }
        outlets.clear();
        sum = 0.0;
        let mut year = fy.0;
        // Whole millions, summed from the last year back: within a margin.
        while (sum - p.value).abs() > 1e-6 {
            let r = data.get(p.measure, Period::fy(year)).ok()?;
            sum += r.value;
            if let Ok(source) = data.source(&r.source) {
                outlets.insert(0, citation_name(source, words));
            }
            year = year.checked_sub(1)?;
        }
        // The loop stopped a year before the first it added.
        let first = crate::data::FiscalYear(year + 1);
        span = if first == fy {
            Period::FiscalYear { fy }
        } else {
            Period::FiscalYears { first, last: fy }
        };
    }
    Some((each_once(outlets), years, span))
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
    pub rect: Rect,
    /// One sentence for screen readers.
    pub announce: String,
    /// The tooltip's first line, "ICT services, FY2024-25".
    pub head: String,
    /// The tooltip's further lines, each labelled and worded (growth, note,
    /// definition, source); `head` and these are all a tooltip shows.
    pub lines: Vec<String>,
}

/// Details of point `index` of `model`, drawn as `layout`'s mark `index`,
/// or `None` past the last.
pub fn point_info(
    data: &Dataset,
    model: &ChartModel,
    layout: &Layout,
    index: usize,
    words: &Catalogue,
) -> Option<PointInfo> {
    let mark = layout.marks.get(index)?;
    point_at(data, model, index, mark.rect, words)
}

/// Details of point `index` of `model`, drawn at `rect`. Its words depend
/// on the model alone, not on the drawing: [`prepared_described`] words
/// every point of the built-in charts at build time from here.
fn point_at(
    data: &Dataset,
    model: &ChartModel,
    index: usize,
    rect: Rect,
    words: &Catalogue,
) -> Option<PointInfo> {
    let p = model.points.get(index)?;
    let row = point_row(data, model, p, words);
    let record = data.get(p.measure, p.period).ok();
    // A drawn value that is not the record's own (a running total, an
    // implied base, a growth rate) gets no year-on-year growth of its own.
    let own = record.filter(|r| own_figure(model, p, r) && !model.rates);
    // A comparison's current figure (its pair's second bar): the pair's
    // growth, from the bar beside it (a reported total's own growth may be
    // none: the running year's is over its months), with the quoted rate
    // and whether it reproduces, which the canvas draws beside the bars
    // and screen readers, the tooltip and the data table had no word of.
    let pair = match &model.detail {
        model::Detail::Compared(d) if index % 2 == 1 => d
            .pairs
            .get(index / 2)
            .map(|pair| (pair.check, model.points[index - 1].period)),
        _ => None,
    };
    // A rate quoted in reports on the growth chart: the rate computed for
    // the same year and whether the quote reproduces, as a comparison's
    // says. Its diamond is drawn over the computed dot, which a tap on it
    // no longer reaches (the mark on top is picked), so its tooltip said
    // "+13%" and never that +13.7% was computed (a second sweep).
    let quoted = || {
        if model.kind != ChartKind::Growth || p.series != SeriesId::Quoted {
            return None;
        }
        let current = record?;
        let base = data.year_before(current)?;
        let check = crate::growth::check_quote(base, current, current.quoted_growth.as_ref()?);
        Some((check.ok()?, base.period))
    };
    // A checked quote's rate to as many places as the quote, as the canvas
    // draws it: "+43.6% ...; quoted +43.55%: reproduces exactly" read as
    // a contradiction (a copy editor's reading).
    let growth = match pair.or_else(quoted) {
        Some((check, base)) => Some(words.growth_and_verdict(
            &words.growth_on(
                check.computed_pct,
                usize::from(check.quoted_decimals.max(1)),
                base,
            ),
            &words.message_said(&model::compared::verdict_of(&check)),
        )),
        None => own
            .and(model.point_growth.get(index).copied().flatten())
            .map(|(base, g)| words.growth_on(g, 1, base)),
    };
    let note = if model.rates {
        None
    } else if own.is_none() && record.is_some() {
        // A sum of rounded months beside the total reported for the same
        // months says both: FY2024-25's months add up to $3,809m, its
        // reported total (the annual chart's bar) is $3,810m.
        let reported = row
            .summed
            .and_then(|span| data.get(p.measure, span).ok())
            .filter(|r| (r.value - p.value).abs() >= 0.5);
        Some(match reported {
            Some(r) => words.sum_beside_reported(
                &words.value_whole(r.value, r.measure.unit()),
                crate::growth::within_rounding(p.value, r),
            ),
            None => words.running_or_implied().to_string(),
        })
    } else {
        record.and_then(|r| match (&r.derivation, r.first_reported, r.release) {
            (Some(how), _, _) => Some(words.labelled(words.derived(), &words.data_text(how))),
            (None, Some(first), _) => Some(format!(
                "{} {}",
                words.revised(),
                words.value_whole(first, r.measure.unit())
            )),
            (None, None, Release::First) => Some(words.label(Label::FirstReleaseFlag).into()),
            (None, None, Release::Provisional) => Some(words.label(Label::Provisional).into()),
            _ => None,
        })
    };
    // A month's running total names its fiscal year already ("Jul–Apr
    // FY2024-25"): the year's series is not said again before it.
    let head = if matches!(p.series, SeriesId::Year(_)) && own.is_none() {
        row.period.clone()
    } else {
        words.point_head(&row.series, &row.period)
    };
    let announce = words.announce(&head, &row.value, growth.as_deref(), &row.source);
    let ui = words.ui();
    let mut lines = Vec::new();
    if let Some(g) = &growth {
        lines.push(words.labelled(ui.growth, g));
    }
    if let Some(n) = &note {
        lines.push(n.clone());
    }
    lines.push(words.labelled(ui.definition, row.definition));
    if !row.source.is_empty() {
        lines.push(words.labelled(ui.source, &row.source));
    }
    Some(PointInfo {
        index,
        head,
        lines,
        series: row.series,
        period: row.period,
        value: row.value,
        growth,
        definition: row.definition,
        source: row.source,
        note,
        rect,
        announce,
    })
}

/// The chart for a screen reader: what kind of chart, each series from
/// first to last with its highest and lowest, further figures the chart
/// calls for (the fastest and slowest year), how far the figures go, and,
/// with `takeaway`, the takeaway. A widget that shows its takeaway above
/// the chart leaves it out, so a screen reader does not read it twice.
pub fn chart_description(
    data: &Dataset,
    model: &ChartModel,
    words: &Catalogue,
    takeaway: bool,
) -> String {
    let rows = chart_rows(data, model, words);
    let mut parts = vec![words.message(&model.intro)];
    let mut series: Vec<SeriesId> = Vec::new();
    // The comparisons are pairs, each on its own scale, of unlike periods
    // (quarters, months, eight-month totals): no series of them is a trend
    // to run "from $315m in Q1 FY2019-20 to $365m in Feb 2026; highest
    // $2,970m in Jul-Feb" (found by an audit of the figures). Each pair is
    // read point by point, and the takeaway counts them.
    let trends: &[Point] = if model.kind == ChartKind::Compared {
        &[]
    } else {
        &model.points
    };
    for p in trends {
        if !series.contains(&p.series) {
            series.push(p.series);
        }
    }
    for id in series {
        let of_series = || {
            model
                .points
                .iter()
                .zip(&rows)
                .filter(move |(p, _)| p.series == id)
        };
        // A series of whole years is summed up over its whole years only:
        // "from FY2015-16 to Jul-Feb FY2025-26" would compare a year with
        // part of one. The running year has its own sentence (the takeaway).
        let whole_years = of_series().any(|(p, _)| matches!(p.period, Period::FiscalYear { .. }));
        let points: Vec<&PointRow> = of_series()
            .filter(|(p, _)| !whole_years || matches!(p.period, Period::FiscalYear { .. }))
            .map(|(_, r)| r)
            .collect();
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
        fn at(r: &PointRow) -> (&str, &str) {
            (r.value.as_str(), r.period.as_str())
        }
        parts.push(words.series_summary(
            &words.series(id),
            points.len(),
            [at(first), at(last), at(high), at(low)],
        ));
    }
    parts.extend(model.summary.iter().map(|m| words.message(m)));
    parts.push(figures_to(model, words));
    if takeaway {
        parts.push(words.message(&model.takeaway));
    }
    parts.joined(" ")
}

#[cfg(feature = "full")]
/// The chart's points as CSV (RFC 4180): one row per point, with unit,
/// definition and source.
pub fn chart_csv(data: &Dataset, model: &ChartModel, words: &Catalogue) -> String {
    fn field(s: &str) -> String {
        // The Urdu file's "\u{2066}2015-\u{2060}16\u{2069}" was missed by a
        // spreadsheet's filter for "2015-16".
        let s = crate::words::unisolated(s);
        // Text a spreadsheet would run as a formula (a custom dataset's
        // source "=HYPERLINK(...)") starts with an apostrophe, as OWASP's
        // advice on CSV injection has it.
        let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{s}")
        } else {
            s
        };
        if s.contains([',', '"', '\n', '\r']) {
            // Quotes doubled, by hand: `str::replace` costs the wasm 0.5 KB.
            let mut out = String::with_capacity(s.len() + 2);
            out.push('"');
            for c in s.chars() {
                if c == '"' {
                    out.push('"');
                }
                out.push(c);
            }
            out.push('"');
            out
        } else {
            s
        }
    }
    let mut out = words.csv_header().joined(",");
    out.push_str("\r\n");
    // The stamp's month as a date, the same on every line: a spreadsheet
    // keeps it with each row, and it reads in any language.
    let to = model
        .figures_to
        .map(|(y, m)| format!("{y}-{m:02}"))
        .unwrap_or_default();
    for r in chart_rows(data, model, words) {
        let cells = [
            field(&r.series),
            field(&r.period),
            Plain(r.value_raw).to_string(),
            field(r.unit),
            words.yes_no(r.derived).to_string(),
            field(r.definition),
            field(&r.source),
            to.clone(),
        ];
        out.push_str(&cells.joined(","));
        out.push_str("\r\n");
    }
    out
}

/// How much of a dataset a chart shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DataReport {
    pub records: usize,
    pub shown: usize,
    /// Labels of figures not shown ("ict Jul 2025"), at most 20.
    pub not_shown: Vec<String>,
    /// The sentence a reader sees when some are not shown; `None` when all are.
    pub message: Option<String>,
}

#[cfg(feature = "full")]
/// Which of the dataset's figures `model` does not show.
pub fn data_report(data: &Dataset, model: &ChartModel, words: &Catalogue) -> DataReport {
    // The dataset's own index type, so the wasm carries one map. A figure
    // a drawn one is compared with (the year before a growth rate) counts
    // as shown: the chart uses it, so it is not dropped.
    let shown: crate::data::map::Map<(crate::data::Measure, Period), usize> = model
        .points
        .iter()
        .flat_map(|p| {
            let bases = model.compares.iter().filter(|(at, _)| *at == p.period);
            std::iter::once(p.period)
                .chain(bases.map(|&(_, base)| base))
                .map(|period| ((p.measure, period), 0))
        })
        .collect();
    // The targets chart draws its targets and the stated potential as
    // lines, not points: a custom dataset's targets were listed as "not
    // drawn" under the lines that drew them.
    let as_line = |r: &Record| match &model.detail {
        crate::model::Detail::Targets(d) => d.draws_line(r.measure, r.period),
        _ => false,
    };
    let missing: Vec<&Record> = data
        .records
        .iter()
        .filter(|r| !shown.contains_key(&(r.measure, r.period)) && !as_line(r))
        .collect();
    let records = data.records.len();
    let shown = records - missing.len();
    let not_shown: Vec<String> = missing.iter().take(20).map(|r| r.label()).collect();
    // The ids for code (`notShown`), the reader's words in the message: the
    // Urdu notice listed "ict Jul 2023" (a hostile editor's data).
    let worded: Vec<String> = missing
        .iter()
        .take(20)
        // Each name and period whole on its line ("Oct" / "2023", "IT &
        // ITeS" / "(narrow)" parted at 320 px; a third sweep).
        .map(|r| {
            let whole = |s: &str| s.replace(' ', crate::words::NBSP);
            format!(
                "{} {}",
                whole(words.measure_name(r.measure)),
                whole(&words.period(r.period))
            )
        })
        .collect();
    let message = (shown < records)
        .then(|| words.data_report(shown, records, &worded, missing.len() - worded.len()));
    DataReport {
        records,
        shown,
        not_shown,
        message,
    }
}

/// Every chart and the controls each offers: what the page's chart picker
/// and each chart's options are built from, so the page and the embed
/// cannot disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Controls {
    pub charts: Vec<ChartEntry>,
    pub controls: Vec<ChartControls>,
}

/// A chart in a picker.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartEntry {
    /// The `chart` option's value.
    pub id: &'static str,
    pub label: &'static str,
}

/// One chart's controls.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChartControls {
    pub chart: &'static str,
    pub controls: Vec<ControlEntry>,
}

/// One control: the option it sets, its legend, its choices.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ControlEntry {
    pub option: OptionId,
    pub legend: &'static str,
    pub choices: Vec<ChoiceEntry>,
}

/// One choice: the option's value as `setOptions` takes it, and its label.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceEntry {
    pub value: Choice,
    pub label: &'static str,
}

/// The charts and their controls, worded by `words` (the first-draw
/// build has them prepared, src/lib.rs `PREPARED_CONTROLS`).
pub fn controls(words: &Catalogue) -> Controls {
    let kinds = ChartKind::ALL;
    Controls {
        charts: kinds
            .iter()
            .map(|&k| ChartEntry {
                id: k.id(),
                label: words.chart_label(k),
            })
            .collect(),
        controls: kinds
            .iter()
            .map(|&k| ChartControls {
                chart: k.id(),
                controls: model::controls(k)
                    .iter()
                    .map(|c| ControlEntry {
                        option: c.option,
                        legend: words.control(c.option),
                        choices: c
                            .choices
                            .iter()
                            .map(|&value| ChoiceEntry {
                                value,
                                label: words.choice(value),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The one-line summaries the page shows above its two tables.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summaries {
    /// How many quoted rates reproduce, within rounding, not, or cannot be checked.
    pub checks: String,
    /// How many figures from how many sources.
    pub figures: String,
}

#[cfg(feature = "full")]
/// The page's summaries of the quote checks and the dataset table.
pub fn summaries(data: &Dataset, words: &Catalogue) -> Summaries {
    let rows = check_rows(data, words);
    // Verdict ids, as `CheckRow::verdict_id` carries them.
    let count = |id: &str| rows.iter().filter(|r| r.verdict_id == id).count();
    // Distinct sources: a dataset cites a handful, so a list beats a hash set.
    let mut sources: Vec<&str> = Vec::new();
    for r in &data.records {
        if !sources.contains(&r.source.as_ref()) {
            sources.push(&r.source);
        }
    }
    Summaries {
        checks: words.checks_summary(
            rows.len(),
            count("exact"),
            count("rounding"),
            count("doesNotReproduce"),
            count("unchecked"),
        ),
        figures: words.figures_summary(data.records.len(), sources.len()),
    }
}

/// The English words around every chart of the built-in figures (`text()`
/// of the full builds), for the embed to show before the first-draw wasm
/// arrives: `src/words/prepared/texts.en.json`, which js/kits.js bundles.
/// `texts` holds each distinct text once; `of` maps the chart and the
/// values of its controls, as the embed passes them (`controls()`' order,
/// an option left out as empty), to its index: `"annual"`,
/// `"monthly,true"`, `"targets,"`. So the embed needs neither Rust's
/// defaults nor which options a chart's words depend on.
#[cfg(not(target_arch = "wasm32"))]
#[derive(serde::Serialize)]
pub struct PreparedTexts {
    #[serde(serialize_with = "slot_words")]
    pub texts: Vec<ChartText>,
    pub of: std::collections::BTreeMap<String, usize>,
}

/// The words the embed writes into a widget's slots (js/chart.js,
/// `writeText`): not `figuresTo`, which its source line already ends with
/// and which no slot shows (seven copies of it were ~60 bytes of embed.js).
#[cfg(not(target_arch = "wasm32"))]
fn slot_words<S: serde::Serializer>(
    texts: &[ChartText],
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    #[derive(serde::Serialize)]
    struct Slots<'a> {
        title: &'a str,
        takeaway: &'a str,
        source: &'a str,
        definitions: &'a str,
    }
    s.collect_seq(texts.iter().map(|t| Slots {
        title: &t.title,
        takeaway: &t.takeaway,
        source: &t.source,
        definitions: &t.definitions,
    }))
}

/// Every chart of `data` as the embed can ask for it: each chart with
/// every choice of each of its controls, or none (the option's default),
/// keyed as [`PreparedTexts::of`] says, with its model.
#[cfg(not(target_arch = "wasm32"))]
fn prepared_models(data: &Dataset) -> crate::error::Result<Vec<(String, ChartModel)>> {
    let mut out = Vec::new();
    for chart in ChartKind::ALL {
        let mut settings: Vec<Vec<Option<Choice>>> = vec![Vec::new()];
        for control in model::controls(chart) {
            let choices = std::iter::once(None).chain(control.choices.iter().copied().map(Some));
            settings = settings
                .iter()
                .flat_map(|set| {
                    choices
                        .clone()
                        .map(move |c| [set.clone(), vec![c]].concat())
                })
                .collect();
        }
        for set in settings {
            let mut options = model::Options {
                chart,
                ..model::Options::default()
            };
            let mut key = chart.id().to_string();
            for choice in &set {
                key.push(',');
                match choice {
                    Some(Choice::Cumulative(on)) => {
                        options.cumulative = *on;
                        key.push_str(if *on { "true" } else { "false" });
                    }
                    Some(Choice::TargetReading(reading)) => {
                        options.target_reading = *reading;
                        key.push_str(reading.id());
                    }
                    None => {}
                }
            }
            out.push((key, model::build(data, &options)?));
        }
    }
    Ok(out)
}

/// The index of `item` in `items`, added at the end if it is not there.
#[cfg(not(target_arch = "wasm32"))]
fn index_once<T: PartialEq>(items: &mut Vec<T>, item: T) -> usize {
    items.iter().position(|t| *t == item).unwrap_or_else(|| {
        items.push(item);
        items.len() - 1
    })
}

/// `item` of each of `models` once, with the index of each key's:
/// charts whose words are the same share one entry.
#[cfg(not(target_arch = "wasm32"))]
fn each_once_by_key<T: PartialEq>(
    models: &[(String, ChartModel)],
    mut item: impl FnMut(&ChartModel) -> T,
) -> (Vec<T>, std::collections::BTreeMap<String, usize>) {
    let (mut items, mut of) = (Vec::new(), std::collections::BTreeMap::new());
    for (key, model) in models {
        let index = index_once(&mut items, item(model));
        of.insert(key.clone(), index);
    }
    (items, of)
}

/// [`PreparedTexts`] of `data` in `words`. A build step (examples/prepare.rs).
#[cfg(not(target_arch = "wasm32"))]
pub fn prepared_texts(data: &Dataset, words: &Catalogue) -> crate::error::Result<PreparedTexts> {
    let (texts, of) = each_once_by_key(&prepared_models(data)?, |m| chart_text(data, m, words));
    Ok(PreparedTexts { texts, of })
}

/// What the first-draw builds leave to words prepared at build time: the
/// description and every point's words of each chart of the built-in
/// figures (the full builds' `description()` and `point()`, less what
/// the drawing gives: a point's rectangle comes from the wasm's `rect`).
/// Their code is ~9 KB (gzip) of the first-draw wasm, which a first draw
/// never runs; these words are a module the embed fetches after the
/// charts are drawn (js/kits.js). Keyed as [`PreparedTexts`].
/// Each point's words are written once (`points`), and each chart lists
/// its points by their index there: charts share most of theirs (a
/// control's two choices), which, once more than gzip's 32 KB window
/// apart, it did not find (-4%).
///
/// A point's announcement (the live region's sentence) is not written out
/// for each point: it is the catalogue's `announce` of the point's head,
/// value, growth and source, so the file carries that sentence's four
/// shapes (`announce`, [`ANNOUNCE_SLOTS`] where the parts go, indexed by
/// growth + 2 x source) and js/described.js fills them in: -792 bytes gzip
/// in English, -968 in Urdu. The build checks every point's filled shape
/// against its announcement, so the two cannot drift apart.
///
/// Nor are a tooltip's lines: they are its growth, its note, its
/// definition and its source, each but the note labelled, so the file
/// carries the three labelled shapes (`lines`) and each definition once
/// (`definitions`, a point's `def` its place there), and js/described.js
/// writes them out (-403 bytes gzip in English, -590 in Urdu). Checked as
/// the announcements are.
#[cfg(not(target_arch = "wasm32"))]
#[derive(serde::Serialize)]
pub struct PreparedDescribed {
    pub points: Vec<PreparedPoint>,
    pub charts: Vec<DescribedChart>,
    pub of: std::collections::BTreeMap<String, usize>,
    pub announce: [String; 4],
    /// A tooltip's growth, definition and source lines, [`ANNOUNCE_SLOTS`]'
    /// first where the text goes.
    pub lines: [String; 3],
    pub definitions: Vec<String>,
}

/// Where an announcement's shape (`PreparedDescribed::announce`) takes the
/// point's head, value, growth and source: private-use characters, which no
/// word of the catalogue or the figures uses.
#[cfg(not(target_arch = "wasm32"))]
pub const ANNOUNCE_SLOTS: [char; 4] = ['\u{E000}', '\u{E001}', '\u{E002}', '\u{E003}'];

/// The announcement's shapes in `words`, by growth (1) and source (2).
#[cfg(not(target_arch = "wasm32"))]
fn announce_shapes(words: &Catalogue) -> [String; 4] {
    let [head, value, growth, source] = ANNOUNCE_SLOTS.map(String::from);
    [0, 1, 2, 3].map(|i| {
        let growth = (i & 1 == 1).then_some(growth.as_str());
        words.announce(&head, &value, growth, if i & 2 == 2 { &source } else { "" })
    })
}

/// `shapes` filled with `p`'s parts, as js/described.js fills them.
#[cfg(not(target_arch = "wasm32"))]
fn filled(shapes: &[String; 4], p: &PointInfo) -> String {
    let shape = &shapes[usize::from(p.growth.is_some()) + 2 * usize::from(!p.source.is_empty())];
    let parts = [
        p.head.as_str(),
        &p.value,
        p.growth.as_deref().unwrap_or(""),
        &p.source,
    ];
    shape.chars().fold(String::new(), |mut out, c| {
        match ANNOUNCE_SLOTS.iter().position(|&slot| slot == c) {
            Some(i) => out.push_str(parts[i]),
            None => out.push(c),
        }
        out
    })
}

/// One chart's words for a screen reader, and its points (indices into
/// [`PreparedDescribed::points`]).
#[cfg(not(target_arch = "wasm32"))]
#[derive(serde::Serialize, PartialEq)]
pub struct DescribedChart {
    pub description: String,
    pub points: Vec<usize>,
}

/// A point's words as the embed reads them (js/chart.js, `select` and
/// `fillTable`): [`PointInfo`] less its index and rectangle, its lines
/// written out by js/described.js from their parts.
#[cfg(not(target_arch = "wasm32"))]
#[derive(serde::Serialize, PartialEq)]
pub struct PreparedPoint {
    pub head: String,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub growth: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Its definition's place in [`PreparedDescribed::definitions`].
    pub def: usize,
    pub series: String,
    pub period: String,
    pub source: String,
}

/// The tooltip lines js/described.js writes for `p` from `shapes` and
/// `definitions` ([`PreparedDescribed`]): what the build checks against
/// [`PointInfo::lines`].
#[cfg(not(target_arch = "wasm32"))]
fn lined(shapes: &[String; 3], definitions: &[String], p: &PreparedPoint) -> Vec<String> {
    let fill = |shape: &String, text: &str| shape.replace(ANNOUNCE_SLOTS[0], text);
    let [growth, definition, source] = shapes;
    let mut lines: Vec<String> = p.growth.iter().map(|g| fill(growth, g)).collect();
    lines.extend(p.note.clone());
    lines.push(fill(definition, &definitions[p.def]));
    if !p.source.is_empty() {
        lines.push(fill(source, &p.source));
    }
    lines
}

/// [`PreparedDescribed`] of `data` in `words`. A build step (examples/prepare.rs).
#[cfg(not(target_arch = "wasm32"))]
pub fn prepared_described(
    data: &Dataset,
    words: &Catalogue,
) -> crate::error::Result<PreparedDescribed> {
    // No drawing: the embed takes each point's place from `rect`.
    let nowhere = Rect::new(0, 0, 0, 0);
    let announce = announce_shapes(words);
    let slot = ANNOUNCE_SLOTS[0].to_string();
    let ui = words.ui();
    let lines = [ui.growth, ui.definition, ui.source].map(|label| words.labelled(label, &slot));
    let mut definitions = Vec::new();
    let mut points = Vec::new();
    let mut drift = None;
    let (charts, of) = each_once_by_key(&prepared_models(data)?, |m| DescribedChart {
        // Without the takeaway, which the page has prepared (kits.js): the
        // embed adds it where the takeaway is not shown.
        description: chart_description(data, m, words, false),
        points: (0..m.points.len())
            .filter_map(|i| point_at(data, m, i, nowhere, words))
            .map(|p| {
                if filled(&announce, &p) != p.announce {
                    drift.get_or_insert_with(|| p.announce.clone());
                }
                let prepared = PreparedPoint {
                    head: p.head,
                    value: p.value,
                    growth: p.growth,
                    note: p.note,
                    def: index_once(&mut definitions, p.definition.to_string()),
                    series: p.series,
                    period: p.period,
                    source: p.source,
                };
                if lined(&lines, &definitions, &prepared) != p.lines {
                    drift.get_or_insert_with(|| p.lines.join(" | "));
                }
                index_once(&mut points, prepared)
            })
            .collect(),
    });
    if let Some(said) = drift {
        return Err(crate::error::Error::invalid(
            "announce",
            format!(
                "{said:?} is not its shape filled in (describe::announce_shapes, describe::lined)"
            ),
        ));
    }
    Ok(PreparedDescribed {
        points,
        charts,
        of,
        announce,
        lines,
        definitions,
    })
}
