//! Ids for code, words for readers: every chart kind, series, label,
//! verdict, control and message that a reader sees is named here by an
//! enum, and only a words catalogue (`crate::words`) turns it into words.
//! Nothing in the crate compares a display string.
//!
//! This layer sits above the dataset (messages carry periods and measures
//! as arguments) and below the maths, the chart models and the words, so
//! that the models set ids and the catalogues word them without either
//! knowing the other.

use serde::Serialize;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
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
    /// After a base derived from other figures (December 2022: July-December
    /// minus July-November).
    DerivedBase,
    /// Legend of the hollow, derived months.
    DerivedMonth,
    /// Legend of the target lines.
    Target,
    /// Legend of the years already summed under the cumulative reading.
    SummedBefore,
    /// Flag of a first release, to be revised.
    FirstReleaseFlag,
    /// Flag of a provisional figure from a single low-profile source.
    Provisional,
    /// A quoted rate's series when the speaker named no definition.
    NoDefinition,
    /// Why such a rate cannot be checked.
    NoFigureNoDefinition,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TargetReading {
    #[default]
    /// The annual figure reaches the target by the last fiscal year.
    AnnualLevel,
    /// The fiscal years' figures add up to the target.
    Cumulative,
}

impl TargetReading {
    pub const ALL: [TargetReading; 2] = [TargetReading::AnnualLevel, TargetReading::Cumulative];

    /// The `targetReading` option's value: "annualLevel", "cumulative".
    pub fn id(self) -> &'static str {
        match self {
            TargetReading::AnnualLevel => "annualLevel",
            TargetReading::Cumulative => "cumulative",
        }
    }
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
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuotedRate {
    pub period: Period,
    /// What the rate compares the period with.
    pub base_period: Period,
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
        /// None from a first year of zero: no average rate grows from nothing.
        cagr_pct: Option<f64>,
        falls: Vec<(Period, f64)>,
    },
    /// The growth chart's takeaway: peak, latest, and how the quotes fare.
    GrowthTakeaway {
        peak: (Period, f64),
        latest: (Period, f64),
        quoted: Vec<QuotedRate>,
    },
    /// The compared chart's takeaway: the verdicts of the pairs drawn, and
    /// of every quoted rate in the checks table (how many, how many fail).
    ComparedTakeaway {
        verdicts: Vec<Verdict>,
        all_checked: usize,
        all_failing: usize,
    },
    /// The monthly chart's takeaway: (month, earlier year's, later year's
    /// value) for each month both years have; `so_far` while the later
    /// year is running.
    MonthlyTakeaway {
        earlier: FiscalYear,
        later: FiscalYear,
        months: Vec<(Period, f64, f64)>,
        so_far: bool,
    },
    /// The monthly chart's takeaway in the year-to-date view: both years'
    /// totals over the same months, July to `through`.
    MonthlyCumulativeTakeaway {
        earlier: (FiscalYear, f64),
        later: (FiscalYear, f64),
        through: Period,
        growth_pct: f64,
        /// The reported total of the later year's months, its growth on
        /// the earlier's, and whether it is within rounding of their sum,
        /// where the dataset holds one.
        reported_later: Option<(f64, Option<f64>, bool)>,
    },
    /// A chart's heading.
    Title { chart: ChartKind },
    /// The growth chart's heading, which names quoted rates only where
    /// the data has some (an editor's data with none drew none).
    GrowthTitle { quoted: bool },
    /// The monthly chart's heading, naming its two years.
    MonthlyTitle {
        earlier: FiscalYear,
        later: FiscalYear,
    },
    /// How far the figures go: the last month any series reaches.
    FiguresTo { year: u16, month: u8 },
    /// A running year against the same months a year earlier. `current`
    /// is the sum of its months; `reported`, the total the dataset holds
    /// for the same span, if any (it may differ by rounding, and the press
    /// quotes its growth from it), with that growth on `base`, and whether
    /// rounding explains the difference ([`crate::growth::within_rounding`]).
    YearToDate {
        current: (Period, f64),
        base: Option<(Period, f64)>,
        growth_pct: Option<f64>,
        reported: Option<(f64, Option<f64>, bool)>,
    },
    /// A legend entry for a running year's months so far.
    YearToDateLabel { period: Period },
    /// How much narrower the narrow series ran than ICT, a year.
    NarrowGap {
        min: f64,
        max: f64,
        first: Period,
        last: Period,
    },
    /// A target for the running year: the share reached so far and the
    /// monthly average the rest of the year needs, against the average so
    /// far; `others` are other values officials gave for the same year.
    RunningTargetNote {
        target: f64,
        so_far: (Period, f64),
        share_pct: f64,
        pace_needed: f64,
        pace_so_far: f64,
        others: Vec<f64>,
    },
    /// A target for a year not reached: the growth a year it needs.
    FutureTargetNote {
        target: f64,
        fy: FiscalYear,
        needed_pct: f64,
        base: (Period, f64),
    },
    /// A target announced beside the narrow series, measured here against
    /// ICT: the growth it needed from the narrow figure.
    TargetDefinition {
        target: f64,
        narrow_base: (Period, f64),
        needed_pct: f64,
    },
    /// Targets that name no year and so are not drawn.
    UndatedTargets { values: Vec<f64> },
    /// In the checks table: the base a quote implies, where it revises the
    /// dataset's; `quoted`: the source gave that base (else its rate implies it).
    /// Only the full builds word the checks table.
    #[cfg(feature = "full")]
    BaseRevision {
        base: Period,
        from: f64,
        to: f64,
        quoted: bool,
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
        /// The base as revised by the quote (the dataset's, the revised).
        revision: Option<(f64, f64)>,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Urdu (اردو): right to left, charts mirrored unless `mirror` is false.
    Ur,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ur];

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
