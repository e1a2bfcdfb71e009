//! Every reader-facing string and number format, in one place.
//!
//! An Urdu (right-to-left) edition is planned: it will swap this module's
//! tables and formats, so nothing else in the crate spells out a word a
//! reader sees or formats a number for display.

use crate::data::{Measure, Period, Qualifier, Unit};
use crate::growth::Verdict;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Short name of a measure, for legends and table cells.
pub fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Ict => "ICT services",
        Measure::ItItes => "IT & ITeS (narrow)",
        Measure::PsebCompanies => "PSEB-registered IT companies",
        Measure::SecpCompanies => "IT companies registered with SECP",
        Measure::SecpRegistrations => "New IT company registrations (SECP)",
        Measure::ExportTarget => "Government target",
        Measure::ExportPotential => "Stated potential",
    }
}

/// What a measure counts: the definition shown beside every figure.
pub fn measure_definition(m: Measure) -> &'static str {
    match m {
        Measure::Ict => "export remittances for telecommunication, computer and information services (SBP balance of payments)",
        Measure::ItItes => "export remittances for computer services and call-centre services only; runs $50-200m below ICT",
        Measure::PsebCompanies => "IT and IT-enabled services companies with a valid Pakistan Software Export Board registration",
        Measure::SecpCompanies => "IT companies on the Securities and Exchange Commission of Pakistan register",
        Measure::SecpRegistrations => "IT companies newly registered with the Securities and Exchange Commission of Pakistan",
        Measure::ExportTarget => "government target for IT export remittances",
        Measure::ExportPotential => "potential for IT exports as stated by the IT minister, not a target",
    }
}

fn fy_label(start: u16) -> String {
    format!("FY{}-{:02}", start, (start + 1) % 100)
}

fn month_name(month: u8) -> &'static str {
    MONTHS
        .get(usize::from(month.saturating_sub(1)))
        .copied()
        .unwrap_or("?")
}

/// "FY2020-21", "Q1 FY2020-21", "Jul-Feb FY2020-21", "Dec 2023", "31 Oct 2020".
pub fn period_label(p: Period) -> String {
    match p {
        Period::FiscalYear { fy } => fy_label(fy.0),
        Period::FiscalSpan { fy, first, last } => {
            let name = match (first, last) {
                (1, 12) => return fy_label(fy.0),
                (1, 3) => "Q1".to_string(),
                (4, 6) => "Q2".to_string(),
                (7, 9) => "Q3".to_string(),
                (10, 12) => "Q4".to_string(),
                (1, 6) => "H1".to_string(),
                _ => {
                    let (_, m0) = crate::data::calendar_month(fy, first);
                    let (_, m1) = crate::data::calendar_month(fy, last);
                    if first == last {
                        month_name(m0).to_string()
                    } else {
                        format!("{}\u{2013}{}", month_name(m0), month_name(m1))
                    }
                }
            };
            format!("{name} {}", fy_label(fy.0))
        }
        Period::FiscalYears { first, last } => {
            format!("{} to {}", fy_label(first.0), fy_label(last.0))
        }
        Period::Month { year, month } => format!("{} {year}", month_name(month)),
        Period::Date { year, month, day } => match (month, day) {
            (Some(m), Some(d)) => format!("{d} {} {year}", month_name(m)),
            (Some(m), None) => format!("{} {year}", month_name(m)),
            _ => year.to_string(),
        },
        Period::Open => "no stated period".to_string(),
    }
}

