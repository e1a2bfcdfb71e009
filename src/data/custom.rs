//! Custom datasets: an editor's updated figures, as JSON (see
//! `schema/dataset.schema.json`), validated into a [`Dataset`].
//!
//! The input is read into a generic [`Value`] first, so that nothing is
//! coerced or ignored on the way in: a number given as a string, an unknown
//! field or an impossible date is an error naming the record and the field
//! (`records[12].value: -5 is negative; remittances cannot be negative`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use super::{
    map::Map, Dataset, FiscalYear, Measure, Period, Qualifier, QuotedGrowth, Record, Release,
    Source,
};
use crate::error::{Error, Joined, Num, Problems, Result};

/// The most records a dataset may hold: far above any real series of this
/// story (a few hundred; 2,000 months is 166 years), and low enough
/// that reading and charting the largest takes well under the 200 ms a
/// page may stall (measured in tests/e2e/hostile.test.mjs).
pub const MAX_RECORDS: usize = 2_000;

/// The most fields one object may have: a record has twelve at most, so
/// anything far beyond is refused before its fields are read.
pub const MAX_FIELDS: usize = 64;

/// A JSON value as it arrived, before any interpretation.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Map(BTreeMap<String, Value>),
}

impl Value {
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::Text(_) => "a string",
            Value::List(_) => "a list",
            Value::Map(_) => "an object",
        }
    }
}

