//! Growth maths: year-on-year change, implied bases, CAGR, targets, monthly
//! sums, and whether a quoted growth rate reproduces from the figures.
//!
//! All rates are in percent (`41.43` means +41.43%). Every function refuses,
//! with an [`Error`] that says why, to compare different measures or period
//! lengths, to grow from a zero or negative base, or to work on an empty span:
//! a news chart must never show a silent NaN.

use std::borrow::Cow;

use serde::Serialize;

use crate::data::{
    calendar_month, missing, Dataset, FiscalYear, Measure, Period, Qualifier, QuotedGrowth, Record,
    Release,
};
use crate::error::{Error, Joined, Plain, Result};
pub use crate::ids::{TargetReading, Verdict};

fn finite(what: &str, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::NotFinite {
            what: what.to_string(),
            value,
        })
    }
}

/// A computed result, refused if it overflowed: a base of 1e-300 gives an
/// "infinite" growth that must not reach a chart as a number.
fn result(what: &str, x: f64) -> Result<f64> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(Error::invalid(
            what,
            "the result is too large to state; check the inputs' magnitude",
        ))
    }
}

/// Percent change from `base` to `current`. `what` names the base in errors.
pub fn pct_change(base: f64, current: f64, what: &str) -> Result<f64> {
    finite(what, base)?;
    finite("current value", current)?;
    if base <= 0.0 {
        return Err(Error::NonPositiveBase {
            what: what.to_string(),
            value: base,
        });
    }
    result("growth", (current / base - 1.0) * 100.0)
}

/// Checks that two records may be compared: same measure (and so the same
/// definition and unit) and periods of the same length.
fn comparable(base: &Record, current: &Record) -> Result<()> {
    if base.measure != current.measure {
        return Err(current.measure.mismatch(base.measure));
    }
    let no_span = |p: Period| Error::NoSpan(p.to_string());
    let a_months = current
        .period
        .months()
        .ok_or_else(|| no_span(current.period))?;
    let b_months = base.period.months().ok_or_else(|| no_span(base.period))?;
    if a_months != b_months {
        return Err(Error::PeriodLengthMismatch {
            a: current.period.to_string(),
            a_months,
            b: base.period.to_string(),
            b_months,
        });
    }
    Ok(())
}

/// Growth in percent from `base` to `current`: same measure and same period
/// length, any distance apart.
pub fn growth(base: &Record, current: &Record) -> Result<f64> {
    comparable(base, current)?;
    pct_change(base.value, current.value, &base.label())
}

/// Year-on-year growth in percent: as [`growth`], and `base` must be the same
/// span exactly one year before `current`.
pub fn yoy(base: &Record, current: &Record) -> Result<f64> {
    comparable(base, current)?;
    if !current.period.is_year_after(base.period) {
        return Err(Error::NotYearOnYear {
            base: base.period.to_string(),
            current: current.period.to_string(),
        });
    }
    pct_change(base.value, current.value, &base.label())
}

/// Year-on-year growth of `record` against the dataset's figure for the
/// same span a year earlier, with that period; `None` where the dataset has
/// no such figure or the growth is undefined.
pub fn yoy_in(data: &Dataset, record: &Record) -> Option<(Period, f64)> {
    let base = data.year_before(record)?;
    Some((base.period, yoy(base, record).ok()?))
}

/// The base a value implies when it grew by `pct` percent: `value / (1 + pct/100)`.
/// $303m at +22.67% implies $247.0m a year earlier.
pub fn implied_base(value: f64, pct: f64) -> Result<f64> {
    finite("value", value)?;
    finite("growth rate", pct)?;
    if pct <= -100.0 {
        return Err(Error::ImpossibleGrowth { pct });
    }
    result("implied base", value / (1.0 + pct / 100.0))
}

