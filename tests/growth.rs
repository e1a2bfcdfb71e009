//! The growth engine against the verdicts in DATA.md and values worked by hand.

use pk_it_exports::data::{builtin, Dataset, Measure, Period, Record};
use pk_it_exports::error::Error;
use pk_it_exports::growth::{self, Check, TargetReading, Verdict};

use Measure::*;

fn get(data: &Dataset, m: Measure, p: Period) -> &Record {
    data.get(m, p).unwrap_or_else(|e| panic!("{e}"))
}

fn close(a: f64, b: f64, eps: f64) -> bool {
    (a - b).abs() < eps
}

/// (measure, period, computed growth to 2 dp, verdict): DATA.md's table of
/// checks, plus the layer 2 annual rates, which it does not list.
#[test]
fn every_quoted_rate_has_the_verdict_of_data_md() {
    let data = builtin();
    let month = Period::month;
    let span = Period::fy_span;
    let cases: [(Measure, Period, f64, Verdict); 25] = [
        (Ict, Period::fy_span(2020, 1, 8), 41.42, Verdict::Rounding),
        (ItItes, Period::fy_span(2020, 1, 3), 43.55, Verdict::Exact),
        (Ict, Period::fy_span(2020, 1, 3), 41.01, Verdict::Exact),
        (
            PsebCompanies,
            Period::Date {
                year: 2020,
                month: Some(10),
                day: Some(31),
            },
            24.93,
            Verdict::Exact,
        ),
        (ItItes, Period::fy(2019), 23.64, Verdict::Rounding),
        (Ict, Period::month(2023, 12), 23.17, Verdict::Rounding),
        (
            Ict,
            Period::month(2023, 11),
            11.16,
            Verdict::DoesNotReproduce,
        ),
        (Ict, Period::fy(2016), 19.02, Verdict::Exact),
        // Pakistan Observer's +13% for FY2017-18: the figures give +13.7%.
        (Ict, Period::fy(2017), 13.68, Verdict::DoesNotReproduce),
        // FY2022-23 is $2,593m, as the cited page says: +24.30% to FY2023-24.
        (Ict, Period::fy(2023), 24.30, Verdict::Exact),
        (Ict, Period::fy(2024), 18.21, Verdict::Exact),
        // FY2025-26 month by month (DATA.md layer 2b).
        (Ict, month(2025, 7), 23.78, Verdict::Rounding),
        (Ict, month(2025, 9), 25.34, Verdict::Exact),
        (Ict, month(2025, 10), 16.97, Verdict::Exact),
        (Ict, month(2025, 11), 14.84, Verdict::Rounding),
        // +26% quoted; 437/348 is +25.57%, which rounds to it.
        (Ict, month(2025, 12), 25.57, Verdict::Exact),
        (Ict, month(2026, 1), 19.49, Verdict::Exact),
        (Ict, month(2026, 2), 19.67, Verdict::Rounding),
        // FY2025-26 to date, each against the same months of FY2024-25
        // (their sum where no total was reported).
        (Ict, span(2025, 1, 2), 18.32, Verdict::Exact),
        (Ict, span(2025, 1, 3), 20.66, Verdict::Rounding),
        // APP's +19.5% for July-October: 1,443 on 1,206 is +19.65%, outside
        // what rounding of either figure allows.
        (Ict, span(2025, 1, 4), 19.65, Verdict::DoesNotReproduce),
        (Ict, span(2025, 1, 5), 18.67, Verdict::Rounding),
        (Ict, span(2025, 1, 6), 19.96, Verdict::Exact),
        (Ict, span(2025, 1, 7), 19.89, Verdict::Rounding),
        (Ict, span(2025, 1, 8), 19.66, Verdict::Exact),
    ];
    let checks = growth::checks(&data);
    let quotes: Vec<_> = checks
        .iter()
        .filter_map(|c| match c {
            Check::Quote {
                measure,
                period,
                result,
                ..
            } => Some((*measure, *period, result)),
            _ => None,
        })
        .collect();
    assert_eq!(
        quotes.len(),
        cases.len(),
        "every quoted rate is checked, and only those"
    );
    for (measure, period, computed, verdict) in cases {
        let (_, _, result) = quotes
            .iter()
            .find(|(m, p, _)| *m == measure && *p == period)
            .unwrap_or_else(|| panic!("no check for {measure:?} {period}"));
        assert!(
            close(result.computed_pct, computed, 0.005),
            "{period}: {}",
            result.computed_pct
        );
        assert_eq!(result.verdict, verdict, "{period}");
    }
    // The six-month +40% has no figures behind it, and no definition: it
    // is not an ICT figure, and says so.
    let unchecked: Vec<_> = checks
        .iter()
        .filter(|c| matches!(c, Check::Unchecked { .. }))
        .collect();
    assert_eq!(unchecked.len(), 1);
    let Check::Unchecked {
        quoted_pct,
        reason,
        measure,
        ..
    } = unchecked[0]
    else {
        unreachable!()
    };
    assert_eq!(*quoted_pct, 40.0);
    assert_eq!((*measure, reason.as_deref()), (None, None));
}