/// `s` made safe to echo in a message: control and bidirectional
/// characters shown as `<U+202E>` (so they cannot reverse the message
/// itself), and shortened: long or odd input is never echoed whole.
pub fn printable(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == 40 {
            out.push('\u{2026}');
            break;
        }
        if hidden_control(c) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn quote(s: &str) -> String {
    format!("\"{}\"", printable(s))
}

/// Bidirectional embeddings, overrides and isolates (U+202A-U+202E,
/// U+2066-U+2069): in an outlet or a note they would reverse the widget's
/// own text around them. Marks (U+200E, U+200F, U+061C) only set the
/// direction of their neighbours and are left to Urdu text.
fn bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn hidden_control(c: char) -> bool {
    c.is_control() || bidi_control(c)
}

/// Longest text, in characters, each reader-facing field takes: a real
/// outlet name or note fits with room to spare; a pasted page does not.
pub const MAX_ID_CHARS: usize = 64;
pub const MAX_OUTLET_CHARS: usize = 200;
pub const MAX_REFERENCE_CHARS: usize = 500;
pub const MAX_NOTE_CHARS: usize = 500;

/// Refuses text a reader would see garbled: control characters (tabs and
/// line breaks included: every field is drawn on one line) and bidirectional
/// controls, and text longer than `max` characters.
fn check_text(at: &str, s: &str, max: usize) -> Result<()> {
    if let Some((i, c)) = s.chars().enumerate().find(|&(_, c)| hidden_control(c)) {
        let what = if bidi_control(c) {
            "a bidirectional control character, which would reverse the text around it"
        } else {
            "a control character"
        };
        return Err(Error::invalid(
            at,
            format!(
                "contains U+{:04X} ({what}) at character {}; remove it",
                u32::from(c),
                i + 1
            ),
        ));
    }
    let n = s.chars().count();
    if n > max {
        return Err(Error::invalid(
            at,
            format!("is {n} characters long; the limit is {max}: shorten it"),
        ));
    }
    Ok(())
}

/// The largest plausible figures. US$ 1,000,000 million (US$ 1 trillion)
/// is some 250 times Pakistan's ICT exports in FY2024-25 and more than its
/// whole GDP; a larger figure is a unit slip (dollars for millions).
pub const MAX_USD_MILLIONS: f64 = 1_000_000.0;
/// The smallest non-zero money figure: US$ 1,000. Below it, growth from
/// such a base runs to numbers no chart can label.
pub const MIN_USD_MILLIONS: f64 = 0.001;
/// The most companies a count may give: far above Pakistan's few
/// thousand IT companies, and any country's.
pub const MAX_COMPANIES: f64 = 10_000_000.0;
/// The largest quoted growth rate, in percent (a thousandfold in a year).
pub const MAX_GROWTH_PCT: f64 = 100_000.0;

/// Checks a figure (value or first-reported value) against what its unit
/// can hold: not negative, not implausibly large, money not vanishingly
/// small, companies whole.
fn check_figure(at: &str, x: f64, unit: super::Unit) -> Result<()> {
    let bad = |why: String| Err(Error::invalid(at, format!("{} {why}", Num(x))));
    match unit {
        super::Unit::UsdMillion if x < 0.0 => {
            bad("is negative; remittances cannot be negative".into())
        }
        super::Unit::Companies if x < 0.0 => {
            bad("is negative; company counts cannot be negative".into())
        }
        super::Unit::UsdMillion if x > MAX_USD_MILLIONS => bad(
            "is more than US$ 1,000,000 million (US$ 1 trillion), which no figure here comes near; values are in US$ million: give 3810 for US$ 3.81 billion".into(),
        ),
        // Remittances and targets are never nil: a 0 is a placeholder for
        // a figure not reported yet. Charted, a month at 0 drew a crash to
        // zero, a year at 0 a headline "fell ... to $0m, -100.0% a year"
        // (hostile editors' data).
        super::Unit::UsdMillion if x == 0.0 => bad(
            "is a placeholder, not a figure; leave out a figure not reported yet rather than give it as 0".into(),
        ),
        super::Unit::UsdMillion if x < MIN_USD_MILLIONS => bad(
            "is less than US$ 0.001 million (US$ 1,000), the smallest figure charted; values are in US$ million: give 0.5 for US$ 500,000".into(),
        ),
        super::Unit::Companies if x > MAX_COMPANIES => {
            bad("is more than 10,000,000 companies; check the figure".into())
        }
        super::Unit::Companies if x.fract() != 0.0 => {
            bad("is not a whole number; give a count of companies".into())
        }
        _ => Ok(()),
    }
}

/// Reads the fields of one object, so each is named when it is wrong and
/// any left over is reported as unknown.
struct Fields<'a> {
    path: String,
    map: &'a BTreeMap<String, Value>,
    used: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    fn new(path: String, value: &'a Value) -> Result<Self> {
        match value {
            Value::Map(map) => Ok(Fields {
                path,
                map,
                used: Vec::new(),
            }),
            other => Err(Error::invalid(
                path,
                format!("is {}, not an object", other.kind()),
            )),
        }
    }

    fn at(&self, field: &str) -> String {
        format!("{}.{field}", self.path)
    }

    fn get(&mut self, field: &'static str) -> Option<&'a Value> {
        self.used.push(field);
        match self.map.get(field) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    /// A string field, checked by [`check_text`] against `max` characters:
    /// every string ends up in front of a reader or in a message.
    fn text(&mut self, field: &'static str, max: usize) -> Result<Option<String>> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Text(s)) => {
                check_text(&self.at(field), s, max)?;
                Ok(Some(s.clone()))
            }
            Some(other) => Err(Error::invalid(
                self.at(field),
                format!("is {}, not a string", other.kind()),
            )),
        }
    }

    fn required_text(&mut self, field: &'static str, max: usize) -> Result<String> {
        match self.text(field, max)? {
            Some(s) if !s.trim().is_empty() => Ok(s),
            Some(_) => Err(Error::invalid(self.at(field), "is empty")),
            None => Err(Error::invalid(self.at(field), "is missing")),
        }
    }

    fn number(&mut self, field: &'static str) -> Result<Option<f64>> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Number(x)) if x.is_finite() => Ok(Some(*x)),
            Some(Value::Number(x)) => Err(Error::invalid(
                self.at(field),
                format!("{} is not a finite number", Num(*x)),
            )),
            Some(Value::Text(s)) => Err(Error::invalid(
                self.at(field),
                format!("{} is a string; give the number without quotes", quote(s)),
            )),
            Some(other) => Err(Error::invalid(
                self.at(field),
                format!("is {}, not a number", other.kind()),
            )),
        }
    }

    /// Records every field that was never asked for: a typo must not be ignored.
    fn finish(self, problems: &mut Problems) {
        for key in self.map.keys() {
            if !self.used.contains(&key.as_str()) {
                problems.push(Error::invalid(
                    format!("{}.{}", self.path, printable(key)),
                    format!(
                        "is not a known field; the fields are {}",
                        self.used.joined(", ")
                    ),
                ));
            }
        }
    }
}

fn measure_from(s: &str, at: &str) -> Result<Measure> {
    Measure::ALL
        .into_iter()
        .find(|m| m.id() == s)
        .ok_or_else(|| {
            let ids: Vec<&str> = Measure::ALL.iter().map(|m| m.id()).collect();
            Error::invalid(
                at,
                format!(
                    "{} is not a measure; use one of {}",
                    quote(s),
                    ids.joined(", ")
                ),
            )
        })
}