/// Compound annual growth rate in percent from `start` to `end` over `years`.
pub fn cagr(start: f64, end: f64, years: f64) -> Result<f64> {
    finite("start value", start)?;
    finite("end value", end)?;
    finite("number of years", years)?;
    if years <= 0.0 {
        return Err(Error::EmptySpan(format!(
            "{} years; CAGR needs a span of more than zero years",
            Plain(years)
        )));
    }
    if start <= 0.0 {
        return Err(Error::NonPositiveBase {
            what: "CAGR start value".into(),
            value: start,
        });
    }
    if end < 0.0 {
        return Err(Error::invalid(
            "CAGR end value",
            format!("{} is negative", Plain(end)),
        ));
    }
    result("CAGR", ((end / start).powf(1.0 / years) - 1.0) * 100.0)
}

/// CAGR between two whole-fiscal-year records of the same measure.
pub fn cagr_between(first: &Record, last: &Record) -> Result<f64> {
    comparable(first, last)?;
    let (Period::FiscalYear { fy: a }, Period::FiscalYear { fy: b }) = (first.period, last.period)
    else {
        return Err(Error::invalid(
            "CAGR period",
            format!(
                "{} to {}: CAGR needs two whole fiscal years",
                first.period, last.period
            ),
        ));
    };
    cagr(first.value, last.value, f64::from(b.0) - f64::from(a.0))
}

/// Where actual figures stand against a target.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetProgress {
    pub reading: TargetReading,
    pub target: f64,
    /// The last year's figure (annual level) or the years' sum (cumulative).
    pub achieved: f64,
    /// `achieved / target` in percent.
    pub share_pct: f64,
    pub met: bool,
    /// The fiscal years the target covers.
    pub first: FiscalYear,
    pub last: FiscalYear,
}

fn target_years(target: &Record) -> Result<(FiscalYear, FiscalYear)> {
    match target.period {
        Period::FiscalYear { fy } => Ok((fy, fy)),
        Period::FiscalYears { first, last } if first <= last => Ok((first, last)),
        Period::FiscalYears { .. } => Err(Error::EmptySpan(format!(
            "the target period {} ends before it starts",
            target.period
        ))),
        other => Err(Error::invalid(
            "target period",
            format!("{other} is not one or more whole fiscal years"),
        )),
    }
}

/// Progress of `actual` figures toward `target` under `reading`.
pub fn target_progress(
    data: &Dataset,
    target: &Record,
    actual: Measure,
    reading: TargetReading,
) -> Result<TargetProgress> {
    if target.measure.unit() != actual.unit() {
        return Err(actual.mismatch(target.measure));
    }
    let (first, last) = target_years(target)?;
    let year = |fy: FiscalYear| {
        year_total(data, actual, fy)
            .map(|r| r.value)
            .ok_or_else(|| missing(actual, Period::FiscalYear { fy }))
    };
    let achieved = match reading {
        TargetReading::AnnualLevel => year(last)?,
        TargetReading::Cumulative => (first.0..=last.0)
            .map(|y| year(FiscalYear(y)))
            .sum::<Result<f64>>()?,
    };
    if target.value <= 0.0 {
        return Err(Error::NonPositiveBase {
            what: target.label(),
            value: target.value,
        });
    }
    Ok(TargetProgress {
        reading,
        target: target.value,
        achieved,
        share_pct: achieved / target.value * 100.0,
        met: achieved >= target.value,
        first,
        last,
    })
}