/// Groups thousands with commas: 10000 -> "10,000".
fn group(int: u64) -> String {
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `|x|` rounded to `decimals` places as (integer part, fraction digits),
/// by integer arithmetic: core's float formatting costs ~15 KB of wasm.
fn fixed(x: f64, decimals: usize) -> Option<(u64, String)> {
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

/// A number with `decimals` places, grouped thousands and a typographic minus.
fn number(x: f64, decimals: usize) -> String {
    let Some((int, frac)) = fixed(x, decimals) else {
        return Plain(x).to_string();
    };
    let zero = int == 0 && frac.bytes().all(|b| b == b'0');
    let sign = if x < 0.0 && !zero { "\u{2212}" } else { "" };
    if frac.is_empty() {
        format!("{sign}{}", group(int))
    } else {
        format!("{sign}{}.{frac}", group(int))
    }
}

/// A number as a machine or an editor reads it: ASCII minus, no grouping,
/// up to six decimals without trailing zeros ("-5", "994.848", "NaN").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plain(pub f64);

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

/// Compact money for labels and axes: $3.81bn, $303m, $0.5m.
pub fn usd_compact(usd_millions: f64) -> String {
    let a = usd_millions.abs();
    if a >= 1000.0 {
        // $3.81bn, $4.2bn, $5bn: two decimals at most, no trailing zeros.
        let s = number(usd_millions / 1000.0, 2);
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.')
        } else {
            &s
        };
        format!("${s}bn")
    } else if a >= 10.0 || a == 0.0 {
        format!("${}m", number(usd_millions, 0))
    } else {
        format!("${}m", number(usd_millions, 1))
    }
}

/// Decimal places that a value reported with rounding `tolerance` carries:
/// 0.5 -> 0, 0.005 -> 2, 0.0005 -> 3.
fn decimals_for(tolerance: f64) -> usize {
    if tolerance <= 0.0 || tolerance >= 0.5 {
        return 0;
    }
    let d = (-(tolerance * 2.0).log10()).round();
    d.clamp(0.0, 6.0) as usize
}

/// A value as precisely as it was reported, with its unit: "$917.840m",
/// "$1,298m", "2,631 companies".
pub fn value_exact(value: f64, unit: Unit, tolerance: f64, qualifier: Qualifier) -> String {
    let prefix = match qualifier {
        Qualifier::AsReported => "",
        Qualifier::AtLeast => "over ",
    };
    match unit {
        Unit::UsdMillion => format!("{prefix}${}m", number(value, decimals_for(tolerance))),
        Unit::Companies => format!("{prefix}{} companies", number(value, 0)),
    }
}

/// A value in whole units with its unit sign: "$1,298m", "2,631".
pub fn value_whole(value: f64, unit: Unit) -> String {
    match unit {
        Unit::UsdMillion => format!("${}m", number(value, 0)),
        Unit::Companies => number(value, 0),
    }
}

/// A signed percentage: +22.7%, \u{2212}0.9%; a rate that rounds to zero gets no sign.
pub fn pct(x: f64, decimals: usize) -> String {
    let is_zero = fixed(x, decimals).is_some_and(|(i, f)| i == 0 && f.bytes().all(|b| b == b'0'));
    let sign = if is_zero {
        ""
    } else if x > 0.0 {
        "+"
    } else {
        "\u{2212}"
    };
    format!("{sign}{}%", number(x.abs(), decimals))
}

/// A quoted rate as the source gave it, with its decimals: +41.43%, +41%.
pub fn pct_quoted(x: f64, decimals: u8) -> String {
    pct(x, usize::from(decimals))
}

/// The verdict on a quoted figure, as a reader reads it.
pub fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Exact => "reproduces exactly",
        Verdict::Rounding => "reproduces within rounding of the published figures",
        Verdict::DoesNotReproduce => "does not reproduce from the published figures",
    }
}

/// Prefix for a quoted rate that the dataset cannot check.
pub const UNCHECKED: &str = "cannot be checked";

/// What a source layer is.
pub fn layer_label(layer: u8) -> &'static str {
    match layer {
        1 => "source article",
        _ => "public series (press reports)",
    }
}

