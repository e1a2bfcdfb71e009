//! English: the words and formats of an English-language Pakistani business
//! page ("$3.81bn", "+19.1%", "FY2024-25").

use super::{
    axis_figure, number, number_trimmed, one_year, rounds_to_zero, whole, Lang, Ui, Words,
};
use crate::data::{calendar_month, month_abbr, FiscalYear, Measure, Period, Unit};
// The dataset tables' words: the builds that read custom data.
use crate::error::Joined;
use crate::ids::{ChartKind, Choice, Label, Message, OptionId, SeriesId, TargetReading, Verdict};
#[cfg(feature = "full")]
use {super::decimals_for, crate::data::Qualifier};

/// The English catalogue.
pub struct English;

/// English periods are the dataset's own notation ("FY2020-21", "Dec 2023").
fn fy(fy: FiscalYear) -> String {
    Period::FiscalYear { fy }.to_string()
}

// The takeaways' words: the full builds' alone (`message`).
#[cfg(feature = "full")]
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Calendar month `month` (1-12) in full.
#[cfg(feature = "full")]
fn month_name(month: u8) -> &'static str {
    MONTHS
        .get(usize::from(month.saturating_sub(1)))
        .copied()
        .unwrap_or("?")
}

/// A span inside a fiscal year as its months and its year:
/// ("Jul\u{2013}Feb", FY2025-26); a whole year as ("Jul\u{2013}Jun", it).
fn span_parts(p: Period) -> (String, Option<FiscalYear>) {
    let (fy, first, last) = match p {
        Period::FiscalSpan { fy, first, last } => (fy, first, last),
        Period::FiscalYear { fy } => (fy, 1, 12),
        other => return (other.to_string(), other.fiscal_year()),
    };
    let name = |i| month_abbr(calendar_month(fy, i).1);
    let months = if first == last {
        name(first).to_string()
    } else {
        format!("{}\u{2013}{}", name(first), name(last))
    };
    (months, Some(fy))
}

fn fy_opt(f: Option<FiscalYear>) -> String {
    f.map(fy).unwrap_or_default()
}

impl English {
    #[cfg(feature = "full")]
    fn takeaway_growth(
        &self,
        peak: (Period, f64),
        latest: (Period, f64),
        quoted: &[crate::ids::QuotedRate],
    ) -> String {
        let ok = quoted
            .iter()
            .filter(|q| q.verdict != Verdict::DoesNotReproduce)
            .count();
        let misses: Vec<String> = quoted
            .iter()
            .filter(|q| q.verdict == Verdict::DoesNotReproduce)
            .map(|q| {
                format!(
                    "{}'s quoted {} does not ({} computed)",
                    q.period,
                    self.pct(q.quoted_pct, usize::from(q.quoted_decimals)),
                    self.pct(q.computed_pct, 1)
                )
            })
            .collect();
        let tail = if misses.is_empty() {
            String::new()
        } else {
            format!("; {}", misses.joined(", "))
        };
        // One year of growth (a dataset of two years) has no peak to name.
        let growth = if peak.0 == latest.0 {
            format!("Growth was {} in {}.", self.pct(latest.1, 1), latest.0)
        } else {
            format!(
                "Growth peaked at {} in {} and was {} in {}.",
                self.pct(peak.1, 1),
                peak.0,
                self.pct(latest.1, 1),
                latest.0
            )
        };
        if quoted.is_empty() {
            return growth;
        }
        format!(
            "{growth} {ok} of {} annual rates quoted in reports reproduce from the figures{tail}.",
            quoted.len()
        )
    }

