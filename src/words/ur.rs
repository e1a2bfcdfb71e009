//! Urdu (اردو): the words and formats of a Pakistani Urdu business desk, as
//! Urdu reports of these very figures write them (BOL, Dunya, Express,
//! Jang): Western digits, "3.81 ارب ڈالر", "366 ملین ڈالر", "19.1 فیصد",
//! "مالی سال 2024-25", "جولائی تا فروری", "سال بہ سال".
//!
//! Every number run (a figure, a rate with its sign, a span such as
//! 2024-25) is wrapped in a left-to-right isolate (U+2066 ... U+2069), and
//! every outlet's name in a first-strong isolate (U+2068 ... U+2069), so
//! that inside right-to-left text "+19.1%" never reads "%19.1+" and
//! "2024-25" never "25-2024". Outlet names stay as published.

use super::{
    axis_figure, ltr, number, number_trimmed, one_year, rounds_to_zero, whole, Lang, Ui, Words,
};
use super::{FSI, PDI};
use crate::data::{calendar_month, FiscalYear, Measure, Period, Unit};
use crate::error::Joined;
use crate::ids::{ChartKind, Choice, Label, Message, OptionId, SeriesId, TargetReading, Verdict};
#[cfg(feature = "full")]
use {super::decimals_for, crate::data::Qualifier, crate::ids::QuotedRate};

/// The Urdu catalogue.
pub struct Urdu;

/// Calendar months, January first, as Urdu papers spell them.
const MONTHS: [&str; 12] = [
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];

/// The month `m` (1-12).
fn month(m: u8) -> &'static str {
    MONTHS[usize::from(m.clamp(1, 12)) - 1]
}

/// A fiscal year's span of years, isolated: "2024-25".
fn years(fy: FiscalYear) -> String {
    ltr(&format!("{}-{:02}", fy.0, (fy.0 + 1) % 100))
}

/// "مالی سال 2024-25".
fn fy(fy: FiscalYear) -> String {
    format!("مالی سال {}", years(fy))
}

/// Text of unknown direction (an outlet's name, an editor's note), isolated.
fn free(text: &str) -> String {
    format!("{FSI}{text}{PDI}")
}

/// The name of a span of fiscal months: quarters and halves as the press
/// names them, other spans "جولائی تا فروری".
fn span_name(fy: FiscalYear, first: u8, last: u8) -> String {
    let name = match (first, last) {
        (1, 3) => "پہلی سہ ماہی",
        (4, 6) => "دوسری سہ ماہی",
        (7, 9) => "تیسری سہ ماہی",
        (10, 12) => "چوتھی سہ ماہی",
        (1, 6) => "پہلی ششماہی",
        (7, 12) => "دوسری ششماہی",
        _ => return months_of(fy, first, last),
    };
    name.to_string()
}

/// A span inside a fiscal year as its year and its months:
/// ("مالی سال 2025-26", "جولائی تا فروری"); a whole year's months are
/// "جولائی تا جون".
fn span_of(p: Period) -> (String, String) {
    match p {
        Period::FiscalSpan { fy: y, first, last } => (fy(y), months_of(y, first, last)),
        Period::FiscalYear { fy: y } => (fy(y), months_of(y, 1, 12)),
        other => (String::new(), Urdu.period(other)),
    }
}

/// Fiscal months `first` to `last` by name: "جولائی تا فروری", "جولائی".
fn months_of(fy: FiscalYear, first: u8, last: u8) -> String {
    let (_, m0) = calendar_month(fy, first);
    let (_, m1) = calendar_month(fy, last);
    if first == last {
        month(m0).to_string()
    } else {
        format!("{} تا {}", month(m0), month(m1))
    }
}

/// The built-in dataset's notes and derivations, in Urdu. An editor's own
/// notes are shown as written.
const DATA_TEXTS: [(&str, &str); 26] = [
    ("reported as $1.298bn", "1.298 ارب ڈالر رپورٹ ہوا"),
    (
        "all IT companies registered with the SECP, as of the article",
        "خبر کی تاریخ تک ایس ای سی پی میں رجسٹرڈ تمام آئی ٹی کمپنیاں",
    ),
    (
        "FY2020-21 up to the article's date, the most in any year",
        "مالی سال 2020-21 میں خبر کی تاریخ تک، کسی بھی سال میں سب سے زیادہ",
    ),
    ("valid registrations", "فعال رجسٹریشن"),
    (
        "set for 2020-23 without saying whether it is an annual level or a three-year sum",
        "2020-23 کے لیے مقرر، یہ بتائے بغیر کہ یہ سالانہ سطح ہے یا تین سالہ مجموعہ",
    ),
    ("reported as $1.23bn", "1.23 ارب ڈالر رپورٹ ہوا"),
    (
        "later releases put it at $2,593-2,597m",
        "بعد کے اعداد و شمار میں 2,593 تا 2,597 ملین ڈالر",
    ),
    ("missed", "حاصل نہ ہو سکا"),
    (
        "July-May ($2,925m) minus the other ten months",
        "جولائی تا مئی (2,925 ملین ڈالر) میں سے باقی دس مہینے منہا",
    ),
    (
        "July-April ($3,142m) minus July-March ($2,825m)",
        "جولائی تا اپریل (3,142 ملین ڈالر) میں سے جولائی تا مارچ (2,825 ملین ڈالر) منہا",
    ),
    (
        "fiscal year ($3,810m) minus July-April ($3,142m) minus June ($338m)",
        "پورے مالی سال (3,810 ملین ڈالر) میں سے جولائی تا اپریل (3,142 ملین ڈالر) اور جون (338 ملین ڈالر) منہا",
    ),
    (
        "July-December minus July-November FY2022-23",
        "مالی سال 2022-23 کے جولائی تا دسمبر میں سے جولائی تا نومبر منہا",
    ),
    // The running year's notes. Outlet names stay as published, each in a
    // first-strong isolate; dates as Urdu papers write them.
    ("sum of its months", "اس کے مہینوں کا مجموعہ"),
    (
        "Business Recorder's page of 2025-08-20 gives $339m",
        "\u{2068}Business Recorder\u{2069} کے 20 اگست 2025 کے صفحے پر 339 ملین ڈالر",
    ),
    (
        "also July-August ($691m) minus July",
        "جولائی تا اگست (691 ملین ڈالر) میں سے جولائی منہا کرنے پر بھی یہی عدد",
    ),
    (
        "a later Dunya story's $348m contradicts its own July-December total",
        "\u{2068}Dunya\u{2069} کی بعد کی خبر میں 348 ملین ڈالر، جو اسی خبر کے جولائی تا دسمبر کے مجموعے سے میل نہیں کھاتا",
    ),
    (
        "the base of November 2023's +11% in the same report",
        "اسی رپورٹ میں نومبر 2023 کے 11 فیصد اضافے کی بنیاد",
    ),
    ("also BOL News (Urdu)", "\u{2068}BOL News (Urdu)\u{2069} نے بھی یہی رپورٹ کیا"),
    (
        "also Profit (2026-01-06)",
        "\u{2068}Profit\u{2069} نے بھی 6 جنوری 2026 کو یہی رپورٹ کیا",
    ),
    (
        "also Dunya News (2026-01-20), as $2.24bn",
        "\u{2068}Dunya News\u{2069} نے بھی 20 جنوری 2026 کو 2.24 ارب ڈالر رپورٹ کیا",
    ),
    ("reported as $2.61bn", "2.61 ارب ڈالر رپورٹ ہوا"),
    ("reported as $2.97bn", "2.97 ارب ڈالر رپورٹ ہوا"),
    (
        "also PPI News Agency (2026-02-18)",
        "\u{2068}PPI News Agency\u{2069} نے بھی 18 فروری 2026 کو یہی رپورٹ کیا",
    ),
    (
        "as told to the Senate IT committee; conflicts with the $5bn cited since",
        "سینیٹ کی قائمہ کمیٹی برائے آئی ٹی کو بتایا گیا ہدف؛ بعد میں بار بار بیان کیے گئے 5 ارب ڈالر سے متصادم",
    ),
    ("Uraan Pakistan", "اُڑان پاکستان"),
    (
        "five-year plan of November 2024; no year was given",
        "نومبر 2024 کا پانچ سالہ منصوبہ؛ کوئی سال نہیں بتایا گیا",
    ),
];

