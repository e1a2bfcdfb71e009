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

use super::{
    Claim, Dataset, Fact, Measure, Period, Qualifier, QuotedGrowth, Record, Release, Source,
};

use Measure::{
    ExportPotential, ExportTarget, Ict, ItItes, PsebCompanies, SecpCompanies, SecpRegistrations,
};

/// A source, as a constant: the table below is data, not code.
const fn source(
    id: &'static str,
    layer: u8,
    outlet: &'static str,
    date: Option<&'static str>,
    #[cfg_attr(not(feature = "full"), allow(unused_variables))] reference: &'static str,
) -> Source {
    Source {
        id: Cow::Borrowed(id),
        layer,
        outlet: Cow::Borrowed(outlet),
        // A public series' date is read only by the data table, which the
        // full build writes; citations date the articles alone (-135 bytes
        // of first-draw wasm gzip).
        date: match date {
            Some(d) if layer == 1 || cfg!(feature = "full") => Some(Cow::Borrowed(d)),
            _ => None,
        },
        #[cfg(feature = "full")]
        reference: Cow::Borrowed(reference),
    }
}

/// A line of the table: a [`Record`] made of constants, so the table is
/// data in the wasm rather than a hundred calls building records (wasm
/// size), and copied into records when the dataset is built.
#[derive(Clone, Copy)]
struct Line {
    measure: Measure,
    period: Period,
    value: f64,
    // A value's rounding and qualifier are read only by the full build's
    // checks and data table (the first-draw builds' models are prepared by
    // it): those builds' records carry the defaults, whole units as
    // reported (-134 bytes of first-draw wasm gzip).
    #[cfg(feature = "full")]
    tolerance: f64,
    #[cfg(feature = "full")]
    qualifier: Qualifier,
    quoted: Option<Quote>,
    source: &'static str,
    derivation: Option<&'static str>,
    first_reported: Option<f64>,
    #[cfg(feature = "full")]
    note: Option<&'static str>,
    release: Release,
}

/// A [`QuotedGrowth`] made of constants.
#[derive(Clone, Copy)]
struct Quote {
    pct: f64,
    decimals: u8,
    source: Option<&'static str>,
    base: Option<f64>,
}

/// A figure reported to the nearest whole unit ($1m, or one company).
const fn rec(measure: Measure, period: Period, value: f64, source: &'static str) -> Line {
    Line {
        measure,
        period,
        value,
        #[cfg(feature = "full")]
        tolerance: 0.5,
        #[cfg(feature = "full")]
        qualifier: Qualifier::AsReported,
        quoted: None,
        source,
        derivation: None,
        first_reported: None,
        #[cfg(feature = "full")]
        note: None,
        release: Release::Reported,
    }
}

impl Line {
    /// The value was reported to the nearest `step` units ("$1.23bn" is a
    /// step of 10 in millions; "$917.840 million" a step of 0.001).
    #[cfg_attr(not(feature = "full"), allow(unused_mut))]
    const fn step(mut self, step: f64) -> Self {
        #[cfg(feature = "full")]
        {
            self.tolerance = step / 2.0;
        }
        let _ = step;
        self
    }

    /// The source quoted this year-on-year growth, in percent, to `decimals` places.
    const fn quoted(mut self, pct: f64, decimals: u8) -> Self {
        self.quoted = Some(Quote {
            pct,
            decimals,
            source: None,
            base: None,
        });
        self
    }

    /// As [`Line::quoted`], with the year-earlier figure the source gave.
    const fn quoted_on(mut self, pct: f64, decimals: u8, base: f64) -> Self {
        self.quoted = Some(Quote {
            pct,
            decimals,
            source: None,
            base: Some(base),
        });
        self
    }

    /// A first release, to be revised when the year's figures settle.
    const fn first(mut self) -> Self {
        self.release = Release::First;
        self
    }

    /// A first release from a single low-profile source.
    const fn provisional(mut self) -> Self {
        self.release = Release::Provisional;
        self
    }

