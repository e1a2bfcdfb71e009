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

use super::{Dataset, FiscalYear, Measure, Period, Qualifier, QuotedGrowth, Record, Source};
use crate::error::{Error, Plain, Result};

/// The most records a dataset may hold: far above any real series of this
/// story (a few hundred), low enough to keep a page responsive.
pub const MAX_RECORDS: usize = 100_000;

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

fn quote(s: &str) -> String {
    // Long or odd input is shortened in messages, never echoed whole.
    let short: String = s.chars().take(40).collect();
    let ellipsis = if s.chars().count() > 40 {
        "\u{2026}"
    } else {
        ""
    };
    format!("\"{short}{ellipsis}\"")
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

    fn text(&mut self, field: &'static str) -> Result<Option<String>> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::Text(s)) => Ok(Some(s.clone())),
            Some(other) => Err(Error::invalid(
                self.at(field),
                format!("is {}, not a string", other.kind()),
            )),
        }
    }

    fn required_text(&mut self, field: &'static str) -> Result<String> {
        match self.text(field)? {
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
                format!("{} is not a finite number", Plain(*x)),
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

    /// Errors on any field that was never asked for: a typo must not be ignored.
    fn finish(self) -> Result<()> {
        for key in self.map.keys() {
            if !self.used.contains(&key.as_str()) {
                return Err(Error::invalid(
                    format!("{}.{key}", self.path),
                    format!(
                        "is not a known field; the fields are {}",
                        self.used.join(", ")
                    ),
                ));
            }
        }
        Ok(())
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
                    ids.join(", ")
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
    (b.len() == 2 && a.len() == 4 && (start + 1) % 100 == end).then_some(FiscalYear(start))
}

/// Parses the period notation of the schema: `FY2024-25`, `Q1 FY2020-21`,
/// `H1 FY2020-21`, `Jul-Feb FY2020-21`, `FY2020-21 to FY2022-23`,
/// `2024-12` (a month), `2020-10-31` or `2021` (a date), `open`.
pub fn parse_period(s: &str, at: &str) -> Result<Period> {
    let bad = |why: &str| Error::invalid(at, format!("{} {why}", quote(s)));
    let t = s.trim().replace('\u{2013}', "-");
    if t == "open" {
        return Ok(Period::Open);
    }
    if let Some((a, b)) = t.split_once(" to ") {
        let (first, last) = (fiscal_year(a.trim()), fiscal_year(b.trim()));
        return match (first, last) {
            (Some(first), Some(last)) if first <= last => Ok(Period::FiscalYears { first, last }),
            (Some(_), Some(_)) => Err(bad("ends before it starts")),
            _ => Err(bad(
                "is not two fiscal years such as FY2020-21 to FY2022-23",
            )),
        };
    }
    if let Some(fy) = fiscal_year(&t) {
        return Ok(Period::FiscalYear { fy });
    }
    if let Some((span, year)) = t.split_once(' ') {
        let fy = fiscal_year(year.trim())
            .ok_or_else(|| bad("does not end in a fiscal year such as FY2020-21"))?;
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
                    .ok_or_else(|| bad("does not name a span such as Q1 or Jul-Feb"))?;
                let index = |m: &str| month_from(m).map(super::fiscal_month_index);
                match (index(a), index(b)) {
                    (Some(x), Some(y)) if x <= y => (x, y),
                    (Some(_), Some(_)) => Err(bad(
                        "runs backwards within its fiscal year (which starts in July)",
                    ))?,
                    _ => Err(bad("does not name months such as Jul-Feb"))?,
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
    match parts.as_slice() {
        [y] if y.len() == 4 => num(y)
            .map(|year| Period::Date {
                year,
                month: None,
                day: None,
            })
            .ok_or_else(|| bad("is not a year")),
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
        _ => Err(bad(
            "is not a period; see schema/dataset.schema.json for the forms",
        )),
    }
}

fn owned(s: String) -> Cow<'static, str> {
    Cow::Owned(s)
}

/// Reads and validates a custom dataset.
pub fn parse(value: &Value) -> Result<Dataset> {
    let mut top = Fields::new("dataset".into(), value)?;
    let sources_v = top.get("sources");
    let records_v = top.get("records");
    top.finish()?;

    let mut sources = Vec::new();
    match sources_v {
        Some(Value::List(items)) => {
            for (i, item) in items.iter().enumerate() {
                let mut f = Fields::new(format!("sources[{i}]"), item)?;
                let layer = match f.number("layer")? {
                    None => 2,
                    Some(x) if x == 1.0 || x == 2.0 => x as u8,
                    Some(x) => {
                        return Err(Error::invalid(
                            f.at("layer"),
                            format!("{} is not 1 or 2", Plain(x)),
                        ))
                    }
                };
                let source = Source {
                    id: owned(f.required_text("id")?),
                    layer,
                    outlet: owned(f.required_text("outlet")?),
                    date: f.text("date")?.map(owned),
                    reference: owned(f.required_text("reference")?),
                };
                f.finish()?;
                sources.push(source);
            }
        }
        Some(other) => {
            return Err(Error::invalid(
                "dataset.sources",
                format!("is {}, not a list", other.kind()),
            ))
        }
        None => {
            return Err(Error::invalid(
                "dataset.sources",
                "is missing: every figure needs a source",
            ))
        }
    }

    let items = match records_v {
        Some(Value::List(items)) => items,
        Some(other) => {
            return Err(Error::invalid(
                "dataset.records",
                format!("is {}, not a list", other.kind()),
            ))
        }
        None => return Err(Error::invalid("dataset.records", "is missing")),
    };
    if items.is_empty() {
        return Err(Error::EmptySpan(
            "dataset.records is an empty list; there is nothing to chart".into(),
        ));
    }
    if items.len() > MAX_RECORDS {
        return Err(Error::invalid(
            "dataset.records",
            format!(
                "{} records is more than the {MAX_RECORDS} this widget reads",
                items.len()
            ),
        ));
    }
    let mut records = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let mut f = Fields::new(format!("records[{i}]"), item)?;
        let measure_s = f.required_text("measure")?;
        let measure = measure_from(&measure_s, &f.at("measure"))?;
        let period_s = f.required_text("period")?;
        let period = parse_period(&period_s, &f.at("period"))?;
        let value = f
            .number("value")?
            .ok_or_else(|| Error::invalid(f.at("value"), "is missing"))?;
        if value < 0.0 {
            let what = match measure.unit() {
                super::Unit::UsdMillion => "remittances",
                super::Unit::Companies => "company counts",
            };
            return Err(Error::invalid(
                f.at("value"),
                format!("{} is negative; {what} cannot be negative", Plain(value)),
            ));
        }
        if let Some(unit) = f.text("unit")? {
            let expected = match measure.unit() {
                super::Unit::UsdMillion => "usdMillion",
                super::Unit::Companies => "companies",
            };
            if unit != expected {
                return Err(Error::invalid(
                    f.at("unit"),
                    format!("{} does not match measure {measure_s}, which is in {expected}: one series, one unit", quote(&unit)),
                ));
            }
        }
        let step = f.number("precision")?.unwrap_or(1.0);
        if step < 0.0 {
            return Err(Error::invalid(
                f.at("precision"),
                format!("{} must be zero or more", Plain(step)),
            ));
        }
        let quoted_growth = match f.get("quotedGrowth") {
            None => None,
            Some(v) => {
                let mut q = Fields::new(f.at("quotedGrowth"), v)?;
                let pct = q
                    .number("pct")?
                    .ok_or_else(|| Error::invalid(q.at("pct"), "is missing"))?;
                let decimals = q.number("decimals")?.unwrap_or(1.0);
                if !(0.0..=6.0).contains(&decimals) || decimals.fract() != 0.0 {
                    return Err(Error::invalid(
                        q.at("decimals"),
                        format!("{} is not a whole number from 0 to 6", Plain(decimals)),
                    ));
                }
                let source = q.text("source")?.map(owned);
                q.finish()?;
                Some(QuotedGrowth {
                    pct,
                    decimals: decimals as u8,
                    source,
                })
            }
        };
        let record = Record {
            measure,
            period,
            value,
            tolerance: step / 2.0,
            qualifier: match f.get("atLeast") {
                None | Some(Value::Bool(false)) => Qualifier::AsReported,
                Some(Value::Bool(true)) => Qualifier::AtLeast,
                Some(other) => {
                    return Err(Error::invalid(
                        f.at("atLeast"),
                        format!("is {}, not true or false", other.kind()),
                    ))
                }
            },
            quoted_growth,
            source: owned(f.required_text("source")?),
            derivation: f.text("derivation")?.map(owned),
            first_reported: f.number("firstReported")?,
            note: f.text("note")?.map(owned),
        };
        f.finish()?;
        records.push(record);
    }
    let data = Dataset::new(sources, records, Vec::new(), Vec::new());
    data.validate()?;
    Ok(data)
}