/// Isolates every run of digits (with the signs, separators and units
/// that belong to it) in `text`, for the fixed sentences above.
fn isolate_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '$' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len()
            && (chars[j].is_ascii_alphanumeric()
                || matches!(chars[j], '$' | '.' | ',' | '-' | '%')
                    && chars.get(j + 1).is_some_and(char::is_ascii_alphanumeric))
        {
            j += 1;
        }
        let run: String = chars[i..j].iter().collect();
        out.push_str(&ltr(&run));
        i = j;
    }
    out
}

impl Urdu {
    /// A quoted rate (`quoted`, as the drawing or a reader's text writes
    /// it) and whether it reproduces, with the base its quote revises.
    fn verdict_words(
        &self,
        quoted: String,
        verdict: Verdict,
        revision: Option<(f64, f64)>,
    ) -> String {
        let revision = match revision {
            // Short: on a phone it wraps under the pair's bars.
            Some((from, to)) => format!(
                "؛ نظرِ ثانی شدہ بنیاد {}، پہلے {}",
                self.value_whole(to, Unit::UsdMillion),
                ltr(&number(from, 0))
            ),
            None => String::new(),
        };
        let verdict = match verdict {
            Verdict::Exact => "بالکل درست",
            Verdict::Rounding => "راؤنڈنگ کی حد میں درست",
            // "تصدیق" carries the verb's gender, whatever was quoted.
            Verdict::DoesNotReproduce => "تصدیق نہیں ہوتی",
        };
        format!("بیان کردہ {quoted}: {verdict}{revision}")
    }

    /// The sentence saying a running total drawn from the months differs
    /// from the reported one (to append, with its leading space), or nothing.
    #[cfg(feature = "full")]
    fn months_gap(&self, sum: f64, reported: Option<(f64, Option<f64>, bool)>) -> String {
        match reported {
            Some((r, growth, rounding)) if r != sum => {
                // As in English: the reported total beside the sum named
                // before it, in its form; the rate from it too.
                let rate = growth.map_or(String::new(), |g| {
                    format!(" (پچھلے سال کے انہی مہینوں سے {})", self.change_words(g, 1))
                });
                let (again, told) = self.beside_sum(sum, r);
                let of = again.map_or(String::new(), |s| format!("، {s}"));
                // As in English: rounding named only where it can explain the gap.
                let why = if rounding {
                    "فرق راؤنڈنگ کی وجہ سے ہے۔".to_string()
                } else {
                    let more = if r > sum { "زیادہ" } else { "کم" };
                    format!(
                        "یہ {} {more} ہے، اور اتنا فرق راؤنڈنگ کی وجہ سے نہیں ہو سکتا۔",
                        self.value_whole((r - sum).abs(), Unit::UsdMillion)
                    )
                };
                format!(" یہ عدد مہینوں کا مجموعہ ہے{of}؛ رپورٹ شدہ عدد {told} ہے{rate}۔ {why}")
            }
            _ => String::new(),
        }
    }

    /// A signed rate for a sentence: "+19.1 فیصد".
    fn pct_words(&self, x: f64, decimals: usize) -> String {
        format!("{} فیصد", ltr(&signed(x, decimals)))
    }

    /// A rate before "اضافہ", which says the direction: no "+" (a second
    /// reading's advice), but a fall keeps its sign.
    fn rise_words(&self, x: f64, decimals: usize) -> String {
        if x >= 0.0 {
            self.pct_abs_words(x, decimals)
        } else {
            self.pct_words(x, decimals)
        }
    }

    /// A rate without its sign, where the words say which way: "0.9 فیصد".
    fn pct_abs_words(&self, x: f64, decimals: usize) -> String {
        format!("{} فیصد", ltr(&number(x.abs(), decimals)))
    }

    /// A change in words, after "... سے": "19.9 فیصد زیادہ", "1.0 فیصد
    /// کم", or "تقریباً برابر" for a rate that rounds to zero.
    #[cfg(feature = "full")]
    fn change_words(&self, x: f64, decimals: usize) -> String {
        if rounds_to_zero(x, decimals) {
            "تقریباً برابر".to_string()
        } else if x > 0.0 {
            format!("{} زیادہ", self.pct_abs_words(x, decimals))
        } else {
            format!("{} کم", self.pct_abs_words(x, decimals))
        }
    }