fn month_from(name: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    NAMES
        .iter()
        .position(|n| lower.starts_with(n))
        .map(|i| i as u8 + 1)
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "FY2020-21" -> the fiscal year starting in 2020.
fn fiscal_year(s: &str) -> Option<FiscalYear> {
    let rest = s.strip_prefix("FY")?;
    let (a, b) = rest.split_once('-')?;
    let start: u16 = a.parse().ok()?;
    let end: u16 = b.parse().ok()?;
    (b.len() == 2 && a.len() == 4 && (start + 1) % 100 == end && YEARS.contains(&start))
        .then_some(FiscalYear(start))
}

/// The years a period may name: four digits, and a fiscal year's end among
/// them. Year 0000 made a fiscal year 65535, "FY65535-00" in a title.
const YEARS: std::ops::RangeInclusive<u16> = 1000..=9998;

/// What a period may look like, for messages about one that is not.
const PERIOD_FORMS: &str = "; periods are written FY2024-25, Q1 FY2020-21, Jul-Feb FY2020-21, FY2020-21 to FY2022-23, 2024-12 (a month), 2020-10-31 or 2021 (a date), or open";

/// The period an editor most likely meant by `t`, when that is clear:
/// "July 2024" or "2024/7" -> "2024-07", "FY24" -> "FY2023-24" (the year
/// it ends, as the press writes it), "2024-25" -> "FY2024-25".
fn suggest_period(t: &str) -> Option<String> {
    let lower = t.to_ascii_lowercase();
    let (fy_prefix, rest) = match lower.strip_prefix("fy") {
        Some(rest) => (true, rest),
        None => (false, lower.as_str()),
    };
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | ',' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| w.parse::<u16>().ok())
            .flatten()
            .map(|n| (n, w.len()))
    };
    // Never a suggestion the parser would refuse ("FY999-00" for "FY0999-00").
    let fy = |start: u16| {
        YEARS
            .contains(&start)
            .then(|| format!("FY{start}-{:02}", (start + 1) % 100))
    };
    let month = |y: u16, m: u16| {
        ((1..=12).contains(&m) && YEARS.contains(&y)).then(|| format!("{y}-{m:02}"))
    };
    let guess = match (fy_prefix, words.as_slice()) {
        (true, [w]) => match number(w)? {
            (end @ 1..=99, 2) => fy(1999 + end),
            (end @ 1001.., 4) => fy(end - 1),
            _ => None,
        },
        (true, [a, _]) => match number(a)? {
            (start, 4) => fy(start),
            _ => None,
        },
        (false, [a, b]) => match (number(a), number(b)) {
            (Some((y, 4)), Some((e, 2))) if e == (y + 1) % 100 => fy(y),
            (Some((y, 4)), Some((m, 1..=2))) | (Some((m, 1..=2)), Some((y, 4))) => month(y, m),
            (Some((y, 4)), None) => month(y, u16::from(month_from(b)?)),
            (None, Some((y, 4))) => month(y, u16::from(month_from(a)?)),
            _ => None,
        },
        _ => None,
    };
    guess.filter(|g| g != t)
}