/// The constant growth a year, in percent, that takes `base` (the year
/// before the target period) to `target` in `years` years: as a level in the
/// last year, or as the sum of the `years` years' figures.
pub fn required_growth(base: f64, target: f64, years: u32, reading: TargetReading) -> Result<f64> {
    if years == 0 {
        return Err(Error::EmptySpan(
            "a target needs at least one year to reach it; 0 years were given".into(),
        ));
    }
    finite("target", target)?;
    if target <= 0.0 {
        return Err(Error::invalid(
            "target",
            format!("{} must be positive", Plain(target)),
        ));
    }
    match reading {
        TargetReading::AnnualLevel => cagr(base, target, f64::from(years)),
        TargetReading::Cumulative => {
            finite("base", base)?;
            if base <= 0.0 {
                return Err(Error::NonPositiveBase {
                    what: "base year".into(),
                    value: base,
                });
            }
            // base * (x + x^2 + ... + x^n) = target, increasing in x > 0:
            // bisection converges without a closed form.
            let sum = |x: f64| (1..=years).map(|k| x.powi(k as i32)).sum::<f64>() * base;
            let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
            while sum(hi) < target {
                hi *= 2.0;
                if !hi.is_finite() {
                    return result("required growth", hi);
                }
            }
            for _ in 0..200 {
                let mid = (lo + hi) / 2.0;
                if sum(mid) < target {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            result("required growth", ((lo + hi) / 2.0 - 1.0) * 100.0)
        }
    }
}

/// Sum of the monthly figures of `measure` over `period` (a fiscal year or a
/// span inside one). Every month must be present.
pub fn sum_months(data: &Dataset, measure: Measure, period: Period) -> Result<f64> {
    let (fy, first, last) = match period {
        Period::FiscalYear { fy } => (fy, 1, 12),
        Period::FiscalSpan { fy, first, last } => (fy, first, last),
        other => {
            return Err(Error::invalid(
                "period",
                format!("{other} is not a fiscal year or a span inside one"),
            ))
        }
    };
    if first == 0 || last > 12 || first > last {
        return Err(Error::EmptySpan(format!(
            "fiscal months {first} to {last} of {} are not a span of months (July is 1, June 12)",
            Period::FiscalYear { fy }
        )));
    }
    let mut total = 0.0;
    let mut missing = Vec::new();
    for index in first..=last {
        let (year, month) = calendar_month(fy, index);
        match data.get(measure, Period::month(year, month)) {
            Ok(r) => total += r.value,
            Err(_) => missing.push(Period::month(year, month).to_string()),
        }
    }
    if !missing.is_empty() {
        return Err(Error::IncompleteMonths {
            measure: measure.id(),
            fy: Period::FiscalYear { fy }.to_string(),
            missing: missing.joined(", "),
        });
    }
    Ok(total)
}

/// Whether `reported`, a total the dataset holds for a span of months, and
/// `sum`, the sum of those months, differ by no more than rounding can
/// explain: half a unit of each month as published (as [`from_months`]
/// counts it) and the total's own rounding. Past that, a chart must not say
/// the difference is rounding.
pub fn within_rounding(sum: f64, reported: &Record) -> bool {
    let months = reported.period.months().unwrap_or(0);
    (reported.value - sum).abs() <= 0.5 * f64::from(months) + reported.tolerance + 1e-9
}

/// A figure built from months: the sum over `period` (a fiscal year or a
/// span inside one), its rounding the months' added up. `None` unless every
/// month is there.
fn from_months(data: &Dataset, measure: Measure, period: Period) -> Option<Record> {
    let value = sum_months(data, measure, period).ok()?;
    let months = period.months()?;
    let (y, m) = match period.span() {
        Some(s) => (s.start / 12, s.start % 12 + 1),
        None => return None,
    };
    let first = data.get(measure, Period::month(y as u16, m as u8)).ok()?;
    Some(Record {
        measure,
        period,
        value,
        tolerance: 0.5 * f64::from(months),
        qualifier: Qualifier::AsReported,
        quoted_growth: None,
        // Cites its first month's source; the model cites every month drawn.
        source: first.source.clone(),
        derivation: Some(Cow::Borrowed("sum of its months")),
        first_reported: None,
        #[cfg(feature = "full")]
        note: None,
        release: Release::Reported,
    })
}

/// Whole fiscal year `fy` of `measure`: its reported total, or the sum of
/// its twelve months where no total was reported (a year that just ended).
pub fn year_total(data: &Dataset, measure: Measure, fy: FiscalYear) -> Option<Cow<'_, Record>> {
    let period = Period::FiscalYear { fy };
    match data.get(measure, period) {
        Ok(r) => Some(Cow::Borrowed(r)),
        Err(_) => from_months(data, measure, period).map(Cow::Owned),
    }
}

/// The whole fiscal years of `measure`, oldest first: each reported year,
/// and after the last a year whose twelve months are all in.
pub fn whole_years(data: &Dataset, measure: Measure) -> Vec<Cow<'_, Record>> {
    let mut out: Vec<Cow<Record>> = data
        .annual(measure)
        .into_iter()
        .map(Cow::Borrowed)
        .collect();
    let next = match out.last().map(|r| r.period) {
        Some(Period::FiscalYear { fy }) => Some(FiscalYear(fy.0 + 1)),
        _ => latest_month(data, measure).map(|(y, m)| FiscalYear::of_month(y, m)),
    };
    if let Some(r) = next.and_then(|fy| from_months(data, measure, Period::FiscalYear { fy })) {
        out.push(Cow::Owned(r));
    }
    out
}