/// Labels for the context figures ([`crate::data::Fact`]), paraphrased.
pub fn fact_label(id: &str) -> &'static str {
    match id {
        "parksPlannedCities" => "cities where software technology parks were in planning (Bannu, Rawalpindi, Faisalabad, Hyderabad)",
        "strategyPillars" => "pillars of the IT exports strategy",
        "parksPerMonthTarget" => "software technology parks a month, the target set for PSEB",
        "startupFeeBeforePkr" => "rupees: the old PSEB registration fee for startups",
        "startupFeeAfterPkr" => "rupees: the new fee (waived for a year in underserved cities)",
        "exportCountries" => "countries buying Pakistani IT services (over)",
        _ => "figure",
    }
}

/// Labels for the page's data table.
pub mod table {
    pub const DERIVED: &str = "derived";
    pub const REVISED: &str = "revised; first reported as";
    pub const NO_GROWTH: &str = "\u{2013}";
}

/// A shorter measure name, for tight spaces.
pub fn measure_short(m: Measure) -> &'static str {
    match m {
        Measure::Ict => "ICT",
        Measure::ItItes => "IT & ITeS",
        Measure::PsebCompanies => "PSEB companies",
        Measure::SecpCompanies => "SECP companies",
        Measure::SecpRegistrations => "SECP registrations",
        Measure::ExportTarget => "Target",
        Measure::ExportPotential => "Potential",
    }
}

/// Axis labels for money: $0, $500m, $1bn, $1.5bn.
pub fn usd_axis(usd_millions: f64) -> String {
    if usd_millions == 0.0 {
        return "$0".into();
    }
    if usd_millions.abs() >= 1000.0 {
        let s = number(usd_millions / 1000.0, 2);
        let s = if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.')
        } else {
            &s
        };
        format!("${s}bn")
    } else {
        format!("${}m", number(usd_millions, 0))
    }
}

/// Period labels at three lengths for axes: level 0 "FY2015-16", 1
/// "FY16", 2 "16" (the year the fiscal year ends, as the press writes FY16).
pub fn period_short(p: Period, level: u8) -> String {
    match (p, level) {
        (_, 0) => period_label(p),
        (Period::FiscalYear { fy }, 1) => format!("FY{:02}", (fy.0 + 1) % 100),
        (Period::FiscalYear { fy }, _) => format!("{:02}", (fy.0 + 1) % 100),
        (Period::Month { year, month }, 1) => format!("{} {:02}", month_name(month), year % 100),
        (Period::Month { month, .. }, _) => month_name(month).to_string(),
        (Period::FiscalSpan { fy, .. }, _) => {
            // "Q1 FY21", "Jul\u{2013}Feb FY21": the span's name, then the short year.
            let full = period_label(p);
            let name = full.split(' ').next().unwrap_or_default();
            format!("{name} FY{:02}", (fy.0 + 1) % 100)
        }
        _ => period_label(p),
    }
}

/// Fiscal month `index` (July = 1) for a month axis: "Jul", or "J" when tight.
pub fn fiscal_month_short(index: u8, level: u8) -> String {
    let (_, month) = crate::data::calendar_month(crate::data::FiscalYear(2000), index);
    let name = month_name(month);
    if level == 0 {
        name.to_string()
    } else {
        name.chars().take(1).collect()
    }
}

/// Words drawn inside the charts.
pub mod chart {
    use super::{pct, period_label, usd_compact};
    use crate::data::{FiscalYear, Period};
    use crate::growth::{TargetReading, Verdict};

    pub const FIRST_RELEASE: &str = "First release, since revised";
    pub const ICT_COMPUTED: &str = "ICT, computed";
    pub const NARROW_COMPUTED: &str = "IT & ITeS (narrow), computed";
    pub const QUOTED: &str = "Rate quoted in reports";
    pub const EARLIER: &str = "Earlier period";
    pub const LATER: &str = "Later period (each pair on its own scale)";
    pub const IMPLIED: &str = "(implied)";
    pub const DERIVED_MONTH: &str = "Derived from reported totals";
    pub const TARGET: &str = "Target";
    pub const SUMMED_BEFORE: &str = "Earlier years of the sum";

