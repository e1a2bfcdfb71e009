//! The built-in figures: one line per figure, one place to edit.
//!
//! Layer 1 is every figure in the five source articles (cited by file under
//! `shared/seeds/`); layer 2 is the longer public series, cited by address.
//! Values are US$ million unless the measure counts companies. Fiscal years
//! are named by the year they start in: `fy(2020)` is FY2020-21.
//!
//! To update a figure, edit its line; `cargo test` checks the whole table
//! (sources exist, no duplicates, sums and quoted rates) before it ships.

use std::borrow::Cow;

use super::{Claim, Dataset, Fact, Measure, Period, Qualifier, QuotedGrowth, Record, Source};

use Measure::{
    ExportPotential, ExportTarget, Ict, ItItes, PsebCompanies, SecpCompanies, SecpRegistrations,
};

fn source(
    id: &'static str,
    layer: u8,
    outlet: &'static str,
    date: Option<&'static str>,
    reference: &'static str,
) -> Source {
    Source {
        id: Cow::Borrowed(id),
        layer,
        outlet: Cow::Borrowed(outlet),
        date: date.map(Cow::Borrowed),
        reference: Cow::Borrowed(reference),
    }
}

/// A figure reported to the nearest whole unit ($1m, or one company).
fn rec(measure: Measure, period: Period, value: f64, source: &'static str) -> Record {
    Record {
        measure,
        period,
        value,
        tolerance: 0.5,
        qualifier: Qualifier::AsReported,
        quoted_growth: None,
        source: Cow::Borrowed(source),
        derivation: None,
        first_reported: None,
        note: None,
    }
}

impl Record {
    /// The value was reported to the nearest `step` units ("$1.23bn" is a
    /// step of 10 in millions; "$917.840 million" a step of 0.001).
    fn step(mut self, step: f64) -> Self {
        self.tolerance = step / 2.0;
        self
    }

    /// The source quoted this year-on-year growth, in percent, to `decimals` places.
    fn quoted(mut self, pct: f64, decimals: u8) -> Self {
        self.quoted_growth = Some(QuotedGrowth {
            pct,
            decimals,
            source: None,
        });
        self
    }

    /// As [`Record::quoted`], but the rate comes from another source.
    fn quoted_in(mut self, pct: f64, decimals: u8, source: &'static str) -> Self {
        self.quoted_growth = Some(QuotedGrowth {
            pct,
            decimals,
            source: Some(Cow::Borrowed(source)),
        });
        self
    }

    /// Not published itself: derived as `how` from `terms` rounded figures,
    /// whose rounding adds up.
    fn derived(mut self, how: &'static str, terms: u8) -> Self {
        self.derivation = Some(Cow::Borrowed(how));
        self.tolerance = 0.5 * f64::from(terms);
        self
    }

    /// A revision of a first release of `first`.
    fn revised_from(mut self, first: f64) -> Self {
        self.first_reported = Some(first);
        self
    }

    fn at_least(mut self) -> Self {
        self.qualifier = Qualifier::AtLeast;
        self
    }

    fn note(mut self, note: &'static str) -> Self {
        self.note = Some(Cow::Borrowed(note));
        self
    }
}

fn fy(start_year: u16) -> Period {
    Period::fy(start_year)
}

/// Fiscal months `first..=last` (July = 1) of the fiscal year starting in `start_year`.
fn span(start_year: u16, first: u8, last: u8) -> Period {
    Period::fy_span(start_year, first, last)
}

fn month(year: u16, month: u8) -> Period {
    Period::month(year, month)
}

fn date(year: u16, month: Option<u8>, day: Option<u8>) -> Period {
    Period::Date { year, month, day }
}