    #[cfg(feature = "full")]
    fn takeaway_monthly(
        &self,
        earlier: FiscalYear,
        later: FiscalYear,
        months: &[(Period, f64, f64)],
        so_far: bool,
    ) -> String {
        let above = months.iter().filter(|(_, x, y)| y > x).count();
        let below: Vec<String> = months
            .iter()
            .filter(|(_, x, y)| y <= x)
            .map(|(p, x, y)| {
                format!(
                    "{p} ({} against {})",
                    self.usd_compact(*y),
                    self.usd_compact(*x)
                )
            })
            .collect();
        let n = months.len();
        let tail = if so_far { " reported so far" } else { "" };
        let (later, earlier) = (fy(later), fy(earlier));
        // "All 8", "the one month", "none of the 8": never "8 of the 8" or
        // "0 of the 8" followed by all eight as exceptions.
        match (above, n) {
            (_, 1) => {
                let was = if above == 1 { "above" } else { "not above" };
                format!("{later} was {was} {earlier} in the one month{tail}.")
            }
            (0, _) => format!("{later} was not above {earlier} in any of the {n} months{tail}."),
            (2, 2) => format!("{later} was above {earlier} in both months{tail}."),
            _ if above == n => format!("{later} was above {earlier} in all {n} months{tail}."),
            _ => {
                let except = match below.as_slice() {
                    [one] => format!("the exception was {one}"),
                    many => format!("not in {}", many.joined(", ")),
                };
                let of = if so_far { "of the" } else { "of" };
                format!("{later} was above {earlier} in {above} {of} {n} months{tail}; {except}.")
            }
        }
    }

    fn target_note(
        &self,
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
                self.usd_compact(target),
                fy(last)
            ),
            (Period::FiscalYears { first, last }, TargetReading::Cumulative) => format!(
                "{} over {} to {} (read as a three-year sum)",
                self.usd_compact(target),
                fy(first),
                fy(last)
            ),
            _ => format!("{} in {period}", self.usd_compact(target)),
        };
        // A one-year target's growth is that year's, not "a year".
        let per = if one_year(period, base) {
            "on"
        } else {
            "a year from"
        };
        format!(
            "{what}: {} reached; it needed {} {per} {base}.",
            self.pct(super::share(share_pct), 1).trim_start_matches('+'),
            self.pct(needed_pct, 1),
        )
    }
}

/// " That is the sum of its months; $Y was reported ..." when a running
/// total drawn from the months (the sentence before names it) differs from
/// the reported one (a sentence to append, with its leading space), or
/// nothing. The reported total is written as the sum was, so the two read
/// side by side ("$2.98bn", "$2.97bn"), to the million where that form
/// makes them the same; not the sum again in another form, which read as
/// a third figure (a copy editor's reading).
#[cfg(feature = "full")]
fn months_gap(sum: f64, reported: Option<(f64, Option<f64>, bool)>) -> String {
    match reported {
        Some((r, growth, rounding)) if r != sum => {
            // The rate from the reported total too, so a reader who meets
            // it elsewhere (the comparisons chart, the news) sees why.
            let rate = growth.map_or(String::new(), |g| {
                format!(" ({} on the same months)", English.pct(g, 1))
            });
            let (again, told) = English.beside_sum(sum, r);
            let of = again.map_or(String::new(), |s| format!(", {s}"));
            // Rounding is named only where it can explain the gap; a larger
            // one is stated, not explained away.
            let why = if rounding {
                "as each month is rounded".to_string()
            } else {
                let more = if r > sum { "more" } else { "less" };
                format!(
                    "{} {more}, which rounding does not explain",
                    English.value_whole((r - sum).abs(), Unit::UsdMillion)
                )
            };
            format!(" That is the sum of its months{of}; {told} was reported{rate}, {why}.")
        }
        _ => String::new(),
    }
}