/// Parses the period notation of the schema: `FY2024-25`, `Q1 FY2020-21`,
/// `H1 FY2020-21`, `Jul-Feb FY2020-21`, `FY2020-21 to FY2022-23`,
/// `2024-12` (a month), `2020-10-31` or `2021` (a date), `open`.
pub fn parse_period(s: &str, at: &str) -> Result<Period> {
    // An en dash read as a hyphen; a char map, as `str::replace` costs the
    // wasm 0.5 KB.
    let t: String = s
        .trim()
        .chars()
        .map(|c| if c == '\u{2013}' { '-' } else { c })
        .collect();
    let hint = suggest_period(&t);
    // `bad`: a form this parser knows, with impossible numbers
    // ("2023-02-30"). `unknown`: a form it does not know, so the message
    // lists every form, after the likely fix.
    let error = |why: &str, forms: bool| {
        let why = if forms && hint.is_some() {
            "is not a period"
        } else {
            why
        };
        let fix = hint.as_ref().map(|h| format!(" (write \"{h}\")"));
        let forms = if forms { PERIOD_FORMS } else { "" };
        Error::invalid(
            at,
            format!("{} {why}{}{forms}", quote(s), fix.unwrap_or_default()),
        )
    };
    let bad = |why: &str| error(why, false);
    let unknown = |why: &str| error(why, true);
    if t == "open" {
        return Ok(Period::Open);
    }
    // A byte scan rather than `split_once(" to ")`, whose substring
    // searcher (Two-Way) would be the only one in the wasm.
    // `get`, not indexing: " to " is ASCII, so both ends are char
    // boundaries, but an index would link core's slicing panic (with char
    // Debug and the Unicode tables, ~3 KB gzip) into the wasm.
    let to = t.as_bytes().windows(4).position(|w| w == b" to ");
    if let Some((a, b)) = to.and_then(|i| t.get(..i).zip(t.get(i + 4..))) {
        let (first, last) = (fiscal_year(a.trim()), fiscal_year(b.trim()));
        return match (first, last) {
            (Some(first), Some(last)) if first <= last => Ok(Period::FiscalYears { first, last }),
            (Some(_), Some(_)) => Err(bad("ends before it starts")),
            _ => Err(unknown(
                "is not two fiscal years such as FY2020-21 to FY2022-23",
            )),
        };
    }
    if let Some(fy) = fiscal_year(&t) {
        return Ok(Period::FiscalYear { fy });
    }
    if let Some((span, year)) = t.split_once(' ') {
        let fy = fiscal_year(year.trim())
            .ok_or_else(|| unknown("does not end in a fiscal year such as FY2020-21"))?;
        let (first, last) = match span {
            "Q1" => (1, 3),
            "Q2" => (4, 6),
            "Q3" => (7, 9),
            "Q4" => (10, 12),
            "H1" => (1, 6),
            "H2" => (7, 12),
            months => {
                let (a, b) = months
                    .split_once('-')
                    .ok_or_else(|| unknown("does not name a span such as Q1 or Jul-Feb"))?;
                let index = |m: &str| month_from(m).map(super::fiscal_month_index);
                match (index(a), index(b)) {
                    (Some(x), Some(y)) if x <= y => (x, y),
                    (Some(_), Some(_)) => Err(bad(
                        "runs backwards within its fiscal year (which starts in July)",
                    ))?,
                    _ => Err(unknown("does not name months such as Jul-Feb"))?,
                }
            }
        };
        return Ok(Period::FiscalSpan { fy, first, last });
    }
    let parts: Vec<&str> = t.split('-').collect();
    let num = |p: &str| {
        p.parse::<u16>()
            .ok()
            .filter(|_| p.bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(year) = parts.first().filter(|y| y.len() == 4).and_then(|y| num(y)) {
        if !YEARS.contains(&year) {
            return Err(bad("has a year outside 1000-9998"));
        }
    }
    match parts.as_slice() {
        [y] if y.len() == 4 => num(y)
            .map(|year| Period::Date {
                year,
                month: None,
                day: None,
            })
            .ok_or_else(|| unknown("is not a year")),
        [y, m] if y.len() == 4 => match (num(y), num(m)) {
            (Some(year), Some(month)) if (1..=12).contains(&month) => Ok(Period::Month {
                year,
                month: month as u8,
            }),
            _ => Err(bad("is not a real month (YYYY-MM, 01 to 12)")),
        },
        [y, m, d] if y.len() == 4 => match (num(y), num(m), num(d)) {
            (Some(year), Some(month), Some(day))
                if (1..=12).contains(&month)
                    && day >= 1
                    && day <= u16::from(days_in(year, month as u8)) =>
            {
                Ok(Period::Date {
                    year,
                    month: Some(month as u8),
                    day: Some(day as u8),
                })
            }
            _ => Err(bad("is not a real date")),
        },
        _ => Err(unknown("is not a period")),
    }
}

/// A source's date: free text where the day is not known ("spring 2021",
/// as the built-in sources have it), but not empty, and one written as
/// ISO 8601 (digits and hyphens) must be a real year, month or day.
fn check_source_date(at: &str, date: String) -> Result<String> {
    let iso = date.trim();
    if iso.is_empty() {
        return Err(Error::invalid(
            at,
            "is empty; leave it out if the date is not known",
        ));
    }
    if iso.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        let real = matches!(
            parse_period(iso, at),
            Ok(Period::Date { .. } | Period::Month { .. })
        );
        if !real {
            return Err(Error::invalid(
                at,
                format!(
                    "{} is not a real date; write it 2025-07-18, 2025-07 or 2025",
                    quote(&date)
                ),
            ));
        }
    }
    Ok(date)
}

fn owned(s: String) -> Cow<'static, str> {
    Cow::Owned(s)
}