    /// As [`Line::quoted`], but the rate comes from another source.
    const fn quoted_in(mut self, pct: f64, decimals: u8, source: &'static str) -> Self {
        self.quoted = Some(Quote {
            pct,
            decimals,
            source: Some(source),
            base: None,
        });
        self
    }

    /// Not published itself: derived as `how` from `terms` rounded figures,
    /// whose rounding adds up.
    const fn derived(mut self, how: &'static str, terms: u8) -> Self {
        self.derivation = Some(how);
        #[cfg(feature = "full")]
        {
            self.tolerance = 0.5 * terms as f64;
        }
        let _ = terms;
        self
    }

    /// A revision of a first release of `first`.
    const fn revised_from(mut self, first: f64) -> Self {
        self.first_reported = Some(first);
        self
    }

    #[cfg_attr(not(feature = "full"), allow(unused_mut))]
    const fn at_least(mut self) -> Self {
        #[cfg(feature = "full")]
        {
            self.qualifier = Qualifier::AtLeast;
        }
        self
    }

    #[cfg_attr(not(feature = "full"), allow(unused_mut))]
    const fn note(mut self, note: &'static str) -> Self {
        #[cfg(feature = "full")]
        {
            self.note = Some(note);
        }
        let _ = note;
        self
    }

    /// The record this line states.
    fn record(&self) -> Record {
        Record {
            measure: self.measure,
            period: self.period,
            value: self.value,
            #[cfg(feature = "full")]
            tolerance: self.tolerance,
            #[cfg(not(feature = "full"))]
            tolerance: 0.5,
            #[cfg(feature = "full")]
            qualifier: self.qualifier,
            #[cfg(not(feature = "full"))]
            qualifier: Qualifier::AsReported,
            quoted_growth: self.quoted.map(|q| QuotedGrowth {
                pct: q.pct,
                decimals: q.decimals,
                source: q.source.map(Cow::Borrowed),
                base: q.base,
            }),
            source: Cow::Borrowed(self.source),
            derivation: self.derivation.map(Cow::Borrowed),
            first_reported: self.first_reported,
            #[cfg(feature = "full")]
            note: self.note.map(Cow::Borrowed),
            release: self.release,
        }
    }
}

const fn fy(start_year: u16) -> Period {
    Period::fy(start_year)
}

/// Fiscal months `first..=last` (July = 1) of the fiscal year starting in `start_year`.
const fn span(start_year: u16, first: u8, last: u8) -> Period {
    Period::fy_span(start_year, first, last)
}

const fn month(year: u16, month: u8) -> Period {
    Period::month(year, month)
}

const fn date(year: u16, month: Option<u8>, day: Option<u8>) -> Period {
    Period::Date { year, month, day }
}

/// The source of the monthly series.
const MONTHLY: &str = "monthly";

/// The built-in dataset: layer 1 (the five articles) and layer 2 (the longer series).
pub fn builtin() -> Dataset {
    Dataset::new(
        SOURCES.to_vec(),
        RECORDS.iter().map(Line::record).collect(),
        // Claims and facts are read only by the checks and the data table,
        // which the full build writes: the first-draw builds leave them out
        // (-265 bytes of first-draw wasm gzip).
        if cfg!(feature = "full") {
            claims()
        } else {
            Vec::new()
        },
        if cfg!(feature = "full") {
            facts()
        } else {
            Vec::new()
        },
    )
}