/// The built-in dataset: layer 1 (the five articles) and layer 2 (the longer series).
pub fn builtin() -> Dataset {
    const MONTHLY: &str = "monthly";
    let sources = vec![
        // Layer 1: the five articles.
        source("a000", 1, "Business Recorder", Some("spring 2021"), "seeds/000_b0072c082add8007.txt"),
        source("a001", 1, "UrduPoint / Pakistan Point News", Some("2020-11-30"), "seeds/001_d5548fa84d52afed.txt"),
        source("a002", 1, "Unattributed news report", Some("2021-01-12"), "seeds/002_0f59540a4c4ebcca.txt"),
        source("a003", 1, "Unattributed news report", Some("2021-01-27"), "seeds/003_a5bc83a7b3ce8255.txt"),
        source("a004", 1, "Unattributed news report", Some("2024-01-17"), "seeds/004_c74b833cfbb44be3.txt"),
        // Layer 2: the longer public series, as reported by the press.
        source("tvi", 2, "TVI", None, "tvi.com.pk/pakistans-it-exports-touches-1-billion-for-financial-year-2016-17/"),
        source("pakobserver", 2, "Pakistan Observer", None, "pakobserver.net/surge-in-it-exports/"),
        source("techjuice", 2, "TechJuice", None, "techjuice.pk/pakistan-earned-444-million-in-q1-fy-2020-21-from-ict-services-export/"),
        source("br40228771", 2, "Business Recorder", None, "brecorder.com/news/40228771"),
        source("dailytimes", 2, "Daily Times", None, "dailytimes.com.pk/1124988"),
        source("propakistani", 2, "ProPakistani", Some("2023-08-18"), "propakistani.pk/2023/08/18/it-exports-increase-by-7-yoy-in-july/"),
        source("br40313559", 2, "Business Recorder", None, "brecorder.com/news/40313559"),
        source("br40378736", 2, "Business Recorder", None, "brecorder.com/news/40378736"),
        source(
            MONTHLY,
            2,
            "Business Recorder, ProPakistani, PhoneWorld, UrduPoint, DND",
            None,
            "brecorder.com/news/40328350, /40333144, /40366886, /40299847, /40378736; propakistani.pk/2023/08/18, /2024/03/19; phoneworld.com.pk; urdupoint.com; dnd.com.pk",
        ),
        source(
            "narrow",
            2,
            "SBP data as reported in the press (narrow series)",
            None,
            "State Bank of Pakistan, trade in services (EBOPS 2010), computer + call-centre services",
        ),
    ];

    let records = vec![
        // --- Layer 1 -------------------------------------------------------
        // 000: July-February (fiscal months 1-8), ICT.
        rec(Ict, span(2020, 1, 8), 1298.0, "a000")
            .quoted(41.43, 2)
            .note("reported as $1.298bn"),
        rec(Ict, span(2019, 1, 8), 917.84, "a000").step(0.001),
        rec(SecpCompanies, date(2021, None, None), 10_000.0, "a000")
            .at_least()
            .note("all IT companies registered with the SECP, as of the article"),
        rec(SecpRegistrations, fy(2020), 2_826.0, "a000")
            .note("FY2020-21 up to the article's date, the most in any year"),
        // 001: Q1 (July-September) under both definitions; PSEB registrations.
        rec(ItItes, span(2020, 1, 3), 379.251, "a001")
            .step(0.001)
            .quoted(43.55, 2),
        rec(ItItes, span(2019, 1, 3), 264.187, "a001").step(0.001),
        rec(Ict, span(2020, 1, 3), 444.05, "a001")
            .step(0.01)
            .quoted(41.0, 0),
        rec(Ict, span(2019, 1, 3), 314.9, "a001").step(0.1),
        rec(
            PsebCompanies,
            date(2020, Some(10), Some(31)),
            2_631.0,
            "a001",
        )
        .quoted(24.93, 2),
        rec(PsebCompanies, date(2019, Some(10), None), 2_106.0, "a001").note("valid registrations"),
        // 003: targets and the narrow FY2019-20 figure.
        rec(
            ExportTarget,
            Period::FiscalYears {
                first: super::FiscalYear(2020),
                last: super::FiscalYear(2022),
            },
            5_000.0,
            "a003",
        )
        .step(0.0)
        .note("set for 2020-23 without saying whether it is an annual level or a three-year sum"),
        rec(ExportPotential, Period::Open, 10_000.0, "a003")
            .at_least()
            .step(0.0),
        rec(ItItes, fy(2019), 1230.0, "a003")
            .step(10.0)
            .quoted(23.71, 2)
            .note("reported as $1.23bn"),
        // 004: December 2023 (and the November rate, checked against layer 2 below).
        rec(Ict, month(2023, 12), 303.0, "a004").quoted(22.67, 2),
        // --- Layer 2: annual ICT -------------------------------------------
        rec(Ict, fy(2015), 788.64, "tvi").step(0.01),
        rec(Ict, fy(2016), 938.64, "tvi").step(0.01).quoted(19.0, 0),
        rec(Ict, fy(2017), 1067.0, "pakobserver").quoted(13.0, 0),
        rec(Ict, fy(2018), 1192.0, "techjuice"),
        rec(Ict, fy(2019), 1440.0, "techjuice"),
        rec(Ict, fy(2020), 2108.0, "br40228771").revised_from(2123.0),
        rec(Ict, fy(2021), 2619.0, "dailytimes").revised_from(2616.0),
        rec(Ict, fy(2022), 2596.0, "propakistani")
            .revised_from(2605.0)
            .note("later releases put it at $2,593-2,597m"),
        rec(Ict, fy(2023), 3223.0, "br40313559").quoted(24.0, 0),
        rec(Ict, fy(2024), 3810.0, "br40378736").quoted(18.0, 0),
        rec(ExportTarget, fy(2024), 4_200.0, "br40378736")
            .step(0.0)
            .note("missed"),
        // --- Layer 2: annual IT & ITeS (narrow) ----------------------------
        rec(ItItes, fy(2016), 655.0, "narrow"),
        rec(ItItes, fy(2017), 834.0, "narrow"),
        rec(ItItes, fy(2018), 994.848, "narrow").step(0.001),
        // --- Layer 2: monthly ICT, FY2023-24 ----------------------------------
        rec(Ict, month(2023, 7), 214.0, MONTHLY),
        rec(Ict, month(2023, 8), 235.0, MONTHLY),
        rec(Ict, month(2023, 9), 206.0, MONTHLY),
        rec(Ict, month(2023, 10), 238.0, MONTHLY),
        rec(Ict, month(2023, 11), 259.0, MONTHLY).quoted_in(13.0, 0, "a004"),
        // December 2023 is the layer 1 record above.
        rec(Ict, month(2024, 1), 265.0, MONTHLY),
        rec(Ict, month(2024, 2), 257.0, MONTHLY),
        rec(Ict, month(2024, 3), 306.0, MONTHLY),
        rec(Ict, month(2024, 4), 310.0, MONTHLY)
            .derived("July-May ($2,925m) minus the other ten months", 11),
        rec(Ict, month(2024, 5), 332.0, MONTHLY),
        rec(Ict, month(2024, 6), 298.0, MONTHLY),
        // --- Layer 2: monthly ICT, FY2024-25 ----------------------------------
        rec(Ict, month(2024, 7), 286.0, MONTHLY),
        rec(Ict, month(2024, 8), 298.0, MONTHLY),
        rec(Ict, month(2024, 9), 292.0, MONTHLY),
        rec(Ict, month(2024, 10), 330.0, MONTHLY),
        rec(Ict, month(2024, 11), 310.0, MONTHLY).revised_from(324.0),
        rec(Ict, month(2024, 12), 348.0, MONTHLY),
        rec(Ict, month(2025, 1), 313.0, MONTHLY),
        rec(Ict, month(2025, 2), 305.0, MONTHLY),
        rec(Ict, month(2025, 3), 342.0, MONTHLY),
        rec(Ict, month(2025, 4), 317.0, MONTHLY)
            .derived("July-April ($3,142m) minus July-March ($2,825m)", 2),
        rec(Ict, month(2025, 5), 330.0, MONTHLY).derived(
            "fiscal year ($3,810m) minus July-April ($3,142m) minus June ($338m)",
            3,
        ),
        rec(Ict, month(2025, 6), 338.0, MONTHLY),
        // --- Layer 2: the year-earlier months the articles' rates imply ----
        rec(Ict, month(2022, 11), 233.0, MONTHLY),
        rec(Ict, month(2022, 12), 246.0, MONTHLY)
            .derived("July-December minus July-November FY2022-23", 2),
        // --- Layer 2: cumulative fiscal-year-to-date figures as reported ---
        rec(Ict, span(2023, 1, 4), 893.0, MONTHLY),
        rec(Ict, span(2023, 1, 9), 2283.0, MONTHLY),
        rec(Ict, span(2023, 1, 11), 2925.0, MONTHLY),
        rec(Ict, span(2024, 1, 3), 876.0, MONTHLY),
        rec(Ict, span(2024, 1, 4), 1206.0, MONTHLY),
        rec(Ict, span(2024, 1, 6), 1864.0, MONTHLY),
        rec(Ict, span(2024, 1, 9), 2825.0, MONTHLY),
        rec(Ict, span(2024, 1, 10), 3142.0, MONTHLY),
    ];

    let claims = vec![Claim {
        // 003: "+40% over the past six months", i.e. July-December 2020; the
        // minister did not say which definition, and no figure was given.
        measure: Ict,
        period: span(2020, 1, 6),
        quoted_growth: QuotedGrowth {
            pct: 40.0,
            decimals: 0,
            source: None,
        },
        source: Cow::Borrowed("a003"),
    }];

    let fact = |id, value, source| Fact {
        id,
        value,
        source: Cow::Borrowed(source),
    };
    let facts = vec![
        fact("parksPlannedCities", 4.0, "a000"),
        fact("strategyPillars", 6.0, "a002"),
        fact("parksPerMonthTarget", 2.0, "a002"),
        fact("startupFeeBeforePkr", 5_000.0, "a002"),
        fact("startupFeeAfterPkr", 1_000.0, "a002"),
        fact("exportCountries", 100.0, "a003"),
    ];

    Dataset::new(sources, records, claims, facts)
}