    /// "quoted +41%: exact" and the like.
    pub fn verdict_short(quoted: &str, v: Verdict) -> String {
        let verdict = match v {
            Verdict::Exact => "reproduces exactly",
            Verdict::Rounding => "reproduces within rounding",
            Verdict::DoesNotReproduce => "does not reproduce",
        };
        format!("quoted {quoted}: {verdict}")
    }

    /// The sentence under the targets chart for one target.
    pub fn target_note(
        target: f64,
        period: Period,
        reading: TargetReading,
        share_pct: f64,
        needed_pct: f64,
        base: Period,
    ) -> String {
        let what = match (period, reading) {
            (Period::FiscalYears { last, .. }, TargetReading::AnnualLevel) => format!(
                "{} a year by {} (read as an annual level)",
                usd_compact(target),
                period_label(Period::FiscalYear { fy: last })
            ),
            (Period::FiscalYears { first, last }, TargetReading::Cumulative) => format!(
                "{} over {} to {} (read as a three-year sum)",
                usd_compact(target),
                period_label(Period::FiscalYear { fy: first }),
                period_label(Period::FiscalYear { fy: last })
            ),
            _ => format!("{} in {}", usd_compact(target), period_label(period)),
        };
        format!(
            "{what}: {} reached; it needed {} a year from {}.",
            pct(share_pct, 1).trim_start_matches('+'),
            pct(needed_pct, 1),
            period_label(base)
        )
    }

    /// The label on the potential line.
    pub fn potential_label(value: f64) -> String {
        format!("{}+ stated potential, no year given", usd_compact(value))
    }

    /// The sentence about the potential: when the past average rate would reach it.
    pub fn potential_note(value: f64, cagr_pct: f64, reached: FiscalYear) -> String {
        format!(
            "{}+ potential: no year was given; at the past decade's average of {} a year it would be reached in {}.",
            usd_compact(value),
            pct(cagr_pct, 1),
            period_label(Period::FiscalYear { fy: reached })
        )
    }
}

/// Chart titles, as headings above each chart.
pub fn chart_title(kind: crate::chart::ChartKind) -> &'static str {
    use crate::chart::ChartKind;
    match kind {
        ChartKind::Annual => "ICT export remittances by fiscal year",
        ChartKind::Growth => "Year-on-year growth, computed and quoted",
        ChartKind::Compared => "The comparisons the reports made",
        ChartKind::Monthly => "Month by month: FY2023-24 against FY2024-25",
        ChartKind::Targets => "Against the targets",
    }
}

/// The definitions note under every chart.
pub const DEFINITIONS: &str = "ICT: telecommunication, computer and information services. IT & ITeS (narrow): computer and call-centre services only. Fiscal years run July to June. US dollars.";

/// "Source: A, B and C."
pub fn source_line(outlets: &[String]) -> String {
    match outlets {
        [] => String::new(),
        [one] => format!("Source: {one}."),
        [a, b] => format!("Sources: {a}; and {b}."),
        [init @ .., last] => format!("Sources: {}; and {last}.", init.join("; ")),
    }
}

/// One-line takeaways, worded from computed numbers.
pub mod takeaway {
    use super::{number, pct, period_label, usd_compact};
    use crate::data::{FiscalYear, Period, Record};
    use crate::growth::{QuoteCheck, Verdict};

    pub fn annual(first: &Record, last: &Record, cagr: f64, falls: &[(Period, f64)]) -> String {
        let fell = match falls {
            [] => "they did not fall in any year".to_string(),
            [(p, g)] => format!(
                "they fell only once, by {} in {}",
                pct(*g, 1),
                period_label(*p)
            ),
            many => format!("they fell in {} years", many.len()),
        };
        format!(
            "ICT export remittances grew from {} in {} to {} in {}, {} a year on average; {fell}.",
            usd_compact(first.value),
            period_label(first.period),
            usd_compact(last.value),
            period_label(last.period),
            pct(cagr, 1)
        )
    }