/// The same span one year before `record`: the dataset's figure, or for a
/// span of months with no reported total, the sum of its months.
pub fn base_for<'a>(data: &'a Dataset, record: &Record) -> Option<Cow<'a, Record>> {
    if let Some(b) = data.year_before(record) {
        return Some(Cow::Borrowed(b));
    }
    let base = record.period.year_before()?;
    match base {
        Period::FiscalYear { .. } | Period::FiscalSpan { .. } => {
            from_months(data, record.measure, base).map(Cow::Owned)
        }
        _ => None,
    }
}

/// The latest calendar month with a monthly figure of `measure`.
fn latest_month(data: &Dataset, measure: Measure) -> Option<(u16, u8)> {
    data.records
        .iter()
        .filter(|r| r.measure == measure)
        .filter_map(|r| match r.period {
            Period::Month { year, month } => Some((year, month)),
            _ => None,
        })
        .max()
}

/// A fiscal year in progress: the months reported so far against the same
/// months a year earlier. Both sides are sums of months, so the growth
/// compares like with like, never part of a year with a whole one.
#[derive(Debug, Clone, PartialEq)]
pub struct YearToDate {
    /// July to the last month reported (July = 1), as a span.
    pub current: Record,
    /// The same months a year earlier, where the dataset has them.
    pub base: Option<Record>,
    pub growth_pct: Option<f64>,
}

impl YearToDate {
    /// The fiscal year in progress.
    pub fn fy(&self) -> FiscalYear {
        self.current.period.fiscal_year().unwrap_or(FiscalYear(0))
    }

    /// How many months are in (July = 1).
    pub fn months(&self) -> u8 {
        self.current.period.months().unwrap_or(0) as u8
    }
}

/// The fiscal year of `measure`'s latest month, if it is still running: no
/// total reported for it and fewer than twelve months in (a complete year
/// is one of [`whole_years`]). Months count from July up to the first gap.
pub fn running_year(data: &Dataset, measure: Measure) -> Option<YearToDate> {
    let (y, m) = latest_month(data, measure)?;
    let fy = FiscalYear::of_month(y, m);
    if data.get(measure, Period::FiscalYear { fy }).is_ok() {
        return None;
    }
    let months = fiscal_ytd(data, measure, fy).ok()?.len() as u8;
    if months >= 12 {
        return None;
    }
    let current = from_months(data, measure, Period::fy_span(fy.0, 1, months))?;
    let before = current.period.year_before()?;
    // Months first, like the current side; a reported total otherwise.
    let base =
        from_months(data, measure, before).or_else(|| data.get(measure, before).ok().cloned());
    let growth_pct = base.as_ref().and_then(|b| yoy(b, &current).ok());
    Some(YearToDate {
        current,
        base,
        growth_pct,
    })
}

/// The average a month the rest of a fiscal year needs to reach `target`
/// from `so_far` after `months_done` months.
pub fn monthly_pace_needed(target: f64, so_far: f64, months_done: u8) -> Result<f64> {
    finite("target", target)?;
    finite("total so far", so_far)?;
    if months_done >= 12 {
        return Err(Error::EmptySpan(
            "the year is complete; no months are left to reach the target".into(),
        ));
    }
    result(
        "monthly pace",
        (target - so_far).max(0.0) / f64::from(12 - months_done),
    )
}