static SOURCES: &[Source] = &[
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
    source("br40378736", 2, "Business Recorder", Some("2025-08-20"), "brecorder.com/news/40378736"),
    source(
        MONTHLY,
        2,
        "Business Recorder, ProPakistani, PhoneWorld, UrduPoint, DND",
        None,
        "brecorder.com/news/40328350, /40333144, /40366886, /40299847, /40378736; propakistani.pk/2023/08/18, /2024/03/19; phoneworld.com.pk; urdupoint.com; dnd.com.pk",
    ),
    // Layer 2b: the running fiscal year, FY2025-26, month by month.
    source("phoneworld26", 2, "PhoneWorld", Some("2025-10-20"), "phoneworld.com.pk, IT exports surge 20% in Q1 FY2026"),
    source("suno", 2, "Suno News", Some("2025-09-19"), "sunonews (July-August FY2025-26 total)"),
    source("dawn1950304", 2, "Dawn", Some("2025-10-21"), "dawn.com/news/1950304"),
    source("bolurdu", 2, "BOL News (Urdu)", Some("2025-10"), "bolnews.com/urdu"),
    source("app251117", 2, "APP", Some("2025-11-17"), "app.com.pk, ICT exports surge 19.5%"),
    source("dunya251218", 2, "Dunya News (Urdu)", Some("2025-12-18"), "dunya.com.pk/index.php/business/2025-12-18/2604420"),
    source("profit260106", 2, "Profit (Pakistan Today)", Some("2026-01-06"), "profit.pakistantoday.com.pk"),
    source("dunya260120", 2, "Dunya News", Some("2026-01-20"), "dunya.com.pk"),
    source("arabnews2629942", 2, "Arab News Pakistan", Some("2026-01-20"), "arabnews.pk/node/2629942"),
    source("app260218", 2, "APP", Some("2026-02-18"), "app.com.pk, ICT export remittances rise 19.78pc to $2.61bn in Jul-Jan FY26"),
    source("pdp4455", 2, "Pakistan Digital Post", Some("about mid-March 2026"), "pakistandigitalpost.com/?p=4455"),
    // Targets for the running year and beyond.
    source("ppi260218", 2, "PPI News Agency", Some("2026-02-18"), "ppinewsagency"),
    source("cwpakistan26149", 2, "CW Pakistan", Some("spring 2025"), "cwpakistan.com/?p=26149"),
    source("urdupoint1884986", 2, "UrduPoint", Some("2024-11-22"), "urdupoint.com/en/technology/...-1884986.html"),
    // November 2022, the base of November 2023's +11%, as ProPakistani
    // printed both (DATA.md names this page).
    source(
        "propakistani231218",
        2,
        "ProPakistani",
        Some("2023-12-18"),
        "propakistani.pk/2023/12/18/it-exports-increase-by-11-in-november-2023/",
    ),
    // FY2018-19's narrow figure to the thousand dollars, the base of the
    // FY2019-20 +23.71% that seed 003 quotes.
    source(
        "urdupoint985106",
        2,
        "UrduPoint / Pakistan Point News",
        Some("2020-07-26"),
        "urdupoint.com/en/business/it-exports-remittances-surge-2371-percent-985106.html",
    ),
    // December 2022, the base of December 2023's growth: July-December less
    // July-November, as ProPakistani printed them (DATA.md).
    source("propakistani230118", 2, "ProPakistani", Some("2023-01-18"), "propakistani.pk (2023-01-18)"),
    source(
        "narrow",
        2,
        // FY2016-17 and FY2017-18 as DATA.md gives them: no press report
        // of either was found, and the outlet says so rather than cite one.
        "State Bank of Pakistan (narrow series; no press report found)",
        None,
        "State Bank of Pakistan, trade in services (EBOPS 2010), computer + call-centre services",
    ),
];

