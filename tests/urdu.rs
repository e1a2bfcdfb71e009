//! The Urdu edition: every word a reader gets is Urdu (not English left in
//! place), every number run is isolated so right-to-left text cannot
//! scramble it, and a mirrored chart runs time from right to left.

#![cfg(all(feature = "ur", not(target_arch = "wasm32")))]

use pk_it_exports::chart::{self, interact, ChartKind, Estimated, Layout, Options};
use pk_it_exports::data::{builtin, FiscalYear, Measure, Period};
use pk_it_exports::describe;
use pk_it_exports::growth::TargetReading;
use pk_it_exports::ids::{Choice, Label, Message, OptionId, QuotedRate, Verdict};
use pk_it_exports::words::{arabic_letter, Lang, Words, LRI, PDI};
use plotters::prelude::*;

mod common;

fn ur() -> &'static dyn Words {
    Lang::Ur.words()
}

/// Every view, in Urdu, mirrored or not.
fn variants(mirror: bool) -> Vec<Options> {
    common::views()
        .into_iter()
        .map(|o| Options {
            lang: Lang::Ur,
            mirror,
            ..o
        })
        .collect()
}

fn render(options: &Options, width: u32) -> Layout {
    let height = chart::preferred_height(options, width);
    let mut svg = String::new();
    let area = Estimated(SVGBackend::with_string(&mut svg, (width, height))).into_drawing_area();
    chart::draw(&area, &builtin(), options).unwrap_or_else(|e| panic!("{options:?}: {e}"))
}

/// Fails if `text` is not Urdu: no Arabic-script letter, or a run of three
/// or more Latin letters (an English word left in place). `allowed` lists
/// the Latin words that are meant to stay (CSV, PNG).
fn assert_urdu(what: &str, text: &str, allowed: &[&str]) {
    assert!(
        text.chars().any(arabic_letter),
        "{what}: {text:?} has no Urdu"
    );
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            assert!(
                word.len() < 3 || allowed.contains(&word.as_str()),
                "{what}: English word {word:?} in {text:?}"
            );
            word.clear();
        }
    }
}

/// Fails unless every digit in `text` is inside an isolate, and every
/// isolate is closed.
fn assert_isolated(what: &str, text: &str) {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => {
                depth -= 1;
                assert!(depth >= 0, "{what}: unopened isolate in {text:?}");
            }
            '0'..='9' => assert!(depth > 0, "{what}: digit outside an isolate in {text:?}"),
            _ => {}
        }
    }
    assert_eq!(depth, 0, "{what}: isolate left open in {text:?}");
}

fn assert_urdu_text(what: &str, text: &str) {
    assert_urdu(what, text, &[]);
    assert_isolated(what, text);
}