/// Fiscal-year-to-date totals of `measure` for `fy`: the running sum from
/// July through each month present, stopping at the first gap.
pub fn fiscal_ytd(data: &Dataset, measure: Measure, fy: FiscalYear) -> Result<Vec<(Period, f64)>> {
    let mut out = Vec::new();
    let mut total = 0.0;
    for index in 1..=12 {
        let (year, month) = calendar_month(fy, index);
        let Ok(r) = data.get(measure, Period::month(year, month)) else {
            break;
        };
        total += r.value;
        out.push((r.period, total));
    }
    if out.is_empty() {
        return Err(Error::EmptySpan(format!(
            "no monthly {} figures from July of {}",
            measure.id(),
            Period::FiscalYear { fy }
        )));
    }
    Ok(out)
}

fn round_to(x: f64, decimals: u8) -> f64 {
    let f = 10f64.powi(i32::from(decimals));
    (x * f).round() / f
}

/// A quoted growth rate against the one computed from the figures.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCheck {
    pub computed_pct: f64,
    pub quoted_pct: f64,
    /// Decimal places the source gave the rate to.
    pub quoted_decimals: u8,
    /// The range of growth the published inputs allow, given their rounding.
    pub low_pct: f64,
    pub high_pct: f64,
    /// The base the current value and the quoted rate imply.
    pub implied_base: f64,
    /// The base the check used (the dataset's year-earlier figure).
    pub base: f64,
    /// The base the source quoted beside its rate, if it gave one.
    pub quoted_base: Option<f64>,
    pub verdict: Verdict,
    /// Whether the current value's own rounding accounts for the quote,
    /// its base taken as published: its rate then implies no revision of
    /// the base (FY2019-20's +23.71% fits a "$1.23bn" of $1,230.7m, not a
    /// FY2018-19 of $994m against the $994.848m published).
    #[serde(skip)]
    pub current_explains: bool,
}

impl QuoteCheck {
    /// The revision of the base that the quote implies, as (the dataset's
    /// base, the revised one), when the two differ by a reported unit or
    /// more: the base the source quoted, else the one its rate implies if
    /// the rate has two decimals or more (a rounder rate fits too many
    /// bases to name one) and the current value's rounding does not
    /// account for it.
    /// None where the rate reproduces exactly on the dataset's base: a
    /// different base printed beside it is then the source's slip, not a
    /// revision the rate implies (Jul-Feb FY2025-26's +19.7% is 2,970 on
    /// the months' $2,482m; on the $2,480m printed beside it, +19.8%).
    pub fn revision(&self) -> Option<(f64, f64)> {
        if self.verdict == Verdict::Exact {
            return None;
        }
        let implied = (self.quoted_decimals >= 2 && !self.current_explains)
            .then(|| self.implied_base.round());
        let revised = self.quoted_base.or(implied)?;
        ((revised - self.base).abs() >= 0.5).then_some((self.base, revised))
    }
}

/// Checks `quoted` against growth from `base` to `current`, allowing each
/// value its rounding tolerance (see [`Record::tolerance`]).
pub fn check_quote(base: &Record, current: &Record, quoted: &QuotedGrowth) -> Result<QuoteCheck> {
    let computed = yoy(base, current)?;
    finite("quoted growth", quoted.pct)?;
    let implied = implied_base(current.value, quoted.pct)?;
    let low = (current.value - current.tolerance) / (base.value + base.tolerance) * 100.0 - 100.0;
    let high = if base.value > base.tolerance {
        (current.value + current.tolerance) / (base.value - base.tolerance) * 100.0 - 100.0
    } else {
        f64::INFINITY
    };
    // The quote itself stands for anything that rounds to it.
    let half_step = 0.5 / 10f64.powi(i32::from(quoted.decimals));
    let on_base = |current: f64| current / base.value * 100.0 - 100.0;
    let current_explains = quoted.pct + half_step >= on_base(current.value - current.tolerance)
        && quoted.pct - half_step <= on_base(current.value + current.tolerance);
    let verdict = if (round_to(computed, quoted.decimals) - quoted.pct).abs() < 1e-9 {
        Verdict::Exact
    } else if quoted.pct + half_step >= low && quoted.pct - half_step <= high {
        Verdict::Rounding
    } else {
        Verdict::DoesNotReproduce
    };
    Ok(QuoteCheck {
        computed_pct: computed,
        quoted_pct: quoted.pct,
        quoted_decimals: quoted.decimals,
        low_pct: low,
        high_pct: high,
        implied_base: implied,
        base: base.value,
        quoted_base: quoted.base,
        verdict,
        current_explains,
    })
}

