//! Ids for code, words for readers: every chart kind, series, label,
//! verdict, control and message that a reader sees is named here by an
//! enum, and only a words catalogue (`crate::words`) turns it into words.
//! Nothing in the crate compares a display string.
//!
//! This layer sits above the dataset (messages carry periods and measures
//! as arguments) and below the maths, the chart models and the words, so
//! that the models set ids and the catalogues word them without either
//! knowing the other.

use serde::{Deserialize, Serialize};

use crate::data::{FiscalYear, Measure, Period};

/// The chart kinds as `Variant module "id"`, in page order: the one list a
/// new chart joins. `crate::model` and `crate::chart` expand it to declare
/// each kind's module and their dispatch on the kind, so that adding a
/// chart edits no match anywhere else (see the README, "Adding a chart").
macro_rules! for_each_chart {
    ($then:ident) => {
        $then! {
            Annual annual "annual",
            Growth growth_chart "growth",
            Compared compared "compared",
            Monthly monthly "monthly",
            Targets targets "targets",
        }
    };
}
pub(crate) use for_each_chart;

macro_rules! chart_kind_ids {
    ($($kind:ident $module:ident $id:literal,)*) => {
        impl ChartKind {
            /// Every chart, in page order.
            pub const ALL: [ChartKind; [$(stringify!($kind)),*].len()] = [$(ChartKind::$kind),*];

            /// The id JavaScript passes as the `chart` option: "annual".
            pub fn id(self) -> &'static str {
                match self {
                    $(ChartKind::$kind => $id,)*
                }
            }
        }

        /// The `chart` option's values, as a TypeScript type.
        pub const CHART_ID_TS: &str =
            concat!("export type ChartId = never", $(" | \"", $id, "\"",)* ";");
    };
}

/// Which chart to draw. Each kind's figures are built in `crate::model`,
/// drawn in `crate::chart` and worded in `crate::words`, in a module named
/// as in [`for_each_chart`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChartKind {
    /// Annual ICT remittances as bars, growth over each bar, the narrow series beside.
    #[default]
    Annual,
    /// Year-on-year growth as a line, with the quoted rates marked.
    Growth,
    /// The articles' headline comparisons as paired bars with verdicts.
    Compared,
    /// The two latest fiscal years month by month, or cumulative.
    Monthly,
    /// Actuals against the targets and the stated potential.
    Targets,
}

for_each_chart!(chart_kind_ids);

/// What a drawn point belongs to. JavaScript sees it as a camelCase string
/// (`seriesId`): a measure's id ("ict"), "quoted", or a fiscal year
/// ("fy2024-25").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SeriesId {
    /// The figures of one measure.
    Measure(Measure),
    /// Growth rates as the reports quoted them.
    Quoted,
    /// One fiscal year's months.
    Year(FiscalYear),
}

impl SeriesId {
    /// The id as JavaScript sees it.
    pub fn id(self) -> String {
        match self {
            SeriesId::Measure(m) => m.id().to_string(),
            SeriesId::Quoted => "quoted".to_string(),
            SeriesId::Year(fy) => format!("fy{}-{:02}", fy.0, (fy.0 + 1) % 100),
        }
    }
}

impl Serialize for SeriesId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id())
    }
}

/// Fixed words drawn in charts: legend entries that are not a series of
/// points, and marks on labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// The tick at a revised year's first release.
    FirstRelease,
    /// Legend of the growth chart's ICT line.
    IctComputed,
    /// Legend of the growth chart's narrow line.
    NarrowComputed,
    /// Legend of the quoted rates.
    Quoted,
    /// Legend of the earlier bar of a compared pair.
    Earlier,
    /// Legend of the later bar of a compared pair.
    Later,
    /// After a base the quoted rate implies.
    Implied,
    /// Legend of the hollow, derived months.
    DerivedMonth,
    /// Legend of the target lines.
    Target,
    /// Legend of the years already summed under the cumulative reading.
    SummedBefore,
}