/// The bases the FY2025-26 reports quoted beside their rates: where they
/// differ from the FY2024-25 months, the check names the revision; where
/// they agree, none.
#[test]
fn quoted_bases_show_the_fy2024_25_revisions_they_imply() {
    let data = builtin();
    let revisions: Vec<(Period, Option<(f64, f64)>)> = growth::checks(&data)
        .into_iter()
        .filter_map(|c| match c {
            Check::Quote { period, result, .. } if result.quoted_base.is_some() => {
                Some((period, result.revision()))
            }
            _ => None,
        })
        .collect();
    let span = Period::fy_span;
    assert_eq!(
        revisions,
        [
            (Period::month(2025, 7), None),
            (Period::month(2025, 9), None),
            (Period::month(2025, 12), None),
            (Period::month(2026, 1), None),
            (span(2025, 1, 2), None),
            (span(2025, 1, 3), Some((876.0, 877.0))),
            (span(2025, 1, 5), Some((1516.0, 1518.0))),
            (span(2025, 1, 7), Some((2177.0, 2180.0))),
            // +19.7% is 2,970 on the months' $2,482m exactly: the $2,480m
            // printed beside it is no revision the rate implies (on it, +19.8%).
            (span(2025, 1, 8), None),
        ]
    );
    // December 2023's +22.67% gives no base, but two decimals imply one:
    // $247m, a revision of the derived $246m.
    let dec = growth::checks(&data)
        .into_iter()
        .find_map(|c| match c {
            Check::Quote { period, result, .. } if period == Period::month(2023, 12) => {
                Some(result)
            }
            _ => None,
        })
        .unwrap();
    assert_eq!(dec.revision(), Some((246.0, 247.0)));
    // FY2019-20's +23.71% (narrow) has two decimals too, but the rounding
    // of its own "$1.23bn" accounts for it ($1,230.7m, DATA.md): it implies
    // no revision of a FY2018-19 published to the thousand ($994.848m). It
    // was said to revise it to $994m.
    let narrow = growth::checks(&data)
        .into_iter()
        .find_map(|c| match c {
            Check::Quote {
                measure: Measure::ItItes,
                period,
                result,
                ..
            } if period == Period::fy(2019) => Some(result),
            _ => None,
        })
        .unwrap();
    assert_eq!(narrow.verdict, Verdict::Rounding);
    assert_eq!(narrow.revision(), None);
}

/// Every reported total of FY2025-26 against the sum of its months.
#[test]
fn fy2025_26_reported_totals_hold_against_their_months() {
    let data = builtin();
    for (last, reported, months, verdict) in [
        (2, 691.0, 691.0, Verdict::Exact),
        (3, 1057.0, 1057.0, Verdict::Exact),
        (4, 1443.0, 1443.0, Verdict::Exact),
        (5, 1799.0, 1799.0, Verdict::Exact),
        (6, 2236.0, 2236.0, Verdict::Exact),
        (7, 2610.0, 2610.0, Verdict::Exact),
        // "$2.97bn": the months add to $2,975m, within its rounding.
        (8, 2970.0, 2975.0, Verdict::Rounding),
    ] {
        let r = get(&data, Ict, Period::fy_span(2025, 1, last));
        let check = growth::check_sum(&data, r).unwrap();
        assert_eq!(
            (check.reported, check.computed, check.verdict),
            (reported, months, verdict),
            "{}",
            r.period
        );
    }
    // No reported total anywhere in the data fails against its months.
    for c in growth::checks(&data) {
        if let Check::Sum { period, result, .. } = c {
            assert_ne!(result.verdict, Verdict::DoesNotReproduce, "{period}");
        }
    }
}