    #[cfg(feature = "full")]
    fn takeaway_growth(
        &self,
        peak: (Period, f64),
        latest: (Period, f64),
        quoted: &[QuotedRate],
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
                    "{} کی بیان کردہ شرح {} ثابت نہیں ہوتی (حساب سے {})",
                    self.period(q.period),
                    self.pct_words(q.quoted_pct, usize::from(q.quoted_decimals)),
                    self.pct_words(q.computed_pct, 1)
                )
            })
            .collect();
        let tail = if misses.is_empty() {
            String::new()
        } else {
            format!("؛ {}", misses.joined("، "))
        };
        // One year of growth (a dataset of two years) has no peak to name.
        let growth = if peak.0 == latest.0 {
            format!(
                "سال بہ سال شرحِ نمو {} میں {} رہی۔",
                self.period(latest.0),
                self.pct_words(latest.1, 1)
            )
        } else {
            format!(
                "سال بہ سال شرحِ نمو {} میں {} کی بلند ترین سطح پر رہی اور {} میں {} رہی۔",
                self.period(peak.0),
                self.pct_words(peak.1, 1),
                self.period(latest.0),
                self.pct_words(latest.1, 1)
            )
        };
        if quoted.is_empty() {
            return growth;
        }
        format!(
            "{growth} رپورٹوں میں بیان کردہ {} سالانہ شرحوں میں سے {} شرحیں اعداد سے درست ثابت ہوتی ہیں{tail}۔",
            ltr(&quoted.len().to_string()),
            ltr(&ok.to_string()),
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
                    "{} ({} بمقابلہ {})",
                    self.period(*p),
                    self.usd_compact(*y),
                    self.usd_compact(*x)
                )
            })
            .collect();
        let of = if so_far {
            "اب تک رپورٹ ہونے والے "
        } else {
            ""
        };
        let n = ltr(&months.len().to_string());
        let (later, earlier) = (fy(later), fy(earlier));
        // As in English: "all 8", "the one month", "none of the 8".
        match (above, months.len()) {
            (1, 1) => format!(
                "{of}واحد مہینے میں {later} کی ترسیلات {earlier} کے اسی مہینے سے زیادہ رہیں۔"
            ),
            (_, 1) => format!(
                "{of}واحد مہینے میں {later} کی ترسیلات {earlier} کے اسی مہینے سے زیادہ نہیں رہیں۔"
            ),
            (0, _) => format!(
                "{of}{n} مہینوں میں سے کسی میں بھی {later} کی ترسیلات {earlier} کے اسی مہینے سے زیادہ نہیں رہیں۔"
            ),
            // "Both months", not "all 2 months".
            (2, 2) => format!(
                "{of}دونوں مہینوں میں {later} کی ترسیلات {earlier} کے انہی مہینوں سے زیادہ رہیں۔"
            ),
            (_, all) if above == all => format!(
                "{of}تمام {n} مہینوں میں {later} کی ترسیلات {earlier} کے انہی مہینوں سے زیادہ رہیں۔"
            ),
            _ => {
                let except = match below.as_slice() {
                    [one] => format!("صرف {one} میں ایسا نہیں ہوا"),
                    many => format!("{} میں ایسا نہیں ہوا", many.joined("، ")),
                };
                format!(
                    "{of}{n} مہینوں میں سے {} میں {later} کی ترسیلات {earlier} کے انہی مہینوں سے زیادہ رہیں؛ {except}۔",
                    ltr(&above.to_string())
                )
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
                "{} تک سالانہ {} (سالانہ سطح کے طور پر)",
                fy(last),
                self.usd_compact(target)
            ),
            (Period::FiscalYears { first, last }, TargetReading::Cumulative) => format!(
                "{} تا {} میں مجموعی {} (تین سالہ مجموعے کے طور پر)",
                fy(first),
                years(last),
                self.usd_compact(target)
            ),
            _ => format!(
                "{} کا ہدف {}",
                self.period(period),
                self.usd_compact(target)
            ),
        };
        // A one-year target's growth is that year's, not "سالانہ".
        let per = if one_year(period, base) {
            ""
        } else {
            "سالانہ "
        };
        let needed = self.rise_words(needed_pct, 1);
        format!(
            "{what}: اس کا {} حاصل ہوا؛ اس کے لیے {} سے {per}{needed} اضافہ درکار تھا۔",
            self.pct_abs_words(super::share(share_pct), 1),
            self.period(base),
        )
    }
}

/// A rate with its sign ("+19.1%" without the percent): a typographic
/// minus, no sign when it rounds to zero.
fn signed(x: f64, decimals: usize) -> String {
    let sign = if rounds_to_zero(x, decimals) {
        ""
    } else if x > 0.0 {
        "+"
    } else {
        "\u{2212}"
    };
    format!("{sign}{}", number(x.abs(), decimals))
}

impl Words for Urdu {
    fn lang(&self) -> Lang {
        Lang::Ur
    }

    /// Nastaliq's ink spans up to about 2.6 em (Noto Nastaliq Urdu in
    /// Chromium: a kaf or gaf rises 1.6-1.8 em above the middle baseline, a
    /// yeh sinks 0.75 em below it): a line of Urdu gets three font sizes.
    fn line_box(&self) -> f64 {
        3.0
    }

    fn pct(&self, x: f64, decimals: usize) -> String {
        ltr(&format!("{}%", signed(x, decimals)))
    }

    fn pct_text(&self, x: f64, decimals: usize) -> String {
        self.pct_words(x, decimals)
    }

    fn usd_compact(&self, usd_millions: f64) -> String {
        let a = usd_millions.abs();
        if a >= 1000.0 {
            format!(
                "{} ارب ڈالر",
                ltr(&number_trimmed(usd_millions / 1000.0, 2))
            )
        } else if !(1.0..10.0).contains(&a) {
            format!("{} ملین ڈالر", ltr(&whole(usd_millions)))
        } else {
            format!("{} ملین ڈالر", ltr(&number(usd_millions, 1)))
        }
    }

    /// The axis names the scale, not the currency: the definitions line
    /// under every chart says US dollars, and "ڈالر" on every tick would
    /// take a phone's plot width.
    fn usd_axis(&self, usd_millions: f64, step: f64) -> String {
        match axis_figure(usd_millions, step) {
            None => ltr("0"),
            Some((figure, true)) => format!("{} ارب", ltr(&figure)),
            Some((figure, false)) => format!("{} ملین", ltr(&figure)),
        }
    }

    #[cfg(feature = "full")]
    fn value_exact(&self, value: f64, unit: Unit, tolerance: f64, qualifier: Qualifier) -> String {
        // "More than" goes before a count's noun ("10,000 سے زائد کمپنیاں";
        // after it the noun would need its oblique form) and after an amount
        // ("... ملین ڈالر سے زائد"), as Urdu business pages write them.
        let more = match qualifier {
            Qualifier::AsReported => "",
            Qualifier::AtLeast => " سے زائد",
        };
        match unit {
            Unit::UsdMillion => format!(
                "{} ملین ڈالر{more}",
                ltr(&number(value, decimals_for(tolerance)))
            ),
            Unit::Companies => format!("{}{more} کمپنیاں", ltr(&number(value, 0))),
        }
    }

    fn value_whole(&self, value: f64, unit: Unit) -> String {
        match unit {
            Unit::UsdMillion => format!("{} ملین ڈالر", ltr(&whole(value))),
            Unit::Companies => ltr(&number(value, 0)),
        }
    }