impl Words for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn pct(&self, x: f64, decimals: usize) -> String {
        let sign = if rounds_to_zero(x, decimals) {
            ""
        } else if x > 0.0 {
            "+"
        } else {
            "\u{2212}"
        };
        format!("{sign}{}%", number(x.abs(), decimals))
    }

    fn usd_compact(&self, usd_millions: f64) -> String {
        let a = usd_millions.abs();
        if a >= 1000.0 {
            // $3.81bn, $4.2bn, $5bn: two decimals at most, no trailing zeros.
            format!("${}bn", number_trimmed(usd_millions / 1000.0, 2))
        } else if !(1.0..10.0).contains(&a) {
            format!("${}m", whole(usd_millions))
        } else {
            format!("${}m", number(usd_millions, 1))
        }
    }

    fn usd_axis(&self, usd_millions: f64, step: f64) -> String {
        match axis_figure(usd_millions, step) {
            None => "$0".into(),
            Some((figure, true)) => format!("${figure}bn"),
            Some((figure, false)) => format!("${figure}m"),
        }
    }

    #[cfg(feature = "full")]
    fn value_exact(&self, value: f64, unit: Unit, tolerance: f64, qualifier: Qualifier) -> String {
        let prefix = match qualifier {
            Qualifier::AsReported => "",
            Qualifier::AtLeast => "over ",
        };
        match unit {
            Unit::UsdMillion => format!("{prefix}${}m", number(value, decimals_for(tolerance))),
            Unit::Companies => format!("{prefix}{} companies", number(value, 0)),
        }
    }

    fn value_whole(&self, value: f64, unit: Unit) -> String {
        match unit {
            Unit::UsdMillion => format!("${}m", whole(value)),
            Unit::Companies => number(value, 0),
        }
    }

    fn period(&self, p: Period) -> String {
        p.to_string()
    }

    /// Level 0 "FY2015-16", 1 "FY16", 2 "16" (the year the fiscal year
    /// ends, as the press writes FY16).
    fn period_short(&self, p: Period, level: u8) -> String {
        match (p, level) {
            (_, 0) => p.to_string(),
            (Period::FiscalYear { fy }, 1) => format!("FY{:02}", (fy.0 + 1) % 100),
            (Period::FiscalYear { fy }, _) => format!("{:02}", (fy.0 + 1) % 100),
            // A month keeps its whole year: "Nov 22" beside "31 Oct 2020"
            // read as a day of November (a visual sweep).
            (Period::Month { month, .. }, 2..) => month_abbr(month).to_string(),
            (Period::FiscalSpan { fy, .. }, _) => {
                // "Q1 FY21", "Jul\u{2013}Feb FY21": the span's name, then the short year.
                let full = p.to_string();
                // Up to the first space, found byte by byte (see `describe::each_once`).
                let end = full.bytes().position(|b| b == b' ').unwrap_or(full.len());
                let name = full.get(..end).unwrap_or_default();
                format!("{name} FY{:02}", (fy.0 + 1) % 100)
            }
            _ => p.to_string(),
        }
    }

    fn fiscal_month_short(&self, index: u8, level: u8) -> String {
        let (_, month) = calendar_month(FiscalYear(2000), index);
        let name = month_abbr(month);
        if level == 0 {
            name.to_string()
        } else {
            name.chars().take(1).collect()
        }
    }

    fn unit(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::UsdMillion => "US$ million",
            Unit::Companies => "companies",
        }
    }

    fn unit_percent(&self) -> &'static str {
        "percent, year on year"
    }

    fn measure_name(&self, m: Measure) -> &'static str {
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

    fn measure_short(&self, m: Measure) -> &'static str {
        match m {
            Measure::Ict => "ICT",
            // Still "narrow": the short names title the compared chart's
            // pairs on a phone, each pair its own series.
            Measure::ItItes => "IT (narrow)",
            Measure::PsebCompanies => "PSEB companies",
            Measure::SecpCompanies => "SECP companies",
            Measure::SecpRegistrations => "SECP registrations",
            Measure::ExportTarget => "Target",
            Measure::ExportPotential => "Potential",
        }
    }

    /// The publisher's own definition, which the dataset carries in English.
    fn definition(&self, m: Measure) -> &'static str {
        m.definition()
    }

    #[cfg(feature = "full")]
    fn fact(&self, id: &str) -> &'static str {
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

    #[cfg(feature = "full")]
    fn layer(&self, layer: u8) -> &'static str {
        match layer {
            1 => "source article",
            // Not "press reports": two narrow years have none (their source says so).
            _ => "public series (secondary sources)",
        }
    }

    fn series(&self, id: SeriesId) -> String {
        match id {
            SeriesId::Measure(m) => self.measure_name(m).to_string(),
            SeriesId::Quoted => self.label(Label::Quoted).to_string(),
            SeriesId::Year(year) => fy(year),
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::FirstRelease => "First release, since revised",
            Label::IctComputed => "ICT, computed",
            Label::NarrowComputed => "IT & ITeS (narrow), computed",
            Label::Quoted => "Rate quoted in reports",
            Label::Earlier => "Earlier period",
            Label::Later => "Later period (each pair on its own scale)",
            Label::DerivedBase => "(derived)",
            Label::DerivedMonth => "Derived from reported totals",
            Label::Target => "Target",
            Label::SummedBefore => "Earlier years of the sum",
            Label::FirstReleaseFlag => "first release",
            Label::Provisional => "provisional: a single low-profile source",
            Label::NoDefinition => "IT exports, definition not stated",
            Label::NoFigureNoDefinition => "no figure was given and no definition named",
        }
    }

    #[cfg(feature = "full")]
    fn verdict(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Exact => "reproduces exactly",
            Verdict::Rounding => "reproduces within rounding of the published figures",
            Verdict::DoesNotReproduce => "does not reproduce from the published figures",
        }
    }

    #[cfg(feature = "full")]
    fn unchecked(&self) -> &'static str {
        "cannot be checked"
    }

    #[cfg(feature = "full")]
    fn unchecked_reason(&self, reason: &str) -> String {
        reason.to_string()
    }

    #[cfg(feature = "full")]
    fn check_what(&self, measure: Measure, period: Period, base: Period) -> String {
        format!("{}, {period} vs {base}", self.measure_name(measure))
    }

    #[cfg(feature = "full")]
    fn sum_what(&self, measure: Measure, period: Period) -> String {
        format!(
            "{}, {period}: reported total vs sum of months",
            self.measure_name(measure)
        )
    }

    #[cfg(feature = "full")]
    fn verdict_implied(
        &self,
        verdict: Verdict,
        implied_base: &str,
        revision: Option<&str>,
    ) -> String {
        let revision = revision.map(|r| format!("; {r}")).unwrap_or_default();
        format!(
            "{}; the quoted rate implies a base of {implied_base}{revision}",
            self.verdict(verdict)
        )
    }

    fn data_text(&self, text: &str) -> String {
        text.to_string()
    }

    fn derived(&self) -> &'static str {
        "derived"
    }

    fn revised(&self) -> &'static str {
        "revised; first reported as"
    }

    #[cfg(feature = "full")]
    fn no_growth(&self) -> &'static str {
        "\u{2013}"
    }

    fn title(&self, kind: ChartKind) -> &'static str {
        match kind {
            ChartKind::Annual => "ICT export remittances by fiscal year",
            ChartKind::Growth => "Year-on-year growth, computed and quoted",
            ChartKind::Compared => "The comparisons the reports made",
            ChartKind::Monthly => "Month by month",
            ChartKind::Targets => "Against the targets",
        }
    }

    fn chart_label(&self, kind: ChartKind) -> &'static str {
        match kind {
            ChartKind::Annual => "By fiscal year",
            ChartKind::Growth => "Growth",
            ChartKind::Compared => "Comparisons",
            ChartKind::Monthly => "Month by month",
            ChartKind::Targets => "Targets",
        }
    }

    fn definitions(&self) -> &'static str {
        "ICT: telecommunication, computer and information services. IT & ITeS (narrow): computer and call-centre services only, a narrower series than ICT. Fiscal years run July to June. US dollars."
    }

    fn citation(&self, outlet: &str, date: &str) -> String {
        format!("{outlet}, {}", self.date(date))
    }

    fn source_line(&self, outlets: &[String]) -> String {
        // A desk names a handful and points to the rest: on a phone, fifteen
        // outlets would take more lines than the chart. The latest figures'
        // sources are the last cited; every figure's own is in the table.
        const NAMED: usize = 5;
        if outlets.len() > 8 {
            let shown = &outlets[outlets.len() - NAMED..];
            return format!(
                "Sources: {} and {} others; each figure's source is in the data table.",
                shown.joined("; "),
                outlets.len() - NAMED
            );
        }
        match outlets {
            [] => String::new(),
            [one] => format!("Source: {one}."),
            [a, b] => format!("Sources: {a}; and {b}."),
            [init @ .., last] => format!("Sources: {}; and {last}.", init.joined("; ")),
        }
    }

    fn message(&self, m: &Message) -> String {
        match m {
            #[cfg(feature = "full")]
            Message::Sentences(parts) => parts
                .iter()
                .map(|p| self.message(p))
                .collect::<Vec<_>>()
                .joined(" "),
            #[cfg(feature = "full")]
            Message::AnnualTakeaway {
                first,
                last,
                cagr_pct,
                falls,
            } => {
                let fell = match falls.as_slice() {
                    [] => "they did not fall in any year".to_string(),
                    // "fell by 1.0%", not "by −1.0%": the verb says which way.
                    [(p, g)] => format!(
                        "they fell only once, by {} in {p}",
                        self.pct(g.abs(), 1).trim_start_matches('+')
                    ),
                    many => format!("they fell in {} years", many.len()),
                };
                // The first-draw build words only the built-in figures'
                // takeaway (prepared: they grew, from a first year above
                // zero), so it leaves out the other cases (-69 bytes of its
                // wasm, gzip).
                #[cfg(not(feature = "full"))]
                return format!(
                    "ICT export remittances grew from {} in {} to {} in {}, {} a year on average; {fell}.",
                    self.usd_compact(first.1),
                    first.0,
                    self.usd_compact(last.1),
                    last.0,
                    self.pct(cagr_pct.unwrap_or_default(), 1)
                );
                // Said by the figures' direction: a custom series can fall,
                // and one from a first year of zero has no average rate.
                #[cfg(feature = "full")]
                {
                    let (v0, v1) = (self.usd_compact(first.1), self.usd_compact(last.1));
                    let (p0, p1) = (first.0, last.0);
                    let went = match last.1.total_cmp(&first.1) {
                        std::cmp::Ordering::Greater => format!("grew from {v0} in {p0} to {v1} in {p1}"),
                        std::cmp::Ordering::Less => format!("fell from {v0} in {p0} to {v1} in {p1}"),
                        std::cmp::Ordering::Equal => format!("were {v0} in {p0} and again in {p1}"),
                    };
                    let rate = cagr_pct
                        .map(|r| format!(", {} a year on average", self.pct(r, 1)))
                        .unwrap_or_default();
                    format!("ICT export remittances {went}{rate}; {fell}.")
                }
            }
            #[cfg(feature = "full")]
            Message::GrowthTakeaway {
                peak,
                latest,
                quoted,
            } => self.takeaway_growth(*peak, *latest, quoted),
            #[cfg(feature = "full")]
            Message::ComparedTakeaway {
                verdicts,
                all_checked,
                all_failing,
            } => {
                let n = verdicts.len();
                let exact = verdicts.iter().filter(|v| **v == Verdict::Exact).count();
                let rounding = verdicts.iter().filter(|v| **v == Verdict::Rounding).count();
                let fail = n - exact - rounding;
                let drawn = if fail == 0 {
                    format!("All {n} comparisons drawn reproduce from the published figures ({exact} exactly, {rounding} within rounding).")
                } else {
                    let verb = if fail == 1 { "does" } else { "do" };
                    format!("{} of the {n} comparisons drawn reproduce from the published figures; {fail} {verb} not.", exact + rounding)
                };
                let all = match all_failing {
                    0 => format!("All {all_checked} quoted rates in the checks table reproduce."),
                    f => {
                        let verb = if *f == 1 { "does" } else { "do" };
                        format!("Of all {all_checked} quoted rates in the checks table, {f} {verb} not.")
                    }
                };
                format!("{drawn} {all}")
            }
            #[cfg(feature = "full")]
            Message::MonthlyTakeaway {
                earlier,
                later,
                months,
                so_far,
            } => self.takeaway_monthly(*earlier, *later, months, *so_far),
            #[cfg(feature = "full")]
            Message::MonthlyCumulativeTakeaway {
                earlier: (a, total_a),
                later: (b, total_b),
                through,
                growth_pct,
                reported_later,
            } => {
                let gap = months_gap(*total_b, *reported_later);
                let month = match through {
                    Period::Month { month, .. } => month_name(*month),
                    _ => "",
                };
                format!(
                    "By {month}, {} had reached {}, {} on {}'s {} over the same months.{gap}",
                    fy(*b),
                    self.usd_compact(*total_b),
                    self.pct(*growth_pct, 1),
                    fy(*a),
                    self.usd_compact(*total_a)
                )
            }
            #[cfg(feature = "full")]
            Message::Title { chart } => self.title(*chart).to_string(),
            #[cfg(feature = "full")]
            Message::GrowthTitle { quoted: true } => self.title(ChartKind::Growth).to_string(),
            #[cfg(feature = "full")]
            Message::GrowthTitle { quoted: false } => "Year-on-year growth".to_string(),
            #[cfg(feature = "full")]
            Message::MonthlyTitle { earlier, later } => {
                // The newer year first, as a desk writes "this year against last".
                format!("Month by month: {} against {}", fy(*later), fy(*earlier))
            }
            #[cfg(feature = "full")]
            Message::FiguresTo { year, month } => {
                format!("Figures to {} {year}.", month_name(*month))
            }
            #[cfg(feature = "full")]
            Message::YearToDate {
                current,
                base,
                growth_pct,
                reported,
            } => {
                let (months, year) = span_parts(current.0);
                let on = match (base, growth_pct) {
                    (Some((p, v)), Some(g)) => format!(
                        ", {} on the same months of {} ({})",
                        self.pct(*g, 1),
                        fy_opt(p.fiscal_year()),
                        self.usd_compact(*v)
                    ),
                    _ => String::new(),
                };
                format!(
                    "So far in {} ({months}), ICT remittances reached {}{on}.{}",
                    fy_opt(year),
                    self.usd_compact(current.1),
                    months_gap(current.1, *reported)
                )
            }
            Message::YearToDateLabel { period } => {
                let (months, year) = span_parts(*period);
                format!("{} so far ({months})", fy_opt(year))
            }
            #[cfg(feature = "full")]
            Message::NarrowGap {
                min,
                max,
                first,
                last,
            } => format!(
                "From {first} to {last} the narrow IT & ITeS series ran {} to {} a year below ICT: a narrower series, not a fixed gap.",
                self.usd_compact(*min),
                self.usd_compact(*max)
            ),
            // Said only in the targets chart's takeaway, never under its
            // plot: the first-draw builds take the takeaway prepared.
            #[cfg(feature = "full")]
            Message::RunningTargetNote {
                target,
                so_far,
                share_pct,
                pace_needed,
                pace_so_far,
                others,
            } => {
                let (months, year) = span_parts(so_far.0);
                let left = 12 - so_far.0.months().unwrap_or(12).min(12);
                let others = if others.is_empty() {
                    String::new()
                } else {
                    let values: Vec<String> = others.iter().map(|v| self.usd_compact(*v)).collect();
                    format!(
                        " Officials also gave {} for the year; the chart draws the {} cited most.",
                        values.joined(" and "),
                        self.usd_compact(*target)
                    )
                };
                // Reached before the year is out, no month "needs $0m"; and
                // one month left is "the other month".
                let rest = if so_far.1 >= *target {
                    let months = if left == 1 { "month" } else { "months" };
                    format!("reached with {left} {months} to go")
                } else {
                    let needed = self.usd_compact(*pace_needed);
                    let other = if left == 1 {
                        format!("the last month needs {needed}")
                    } else {
                        format!("the other {left} months need {needed} a month")
                    };
                    format!(
                        "{other}, against {} a month so far",
                        self.usd_compact(*pace_so_far)
                    )
                };
                format!(
                    "{} target for {}: {} in {months} is {} of it; {rest}.{others}",
                    self.usd_compact(*target),
                    fy_opt(year),
                    self.usd_compact(so_far.1),
                    self.pct(super::share(*share_pct), 1).trim_start_matches('+'),
                )
            }
            Message::FutureTargetNote {
                target,
                fy: year,
                needed_pct,
                base,
            } => format!(
                "{} by {}: it needs {} a year from {}'s {}.",
                self.usd_compact(*target),
                fy(*year),
                self.pct(*needed_pct, 1),
                base.0,
                self.usd_compact(base.1)
            ),
            // Said only in the targets chart's takeaway, never under its
            // plot: the first-draw builds take the takeaway prepared.
            #[cfg(feature = "full")]
            Message::TargetDefinition {
                target,
                narrow_base,
                needed_pct,
            } => format!(
                "The {} target was announced beside the narrow IT & ITeS figure ({} in {}) and named no definition; this chart measures it against ICT. From the narrow figure it needed {} a year.",
                self.usd_compact(*target),
                self.usd_compact(narrow_base.1),
                narrow_base.0,
                self.pct(*needed_pct, 1)
            ),
            Message::UndatedTargets { values } => {
                let values: Vec<String> = values.iter().map(|v| self.usd_compact(*v)).collect();
                format!(
                    "A {} target with no year is in the data but not drawn.",
                    values.joined(" and ")
                )
            }
            #[cfg(feature = "full")]
            Message::BaseRevision {
                base,
                from,
                to,
                quoted,
            } => format!(
                "{} {base} revised from ${}m to ${}m",
                if *quoted {
                    "the quoted base implies"
                } else {
                    "that is,"
                },
                number(*from, 0),
                number(*to, 0)
            ),
            Message::TargetNote {
                target,
                period,
                reading,
                share_pct,
                needed_pct,
                base,
            } => self.target_note(*target, *period, *reading, *share_pct, *needed_pct, *base),
            Message::PotentialNote {
                value,
                cagr_pct,
                reached,
            } => format!(
                "{}+ potential: no year was given; at the past decade's average of {} a year it would be reached in {}.",
                self.usd_compact(*value),
                self.pct(*cagr_pct, 1),
                fy(*reached)
            ),
            Message::PotentialLabel { value } => {
                format!("{}+ stated potential, no year given", self.usd_compact(*value))
            }
            Message::VerdictShort {
                quoted_pct,
                quoted_decimals,
                verdict,
                revision,
            } => {
                let revision = match revision {
                    Some((from, to)) => format!(
                        "; on a base revised to ${}m from ${}m",
                        number(*to, 0),
                        number(*from, 0)
                    ),
                    None => String::new(),
                };
                let verdict = match verdict {
                    Verdict::Exact => "reproduces exactly",
                    Verdict::Rounding => "reproduces within rounding",
                    Verdict::DoesNotReproduce => "does not reproduce",
                };
                format!(
                    "quoted {}: {verdict}{revision}",
                    self.pct(*quoted_pct, usize::from(*quoted_decimals))
                )
            }
            #[cfg(feature = "full")]
            Message::FastestSlowest { fastest, slowest } => format!(
                "Fastest growth was {} in {}; slowest {} in {}.",
                self.pct(fastest.1, 1),
                fastest.0,
                self.pct(slowest.1, 1),
                slowest.0
            ),
            #[cfg(feature = "full")]
            Message::Intro { chart, cumulative } => match (chart, cumulative) {
                (ChartKind::Annual, _) => "Bar chart of annual ICT export remittances, with the narrow IT and ITeS series beside them where it exists; a year still running is drawn as its months so far beside the same months a year earlier.",
                (ChartKind::Growth, _) => "Line chart of year-on-year growth, computed from the figures, with diamonds for the rates quoted in reports.",
                (ChartKind::Compared, _) => "Pairs of bars for the comparisons the reports made, each pair on its own scale.",
                (ChartKind::Monthly, false) => "Line chart of monthly ICT export remittances, the latest fiscal year against the one before.",
                (ChartKind::Monthly, true) => "Line chart of fiscal-year-to-date ICT export remittances, the latest fiscal year against the one before.",
                (ChartKind::Targets, _) => "Bar chart of ICT export remittances against the government's targets; a year still running is drawn as its months so far.",
            }
            .to_string(),
            // The first-draw builds word only what they draw (a running
            // year's label, a verdict, the targets' notes and labels): the
            // takeaways, titles and descriptions come prepared
            // (src/words/prepared/), 3 KB of their wasm (gzip). The page
            // tests draw every chart and choice on them.
            #[cfg(not(feature = "full"))]
            _ => unreachable!("worded only by the full builds"),
        }
    }

    fn control(&self, option: OptionId) -> &'static str {
        match option {
            OptionId::Cumulative => "Show",
            OptionId::TargetReading => "Read the $5bn 2020-23 target as",
        }
    }

    fn choice(&self, choice: Choice) -> &'static str {
        match choice {
            Choice::Cumulative(false) => "Each month",
            Choice::Cumulative(true) => "Year to date",
            Choice::TargetReading(TargetReading::AnnualLevel) => "A level by FY2022-23",
            Choice::TargetReading(TargetReading::Cumulative) => "A three-year sum",
        }
    }

    fn running_or_implied(&self) -> &'static str {
        "computed from the published figures (a running total or an implied base)"
    }

    fn growth_and_verdict(&self, growth: &str, verdict: &str) -> String {
        format!("{growth}; {verdict}")
    }

    fn sum_beside_reported(&self, reported: &str, rounding: bool) -> String {
        let why = if rounding {
            "(each figure is rounded)"
        } else {
            "(more than rounding explains)"
        };
        format!("the sum of its months; {reported} was reported {why}")
    }

    fn growth_on(&self, pct: f64, decimals: usize, base: Period) -> String {
        format!("{} on {base}", self.pct(pct, decimals))
    }

    /// "ICT services, FY2024-25: $3,810m, +18.2% on FY2023-24. Source: Business Recorder."
    fn announce(&self, head: &str, value: &str, growth: Option<&str>, source: &str) -> String {
        let growth = growth.map(|g| format!(", {g}")).unwrap_or_default();
        let source = if source.is_empty() {
            String::new()
        } else {
            format!(" Source: {source}.")
        };
        format!("{head}: {value}{growth}.{source}")
    }

    fn series_summary(&self, name: &str, n: usize, points: [(&str, &str); 4]) -> String {
        let [first, last, high, low] = points;
        // Each period in brackets: a running total's is a span ("FY2020-21
        // to FY2022-23"), and "from $2,108m in FY2020-21 to $7,320m in
        // FY2020-21 to FY2022-23" read as a third period.
        if n == 1 {
            return format!("{name}: {} ({}).", first.0, first.1);
        }
        format!(
            "{name}: {n} points, from {} ({}) to {} ({}); highest {} ({}), lowest {} ({}).",
            first.0, first.1, last.0, last.1, high.0, high.1, low.0, low.1
        )
    }

    #[cfg(feature = "full")]
    fn csv_header(&self) -> [&'static str; 8] {
        [
            "series",
            "period",
            "value",
            "unit",
            "derived",
            "definition",
            "source",
            "figures_to",
        ]
    }

    #[cfg(feature = "full")]
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes {
            "yes"
        } else {
            "no"
        }
    }

    fn ui(&self) -> &'static Ui {
        &UI
    }

    fn point_head(&self, series: &str, period: &str) -> String {
        format!("{series}, {period}")
    }

    fn labelled(&self, label: &str, text: &str) -> String {
        format!("{label}: {text}")
    }

    #[cfg(feature = "full")]
    fn data_report(
        &self,
        shown: usize,
        records: usize,
        not_shown: &[String],
        more: usize,
    ) -> String {
        let more = if more > 0 {
            format!("; and {more} more")
        } else {
            String::new()
        };
        format!(
            "This chart draws {shown} of the {records} figures given; not drawn: {}{more}.",
            not_shown.joined("; ")
        )
    }

    #[cfg(feature = "full")]
    fn checks_summary(
        &self,
        total: usize,
        exact: usize,
        rounding: usize,
        not: usize,
        unchecked: usize,
    ) -> String {
        format!(
            "Of {total} checks, {exact} reproduce exactly, {rounding} within rounding, {not} do not reproduce, and {unchecked} cannot be checked."
        )
    }

    fn summed_sources(&self, outlets: &[String], years: bool) -> String {
        format!(
            "sum of the {} ({})",
            if years { "years" } else { "months" },
            outlets.joined(", ")
        )
    }

    #[cfg(feature = "full")]
    fn figures_summary(&self, figures: usize, sources: usize) -> String {
        format!("{figures} figures from {sources} sources.")
    }
}

static UI: Ui = Ui {
    chart_label: "Interactive chart",
    keys_help: "Use the left and right arrow keys to move between data points, Home and End for the first and last, Escape to close the details.",
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