#[test]
fn the_running_year_is_july_to_february_against_the_same_months() {
    let data = builtin();
    let ytd = growth::running_year(&data, Ict).unwrap();
    assert_eq!(ytd.current.period, Period::fy_span(2025, 1, 8));
    assert_eq!(ytd.current.value, 2975.0);
    let base = ytd.base.as_ref().unwrap();
    assert_eq!(
        (base.period, base.value),
        (Period::fy_span(2024, 1, 8), 2482.0)
    );
    assert!(close(ytd.growth_pct.unwrap(), 19.8630, 0.0001));
    // $5bn needs $506m a month for March-June, against $372m so far.
    let pace = growth::monthly_pace_needed(5000.0, 2975.0, 8).unwrap();
    assert!(close(pace, 506.25, 1e-9));
    // Uraan's $10bn by FY2028-29 from FY2024-25's $3,810m: +27.3% a year.
    let g = growth::required_growth(3810.0, 10_000.0, 4, TargetReading::AnnualLevel).unwrap();
    assert!(close(g, 27.2825, 0.0001), "{g}");
    // The $5bn 2020-23 level from the narrow $1,230m: +59.6% a year; the sum +16.0%.
    let g = growth::required_growth(1230.0, 5000.0, 3, TargetReading::AnnualLevel).unwrap();
    assert!(close(g, 59.59, 0.01), "{g}");
    let g = growth::required_growth(1230.0, 5000.0, 3, TargetReading::Cumulative).unwrap();
    assert!(close(g, 16.0, 0.05), "{g}");
}

#[test]
fn december_2022_implied_by_303m_at_22_67_pct_is_247m() {
    let implied = growth::implied_base(303.0, 22.67).unwrap();
    assert!(close(implied, 247.004, 0.001), "{implied}");
    // ... which matches the $246m derived from Jul-Dec minus Jul-Nov, within its rounding.
    let data = builtin();
    let dec22 = get(&data, Ict, Period::month(2022, 12));
    assert!((implied - dec22.value).abs() <= dec22.tolerance + 0.5);
}

#[test]
fn fy2019_20_narrow_holds_if_it_was_1230_7m() {
    let q = 1230.7 / 994.848 * 100.0 - 100.0;
    assert!(close(q, 23.71, 0.005), "{q}");
}

#[test]
fn yoy_of_annual_series() {
    let data = builtin();
    let g = growth::yoy(
        get(&data, Ict, Period::fy(2023)),
        get(&data, Ict, Period::fy(2024)),
    )
    .unwrap();
    assert!(close(g, 18.2128, 0.0001));
    // FY2022-23 fell slightly after the revision.
    let g = growth::yoy(
        get(&data, Ict, Period::fy(2021)),
        get(&data, Ict, Period::fy(2022)),
    )
    .unwrap();
    assert!(close(g, -0.9927, 0.0001), "{g}");
}

#[test]
fn cagr_against_hand_values() {
    let data = builtin();
    let g = growth::cagr_between(
        get(&data, Ict, Period::fy(2015)),
        get(&data, Ict, Period::fy(2024)),
    )
    .unwrap();
    assert!(close(g, 19.1256, 0.0001), "{g}");
    let g = growth::cagr_between(
        get(&data, ItItes, Period::fy(2016)),
        get(&data, ItItes, Period::fy(2019)),
    )
    .unwrap();
    assert!(close(g, 23.3733, 0.0001), "{g}");
    assert!(close(growth::cagr(100.0, 121.0, 2.0).unwrap(), 10.0, 1e-9));
}