    fn period(&self, p: Period) -> String {
        match p {
            Period::FiscalYear { fy: y } => fy(y),
            Period::FiscalSpan {
                fy: y,
                first: 1,
                last: 12,
            } => fy(y),
            Period::FiscalSpan { fy: y, first, last } => {
                format!("{}، {}", span_name(y, first, last), fy(y))
            }
            Period::FiscalYears { first, last } => {
                format!("{} تا {}", fy(first), years(last))
            }
            Period::Month { year, month: m } => {
                format!("{} {}", month(m), ltr(&year.to_string()))
            }
            Period::Date {
                year,
                month: m,
                day,
            } => match (m, day) {
                (Some(m), Some(d)) => {
                    format!(
                        "{} {} {}",
                        ltr(&d.to_string()),
                        month(m),
                        ltr(&year.to_string())
                    )
                }
                (Some(m), None) => format!("{} {}", month(m), ltr(&year.to_string())),
                _ => ltr(&year.to_string()),
            },
            Period::Open => "کوئی مدت مقرر نہیں".to_string(),
        }
    }

    /// Level 0 "2015-16", 1 "15-16", 2 "16" for fiscal years (the axis's
    /// unit line says they are fiscal years); months "دسمبر 2023",
    /// "دسمبر 23", "دسمبر".
    fn period_short(&self, p: Period, level: u8) -> String {
        match (p, level) {
            (Period::FiscalYear { fy: y }, 0) => years(y),
            (Period::FiscalYear { fy: y }, 1) => {
                ltr(&format!("{:02}-{:02}", y.0 % 100, (y.0 + 1) % 100))
            }
            (Period::FiscalYear { fy: y }, _) => ltr(&format!("{:02}", (y.0 + 1) % 100)),
            // A month keeps its whole year, as in English.
            (Period::Month { month: m, .. }, l) if l >= 2 => month(m).to_string(),
            (Period::FiscalSpan { fy: y, first, last }, l) if l >= 1 => format!(
                "{} {}",
                span_name(y, first, last),
                ltr(&format!("{:02}-{:02}", y.0 % 100, (y.0 + 1) % 100))
            ),
            _ => self.period(p),
        }
    }

    /// Month names; in the tightest space the month's number ("7" for
    /// جولائی), since Urdu has no one-letter month abbreviations.
    fn fiscal_month_short(&self, index: u8, _level: u8) -> String {
        // Names at every level: where twelve do not fit, the axis names
        // every second or third month (جون، مارچ، دسمبر ...). Urdu has no
        // initials for months, and the calendar numbers it showed instead
        // ("7 8 9 ... 6" for July to June) a reader could not tell apart
        // from fiscal months.
        let (_, m) = calendar_month(FiscalYear(2000), index);
        month(m).to_string()
    }