/// Whether a quoted figure reproduces from the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Verdict {
    /// The computed value, rounded as the source rounded, equals the quote.
    Exact,
    /// Not exact, but within what rounding of the published inputs allows.
    Rounding,
    /// Outside what rounding allows: the quote does not follow from the figures.
    DoesNotReproduce,
}

impl Verdict {
    /// The id JavaScript styles by: "exact", "rounding", "doesNotReproduce".
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Exact => "exact",
            Verdict::Rounding => "rounding",
            Verdict::DoesNotReproduce => "doesNotReproduce",
        }
    }
}

/// How a target over several fiscal years is read. The $5bn 2020-23 target
/// was announced without saying which, so charts state the one they use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TargetReading {
    #[default]
    /// The annual figure reaches the target by the last fiscal year.
    AnnualLevel,
    /// The fiscal years' figures add up to the target.
    Cumulative,
}

/// An option a chart offers the reader a control for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum OptionId {
    /// `cumulative`: months or fiscal year to date.
    Cumulative,
    /// `targetReading`: a multi-year target as a level or a sum.
    TargetReading,
}

/// One choice of a control: the option's value as `setOptions` takes it.
/// Serialised as that value (`false`, `"annualLevel"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Choice {
    Cumulative(bool),
    TargetReading(TargetReading),
}

/// A control: the option it sets and its choices, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Control {
    pub option: OptionId,
    pub choices: &'static [Choice],
}

/// A quoted rate with its check, as a takeaway mentions it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotedRate {
    pub period: Period,
    pub quoted_pct: f64,
    pub quoted_decimals: u8,
    pub computed_pct: f64,
    pub verdict: Verdict,
}

/// A sentence or label with its arguments, for a catalogue to word. Money
/// is in US$ million, rates in percent.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Several messages as one paragraph.
    Sentences(Vec<Message>),
    /// The annual chart's takeaway: from first to last, the average rate, the falls.
    AnnualTakeaway {
        first: (Period, f64),
        last: (Period, f64),
        cagr_pct: f64,
        falls: Vec<(Period, f64)>,
    },
    /// The growth chart's takeaway: peak, latest, and how the quotes fare.
    GrowthTakeaway {
        peak: (Period, f64),
        latest: (Period, f64),
        quoted: Vec<QuotedRate>,
    },
    /// The compared chart's takeaway: how many comparisons reproduce.
    ComparedTakeaway { verdicts: Vec<Verdict> },
    /// The monthly chart's takeaway: (month, earlier year's, later year's value).
    MonthlyTakeaway {
        earlier: FiscalYear,
        later: FiscalYear,
        months: Vec<(Period, f64, f64)>,
    },
    /// The monthly chart's takeaway in the year-to-date view.
    MonthlyCumulativeTakeaway {
        earlier: (FiscalYear, f64),
        later: (FiscalYear, f64),
        reported_later: Option<f64>,
    },
    /// One target: the reading, the share reached, the growth it needed.
    TargetNote {
        target: f64,
        period: Period,
        reading: TargetReading,
        share_pct: f64,
        needed_pct: f64,
        base: Period,
    },
    /// When the stated potential would be reached at the past average rate.
    PotentialNote {
        value: f64,
        cagr_pct: f64,
        reached: FiscalYear,
    },
    /// The label on the potential line.
    PotentialLabel { value: f64 },
    /// A quoted rate and whether it reproduces, beside a compared pair.
    VerdictShort {
        quoted_pct: f64,
        quoted_decimals: u8,
        verdict: Verdict,
    },
    /// The fastest and slowest growth, for a description.
    FastestSlowest {
        fastest: (Period, f64),
        slowest: (Period, f64),
    },
    /// A description's first sentence: what kind of chart this is.
    Intro { chart: ChartKind, cumulative: bool },
}

/// A language the widget speaks: the `lang` option, "en" or "ur". It is an
/// id like the others (code passes it; `crate::words` turns it into a
/// catalogue), and sits here so that the options can carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Urdu (اردو): right to left, charts mirrored unless `mirror` is false.
    Ur,
}

impl Lang {
    /// The BCP 47 tag, as HTML's `lang` attribute takes it: "en", "ur".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ur => "ur",
        }
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ur
    }
}