#[test]
fn the_5bn_target_under_both_readings() {
    let data = builtin();
    let target = get(
        &data,
        ExportTarget,
        Period::FiscalYears {
            first: pk_it_exports::data::FiscalYear(2020),
            last: pk_it_exports::data::FiscalYear(2022),
        },
    );
    let annual = growth::target_progress(&data, target, Ict, TargetReading::AnnualLevel).unwrap();
    assert_eq!(annual.achieved, 2593.0);
    assert!(close(annual.share_pct, 51.86, 1e-9) && !annual.met);
    let cumulative =
        growth::target_progress(&data, target, Ict, TargetReading::Cumulative).unwrap();
    assert_eq!(cumulative.achieved, 2108.0 + 2619.0 + 2593.0);
    assert!(close(cumulative.share_pct, 146.4, 1e-9) && cumulative.met);

    // From FY2019-20's $1,440m: +51.4% a year to reach $5bn a year by FY2022-23,
    // +7.5% a year for three years to add up to $5bn.
    let g = growth::required_growth(1440.0, 5000.0, 3, TargetReading::AnnualLevel).unwrap();
    assert!(close(g, 51.4267, 0.0001), "{g}");
    let g = growth::required_growth(1440.0, 5000.0, 3, TargetReading::Cumulative).unwrap();
    assert!(close(g, 7.4894, 0.0001), "{g}");
    let check: f64 = (1..=3)
        .map(|k| 1440.0 * (1.0 + g / 100.0_f64).powi(k))
        .sum();
    assert!(close(check, 5000.0, 1e-6));
}

#[test]
fn the_fy2024_25_target_was_missed() {
    let data = builtin();
    let target = get(&data, ExportTarget, Period::fy(2024));
    let p = growth::target_progress(&data, target, Ict, TargetReading::AnnualLevel).unwrap();
    assert!(close(p.share_pct, 90.7143, 0.0001) && !p.met);
    let g = growth::required_growth(3223.0, 4200.0, 1, TargetReading::AnnualLevel).unwrap();
    assert!(close(g, 30.3134, 0.0001), "{g}");
}

#[test]
fn fiscal_year_to_date() {
    let data = builtin();
    let ytd = growth::fiscal_ytd(&data, Ict, pk_it_exports::data::FiscalYear(2023)).unwrap();
    assert_eq!(ytd.len(), 12);
    assert_eq!(ytd[0], (Period::month(2023, 7), 214.0));
    assert_eq!(ytd[3].1, 893.0);
    assert_eq!(ytd[11].1, 3223.0);
    let ytd = growth::fiscal_ytd(&data, Ict, pk_it_exports::data::FiscalYear(2024)).unwrap();
    assert_eq!(ytd[5].1, 1864.0);
    assert_eq!(ytd[11].1, 3809.0);
}

// --- Errors: never a silent NaN ---------------------------------------------

#[test]
fn different_definitions_are_refused() {
    let data = builtin();
    let narrow = get(&data, ItItes, Period::fy_span(2020, 1, 3));
    let ict = get(&data, Ict, Period::fy_span(2019, 1, 3));
    let e = growth::growth(ict, narrow).unwrap_err();
    assert!(matches!(e, Error::MeasureMismatch { .. }));
    let msg = e.to_string();
    assert!(msg.starts_with("cannot compare itItes with ict"), "{msg}");
    assert!(
        msg.contains("computer services and call-centre services only"),
        "{msg}"
    );
}

#[test]
fn different_measures_are_refused() {
    let data = builtin();
    let pseb = get(
        &data,
        PsebCompanies,
        Period::Date {
            year: 2019,
            month: Some(10),
            day: None,
        },
    );
    let ict = get(&data, Ict, Period::fy(2020));
    assert!(matches!(
        growth::growth(pseb, ict),
        Err(Error::MeasureMismatch { .. })
    ));
    // A target in dollars cannot be tracked with a company count.
    let target = get(&data, ExportTarget, Period::fy(2024));
    assert!(matches!(
        growth::target_progress(&data, target, PsebCompanies, TargetReading::AnnualLevel),
        Err(Error::MeasureMismatch { .. })
    ));
}