/// A reported total against the sum of its months.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SumCheck {
    pub reported: f64,
    pub computed: f64,
    pub verdict: Verdict,
}

/// Checks a reported fiscal-year or year-to-date total against its months.
/// Each month is rounded to $1m, so a total may differ from their sum by up
/// to half a million per month plus its own rounding.
pub fn check_sum(data: &Dataset, total: &Record) -> Result<SumCheck> {
    let computed = sum_months(data, total.measure, total.period)?;
    let months = total.period.months().unwrap_or(0);
    let allowed = total.tolerance + 0.5 * f64::from(months);
    let diff = (computed - total.value).abs();
    let verdict = if diff < 1e-9 {
        Verdict::Exact
    } else if diff <= allowed {
        Verdict::Rounding
    } else {
        Verdict::DoesNotReproduce
    };
    Ok(SumCheck {
        reported: total.value,
        computed,
        verdict,
    })
}

/// One check of the dataset, as the page lists them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Check {
    /// A quoted growth rate against the computed one.
    Quote {
        measure: Measure,
        period: Period,
        base_period: Period,
        #[serde(flatten)]
        result: QuoteCheck,
        source: String,
    },
    /// A quoted growth rate with no figures to check it.
    Unchecked {
        /// `None` where the speaker named no definition.
        measure: Option<Measure>,
        period: Period,
        quoted_pct: f64,
        /// Why, where a figure is missing; `None` where there is neither a
        /// definition nor a figure to look for.
        reason: Option<String>,
        source: String,
    },
    /// A reported total against the sum of its months.
    Sum {
        measure: Measure,
        period: Period,
        #[serde(flatten)]
        result: SumCheck,
        source: String,
    },
}

/// Every check the dataset allows: each quoted growth rate, each reported
/// total that its months can be summed to.
pub fn checks(data: &Dataset) -> Vec<Check> {
    let mut out = Vec::new();
    for r in &data.records {
        if let Some(q) = &r.quoted_growth {
            let source = q.source.as_deref().unwrap_or(&r.source).to_string();
            let checked = base_for(data, r)
                .ok_or_else(|| missing(r.measure, r.period.year_before().unwrap_or(r.period)))
                .and_then(|base| Ok((base.period, check_quote(&base, r, q)?)));
            out.push(match checked {
                Ok((base_period, result)) => Check::Quote {
                    measure: r.measure,
                    period: r.period,
                    base_period,
                    result,
                    source,
                },
                Err(e) => Check::Unchecked {
                    measure: Some(r.measure),
                    period: r.period,
                    quoted_pct: q.pct,
                    reason: Some(e.to_string()),
                    source,
                },
            });
        }
        let is_total = matches!(
            r.period,
            Period::FiscalYear { .. } | Period::FiscalSpan { .. }
        );
        if is_total {
            if let Ok(result) = check_sum(data, r) {
                out.push(Check::Sum {
                    measure: r.measure,
                    period: r.period,
                    result,
                    source: r.source.to_string(),
                });
            }
        }
    }
    for c in &data.claims {
        let reason = c.measure.map(|m| match data.get(m, c.period) {
            Ok(_) => "the figure is in the dataset but not its year-earlier base".to_string(),
            Err(e) => e.to_string(),
        });
        out.push(Check::Unchecked {
            measure: c.measure,
            period: c.period,
            quoted_pct: c.quoted_growth.pct,
            reason,
            source: c.source.to_string(),
        });
    }
    out
}