    fn unit(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::UsdMillion => "ملین امریکی ڈالر",
            Unit::Companies => "کمپنیاں",
        }
    }

    fn unit_percent(&self) -> &'static str {
        "فیصد، سال بہ سال"
    }

    fn measure_name(&self, m: Measure) -> &'static str {
        match m {
            Measure::Ict => "آئی سی ٹی خدمات",
            Measure::ItItes => "آئی ٹی و آئی ٹی ای ایس (محدود)",
            Measure::PsebCompanies => "پی ایس ای بی میں رجسٹرڈ آئی ٹی کمپنیاں",
            Measure::SecpCompanies => "ایس ای سی پی میں رجسٹرڈ آئی ٹی کمپنیاں",
            Measure::SecpRegistrations => "نئی آئی ٹی کمپنیوں کی رجسٹریشن (ایس ای سی پی)",
            Measure::ExportTarget => "حکومتی ہدف",
            Measure::ExportPotential => "بیان کردہ استعداد",
        }
    }

    fn measure_short(&self, m: Measure) -> &'static str {
        match m {
            Measure::Ict => "آئی سی ٹی",
            // Still "narrow" (محدود): the short names title the compared
            // chart's pairs on a phone, each pair its own series.
            Measure::ItItes => "آئی ٹی (محدود)",
            Measure::PsebCompanies => "پی ایس ای بی کمپنیاں",
            Measure::SecpCompanies => "ایس ای سی پی کمپنیاں",
            Measure::SecpRegistrations => "ایس ای سی پی رجسٹریشن",
            Measure::ExportTarget => "ہدف",
            Measure::ExportPotential => "استعداد",
        }
    }

    fn definition(&self, m: Measure) -> &'static str {
        match m {
            Measure::Ict => "ٹیلی کمیونیکیشن، کمپیوٹر اور انفارمیشن خدمات کی برآمدی ترسیلات (اسٹیٹ بینک، ادائیگیوں کا توازن)",
            Measure::ItItes => "صرف کمپیوٹر اور کال سینٹر خدمات کی برآمدی ترسیلات؛ آئی سی ٹی سے محدود تر سلسلہ",
            Measure::PsebCompanies => "پاکستان سافٹ ویئر ایکسپورٹ بورڈ میں فعال رجسٹریشن رکھنے والی آئی ٹی اور آئی ٹی سے منسلک خدمات کی کمپنیاں",
            Measure::SecpCompanies => "سکیورٹیز اینڈ ایکسچینج کمیشن آف پاکستان کے رجسٹر پر موجود آئی ٹی کمپنیاں",
            Measure::SecpRegistrations => "سکیورٹیز اینڈ ایکسچینج کمیشن آف پاکستان میں نئی رجسٹر ہونے والی آئی ٹی کمپنیاں",
            Measure::ExportTarget => "آئی ٹی برآمدی ترسیلات کا حکومتی ہدف",
            Measure::ExportPotential => "وزیرِ آئی ٹی کی بیان کردہ آئی ٹی برآمدات کی استعداد، ہدف نہیں",
        }
    }

    #[cfg(feature = "full")]
    fn fact(&self, id: &str) -> &'static str {
        match id {
            "parksPlannedCities" => "شہر جہاں سافٹ ویئر ٹیکنالوجی پارکس منصوبہ بندی میں تھے (بنوں، راولپنڈی، فیصل آباد، حیدرآباد)",
            "strategyPillars" => "آئی ٹی برآمدات کی حکمتِ عملی کے ستون",
            "parksPerMonthTarget" => "سافٹ ویئر ٹیکنالوجی پارکس ماہانہ، پی ایس ای بی کے لیے مقرر ہدف",
            "startupFeeBeforePkr" => "روپے: اسٹارٹ اپس کے لیے پی ایس ای بی رجسٹریشن کی پرانی فیس",
            "startupFeeAfterPkr" => "روپے: نئی فیس (پسماندہ شہروں میں ایک سال کے لیے معاف)",
            "exportCountries" => "ممالک جو پاکستانی آئی ٹی خدمات خریدتے ہیں (اس سے زائد)",
            _ => "عدد",
        }
    }

    #[cfg(feature = "full")]
    fn layer(&self, layer: u8) -> &'static str {
        match layer {
            1 => "ماخذ خبر",
            _ => "ثانوی ذرائع سے مرتب عوامی سلسلہ",
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
            Label::FirstRelease => "ابتدائی عدد، بعد میں نظرِ ثانی",
            Label::IctComputed => "آئی سی ٹی، حساب شدہ",
            Label::NarrowComputed => "آئی ٹی و آئی ٹی ای ایس (محدود)، حساب شدہ",
            Label::Quoted => "رپورٹوں میں بیان کردہ شرح",
            Label::Earlier => "پہلے کی مدت",
            Label::Later => "بعد کی مدت (ہر جوڑا اپنے پیمانے پر)",
            Label::DerivedBase => "(اخذ شدہ)",
            Label::DerivedMonth => "رپورٹ شدہ مجموعوں سے اخذ شدہ",
            Label::Target => "ہدف",
            Label::SummedBefore => "مجموعے کے پہلے سال",
            Label::FirstReleaseFlag => "ابتدائی عدد",
            Label::Provisional => "عبوری: صرف ایک کم معروف ذریعہ",
            Label::NoDefinition => "آئی ٹی برآمدات، تعریف نہیں بتائی گئی",
            Label::NoFigureNoDefinition => "نہ کوئی عدد دیا گیا، نہ تعریف بتائی گئی",
        }
    }

    #[cfg(feature = "full")]
    fn verdict(&self, v: Verdict) -> &'static str {
        match v {
            // Said of a rate (شرح) and of a total (مجموعہ): words that need
            // no agreement with either.
            Verdict::Exact => "اعداد سے بالکل درست",
            Verdict::Rounding => "شائع شدہ اعداد کی راؤنڈنگ کی حد میں درست",
            Verdict::DoesNotReproduce => "شائع شدہ اعداد سے تصدیق نہیں ہوتی",
        }
    }

    #[cfg(feature = "full")]
    fn unchecked(&self) -> &'static str {
        "جانچ ممکن نہیں"
    }

    #[cfg(feature = "full")]
    /// The engine's reasons all name a figure the dataset lacks (the rate's
    /// own period or the year before it).
    fn unchecked_reason(&self, _reason: &str) -> String {
        "موازنے کے لیے درکار عدد (اسی مدت کا یا ایک سال پہلے کا) ڈیٹا میں نہیں".to_string()
    }

    #[cfg(feature = "full")]
    fn check_what(&self, measure: Measure, period: Period, base: Period) -> String {
        format!(
            "{}، {} بمقابلہ {}",
            self.measure_name(measure),
            self.period(period),
            self.period(base)
        )
    }

    #[cfg(feature = "full")]
    fn sum_what(&self, measure: Measure, period: Period) -> String {
        format!(
            "{}، {}: رپورٹ شدہ مجموعہ بمقابلہ مہینوں کا مجموعہ",
            self.measure_name(measure),
            self.period(period)
        )
    }

    #[cfg(feature = "full")]
    fn verdict_implied(
        &self,
        verdict: Verdict,
        implied_base: &str,
        revision: Option<&str>,
    ) -> String {
        let revision = revision.map(|r| format!("؛ {r}")).unwrap_or_default();
        format!(
            "{}؛ بیان کردہ شرح کے مطابق بنیاد {implied_base} بنتی ہے{revision}",
            self.verdict(verdict)
        )
    }

    fn data_text(&self, text: &str) -> String {
        match DATA_TEXTS.iter().find(|(en, _)| *en == text) {
            Some((_, ur)) => isolate_numbers(ur),
            None => free(text),
        }
    }

    fn derived(&self) -> &'static str {
        "اخذ شدہ"
    }

    fn revised(&self) -> &'static str {
        "نظرِ ثانی شدہ؛ پہلی رپورٹ میں"
    }

    #[cfg(feature = "full")]
    fn no_growth(&self) -> &'static str {
        "\u{2013}"
    }

    fn title(&self, kind: ChartKind) -> &'static str {
        match kind {
            ChartKind::Annual => "آئی سی ٹی برآمدی ترسیلات، مالی سال کے لحاظ سے",
            ChartKind::Growth => "سال بہ سال شرحِ نمو: حساب شدہ اور رپورٹ شدہ",
            ChartKind::Compared => "رپورٹوں میں کیے گئے موازنے",
            // Not "ماہ بہ ماہ", which Urdu business pages use for "month on
            // month" (DATA.md): the chart sets each month beside the same
            // month a year before.
            ChartKind::Monthly => "ماہانہ",
            ChartKind::Targets => "حکومتی اہداف کے مقابلے میں ترسیلات",
        }
    }

    fn chart_label(&self, kind: ChartKind) -> &'static str {
        match kind {
            ChartKind::Annual => "مالی سال کے لحاظ سے",
            ChartKind::Growth => "شرحِ نمو",
            ChartKind::Compared => "موازنے",
            ChartKind::Monthly => "ماہانہ",
            ChartKind::Targets => "اہداف",
        }
    }

    fn definitions(&self) -> &'static str {
        "آئی سی ٹی: ٹیلی کمیونیکیشن، کمپیوٹر اور انفارمیشن خدمات۔ آئی ٹی و آئی ٹی ای ایس (محدود): صرف کمپیوٹر اور کال سینٹر خدمات، آئی سی ٹی سے محدود تر سلسلہ۔ مالی سال جولائی تا جون۔ تمام رقوم امریکی ڈالر میں۔"
    }

    fn citation(&self, outlet: &str, date: &str) -> String {
        // The outlet as published, isolated, and the date in words ("30
        // نومبر 2020") or as given (a year, isolated so that free text cannot
        // reorder), joined by the Urdu comma, so the whole reads right to left.
        let worded = self.date(date);
        let date = if worded == date { ltr(date) } else { worded };
        format!("{}، {date}", free(outlet))
    }

    fn outlet(&self, name: &str) -> String {
        // Names stay as published (Latin, isolated where they are shown);
        // the dataset's descriptions of a source are said in Urdu.
        const OUTLETS: [(&str, &str); 3] = [
            ("Unattributed news report", "غیر منسوب اخباری رپورٹ"),
            (
                "State Bank of Pakistan (narrow series; no press report found)",
                "اسٹیٹ بینک آف پاکستان (محدود سلسلہ؛ کوئی اخباری رپورٹ نہیں ملی)",
            ),
            ("Dunya News (Urdu)", "دنیا نیوز"),
        ];
        OUTLETS
            .iter()
            .find(|(en, _)| *en == name)
            .map_or_else(|| name.to_string(), |(_, ur)| ur.to_string())
    }

    fn date(&self, date: &str) -> String {
        // A season or a time of month given for an article without a day
        // ("spring 2021", "about mid-March 2026") is named in Urdu, its
        // year isolated; a day or a month as Urdu papers write one.
        const SEASONS: [(&str, &str); 5] = [
            ("spring ", "موسم بہار"),
            ("summer ", "موسم گرما"),
            ("autumn ", "موسم خزاں"),
            ("winter ", "موسم سرما"),
            ("about mid-March ", "تقریباً وسط مارچ"),
        ];
        SEASONS
            .iter()
            .find_map(|(en, ur)| Some(format!("{ur} {}", ltr(date.strip_prefix(en)?))))
            .or_else(|| {
                Some(
                    self.period(super::iso_date(date)?)
                        .replace(' ', super::NBSP),
                )
            })
            .unwrap_or_else(|| date.to_string())
    }

    fn source_line(&self, outlets: &[String]) -> String {
        // As in English: past eight outlets, the latest five and a count;
        // every figure's own source is in the data table.
        const NAMED: usize = 5;
        if outlets.len() > 8 {
            let shown: Vec<String> = outlets[outlets.len() - NAMED..]
                .iter()
                .map(|o| free(o))
                .collect();
            return format!(
                "ذرائع: {} اور {} دیگر؛ ہر عدد کا ماخذ اعداد کے جدول میں درج ہے۔",
                shown.joined("؛ "),
                ltr(&(outlets.len() - NAMED).to_string())
            );
        }
        let named: Vec<String> = outlets.iter().map(|o| free(o)).collect();
        match named.as_slice() {
            [] => String::new(),
            [one] => format!("ماخذ: {one}۔"),
            [a, b] => format!("ذرائع: {a} اور {b}۔"),
            [init @ .., last] => format!("ذرائع: {} اور {last}۔", init.joined("؛ ")),
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
                // As Urdu business pages write it (a second reading's
                // advice): the direction in words ("10.0 فیصد اضافہ"), never
                // a sign; "صفر" for nothing; a fall's year before its size.
                let fell = match falls.as_slice() {
                    [] => "کسی سال کمی نہیں ہوئی".to_string(),
                    [(p, g)] => format!(
                        "صرف {} میں {} کمی ہوئی",
                        self.period(*p),
                        self.pct_abs_words(*g, 1)
                    ),
                    many => format!("کمی {} بار ہوئی", ltr(&many.len().to_string())),
                };
                let rate = match cagr_pct {
                    None => String::new(),
                    Some(r) if rounds_to_zero(*r, 1) => {
                        format!("، اوسطاً سالانہ شرح {}", self.pct_abs_words(0.0, 1))
                    }
                    // A verb, not a noun left hanging (a second reading).
                    Some(r) => format!(
                        "، یعنی اوسطاً سالانہ {} {}",
                        self.pct_abs_words(*r, 1),
                        if *r > 0.0 { "اضافہ ہوا" } else { "کمی ہوئی" }
                    ),
                };
                let money = |x: f64| {
                    if x == 0.0 {
                        "صفر".to_string()
                    } else {
                        self.usd_compact(x)
                    }
                };
                let (p0, v0, p1, v1) = (
                    self.period(first.0),
                    money(first.1),
                    self.period(last.0),
                    money(last.1),
                );
                // Said by the figures' direction: a custom series can fall,
                // or end where it began.
                let went = match last.1.total_cmp(&first.1) {
                    std::cmp::Ordering::Greater => format!("{p0} میں {v0} سے بڑھ کر {p1} میں {v1} ہو گئیں"),
                    std::cmp::Ordering::Less => format!("{p0} میں {v0} سے کم ہو کر {p1} میں {v1} رہ گئیں"),
                    std::cmp::Ordering::Equal => format!("{p0} میں {v0} تھیں اور {p1} میں بھی {v1} رہیں"),
                };
                format!("آئی سی ٹی برآمدی ترسیلات {went}{rate}؛ {fell}۔")
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
                let count = |k: usize| ltr(&k.to_string());
                let drawn = if fail == 0 {
                    format!(
                        "چارٹ میں دکھائے گئے تمام {} موازنے شائع شدہ اعداد سے درست ثابت ہوتے ہیں ({} بالکل درست، {} راؤنڈنگ کی حد میں)۔",
                        count(n),
                        count(exact),
                        count(rounding)
                    )
                } else {
                    let verb = if fail == 1 { "ہوتا" } else { "ہوتے" };
                    format!(
                        "چارٹ میں دکھائے گئے {} موازنوں میں سے {} شائع شدہ اعداد سے درست ثابت ہوتے ہیں؛ {} ثابت نہیں {verb}۔",
                        count(n),
                        count(exact + rounding),
                        count(fail)
                    )
                };
                let all = match all_failing {
                    0 => format!(
                        "جانچ کے جدول میں رپورٹوں کی بیان کردہ تمام {} شرحیں درست ثابت ہوتی ہیں۔",
                        count(*all_checked)
                    ),
                    f => format!(
                        "جانچ کے جدول میں رپورٹوں کی بیان کردہ {} شرحوں میں سے {} درست ثابت نہیں {}۔",
                        count(*all_checked),
                        count(*f),
                        if *f == 1 { "ہوتی" } else { "ہوتیں" }
                    ),
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
                let gap = self.months_gap(*total_b, *reported_later);
                let by = match through {
                    Period::Month { month: m, .. } => format!("{} تک ", month(*m)),
                    _ => String::new(),
                };
                format!(
                    "{by}{} کی ترسیلات {} تک پہنچ گئیں، جو {} کے انہی مہینوں کے {} سے {} ہیں۔{gap}",
                    fy(*b),
                    self.usd_compact(*total_b),
                    fy(*a),
                    self.usd_compact(*total_a),
                    self.change_words(*growth_pct, 1)
                )
            }
            #[cfg(feature = "full")]
            Message::Title { chart } => self.title(*chart).to_string(),
            #[cfg(feature = "full")]
            Message::GrowthTitle { quoted: true } => self.title(ChartKind::Growth).to_string(),
            #[cfg(feature = "full")]
            Message::GrowthTitle { quoted: false } => "سال بہ سال شرحِ نمو".to_string(),
            #[cfg(feature = "full")]
            Message::MonthlyTitle { earlier, later } => {
                // The newer year first, as in English.
                format!("ماہانہ: {} بمقابلہ {}", fy(*later), years(*earlier))
            }
            #[cfg(feature = "full")]
            Message::FiguresTo { year, month: m } => {
                format!("اعداد و شمار {} {} تک۔", month(*m), ltr(&year.to_string()))
            }
            #[cfg(feature = "full")]
            Message::YearToDate {
                current,
                base,
                growth_pct,
                reported,
            } => {
                let (year, months) = span_of(current.0);
                let on = match (base, growth_pct) {
                    (Some((p, v)), Some(g)) => format!(
                        "، جو {} کے انہی مہینوں ({}) سے {} ہیں",
                        p.fiscal_year().map(fy).unwrap_or_else(|| self.period(*p)),
                        self.usd_compact(*v),
                        self.change_words(*g, 1)
                    ),
                    _ => String::new(),
                };
                format!(
                    "{year} میں اب تک ({months}) آئی سی ٹی برآمدی ترسیلات {} رہیں{on}۔{}",
                    self.usd_compact(current.1),
                    self.months_gap(current.1, *reported)
                )
            }
            Message::YearToDateLabel { period } => {
                let (year, months) = span_of(*period);
                format!("{year}، اب تک ({months})")
            }
            #[cfg(feature = "full")]
            Message::NarrowGap {
                min,
                max,
                first,
                last,
            } => format!(
                "{} سے {} تک محدود آئی ٹی و آئی ٹی ای ایس سلسلہ آئی سی ٹی سے سالانہ {} سے {} تک کم رہا: یہ محدود تر سلسلہ ہے، کوئی مقررہ فرق نہیں۔",
                self.period(*first),
                self.period(*last),
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
                let (year, months) = span_of(so_far.0);
                let left = 12 - so_far.0.months().unwrap_or(12).min(12);
                // One month left: "in the last month", not "a month".
                let months_left = if left == 1 {
                    "آخری مہینے میں".to_string()
                } else {
                    format!("باقی {} مہینوں میں ماہانہ", ltr(&left.to_string()))
                };
                let others = if others.is_empty() {
                    String::new()
                } else {
                    let values: Vec<String> =
                        others.iter().map(|v| self.usd_compact(*v)).collect();
                    format!(
                        " حکام نے اس سال کا ہدف {} بھی بتایا؛ چارٹ میں {} کا وہ ہدف دکھایا گیا ہے جس کا حوالہ زیادہ دیا جاتا ہے۔",
                        values.joined(" اور "),
                        self.usd_compact(*target)
                    )
                };
                // As in English: a target reached before the year is out.
                let rest = if so_far.1 >= *target {
                    let left = if left == 1 {
                        "سال کا ایک مہینہ باقی تھا".to_string()
                    } else {
                        format!("سال کے {} مہینے باقی تھے", ltr(&left.to_string()))
                    };
                    format!("{left} کہ ہدف حاصل ہو گیا")
                } else {
                    format!(
                        "{months_left} {} درکار ہیں، جبکہ اب تک ماہانہ اوسط {} رہی",
                        self.usd_compact(*pace_needed),
                        self.usd_compact(*pace_so_far)
                    )
                };
                format!(
                    "{year} کا ہدف {}: {months} کے {} اس کا {} ہیں؛ {rest}۔{others}",
                    self.usd_compact(*target),
                    self.usd_compact(so_far.1),
                    self.pct_abs_words(super::share(*share_pct), 1),
                )
            }
            Message::FutureTargetNote {
                target,
                fy: year,
                needed_pct,
                base,
            } => format!(
                "{} تک {} کا ہدف: اس کے لیے {} کے {} سے سالانہ {} اضافہ درکار ہے۔",
                fy(*year),
                self.usd_compact(*target),
                self.period(base.0),
                self.usd_compact(base.1),
                self.rise_words(*needed_pct, 1)
            ),
            // Said only in the targets chart's takeaway, never under its
            // plot: the first-draw builds take the takeaway prepared.
            #[cfg(feature = "full")]
            Message::TargetDefinition {
                target,
                narrow_base,
                needed_pct,
            } => format!(
                "{} کے ہدف کا اعلان محدود آئی ٹی و آئی ٹی ای ایس کے عدد ({} میں {}) کے ساتھ کیا گیا، مگر تعریف نہیں بتائی گئی؛ یہ چارٹ اس کا موازنہ آئی سی ٹی سے کرتا ہے۔ محدود عدد کی بنیاد پر سالانہ {} اضافہ درکار تھا۔",
                self.usd_compact(*target),
                self.period(narrow_base.0),
                self.usd_compact(narrow_base.1),
                self.rise_words(*needed_pct, 1)
            ),
            Message::UndatedTargets { values } => {
                let values: Vec<String> = values.iter().map(|v| self.usd_compact(*v)).collect();
                format!(
                    "{} کے ایک ہدف کے لیے کوئی سال مقرر نہیں؛ یہ ڈیٹا میں ہے مگر چارٹ میں نہیں دکھایا گیا۔",
                    values.joined(" اور ")
                )
            }
            // Said alike of a quoted base and one a rate implies: "that is".
            #[cfg(feature = "full")]
            Message::BaseRevision { base, from, to, .. } => format!(
                "یعنی {} کا عدد {} سے نظرِ ثانی کے بعد {} ہو گیا",
                self.period(*base),
                self.value_whole(*from, Unit::UsdMillion),
                self.value_whole(*to, Unit::UsdMillion)
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
                "{} سے زائد کی استعداد: کوئی سال نہیں بتایا گیا؛ گزشتہ دہائی کی اوسط سالانہ شرحِ نمو ({}) برقرار رہی تو یہ سطح {} میں حاصل ہو گی۔",
                self.usd_compact(*value),
                self.pct_abs_words(*cagr_pct, 1),
                fy(*reached)
            ),
            Message::PotentialLabel { value } => format!(
                "{} سے زائد کی بیان کردہ استعداد، بغیر سال کے",
                self.usd_compact(*value)
            ),
            Message::VerdictShort {
                quoted_pct,
                quoted_decimals,
                verdict,
                revision,
            } => self.verdict_words(
                self.pct(*quoted_pct, usize::from(*quoted_decimals)),
                *verdict,
                *revision,
            ),
            #[cfg(feature = "full")]
            Message::FastestSlowest { fastest, slowest } => format!(
                "سب سے زیادہ شرحِ نمو {} میں {} اور سب سے کم {} میں {} رہی۔",
                self.period(fastest.0),
                self.pct_words(fastest.1, 1),
                self.period(slowest.0),
                self.pct_words(slowest.1, 1)
            ),
            #[cfg(feature = "full")]
            Message::Intro { chart, cumulative } => match (chart, cumulative) {
                (ChartKind::Annual, _) => "سالانہ آئی سی ٹی برآمدی ترسیلات کا بار چارٹ؛ جن برسوں کے اعداد موجود ہیں ان میں محدود آئی ٹی و آئی ٹی ای ایس سلسلہ ساتھ، اور جاری مالی سال اب تک کے مہینوں کی صورت میں، گزشتہ سال کے انہی مہینوں کے ساتھ، دکھایا گیا ہے۔",
                (ChartKind::Growth, _) => "سال بہ سال شرحِ نمو کا لائن چارٹ، اعداد سے حساب شدہ؛ رپورٹوں میں بیان کردہ شرحیں ہیرے نما نشانوں سے دکھائی گئی ہیں۔",
                (ChartKind::Compared, _) => "رپورٹوں میں کیے گئے موازنوں کے بار جوڑے، ہر جوڑا اپنے پیمانے پر۔",
                (ChartKind::Monthly, false) => "ماہانہ آئی سی ٹی برآمدی ترسیلات کا لائن چارٹ، تازہ ترین مالی سال بمقابلہ اس سے پچھلا سال۔",
                (ChartKind::Monthly, true) => "مالی سال کے آغاز سے اب تک کی آئی سی ٹی برآمدی ترسیلات کا لائن چارٹ، تازہ ترین مالی سال بمقابلہ اس سے پچھلا سال۔",
                (ChartKind::Targets, _) => "حکومتی اہداف کے مقابلے میں آئی سی ٹی برآمدی ترسیلات کا بار چارٹ؛ جاری مالی سال اب تک کے مہینوں کی صورت میں۔",
            }
            .to_string(),
            // As the English catalogue's (en.rs, `message`).
            #[cfg(not(feature = "full"))]
            _ => unreachable!("worded only by the full builds"),
        }
    }

    fn control(&self, option: OptionId) -> &'static str {
        match option {
            OptionId::Cumulative => "دکھائیں",
            OptionId::TargetReading => {
                "\u{2066}2020-\u{2060}23\u{2069} کے \u{2066}5\u{2069} ارب ڈالر کے ہدف سے مراد"
            }
        }
    }

    fn choice(&self, choice: Choice) -> &'static str {
        match choice {
            Choice::Cumulative(false) => "ہر مہینہ",
            Choice::Cumulative(true) => "مالی سال کے آغاز سے اب تک",
            Choice::TargetReading(TargetReading::AnnualLevel) => {
                "مالی سال \u{2066}2022-\u{2060}23\u{2069} تک سالانہ سطح"
            }
            Choice::TargetReading(TargetReading::Cumulative) => "تین سالہ مجموعہ",
        }
    }

    fn running_or_implied(&self) -> &'static str {
        "شائع شدہ اعداد سے حساب شدہ (جاری مجموعہ یا اخذ شدہ بنیاد)"
    }

    fn growth_and_verdict(&self, growth: &str, verdict: &str) -> String {
        format!("{growth}؛ {verdict}")
    }

    fn message_said(&self, m: &Message) -> String {
        match *m {
            Message::VerdictShort {
                quoted_pct,
                quoted_decimals,
                verdict,
                revision,
            } => self.verdict_words(
                self.pct_text(quoted_pct, usize::from(quoted_decimals)),
                verdict,
                revision,
            ),
            _ => self.message(m),
        }
    }

    fn sum_beside_reported(&self, reported: &str, rounding: bool) -> String {
        let why = if rounding {
            "فرق راؤنڈنگ کا ہے"
        } else {
            "فرق راؤنڈنگ کی حد سے زیادہ ہے"
        };
        format!("مہینوں کا مجموعہ؛ رپورٹ شدہ عدد {reported} ہے: {why}")
    }

    fn growth_on(&self, pct: f64, decimals: usize, base: Period) -> String {
        format!(
            "{} کے مقابلے میں {}",
            self.period(base),
            self.pct_words(pct, decimals)
        )
    }

    /// "آئی سی ٹی خدمات، مالی سال 2024-25: 3,810 ملین ڈالر، ... ماخذ: Business Recorder۔"
    fn announce(&self, head: &str, value: &str, growth: Option<&str>, source: &str) -> String {
        let growth = growth.map(|g| format!("، {g}")).unwrap_or_default();
        let source = if source.is_empty() {
            String::new()
        } else {
            format!(" ماخذ: {}۔", free(source))
        };
        format!("{head}: {value}{growth}۔{source}")
    }

    fn series_summary(&self, name: &str, n: usize, points: [(&str, &str); 4]) -> String {
        let [first, last, high, low] = points;
        if n == 1 {
            return format!("{name}: {} میں {}۔", first.1, first.0);
        }
        format!(
            "{name}: {} اعداد، {} میں {} سے {} میں {} تک؛ سب سے زیادہ {} میں {}، سب سے کم {} میں {}۔",
            ltr(&n.to_string()),
            first.1,
            first.0,
            last.1,
            last.0,
            high.1,
            high.0,
            low.1,
            low.0
        )
    }

    #[cfg(feature = "full")]
    fn csv_header(&self) -> [&'static str; 8] {
        [
            "سلسلہ",
            "مدت",
            "عدد",
            "اکائی",
            "اخذ شدہ",
            "تعریف",
            "ماخذ",
            "اعداد کا آخری مہینہ",
        ]
    }

    #[cfg(feature = "full")]
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes {
            "ہاں"
        } else {
            "نہیں"
        }
    }

    fn ui(&self) -> &'static Ui {
        &UI
    }

    fn point_head(&self, series: &str, period: &str) -> String {
        format!("{series}، {period}")
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
        // Each figure worded in Urdu ("آئی سی ٹی خدمات جولائی 2023"), so
        // none is isolated as foreign text; the Urdu semicolon between them.
        let more = if more > 0 {
            format!(" اور {} دیگر", ltr(&more.to_string()))
        } else {
            String::new()
        };
        format!(
            "دیے گئے {} اعداد میں سے یہ چارٹ {} دکھاتا ہے؛ جو نہیں دکھائے گئے: {}{more}۔",
            ltr(&records.to_string()),
            ltr(&shown.to_string()),
            not_shown.joined("؛ ")
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
        let n = |k: usize| ltr(&k.to_string());
        format!(
            "{} جانچوں میں سے {} بالکل درست، {} راؤنڈنگ کی حد میں درست اور {} میں تصدیق نہیں ہوئی، جبکہ {} کی جانچ ممکن نہیں۔",
            n(total),
            n(exact),
            n(rounding),
            n(not),
            n(unchecked)
        )
    }

    fn summed_sources(&self, outlets: &[String], years: bool) -> String {
        let named: Vec<String> = outlets.iter().map(|o| free(o)).collect();
        format!(
            "{} کا مجموعہ ({})",
            if years { "سالوں" } else { "مہینوں" },
            named.joined("، ")
        )
    }

    #[cfg(feature = "full")]
    fn figures_summary(&self, figures: usize, sources: usize) -> String {
        format!(
            "{} ذرائع سے {} اعداد۔",
            ltr(&sources.to_string()),
            ltr(&figures.to_string())
        )
    }
}

static UI: Ui = Ui {
    chart_label: "انٹرایکٹو چارٹ",
    keys_help: "اعداد کے درمیان جانے کے لیے دائیں اور بائیں تیر کی کلیدیں، پہلے اور آخری عدد کے لیے ہوم اور اینڈ، اور تفصیل بند کرنے کے لیے اسکیپ استعمال کریں۔",
    data_table: "اعداد کا جدول دکھائیں",
    download_data: "ڈیٹا ڈاؤن لوڈ کریں (CSV)",
    download_image: "تصویر ڈاؤن لوڈ کریں (PNG)",
    growth: "شرحِ نمو",
    source: "ماخذ",
    definition: "تعریف",
    series: "سلسلہ",
    period: "مدت",
    value: "عدد",
    file_stem: "pakistan-it-exports-ur",
};