#[test]
fn different_period_lengths_are_refused() {
    let data = builtin();
    let q1 = get(&data, Ict, Period::fy_span(2019, 1, 3));
    let jul_feb = get(&data, Ict, Period::fy_span(2020, 1, 8));
    let e = growth::growth(q1, jul_feb).unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot compare Jul\u{2013}Feb FY2020-21 (8 months) with Q1 FY2019-20 (3 months): the periods differ in length"
    );
    let year = get(&data, Ict, Period::fy(2019));
    assert!(matches!(
        growth::yoy(year, jul_feb),
        Err(Error::PeriodLengthMismatch { .. })
    ));
}

#[test]
fn yoy_needs_a_year_earlier_base() {
    let data = builtin();
    let a = get(&data, Ict, Period::fy(2018));
    let b = get(&data, Ict, Period::fy(2020));
    assert!(matches!(
        growth::yoy(a, b),
        Err(Error::NotYearOnYear { .. })
    ));
    // Plain growth over two years is allowed.
    assert!(growth::growth(a, b).is_ok());
}

#[test]
fn zero_or_negative_base_is_refused() {
    let data = builtin();
    let mut base = get(&data, Ict, Period::fy(2022)).clone();
    let current = get(&data, Ict, Period::fy(2023));
    base.value = 0.0;
    let e = growth::yoy(&base, current).unwrap_err().to_string();
    assert_eq!(
        e,
        "base value 0 for ict FY2022-23 is zero; growth needs a positive base"
    );
    base.value = -3.0;
    assert!(growth::yoy(&base, current)
        .unwrap_err()
        .to_string()
        .contains("is negative"));
    assert!(matches!(
        growth::cagr(0.0, 10.0, 2.0),
        Err(Error::NonPositiveBase { .. })
    ));
    assert!(matches!(
        growth::required_growth(-1.0, 10.0, 2, TargetReading::Cumulative),
        Err(Error::NonPositiveBase { .. })
    ));
}

#[test]
fn empty_spans_are_refused() {
    let data = builtin();
    assert!(matches!(
        growth::cagr(10.0, 20.0, 0.0),
        Err(Error::EmptySpan(_))
    ));
    assert!(matches!(
        growth::required_growth(10.0, 20.0, 0, TargetReading::AnnualLevel),
        Err(Error::EmptySpan(_))
    ));
    assert!(matches!(
        growth::sum_months(&data, Ict, Period::fy_span(2023, 5, 2)),
        Err(Error::EmptySpan(_))
    ));
    // No monthly figures at all for FY2019-20.
    assert!(matches!(
        growth::fiscal_ytd(&data, Ict, pk_it_exports::data::FiscalYear(2019)),
        Err(Error::EmptySpan(_))
    ));
    // CAGR from a year to itself.
    let y = get(&data, Ict, Period::fy(2020));
    assert!(matches!(
        growth::cagr_between(y, y),
        Err(Error::EmptySpan(_))
    ));
}

#[test]
fn incomplete_months_name_what_is_missing() {
    let data = builtin();
    let e = growth::sum_months(&data, Ict, Period::fy(2022))
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "measure \"ict\" in FY2022-23: no figure for Jul 2022, Aug 2022, Sep 2022, Oct 2022, Jan 2023, Feb 2023, Mar 2023, Apr 2023, May 2023, Jun 2023"
    );
}

#[test]
fn non_finite_inputs_are_refused() {
    assert!(matches!(
        growth::pct_change(f64::NAN, 1.0, "x"),
        Err(Error::NotFinite { .. })
    ));
    assert!(matches!(
        growth::pct_change(1.0, f64::INFINITY, "x"),
        Err(Error::NotFinite { .. })
    ));
    assert!(matches!(
        growth::implied_base(303.0, f64::NAN),
        Err(Error::NotFinite { .. })
    ));
    assert!(matches!(
        growth::implied_base(303.0, -100.0),
        Err(Error::ImpossibleGrowth { .. })
    ));
    assert!(matches!(
        growth::cagr(1.0, 2.0, f64::INFINITY),
        Err(Error::NotFinite { .. })
    ));
}

#[test]
fn open_periods_have_no_span() {
    let data = builtin();
    let potential = get(&data, ExportPotential, Period::Open);
    let e = growth::growth(potential, potential).unwrap_err();
    assert_eq!(e, Error::NoSpan(Period::Open.to_string()));
}