/// Reads record `i`, recording each problem in it; `None` if it has any.
/// `cited` says whether a source id is known; `seen` maps each series and
/// period read so far to its record, to catch duplicates.
fn read_record(
    i: usize,
    item: &Value,
    cited: &dyn Fn(&str) -> bool,
    seen: &mut Map<(Measure, Period), usize>,
    problems: &mut Problems,
) -> Option<Record> {
    let before = problems.count();
    let mut f = problems.take(Fields::new(format!("records[{i}]"), item))?;
    // Every field is read even after a problem, so that each is checked
    // and none is then misreported as unknown.
    let measure = problems.take(
        f.required_text("measure", MAX_ID_CHARS)
            .and_then(|s| measure_from(&s, &f.at("measure"))),
    );
    let period = problems.take(
        f.required_text("period", MAX_ID_CHARS)
            .and_then(|s| parse_period(&s, &f.at("period"))),
    );
    let value = problems.take(
        f.number("value")
            .and_then(|v| v.ok_or_else(|| Error::invalid(f.at("value"), "is missing"))),
    );
    if let (Some(m), Some(v)) = (measure, value) {
        problems.take(check_figure(&f.at("value"), v, m.unit()));
    }
    if let (Some(unit), Some(m)) = (
        problems.take(f.text("unit", MAX_ID_CHARS)).flatten(),
        measure,
    ) {
        let expected = match m.unit() {
            super::Unit::UsdMillion => "usdMillion",
            super::Unit::Companies => "companies",
        };
        if unit != expected {
            problems.push(Error::invalid(
                f.at("unit"),
                format!(
                    "{} does not match measure {}, which is in {expected}: one series, one unit",
                    quote(&unit),
                    m.id()
                ),
            ));
        }
    }
    let step = problems
        .take(f.number("precision"))
        .map(|s| s.unwrap_or(1.0));
    if let Some(step) = step.filter(|s| *s < 0.0) {
        problems.push(Error::invalid(
            f.at("precision"),
            format!("{} must be zero or more", Num(step)),
        ));
    }
    let quoted_growth = match f.get("quotedGrowth") {
        None => Some(None),
        Some(v) => read_quote(f.at("quotedGrowth"), v, cited, problems).map(Some),
    };
    let qualifier = flag(&mut f, "atLeast", problems).map(|at_least| {
        if at_least {
            Qualifier::AtLeast
        } else {
            Qualifier::AsReported
        }
    });
    let source = problems.take(f.required_text("source", MAX_ID_CHARS));
    if let Some(id) = source.as_deref().filter(|id| !cited(id)) {
        problems.push(Error::invalid(
            f.at("source"),
            format!("cites unknown source {}", quote(id)),
        ));
    }
    let derivation = problems.take(f.text("derivation", MAX_NOTE_CHARS));
    let first_reported = problems.take(f.number("firstReported"));
    if let (Some(Some(first)), Some(m)) = (first_reported, measure) {
        let at = f.at("firstReported");
        problems.take(check_figure(&at, first, m.unit()));
        if value == Some(first) {
            problems.push(Error::invalid(
                at,
                format!(
                    "{} is the same as the value; give the first-reported figure only when the value revised it",
                    Num(first)
                ),
            ));
        }
    }
    let note = problems.take(f.text("note", MAX_NOTE_CHARS));
    let release = flag(&mut f, "provisional", problems).map(|provisional| {
        if provisional {
            Release::Provisional
        } else {
            Release::Reported
        }
    });
    f.finish(problems);
    if let (Some(m), Some(p)) = (measure, period) {
        // `entry` as in `Dataset::validate`, which shares its code.
        let j = *seen.or_insert((m, p), i);
        if j != i && !m.may_repeat() {
            problems.push(Error::invalid(
                format!("records[{i}].period"),
                format!("{} {p} duplicates records[{j}] ({} {p})", m.id(), m.id()),
            ));
        }
    }
    if problems.count() > before {
        return None;
    }
    Some(Record {
        measure: measure?,
        period: period?,
        value: value?,
        tolerance: step? / 2.0,
        qualifier: qualifier?,
        quoted_growth: quoted_growth?,
        source: owned(source?),
        derivation: derivation?.map(owned),
        first_reported: first_reported?,
        note: note?.map(owned),
        release: release?,
    })
}