    pub fn growth(
        peak: (Period, f64),
        latest: (Period, f64),
        quoted: &[(Period, QuoteCheck)],
    ) -> String {
        let ok = quoted
            .iter()
            .filter(|(_, c)| c.verdict != Verdict::DoesNotReproduce)
            .count();
        let misses: Vec<String> = quoted
            .iter()
            .filter(|(_, c)| c.verdict == Verdict::DoesNotReproduce)
            .map(|(p, c)| {
                format!(
                    "{}'s quoted {} does not ({} computed)",
                    period_label(*p),
                    pct(c.quoted_pct, usize::from(c.quoted_decimals)),
                    pct(c.computed_pct, 1)
                )
            })
            .collect();
        let tail = if misses.is_empty() {
            String::new()
        } else {
            format!("; {}", misses.join(", "))
        };
        format!(
            "Growth peaked at {} in {} and was {} in {}. {ok} of {} annual rates quoted in reports reproduce from the figures{tail}.",
            pct(peak.1, 1),
            period_label(peak.0),
            pct(latest.1, 1),
            period_label(latest.0),
            quoted.len()
        )
    }

    pub fn compared(verdicts: &[Verdict]) -> String {
        let n = verdicts.len();
        let exact = verdicts.iter().filter(|v| **v == Verdict::Exact).count();
        let rounding = verdicts.iter().filter(|v| **v == Verdict::Rounding).count();
        let fail = n - exact - rounding;
        if fail == 0 {
            format!("All {n} headline comparisons reproduce from the published figures: {exact} exactly, {rounding} within rounding.")
        } else {
            format!("{} of {n} headline comparisons reproduce from the published figures; {fail} do not.", exact + rounding)
        }
    }

    pub fn monthly(a: FiscalYear, b: FiscalYear, months: &[(Period, f64, f64)]) -> String {
        let above = months.iter().filter(|(_, x, y)| y > x).count();
        let below: Vec<String> = months
            .iter()
            .filter(|(_, x, y)| y <= x)
            .map(|(p, x, y)| {
                format!(
                    "{} ({} against {})",
                    period_label(*p),
                    usd_compact(*y),
                    usd_compact(*x)
                )
            })
            .collect();
        let except = match below.as_slice() {
            [] => String::new(),
            [one] => format!("; the exception was {one}"),
            many => format!("; not in {}", many.join(", ")),
        };
        format!(
            "{} was above {} in {above} of {} months{except}.",
            period_label(Period::FiscalYear { fy: b }),
            period_label(Period::FiscalYear { fy: a }),
            months.len()
        )
    }

    pub fn monthly_cumulative(
        a: FiscalYear,
        total_a: f64,
        b: FiscalYear,
        total_b: f64,
        reported_b: Option<f64>,
    ) -> String {
        let growth = (total_b / total_a - 1.0) * 100.0;
        let gap = match reported_b {
            Some(r) if r != total_b => format!(
                " Its months add up to ${}m, against the ${}m reported for the year: monthly figures are rounded.",
                number(total_b, 0),
                number(r, 0)
            ),
            _ => String::new(),
        };
        format!(
            "By June, {} had reached {}, {} more than {}'s {}.{gap}",
            period_label(Period::FiscalYear { fy: b }),
            usd_compact(total_b),
            pct(growth, 1).trim_start_matches('+'),
            period_label(Period::FiscalYear { fy: a }),
            usd_compact(total_a)
        )
    }

    pub fn targets(notes: &[String]) -> String {
        notes.join(" ")
    }
}

/// Unit names for tables and CSV headers.
pub const UNIT_PERCENT: &str = "percent, year on year";

