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

/// A non-negative number with `decimals` places and grouped thousands.
fn number(x: f64, decimals: usize) -> String {
    let sign = if x < 0.0 { "\u{2212}" } else { "" };
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let int: u64 = int.parse().unwrap_or(0);
    if frac.is_empty() {
        format!("{sign}{}", group(int))
    } else {
        format!("{sign}{}.{frac}", group(int))
    }
}

/// Compact money for labels and axes: $3.81bn, $303m, $0.5m.
pub fn usd_compact(usd_millions: f64) -> String {
    let a = usd_millions.abs();
    if a >= 1000.0 {
        format!("${}bn", number(usd_millions / 1000.0, 2))
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

/// A value in compact form with its unit: "$3.81bn", "2,631".
pub fn value_compact(value: f64, unit: Unit) -> String {
    match unit {
        Unit::UsdMillion => usd_compact(value),
        Unit::Companies => number(value, 0),
    }
}

/// A signed percentage: +22.7%, \u{2212}0.9%; a rate that rounds to zero gets no sign.
pub fn pct(x: f64, decimals: usize) -> String {
    let rounded = format!("{:.*}", decimals, x.abs());
    let is_zero = rounded.bytes().all(|b| b == b'0' || b == b'.');
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