/// An optional true/false field, false when absent; `None` after a problem.
fn flag(f: &mut Fields<'_>, field: &'static str, problems: &mut Problems) -> Option<bool> {
    match f.get(field) {
        None | Some(Value::Bool(false)) => Some(false),
        Some(Value::Bool(true)) => Some(true),
        Some(other) => {
            problems.push(Error::invalid(
                f.at(field),
                format!("is {}, not true or false", other.kind()),
            ));
            None
        }
    }
}

/// Reads a record's `quotedGrowth`: `{ pct, decimals, source }`.
fn read_quote(
    path: String,
    v: &Value,
    cited: &dyn Fn(&str) -> bool,
    problems: &mut Problems,
) -> Option<QuotedGrowth> {
    let before = problems.count();
    let mut q = problems.take(Fields::new(path, v))?;
    let pct = problems.take(
        q.number("pct")
            .and_then(|p| p.ok_or_else(|| Error::invalid(q.at("pct"), "is missing"))),
    );
    match pct {
        Some(p) if p <= -100.0 => problems.push(Error::invalid(
            q.at("pct"),
            format!("{} is not a growth rate above -100%", Num(p)),
        )),
        Some(p) if p > MAX_GROWTH_PCT => problems.push(Error::invalid(
            q.at("pct"),
            format!(
                "{}% is more than 100,000% (a thousandfold in a year); give the rate in percent, 18 for 18%",
                Num(p)
            ),
        )),
        _ => {}
    }
    let decimals = problems
        .take(q.number("decimals"))
        .map(|d| d.unwrap_or(1.0));
    if let Some(d) = decimals.filter(|d| !(0.0..=6.0).contains(d) || d.fract() != 0.0) {
        problems.push(Error::invalid(
            q.at("decimals"),
            format!("{} is not a whole number from 0 to 6", Num(d)),
        ));
    }
    let base = problems.take(q.number("base"));
    if let Some(Some(b)) = base {
        problems.take(check_figure(&q.at("base"), b, super::Unit::UsdMillion));
    }
    let source = problems.take(q.text("source", MAX_ID_CHARS));
    if let Some(id) = source
        .as_ref()
        .and_then(Option::as_deref)
        .filter(|id| !cited(id))
    {
        problems.push(Error::invalid(
            q.at("source"),
            format!("cites unknown source {}", quote(id)),
        ));
    }
    q.finish(problems);
    if problems.count() > before {
        return None;
    }
    Some(QuotedGrowth {
        pct: pct?,
        decimals: decimals? as u8,
        source: source?.map(owned),
        base: base?,
    })
}