/// The unit of a measure, in words.
pub fn unit_label(unit: Unit) -> &'static str {
    match unit {
        Unit::UsdMillion => "US$ million",
        Unit::Companies => "companies",
    }
}

/// CSV column names.
pub const CSV_HEADER: [&str; 7] = [
    "series",
    "period",
    "value",
    "unit",
    "derived",
    "definition",
    "source",
];

/// Words for one point (tooltips, the keyboard's live region).
pub mod point {
    use super::{pct, period_label};
    use crate::data::Period;

    pub const RUNNING_OR_IMPLIED: &str =
        "computed from the published figures (a running total or an implied base)";

    /// "+18.2% on FY2023-24".
    pub fn growth(pct_change: f64, base: Period) -> String {
        format!("{} on {}", pct(pct_change, 1), period_label(base))
    }

    /// "ICT services, FY2024-25: $3,810m, +18.2% on FY2023-24. Source: Business Recorder."
    pub fn announce(
        series: &str,
        period: &str,
        value: &str,
        growth: Option<&str>,
        source: &str,
    ) -> String {
        let growth = growth.map(|g| format!(", {g}")).unwrap_or_default();
        let source = if source.is_empty() {
            String::new()
        } else {
            format!(" Source: {source}.")
        };
        format!("{series}, {period}: {value}{growth}.{source}")
    }
}

/// Sentences of the screen-reader description.
pub mod describe {
    use super::{pct, period_label};
    use crate::chart::ChartKind;
    use crate::data::Period;
    use crate::describe::PointRow;

    pub fn intro(kind: ChartKind, cumulative: bool) -> &'static str {
        match (kind, cumulative) {
            (ChartKind::Annual, _) => "Bar chart of annual ICT export remittances, with the narrow IT and ITeS series beside them where it exists.",
            (ChartKind::Growth, _) => "Line chart of year-on-year growth, computed from the figures, with diamonds for the rates quoted in reports.",
            (ChartKind::Compared, _) => "Pairs of bars for the comparisons the reports made, each pair on its own scale.",
            (ChartKind::Monthly, false) => "Line chart of monthly ICT export remittances, FY2023-24 against FY2024-25.",
            (ChartKind::Monthly, true) => "Line chart of fiscal-year-to-date ICT export remittances, FY2023-24 against FY2024-25.",
            (ChartKind::Targets, _) => "Bar chart of ICT export remittances against the government's targets.",
        }
    }

    pub fn series(
        name: &str,
        first: &PointRow,
        last: &PointRow,
        high: &PointRow,
        low: &PointRow,
        n: usize,
    ) -> String {
        if n == 1 {
            return format!("{name}: {} in {}.", first.value, first.period);
        }
        format!(
            "{name}: {} points, from {} in {} to {} in {}; highest {} in {}, lowest {} in {}.",
            n,
            first.value,
            first.period,
            last.value,
            last.period,
            high.value,
            high.period,
            low.value,
            low.period
        )
    }

    pub fn fastest_slowest(fast: (Period, f64), slow: (Period, f64)) -> String {
        format!(
            "Fastest growth was {} in {}; slowest {} in {}.",
            pct(fast.1, 1),
            period_label(fast.0),
            pct(slow.1, 1),
            period_label(slow.0)
        )
    }
}

/// Words of the page's controls around a chart (tooltip, keyboard, table,
/// downloads), passed to JavaScript so that it spells out none itself.
pub mod ui {
    use serde::Serialize;

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

    pub const UI: Ui = Ui {
        chart_label: "Interactive chart",
        keys_help: "Use the left and right arrow keys to move between data points, Home and End for the first and last, Escape to leave.",
        data_table: "Show the data table",
        download_data: "Download data (CSV)",
        download_image: "Download image (PNG)",
        growth: "Growth",
        source: "Source",
        definition: "Definition",
        series: "Series",
        period: "Period",
        value: "Value",
        file_stem: "pakistan-it-exports",
    };
}