static RECORDS: &[Line] = &[
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
    // The cited page says $2.593bn; other later releases said up to $2,597m.
    rec(Ict, fy(2022), 2593.0, "propakistani")
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
    rec(ItItes, fy(2018), 994.848, "urdupoint985106").step(0.001),
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
    rec(Ict, month(2025, 6), 338.0, MONTHLY)
        .note("Business Recorder's page of 2025-08-20 gives $339m"),
    // --- Layer 2b: monthly ICT, FY2025-26 (first releases) -------------
    // One line per month: the charts' "figures to" stamp, running year
    // and checks follow from these lines alone.
    rec(Ict, month(2025, 7), 354.0, "br40378736")
        .quoted_on(23.77, 2, 286.0)
        .first(),
    rec(Ict, month(2025, 8), 337.0, "phoneworld26")
        .first()
        .note("also July-August ($691m) minus July"),
    rec(Ict, month(2025, 9), 366.0, "dawn1950304")
        .quoted_on(25.3, 1, 292.0)
        .first(),
    rec(Ict, month(2025, 10), 386.0, "app251117")
        .quoted(17.0, 0)
        .first(),
    rec(Ict, month(2025, 11), 356.0, "dunya251218")
        .quoted(14.0, 0)
        .first()
        .note("a later Dunya story's $348m contradicts its own July-December total"),
    rec(Ict, month(2025, 12), 437.0, "arabnews2629942")
        .quoted_on(26.0, 0, 348.0)
        .first(),
    rec(Ict, month(2026, 1), 374.0, "app260218")
        .quoted_on(19.5, 1, 313.0)
        .first(),
    rec(Ict, month(2026, 2), 365.0, "pdp4455")
        .quoted(19.3, 1)
        .provisional(),
    // --- Layer 2: the year-earlier months the articles' rates imply ----
    rec(Ict, month(2022, 11), 233.0, "propakistani231218")
        .note("the base of November 2023's +11% in the same report"),
    rec(Ict, month(2022, 12), 246.0, "propakistani230118")
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
    // FY2025-26 to date, as reported: checked against the months above.
    rec(Ict, span(2025, 1, 2), 691.0, "suno").quoted_on(18.0, 0, 584.0),
    rec(Ict, span(2025, 1, 3), 1057.0, "dawn1950304")
        .quoted_on(20.5, 1, 877.0)
        .note("also BOL News (Urdu)"),
    rec(Ict, span(2025, 1, 4), 1443.0, "app251117").quoted(19.5, 1),
    rec(Ict, span(2025, 1, 5), 1799.0, "dunya251218")
        .quoted_on(18.5, 1, 1518.0)
        .note("also Profit (2026-01-06)"),
    rec(Ict, span(2025, 1, 6), 2236.0, "arabnews2629942")
        .quoted(20.0, 0)
        .note("also Dunya News (2026-01-20), as $2.24bn"),
    rec(Ict, span(2025, 1, 7), 2610.0, "app260218")
        .step(10.0)
        .quoted_on(19.78, 2, 2180.0)
        .note("reported as $2.61bn"),
    rec(Ict, span(2025, 1, 8), 2970.0, "pdp4455")
        .step(10.0)
        .quoted_on(19.7, 1, 2480.0)
        .provisional()
        .note("reported as $2.97bn"),
    // --- Targets for the running year and beyond ------------------------
    // Listed first, so drawn: the ministry's figure, cited most.
    rec(ExportTarget, fy(2025), 5_000.0, "br40378736")
        .step(0.0)
        .note("also PPI News Agency (2026-02-18)"),
    rec(ExportTarget, fy(2025), 5_200.0, "cwpakistan26149")
        .step(0.0)
        .note("as told to the Senate IT committee; conflicts with the $5bn cited since"),
    rec(ExportTarget, fy(2028), 10_000.0, "ppi260218")
        .step(0.0)
        .note("Uraan Pakistan"),
    rec(ExportTarget, Period::Open, 15_000.0, "urdupoint1884986")
        .step(0.0)
        .note("five-year plan of November 2024; no year was given"),
];

fn claims() -> Vec<Claim> {
    vec![Claim {
        // 003: "+40% over the past six months", i.e. July-December 2020; the
        // minister named no definition and gave no figure, so the rate
        // belongs to no series the charts draw.
        measure: None,
        period: span(2020, 1, 6),
        quoted_growth: QuotedGrowth {
            pct: 40.0,
            decimals: 0,
            source: None,
            base: None,
        },
        source: Cow::Borrowed("a003"),
    }]
}

fn facts() -> Vec<Fact> {
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
    facts
}