/// Reads and validates a custom dataset. Every record is read, and up to
/// [`Problems::MAX`] problems are reported together (with a count of the
/// rest), so an editor fixes a batch per try, not one problem per try. A
/// dataset that is the wrong shape as a whole (no list of records, say)
/// stops at that, since per-record messages would bury it.
pub fn parse(value: &Value) -> Result<Dataset> {
    let mut problems = Problems::default();
    let mut top = Fields::new("dataset".into(), value)?;
    let sources_v = top.get("sources");
    let records_v = top.get("records");
    top.finish(&mut problems);

    let items = match sources_v {
        Some(Value::List(items)) => items,
        Some(other) => {
            return problems.fail(Error::invalid(
                "dataset.sources",
                format!("is {}, not a list", other.kind()),
            ));
        }
        None => {
            return problems.fail(Error::invalid(
                "dataset.sources",
                "is missing: every figure needs a source",
            ));
        }
    };
    let mut sources = Vec::with_capacity(items.len());
    // Every id that could be read, and whether all could: records are
    // checked against these, so a source with a bad outlet does not also
    // make each record citing it "cite an unknown source".
    let mut ids: Vec<String> = Vec::with_capacity(items.len());
    let mut ids_complete = true;
    for (i, item) in items.iter().enumerate() {
        let Some(mut f) = problems.take(Fields::new(format!("sources[{i}]"), item)) else {
            ids_complete = false;
            continue;
        };
        let layer = match problems.take(f.number("layer")) {
            Some(None) => Some(2),
            Some(Some(x)) if x == 1.0 || x == 2.0 => Some(x as u8),
            Some(Some(x)) => {
                problems.push(Error::invalid(
                    f.at("layer"),
                    format!("{} is not 1 or 2", Num(x)),
                ));
                None
            }
            None => None,
        };
        let id = problems.take(f.required_text("id", MAX_ID_CHARS));
        match &id {
            Some(id) if ids.contains(id) => problems.push(Error::invalid(
                f.at("id"),
                format!("{} is used by an earlier source", quote(id)),
            )),
            Some(id) => ids.push(id.clone()),
            None => ids_complete = false,
        }
        let outlet = problems.take(f.required_text("outlet", MAX_OUTLET_CHARS));
        let date = problems.take(f.text("date", MAX_ID_CHARS).and_then(|d| match d {
            Some(d) => check_source_date(&f.at("date"), d).map(Some),
            None => Ok(None),
        }));
        let reference = problems.take(f.required_text("reference", MAX_REFERENCE_CHARS));
        f.finish(&mut problems);
        if let (Some(id), Some(layer), Some(outlet), Some(date), Some(reference)) =
            (id, layer, outlet, date, reference)
        {
            sources.push(Source {
                id: owned(id),
                layer,
                outlet: owned(outlet),
                date: date.map(owned),
                reference: owned(reference),
            });
        }
    }

    let items = match records_v {
        Some(Value::List(items)) if items.is_empty() => {
            return problems.fail(Error::EmptySpan(
                "dataset.records is an empty list; there is nothing to chart".into(),
            ));
        }
        Some(Value::List(items)) if items.len() > MAX_RECORDS => {
            return problems.fail(Error::invalid(
                "dataset.records",
                format!(
                    "{} records is more than the {MAX_RECORDS} this widget reads",
                    items.len()
                ),
            ));
        }
        Some(Value::List(items)) => items,
        Some(other) => {
            return problems.fail(Error::invalid(
                "dataset.records",
                format!("is {}, not a list", other.kind()),
            ));
        }
        None => {
            return problems.fail(Error::invalid("dataset.records", "is missing"));
        }
    };
    let cited = |id: &str| !ids_complete || ids.iter().any(|known| known == id);
    let mut seen: Map<(Measure, Period), usize> = Map::with_capacity(items.len());
    let mut records = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(record) = read_record(i, item, &cited, &mut seen, &mut problems) {
            records.push(record);
        }
    }
    problems.finish()?;
    let data = Dataset::new(sources, records, Vec::new(), Vec::new());
    data.validate()?;
    check_running_months(&data)?;
    Ok(data)
}

/// No ICT month is left out between two reported months of the latest
/// fiscal year: every total so far, growth and target pace runs from July
/// through the months in, and stopped at the hole short of the figures
/// without a word (a hostile editor's data: October left out). A year's
/// months that begin after July (February against February) or stop
/// before June are a story's choice, not a hole: each chart compares what
/// both years have and lists the figures it leaves out.
fn check_running_months(data: &Dataset) -> Result<()> {
    let measure = Measure::Ict;
    let latest = data
        .records
        .iter()
        .filter(|r| r.measure == measure && matches!(r.period, Period::Month { .. }))
        .filter_map(|r| r.period.fiscal_year())
        .max();
    let Some(fy) = latest else { return Ok(()) };
    let month = |index: u8| {
        let (year, month) = super::calendar_month(fy, index);
        Period::month(year, month)
    };
    let has = |index: u8| data.get(measure, month(index)).is_ok();
    let (Some(first), Some(last)) = ((1..=12).find(|&i| has(i)), (1..=12).rev().find(|&i| has(i)))
    else {
        return Ok(());
    };
    let missing: Vec<u8> = (first..last).filter(|&i| !has(i)).collect();
    let (Some(&from), Some(&to)) = (missing.first(), missing.last()) else {
        return Ok(());
    };
    let gap = if missing.len() == 1 {
        month(from).to_string()
    } else if usize::from(to - from) + 1 == missing.len() {
        format!("{} to {}", month(from), month(to))
    } else {
        missing
            .iter()
            .map(|&i| month(i).to_string())
            .collect::<Vec<_>>()
            .joined(", ")
    };
    Err(Error::invalid(
        "dataset.records",
        format!(
            "{} {} has {} and {} but not {gap} between them; leave no month out of a year's run, so that its totals so far add up",
            measure.id(),
            Period::FiscalYear { fy },
            month(first),
            month(last),
        ),
    ))
}