#[test]
fn every_catalogue_entry_is_urdu_with_numbers_isolated() {
    let (ur, en) = (ur(), Lang::En.words());
    let mut entries: Vec<(String, String, String)> = Vec::new();
    let mut add = |what: &str, u: String, e: String| entries.push((what.to_string(), u, e));
    for kind in ChartKind::ALL {
        add("title", ur.title(kind).into(), en.title(kind).into());
        add(
            "chart label",
            ur.chart_label(kind).into(),
            en.chart_label(kind).into(),
        );
    }
    for label in LABELS {
        add("label", ur.label(label).into(), en.label(label).into());
    }
    let mut seen = [false; MESSAGES];
    for m in sample_messages() {
        seen[message_index(&m)] = true;
        add(&format!("message {m:?}"), ur.message(&m), en.message(&m));
    }
    assert!(seen.iter().all(|s| *s), "a message has no sample: {seen:?}");
    let outlets: Vec<String> = ["Dawn", "APP", "Dunya News", "Arab News Pakistan"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let many: Vec<String> = (0..12).map(|i| format!("Outlet {i}")).collect();
    for (what, list) in [("source line", &outlets), ("source line of many", &many)] {
        add(
            what,
            without_isolated(&ur.source_line(list)),
            en.source_line(list),
        );
    }
    add(
        "summed sources",
        without_isolated(&ur.summed_sources(&outlets, false)),
        en.summed_sources(&outlets, false),
    );
    // A figure not drawn, as each catalogue words it (describe::data_report).
    let figure = |w: &dyn Words| {
        let fy24 = Period::FiscalYear {
            fy: FiscalYear(2024),
        };
        [format!(
            "{} {}",
            w.measure_name(Measure::Ict),
            w.period(fy24)
        )]
    };
    add(
        "data report",
        without_isolated(&ur.data_report(14, 25, &figure(ur), 10)),
        en.data_report(14, 25, &figure(en), 10),
    );
    add(
        "checks summary",
        ur.checks_summary(20, 12, 5, 2, 1),
        en.checks_summary(20, 12, 5, 2, 1),
    );
    add(
        "figures summary",
        ur.figures_summary(61, 23),
        en.figures_summary(61, 23),
    );
    add(
        "point head",
        ur.point_head(ur.measure_name(Measure::Ict), &ur.period(fy(2024))),
        en.point_head(en.measure_name(Measure::Ict), &en.period(fy(2024))),
    );
    add(
        "labelled",
        ur.labelled(ur.ui().growth, &ur.growth_on(18.2, 1, fy(2023))),
        en.labelled(en.ui().growth, &en.growth_on(18.2, 1, fy(2023))),
    );
    let revision = |w: &dyn Words| {
        w.message(&Message::BaseRevision {
            base: span(2024, 1, 3),
            from: 876.0,
            to: 877.0,
            quoted: true,
        })
    };
    let base = |w: &dyn Words| w.value_whole(877.0, pk_it_exports::data::Unit::UsdMillion);
    add(
        "verdict with revision",
        ur.verdict_implied(Verdict::Rounding, &base(ur), Some(&revision(ur))),
        en.verdict_implied(Verdict::Rounding, &base(en), Some(&revision(en))),
    );
    for v in [Verdict::Exact, Verdict::Rounding, Verdict::DoesNotReproduce] {
        add("verdict", ur.verdict(v).into(), en.verdict(v).into());
    }
    for m in [
        Measure::Ict,
        Measure::ItItes,
        Measure::PsebCompanies,
        Measure::SecpCompanies,
        Measure::SecpRegistrations,
        Measure::ExportTarget,
        Measure::ExportPotential,
    ] {
        add(
            "measure",
            ur.measure_name(m).into(),
            en.measure_name(m).into(),
        );
        add(
            "measure short",
            ur.measure_short(m).into(),
            en.measure_short(m).into(),
        );
        add(
            "definition",
            ur.definition(m).into(),
            en.definition(m).into(),
        );
    }
    for o in [OptionId::Cumulative, OptionId::TargetReading] {
        add("control", ur.control(o).into(), en.control(o).into());
    }
    for c in [
        Choice::Cumulative(false),
        Choice::Cumulative(true),
        Choice::TargetReading(TargetReading::AnnualLevel),
        Choice::TargetReading(TargetReading::Cumulative),
    ] {
        add("choice", ur.choice(c).into(), en.choice(c).into());
    }
    add(
        "definitions",
        ur.definitions().into(),
        en.definitions().into(),
    );
    add(
        "running",
        ur.running_or_implied().into(),
        en.running_or_implied().into(),
    );
    add("unchecked", ur.unchecked().into(), en.unchecked().into());
    add("unit", ur.unit_percent().into(), en.unit_percent().into());
    for (u, e) in ur.csv_header().iter().zip(en.csv_header()) {
        add("csv header", (*u).into(), e.into());
    }
    let (uu, eu) = (ur.ui(), en.ui());
    for (u, e) in [
        (uu.chart_label, eu.chart_label),
        (uu.keys_help, eu.keys_help),
        (uu.data_table, eu.data_table),
        (uu.growth, eu.growth),
        (uu.source, eu.source),
        (uu.definition, eu.definition),
        (uu.series, eu.series),
        (uu.period, eu.period),
        (uu.value, eu.value),
    ] {
        add("ui", u.into(), e.into());
    }
    let data = builtin();
    for o in variants(true) {
        let m = pk_it_exports::model::build(&data, &o).unwrap();
        let mut en_o = o.clone();
        en_o.lang = Lang::En;
        let text = describe::chart_text(&data, &m, ur);
        let text_en = describe::chart_text(&data, &m, en);
        add("takeaway", text.takeaway, text_en.takeaway);
        add(
            "description",
            describe::chart_description(&data, &m, ur, true),
            describe::chart_description(&data, &m, en, true),
        );
    }
    let s = describe::summaries(&data, ur);
    let s_en = describe::summaries(&data, en);
    add("summary", s.checks, s_en.checks);
    add("summary", s.figures, s_en.figures);
    for (what, u, e) in &entries {
        assert_ne!(u, e, "{what}: the Urdu is the English");
        assert_urdu_text(what, u);
    }
    // The words of the two downloads keep their format's name.
    assert_urdu("download", uu.download_data, &["CSV"]);
    assert_urdu("download", uu.download_image, &["PNG"]);
}

/// Every [`Label`]; the match below fails to compile when one is added.
const LABELS: [Label; 14] = [
    Label::FirstRelease,
    Label::IctComputed,
    Label::NarrowComputed,
    Label::Quoted,
    Label::Earlier,
    Label::Later,
    Label::DerivedBase,
    Label::DerivedMonth,
    Label::Target,
    Label::SummedBefore,
    Label::FirstReleaseFlag,
    Label::Provisional,
    Label::NoDefinition,
    Label::NoFigureNoDefinition,
];

#[allow(dead_code)]
fn every_label_is_listed(l: Label) {
    // A new label needs a line here and in LABELS.
    match l {
        Label::FirstRelease
        | Label::IctComputed
        | Label::NarrowComputed
        | Label::Quoted
        | Label::Earlier
        | Label::Later
        | Label::DerivedBase
        | Label::DerivedMonth
        | Label::Target
        | Label::SummedBefore
        | Label::FirstReleaseFlag
        | Label::Provisional
        | Label::NoDefinition
        | Label::NoFigureNoDefinition => {}
    }
}

/// How many [`Message`] variants there are: the arms of `message_index`.
const MESSAGES: usize = 24;

/// A message's variant as a number; fails to compile when a variant is
/// added, so that it gets a sample below.
fn message_index(m: &Message) -> usize {
    match m {
        Message::Sentences(_) => 0,
        Message::AnnualTakeaway { .. } => 1,
        Message::GrowthTakeaway { .. } => 2,
        Message::ComparedTakeaway { .. } => 3,
        Message::MonthlyTakeaway { .. } => 4,
        Message::MonthlyCumulativeTakeaway { .. } => 5,
        Message::Title { .. } => 6,
        Message::MonthlyTitle { .. } => 7,
        Message::FiguresTo { .. } => 8,
        Message::YearToDate { .. } => 9,
        Message::YearToDateLabel { .. } => 10,
        Message::NarrowGap { .. } => 11,
        Message::RunningTargetNote { .. } => 12,
        Message::FutureTargetNote { .. } => 13,
        Message::TargetDefinition { .. } => 14,
        Message::UndatedTargets { .. } => 15,
        Message::BaseRevision { .. } => 16,
        Message::TargetNote { .. } => 17,
        Message::PotentialNote { .. } => 18,
        Message::PotentialLabel { .. } => 19,
        Message::VerdictShort { .. } => 20,
        Message::FastestSlowest { .. } => 21,
        Message::Intro { .. } => 22,
        Message::GrowthTitle { .. } => 23,
    }
}

fn fy(year: u16) -> Period {
    Period::FiscalYear {
        fy: FiscalYear(year),
    }
}

fn span(year: u16, first: u8, last: u8) -> Period {
    Period::FiscalSpan {
        fy: FiscalYear(year),
        first,
        last,
    }
}

/// One message of each kind (and of each wording that differs), with the
/// running year's figures.
fn sample_messages() -> Vec<Message> {
    let rate = |verdict| QuotedRate {
        period: fy(2017),
        base_period: fy(2016),
        quoted_pct: 13.0,
        quoted_decimals: 0,
        computed_pct: 13.7,
        verdict,
    };
    let months = vec![
        (Period::month(2025, 7), 286.0, 354.0),
        (Period::month(2025, 11), 356.0, 310.0),
    ];
    let mut out = vec![
        Message::Sentences(vec![
            Message::Title {
                chart: ChartKind::Annual,
            },
            Message::FiguresTo {
                year: 2026,
                month: 2,
            },
        ]),
        Message::AnnualTakeaway {
            first: (fy(2015), 788.64),
            last: (fy(2024), 3810.0),
            cagr_pct: Some(19.1),
            falls: vec![(fy(2022), -1.0)],
        },
        Message::GrowthTakeaway {
            peak: (fy(2020), 46.4),
            latest: (fy(2024), 18.2),
            quoted: vec![rate(Verdict::Exact), rate(Verdict::DoesNotReproduce)],
        },
        Message::ComparedTakeaway {
            verdicts: vec![Verdict::Exact, Verdict::Rounding],
            all_checked: 20,
            all_failing: 0,
        },
        Message::ComparedTakeaway {
            verdicts: vec![Verdict::Exact, Verdict::DoesNotReproduce],
            all_checked: 20,
            all_failing: 1,
        },
        Message::ComparedTakeaway {
            verdicts: vec![
                Verdict::DoesNotReproduce,
                Verdict::DoesNotReproduce,
                Verdict::Exact,
            ],
            all_checked: 20,
            all_failing: 3,
        },
        Message::MonthlyCumulativeTakeaway {
            earlier: (FiscalYear(2024), 2484.0),
            later: (FiscalYear(2025), 2975.0),
            through: Period::month(2026, 2),
            growth_pct: 19.9,
            reported_later: Some((2970.0, Some(19.6), true)),
        },
        Message::MonthlyCumulativeTakeaway {
            earlier: (FiscalYear(2023), 3223.0),
            later: (FiscalYear(2024), 3100.0),
            through: Period::month(2025, 6),
            growth_pct: -3.8,
            reported_later: None,
        },
        Message::FiguresTo {
            year: 2026,
            month: 2,
        },
        Message::MonthlyTitle {
            earlier: FiscalYear(2024),
            later: FiscalYear(2025),
        },
        Message::GrowthTitle { quoted: false },
        Message::YearToDate {
            current: (span(2025, 1, 8), 2975.0),
            base: Some((span(2024, 1, 8), 2484.0)),
            growth_pct: Some(19.9),
            reported: Some((2970.0, Some(19.7), true)),
        },
        Message::YearToDate {
            current: (span(2025, 1, 1), 354.0),
            base: None,
            growth_pct: None,
            reported: None,
        },
        Message::YearToDateLabel {
            period: span(2025, 1, 8),
        },
        Message::NarrowGap {
            min: 195.0,
            max: 283.0,
            first: fy(2016),
            last: fy(2019),
        },
        Message::RunningTargetNote {
            target: 5000.0,
            so_far: (span(2025, 1, 8), 2975.0),
            share_pct: 59.5,
            pace_needed: 506.0,
            pace_so_far: 372.0,
            others: vec![5200.0],
        },
        Message::RunningTargetNote {
            target: 5000.0,
            so_far: (span(2025, 1, 11), 4600.0),
            share_pct: 92.0,
            pace_needed: 400.0,
            pace_so_far: 418.0,
            others: vec![],
        },
        Message::FutureTargetNote {
            target: 10_000.0,
            fy: FiscalYear(2028),
            needed_pct: 27.3,
            base: (fy(2024), 3810.0),
        },
        Message::TargetDefinition {
            target: 5000.0,
            narrow_base: (fy(2019), 1230.0),
            needed_pct: 59.6,
        },
        Message::UndatedTargets {
            values: vec![15_000.0],
        },
        Message::BaseRevision {
            base: span(2024, 1, 3),
            from: 876.0,
            to: 877.0,
            quoted: true,
        },
        Message::PotentialNote {
            value: 10_000.0,
            cagr_pct: 19.1,
            reached: FiscalYear(2029),
        },
        Message::PotentialLabel { value: 10_000.0 },
        Message::FastestSlowest {
            fastest: (fy(2020), 46.4),
            slowest: (fy(2022), -1.0),
        },
    ];
    for so_far in [false, true] {
        out.push(Message::MonthlyTakeaway {
            earlier: FiscalYear(2024),
            later: FiscalYear(2025),
            months: months.clone(),
            so_far,
        });
    }
    for chart in ChartKind::ALL {
        out.push(Message::Title { chart });
        for cumulative in [false, true] {
            out.push(Message::Intro { chart, cumulative });
        }
    }
    for reading in [TargetReading::AnnualLevel, TargetReading::Cumulative] {
        out.push(Message::TargetNote {
            target: 5000.0,
            period: Period::FiscalYears {
                first: FiscalYear(2020),
                last: FiscalYear(2022),
            },
            reading,
            share_pct: 52.0,
            needed_pct: 51.4,
            base: fy(2019),
        });
    }
    for verdict in [Verdict::Exact, Verdict::Rounding, Verdict::DoesNotReproduce] {
        for revision in [None, Some((2177.0, 2179.0))] {
            out.push(Message::VerdictShort {
                quoted_pct: 19.78,
                quoted_decimals: 2,
                verdict,
                revision,
            });
        }
    }
    out
}

/// `text` without its first-strong isolates (outlet names, which stay as
/// published), each replaced by a mark that is neither Latin nor a digit.
fn without_isolated(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '\u{2068}' => {
                depth += 1;
                if depth == 1 {
                    out.push('\u{2022}');
                }
            }
            '\u{2069}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn check_rows_and_table_are_urdu_except_outlets_and_isolated() {
    let data = builtin();
    let rows = describe::check_rows(&data, ur());
    assert!(rows.len() > 10);
    for r in rows {
        assert_urdu_text("check what", &r.what);
        assert_urdu_text("check verdict", &r.verdict);
        assert_isolated("check quoted", &r.quoted);
        assert_isolated("check computed", &r.computed);
    }
    for r in describe::table(&data, ur()) {
        assert_isolated("table period", &r.period);
        assert_isolated("table value", &r.value);
        // Every note and derivation of the built-in dataset is translated;
        // the outlets they name stay as published.
        for f in &r.flags {
            assert_urdu_text("table flag", &without_isolated(f));
            assert_isolated("table flag", f);
        }
    }
    // Translated, not passed through as an editor's note would be; "sum of
    // its months" is the engine's, for a year summed from its months.
    let data = builtin();
    let texts = data
        .records
        .iter()
        .flat_map(|r| [r.note.as_deref(), r.derivation.as_deref()])
        .flatten()
        .chain(["sum of its months"]);
    for t in texts {
        assert_ne!(
            ur().data_text(t),
            format!("\u{2068}{t}\u{2069}"),
            "untranslated"
        );
    }
}

#[test]
fn every_drawn_label_is_urdu_with_numbers_isolated() {
    for mirror in [true, false] {
        for o in variants(mirror) {
            for width in [320, 640, 1200] {
                for l in render(&o, width).labels {
                    assert_isolated("label", &l.text);
                    if l.text
                        .chars()
                        .any(|c| c.is_ascii_alphabetic() || arabic_letter(c))
                    {
                        assert_urdu(&format!("{:?} label", o.chart), &l.text, &[]);
                    }
                }
            }
        }
    }
}

#[test]
fn pct_and_money_are_isolated_western_digits() {
    let ur = ur();
    assert_eq!(ur.pct(19.06, 1), format!("{LRI}+19.1%{PDI}"));
    assert_eq!(ur.pct(-0.9, 1), format!("{LRI}\u{2212}0.9%{PDI}"));
    assert_eq!(ur.usd_compact(3810.0), format!("{LRI}3.81{PDI} ارب ڈالر"));
    assert_eq!(ur.usd_compact(366.0), format!("{LRI}366{PDI} ملین ڈالر"));
    let p = pk_it_exports::data::Period::FiscalSpan {
        fy: pk_it_exports::data::FiscalYear(2020),
        first: 1,
        last: 8,
    };
    assert_eq!(
        ur.period(p),
        format!("جولائی تا فروری، مالی سال {LRI}2020-\u{2060}21{PDI}")
    );
}

/// x centre of the ICT marks, oldest first.
fn ict_centres(layout: &Layout) -> Vec<i32> {
    let mut marks: Vec<_> = layout
        .marks
        .iter()
        .filter(|m| m.measure == Measure::Ict)
        .collect();
    marks.sort_by_key(|m| m.period.fiscal_year());
    // The growth chart draws a quoted rate at its year's place too.
    let mut xs: Vec<i32> = marks.iter().map(|m| m.rect.x0 + m.rect.x1).collect();
    xs.dedup();
    xs
}

#[test]
fn mirrored_charts_put_the_later_period_on_the_left() {
    for kind in [ChartKind::Annual, ChartKind::Growth, ChartKind::Targets] {
        let base = Options {
            chart: kind,
            lang: Lang::Ur,
            ..Options::default()
        };
        let mirrored = render(&base, 640);
        let xs = ict_centres(&mirrored);
        assert!(xs.len() > 3, "{kind:?}");
        assert!(
            xs.windows(2).all(|w| w[1] < w[0]),
            "{kind:?}: later periods are not further left: {xs:?}"
        );
        // The value axis stands right of the plot.
        let plot = mirrored.plot.unwrap();
        let right_of = mirrored
            .labels
            .iter()
            .filter(|l| l.rect.x0 >= plot.x1 && l.rect.y1 <= plot.y1 + 8)
            .count();
        assert!(
            right_of >= 3,
            "{kind:?}: no value axis on the right: {:?} {:?}",
            plot,
            mirrored
                .labels
                .iter()
                .map(|l| (l.text.clone(), l.rect))
                .collect::<Vec<_>>()
        );
        // The keyboard walks time: from the earliest, at the right, each
        // step forward (ArrowLeft on the page) one further left.
        let order = interact::nav_order(&mirrored);
        let first = &mirrored.marks[order[0]];
        let last = &mirrored.marks[*order.last().unwrap()];
        assert!(
            first.period.fiscal_year() < last.period.fiscal_year(),
            "{kind:?}: {first:?} {last:?}"
        );
        let centres: Vec<i32> = order
            .iter()
            .map(|&i| mirrored.marks[i].rect.x0 + mirrored.marks[i].rect.x1)
            .collect();
        assert!(
            centres.windows(2).all(|w| w[1] <= w[0]),
            "{kind:?}: keyboard order is not right to left: {centres:?}"
        );

        let ltr = render(
            &Options {
                mirror: false,
                ..base.clone()
            },
            640,
        );
        let xs = ict_centres(&ltr);
        assert!(
            xs.windows(2).all(|w| w[1] > w[0]),
            "{kind:?} mirror=false: later periods are not further right: {xs:?}"
        );
        // A pointer on a mirrored mark picks it.
        for (i, m) in mirrored.marks.iter().enumerate() {
            let (cx, cy) = (
                f64::from(m.rect.x0 + m.rect.x1) / 2.0,
                f64::from(m.rect.y0 + m.rect.y1) / 2.0,
            );
            // That mark, or one drawn over the same point (a quoted rate
            // on its computed one).
            let r = mirrored.marks[interact::pick(&mirrored, cx, cy).unwrap()].rect;
            assert!(
                f64::from(r.x0) <= cx && cx <= f64::from(r.x1),
                "{kind:?}: pick at mark {i} found {r:?}"
            );
        }
    }
}

#[test]
fn urdu_fonts_and_english_default() {
    let o = Options {
        lang: Lang::Ur,
        ..Options::default()
    };
    assert!(o.font().starts_with("Noto Nastaliq Urdu"));
    assert!(o.mirrored());
    let inherit = Options {
        font_family: "inherit".into(),
        ..o.clone()
    };
    assert_eq!(inherit.font(), "inherit");
    assert!(!Options::default().mirrored());
    assert!(!Options::default().font().contains("Nastaliq"));
}

#[test]
fn a_dated_source_article_is_cited_in_the_reader_s_language() {
    // An editor's dataset citing source articles (layer 1) with their dates:
    // a day and a month are worded as each language's papers write them
    // ("17 Jul 2025", "17 جولائی 2025"), a year stays as it is, and the
    // Urdu source line joins outlet and date with the Urdu comma, numbers
    // isolated so that nothing reorders.
    let json = serde_json::json!({
        "sources": [
            { "id": "br", "outlet": "Business Recorder", "date": "2025-07-17", "reference": "brecorder.com", "layer": 1 },
            { "id": "dawn", "outlet": "Dawn", "date": "2024-12", "reference": "dawn.com", "layer": 1 },
            { "id": "app", "outlet": "APP", "date": "2023", "reference": "app.com.pk", "layer": 1 }
        ],
        "records": [
            { "measure": "ict", "period": "FY2022-23", "value": 2600, "source": "app" },
            { "measure": "ict", "period": "FY2023-24", "value": 3223, "source": "dawn" },
            { "measure": "ict", "period": "FY2024-25", "value": 3810, "source": "br" }
        ]
    });
    let data = pk_it_exports::data::custom::parse(&serde_json::from_value(json).unwrap()).unwrap();
    let options = Options {
        chart: ChartKind::Annual,
        ..Options::default()
    };
    let model = pk_it_exports::model::build(&data, &options).unwrap();
    let en = describe::chart_text(&data, &model, Lang::En.words());
    // No-break spaces inside a date: a line never parts "17 Jul 2025".
    for cited in [
        "APP, 2023",
        "Dawn, Dec\u{a0}2024",
        "Business Recorder, 17\u{a0}Jul\u{a0}2025",
    ] {
        assert!(en.source.contains(cited), "{cited}: {}", en.source);
    }
    let urdu = describe::chart_text(&data, &model, ur());
    for cited in [
        "\u{2068}APP\u{2069}، \u{2066}2023\u{2069}",
        "\u{2068}Dawn\u{2069}، دسمبر\u{a0}\u{2066}2024\u{2069}",
        "\u{2068}Business Recorder\u{2069}، \u{2066}17\u{2069}\u{a0}جولائی\u{a0}\u{2066}2025\u{2069}",
    ] {
        assert!(urdu.source.contains(cited), "{cited}: {}", urdu.source);
    }
}

/// The Urdu edition's prose writes a rate as Urdu news does, "13 فیصد",
/// and names a season in Urdu: the growth takeaway's rate that does not
/// reproduce read "+13%" among rates in فیصد, and a source article dated
/// by its season read "spring 2021" (found by an audit of the figures).
#[test]
fn urdu_prose_writes_percent_and_seasons_in_urdu() {
    let data = builtin();
    let text = |chart| {
        let options = Options {
            chart,
            lang: Lang::Ur,
            ..Options::default()
        };
        let model = pk_it_exports::model::build(&data, &options).unwrap();
        describe::chart_text(&data, &model, ur())
    };
    let growth = text(ChartKind::Growth).takeaway;
    assert!(!growth.contains('%'), "{growth}");
    assert!(growth.contains("\u{2066}+13\u{2069} فیصد"), "{growth}");
    let source = text(ChartKind::Compared).source;
    assert!(!source.contains("spring"), "{source}");
    assert!(
        source.contains("\u{2068}Business Recorder\u{2069}، موسم بہار \u{2066}2021\u{2069}"),
        "{source}"
    );
}

/// `chart` of the built-in figures in Urdu, with its default options.
fn urdu_model(
    data: &pk_it_exports::data::Dataset,
    chart: ChartKind,
) -> (Options, pk_it_exports::model::ChartModel) {
    let options = Options {
        chart,
        lang: Lang::Ur,
        ..Options::default()
    };
    let model = pk_it_exports::model::build(data, &options).unwrap();
    (options, model)
}

/// The dataset's descriptions of a source (not names) are said in Urdu,
/// in source lines, tooltips and tables, and a season in every table's
/// citations: "Unattributed news report", "State Bank of Pakistan (narrow
/// series; no press report found)" and "Dunya News (Urdu)" were left in English,
/// and the story page's checks table read "spring 2021" (found by an audit
/// of the figures).
#[test]
fn descriptions_of_sources_and_seasons_are_urdu_everywhere() {
    let data = builtin();
    let english = [
        "Unattributed",
        "State Bank",
        "(Urdu)",
        "spring",
        "summer",
        "about mid-March",
    ];
    let check = |what: &str, text: &str| {
        for e in english {
            assert!(!text.contains(e), "{what}: {text}");
        }
    };
    for chart in ChartKind::ALL {
        let (_, model) = urdu_model(&data, chart);
        check(
            "source line",
            &describe::chart_text(&data, &model, ur()).source,
        );
        for row in describe::chart_rows(&data, &model, ur()) {
            check("point", &row.source);
        }
    }
    for r in describe::table(&data, ur()) {
        check("table outlet", &r.source.outlet);
        check("table date", r.source.date.as_deref().unwrap_or_default());
    }
}

/// What a reader reads writes a rate as Urdu news does, "+19.9 فیصد", in
/// tooltips, the live region, tables, the CSV and descriptions, as the
/// takeaways already did; the drawing's labels and axes keep the compact
/// "+19.9%". One widget showed both (found by an audit of the figures).
#[test]
fn rates_in_words_a_reader_reads_are_in_urdu_percent() {
    let data = builtin();
    for chart in ChartKind::ALL {
        let (options, model) = urdu_model(&data, chart);
        let layout = render(&options, 640);
        let description = describe::chart_description(&data, &model, ur(), true);
        assert!(
            !description.contains('%'),
            "{chart:?} description: {description}"
        );
        for row in describe::chart_rows(&data, &model, ur()) {
            assert!(!row.value.contains('%'), "{chart:?} row: {}", row.value);
        }
        for i in 0..layout.marks.len() {
            let p = describe::point_info(&data, &model, &layout, i, ur()).unwrap();
            // Every word of its tooltip and announcement.
            let said = serde_json::to_string(&p).unwrap();
            assert!(!said.contains('%'), "{chart:?} point {i}: {said}");
        }
    }
    for r in describe::table(&data, ur()) {
        assert!(
            !r.growth.as_deref().unwrap_or("").contains('%'),
            "{:?}",
            r.growth
        );
    }
    for r in describe::check_rows(&data, ur()) {
        assert!(
            !(r.quoted.contains('%') || r.computed.contains('%')),
            "{r:?}"
        );
    }
}

/// "More than" before a count's noun: "10,000 سے زائد کمپنیاں". After the
/// noun it read "10,000 کمپنیاں سے زائد", which needs the oblique
/// "کمپنیوں" (found by an audit of the figures).
#[test]
fn more_than_a_count_comes_before_its_noun() {
    let rows = describe::table(&builtin(), ur());
    let counts: Vec<&str> = rows
        .iter()
        .map(|r| r.value.as_str())
        .filter(|v| v.contains("کمپنیاں") && v.contains("زائد"))
        .collect();
    assert!(!counts.is_empty(), "no count given as 'more than'");
    for v in counts {
        assert!(v.ends_with("سے زائد کمپنیاں"), "{v}");
    }
}

/// A value label drawn over a bar lies within the bar, and every bar has
/// its value. The targets' running total moves a label that meets the
/// target's inside its bar's top, in the background colour: Urdu's "4.73
/// ارب ڈالر" at 320 px ran off both sides of its bar there, white on white,
/// "4.7 ارب ڈ" showing; then, left out, it was nowhere.
#[test]
fn labels_over_bars_fit_them() {
    for lang in [Lang::En, Lang::Ur] {
        for mirror in [false, true] {
            for width in [320, 360, 414, 640, 1000] {
                let options = Options {
                    chart: ChartKind::Targets,
                    target_reading: TargetReading::Cumulative,
                    lang,
                    mirror,
                    ..Options::default()
                };
                let layout = render(&options, width);
                // And every bar keeps its value: above, inside or beside it.
                for value in ["2.11", "4.73", "7.32"] {
                    assert!(
                        layout.labels.iter().any(|l| l.text.contains(value)),
                        "{lang:?} mirror {mirror} at {width}px: no label of {value}"
                    );
                }
                for l in &layout.labels {
                    for m in layout.marks.iter().filter(|m| l.rect.overlaps(&m.rect)) {
                        assert!(
                            l.rect.x0 >= m.rect.x0 && l.rect.x1 <= m.rect.x1,
                            "{lang:?} mirror {mirror} at {width}px: {:?} at {:?} over the bar at {:?}",
                            l.text,
                            l.rect,
                            m.rect
                        );
                    }
                }
            }
        }
    }
}

/// The compared chart's pair titles keep the series' definition when they
/// shorten to fit a phone: "(محدود)" (narrow) stayed in the full name only,
/// and the 340 px image read IT & ITeS as if it were the whole ICT series
/// (found by a fact check). The period shortens first.
#[test]
fn compared_titles_keep_the_narrow_marker_on_a_phone() {
    for width in [320, 340, 414] {
        let options = Options {
            lang: Lang::Ur,
            ..common::views()
                .into_iter()
                .find(|o| o.chart == ChartKind::Compared)
                .unwrap()
        };
        let layout = render(&options, width);
        // "آئی ٹی و آئی ٹی ای ایس (محدود)" or, shortest, "آئی ٹی (محدود)".
        let titles: Vec<_> = layout
            .labels
            .iter()
            .filter(|l| l.text.starts_with("آئی ٹی"))
            .map(|l| l.text.clone())
            .collect();
        assert!(!titles.is_empty(), "{width}: no IT & ITeS label");
        for t in titles.iter().filter(|t| t.contains("سہ ماہی")) {
            assert!(t.contains("(محدود)"), "{width}: {t}");
        }
    }
}

/// Where Urdu's month names do not all fit, the axis names every second
/// or third month, the running year's latest (February 2026, where its
/// line ends) among them: counted from June, it named June, March,
/// December and September, and not February.
#[test]
fn a_thinned_urdu_month_axis_names_the_latest_month() {
    let mut thinned = 0;
    for cumulative in [false, true] {
        for width in (240..=440).step_by(20) {
            let options = Options {
                chart: ChartKind::Monthly,
                cumulative,
                lang: Lang::Ur,
                ..Options::default()
            };
            let layout = render(&options, width);
            let plot = layout.plot.expect("a plot");
            let months: Vec<&str> = layout
                .labels
                .iter()
                .filter(|l| l.rect.y0 > plot.y1)
                .map(|l| l.text.as_str())
                .collect();
            if months.len() < 12 {
                thinned += 1;
            }
            assert!(
                months.contains(&"فروری"),
                "{width} px, cumulative {cumulative}: {months:?}"
            );
        }
    }
    assert!(thinned > 0, "some widths thin the axis");
}
