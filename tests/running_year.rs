//! A running fiscal year, end to end: a monthly update is one record, and
//! every chart follows (its "figures to" stamp, its year-to-date
//! comparisons); a year whose twelve months are in is drawn as a whole year;
//! and the defects the fact check found stay fixed.

use std::borrow::Cow;

use pk_it_exports::chart::{self, ChartKind, Options};
use pk_it_exports::data::{builtin, Dataset, Measure, Period, Qualifier, Record, Release};
use pk_it_exports::describe;
use pk_it_exports::growth::{self, Check, TargetReading, Verdict};
use pk_it_exports::ids::Message;
use pk_it_exports::model::{self, ChartModel, Detail};
use pk_it_exports::words::Lang;
use plotters::prelude::*;

mod common;
use common::views as variants;

/// A month's record as an editor adds it: value, source, a quoted rate.
fn month(year: u16, m: u8, value: f64, quoted: Option<f64>) -> Record {
    Record {
        measure: Measure::Ict,
        period: Period::month(year, m),
        value,
        tolerance: 0.5,
        qualifier: Qualifier::AsReported,
        quoted_growth: quoted.map(|pct| pk_it_exports::data::QuotedGrowth {
            pct,
            decimals: 1,
            source: None,
            base: None,
        }),
        source: Cow::Borrowed("monthly"),
        derivation: None,
        first_reported: None,
        note: None,
        release: Release::First,
    }
}

fn with(mut data: Dataset, records: Vec<Record>) -> Dataset {
    data.records.extend(records);
    Dataset::new(data.sources, data.records, data.claims, data.facts)
}

fn draws(data: &Dataset, options: &Options) {
    for width in [320, 900] {
        let height = chart::preferred_height(options, width);
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        chart::draw(&area, data, options)
            .unwrap_or_else(|e| panic!("{:?} at {width}px: {e}", options.chart));
    }
}

/// The spans the model compares with the running year's base, if any.
fn running_spans(model: &ChartModel) -> Vec<Period> {
    model
        .compares
        .iter()
        .filter(|(a, _)| matches!(a, Period::FiscalSpan { fy, first: 1, .. } if fy.0 == 2025))
        .map(|(a, _)| *a)
        .collect()
}

#[test]
fn a_month_added_moves_every_chart_stamp_and_year_to_date_comparison() {
    let words = Lang::En.words();
    let before = builtin();
    // A hypothetical March 2026 ($400m, quoted +17.0% on March 2025's
    // $342m): one record, in this test only.
    let after = with(builtin(), vec![month(2026, 3, 400.0, Some(17.0))]);
    after.validate().unwrap();
    for options in variants() {
        let old = model::build(&before, &options).unwrap();
        let new = model::build(&after, &options).unwrap();
        assert_eq!(old.figures_to, Some((2026, 2)), "{:?}", options.chart);
        assert_eq!(new.figures_to, Some((2026, 3)), "{:?}", options.chart);
        let text = describe::chart_text(&after, &new, words);
        assert!(
            text.source.ends_with("Figures to March 2026."),
            "{}",
            text.source
        );
        let csv = describe::chart_csv(&after, &new, words);
        assert!(
            csv.lines().skip(1).all(|l| l.ends_with(",2026-03")),
            "{csv}"
        );
        assert!(describe::chart_description(&after, &new, words, false)
            .ends_with("Figures to March 2026."));
        draws(&after, &options);
    }
    let build = |data: &Dataset, chart| {
        model::build(
            data,
            &Options {
                chart,
                ..Options::default()
            },
        )
        .unwrap()
    };
    // Annual and growth: July-March against July-March.
    for chart in [ChartKind::Annual, ChartKind::Growth] {
        assert_eq!(
            running_spans(&build(&before, chart)),
            [Period::fy_span(2025, 1, 8)]
        );
        assert_eq!(
            running_spans(&build(&after, chart)),
            [Period::fy_span(2025, 1, 9)]
        );
    }
    let annual = build(&after, ChartKind::Annual);
    let Detail::Annual(d) = &annual.detail else {
        unreachable!()
    };
    let year = d.years.last().unwrap();
    assert!(year.running);
    let (cur, base) = (&annual.points[year.ict], &annual.points[year.base.unwrap()]);
    assert_eq!((cur.value, base.value), (2975.0 + 400.0, 2482.0 + 342.0));
    // Monthly: nine months of FY2025-26, the year to date through March.
    let monthly = model::build(
        &after,
        &Options {
            chart: ChartKind::Monthly,
            cumulative: true,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(matches!(
        monthly.takeaway,
        Message::MonthlyCumulativeTakeaway { through, .. } if through == Period::month(2026, 3)
    ));
    assert!(monthly
        .compares
        .contains(&(Period::fy_span(2025, 1, 9), Period::fy_span(2024, 1, 9))));
    // Targets: the running year's bar and its pace follow.
    let targets = build(&after, ChartKind::Targets);
    let Detail::Targets(t) = &targets.detail else {
        unreachable!()
    };
    let bar = &targets.points[t.running.unwrap()];
    assert_eq!(
        (bar.period, bar.value),
        (Period::fy_span(2025, 1, 9), 3375.0)
    );
    let line = t.lines.iter().find(|l| l.running.is_some()).unwrap();
    let pace = line.running.unwrap().pace_needed;
    assert!((pace - (5000.0 - 3375.0) / 3.0).abs() < 1e-9);
    // Compared: the latest quoted month is now March.
    let compared = build(&after, ChartKind::Compared);
    assert!(compared
        .compares
        .contains(&(Period::month(2026, 3), Period::month(2025, 3))));
}

#[test]
fn a_month_that_contradicts_a_reported_total_is_caught() {
    // July-March reported at $3,375m, but March entered as $420m.
    let mut total = month(2026, 3, 0.0, None);
    total.period = Period::fy_span(2025, 1, 9);
    total.value = 3375.0;
    let data = with(builtin(), vec![month(2026, 3, 420.0, None), total]);
    let check = growth::check_sum(
        &data,
        data.get(Measure::Ict, Period::fy_span(2025, 1, 9)).unwrap(),
    )
    .unwrap();
    assert_eq!(
        (check.computed, check.verdict),
        (3395.0, Verdict::DoesNotReproduce)
    );
}

/// The running year's total beside the reported one: a gap its months'
/// rounding can explain is put down to rounding; a larger one is stated,
/// never put down to rounding (a hostile editor's dataset, Jul-Feb
/// reported at $3,100m against months that add up to $2,975m).
#[test]
fn a_reported_total_is_put_down_to_rounding_only_within_it() {
    let mut data = builtin();
    let span = Period::fy_span(2025, 1, 8);
    let said = |data: &Dataset, lang: Lang| {
        [
            Options::default(),
            Options {
                chart: ChartKind::Monthly,
                cumulative: true,
                ..Options::default()
            },
        ]
        .map(|options| {
            let model = model::build(data, &options).unwrap();
            let takeaway = describe::chart_text(data, &model, lang.words()).takeaway;
            // And every point's note, as its tooltip words it.
            let mut svg = String::new();
            let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
            let layout = chart::draw(&area, data, &options).unwrap();
            let notes: Vec<String> = (0..layout.marks.len())
                .filter_map(|i| describe::point_info(data, &model, &layout, i, lang.words())?.note)
                .collect();
            format!("{takeaway} {}", notes.join(" "))
        })
        .join(" ")
    };
    let built_in = said(&data, Lang::En);
    assert!(
        built_in.contains(
            "$2.97bn was reported (+19.7% on the same months), as each month is rounded."
        ),
        "{built_in}"
    );
    let total = data
        .records
        .iter_mut()
        .find(|r| r.measure == Measure::Ict && r.period == span)
        .unwrap();
    total.value = 3100.0;
    let data = Dataset::new(data.sources, data.records, data.claims, data.facts);
    let en = said(&data, Lang::En);
    assert!(!en.contains("as each month is rounded"), "{en}");
    assert!(en.contains("$3.1bn was reported (+24.9% on the same months), $125m more, which rounding does not explain."), "{en}");
    assert!(
        en.contains("$3,100m was reported (more than rounding explains)"),
        "{en}"
    );
    assert!(
        !en.contains("$3,100m was reported (each figure is rounded)"),
        "{en}"
    );
    let ur = said(&data, Lang::Ur);
    assert!(!ur.contains("فرق راؤنڈنگ کی وجہ سے ہے"), "{ur}");
    assert!(
        ur.contains("یہ \u{2066}125\u{2069} ملین ڈالر زیادہ ہے، اور اتنا فرق راؤنڈنگ کی وجہ سے نہیں ہو سکتا"),
        "{ur}"
    );
    assert!(
        ur.contains("\u{2066}3,100\u{2069} ملین ڈالر ہے: فرق راؤنڈنگ کی حد سے زیادہ ہے"),
        "{ur}"
    );
}

#[test]
fn a_complete_year_is_drawn_as_a_whole_year_with_full_year_growth() {
    let rest = vec![
        month(2026, 3, 400.0, None),
        month(2026, 4, 410.0, None),
        month(2026, 5, 420.0, None),
        month(2026, 6, 430.0, None),
    ];
    let data = with(builtin(), rest);
    let total = 2975.0 + 400.0 + 410.0 + 420.0 + 430.0;
    assert!(growth::running_year(&data, Measure::Ict).is_none());
    let build = |chart| {
        model::build(
            &data,
            &Options {
                chart,
                ..Options::default()
            },
        )
        .unwrap()
    };
    let annual = build(ChartKind::Annual);
    let Detail::Annual(d) = &annual.detail else {
        unreachable!()
    };
    let last = d.years.last().unwrap();
    assert!(!last.running && last.base.is_none());
    let p = &annual.points[last.ict];
    assert_eq!(
        (p.period, p.value, p.derived),
        (Period::fy(2025), total, true)
    );
    let full_year = (total / 3810.0 - 1.0) * 100.0;
    assert!((last.growth_pct.unwrap() - full_year).abs() < 1e-9);
    assert!(matches!(
        &annual.takeaway,
        Message::AnnualTakeaway { last, .. } if *last == (Period::fy(2025), total)
    ));
    let growth_chart = build(ChartKind::Growth);
    let Detail::Growth(g) = &growth_chart.detail else {
        unreachable!()
    };
    assert!(g.running.is_none());
    let latest = &growth_chart.points[*g.ict.last().unwrap()];
    assert_eq!(latest.period, Period::fy(2025));
    assert!((latest.value - full_year).abs() < 1e-9);
    // The target is measured against the whole year, not a pace.
    let targets = build(ChartKind::Targets);
    let Detail::Targets(t) = &targets.detail else {
        unreachable!()
    };
    assert!(t.running.is_none());
    let line = t
        .lines
        .iter()
        .find(|l| l.period == Period::fy(2025))
        .unwrap();
    assert!(line.running.is_none());
    assert_eq!(line.progress.unwrap().achieved, total);
    let monthly = build(ChartKind::Monthly);
    assert_eq!(monthly.points.len(), 24);
    assert!(matches!(
        monthly.takeaway,
        Message::MonthlyTakeaway { so_far: false, .. }
    ));
    for options in variants() {
        draws(&data, &options);
    }
}

// --- The fact check's defects, each kept fixed --------------------------

/// Every compared pair draws the two figures its computed rate comes from,
/// and a quote that implies another base is shown as a revision.
#[test]
fn compared_bars_are_the_figures_of_the_rate_beside_them() {
    let data = builtin();
    let m = model::build(
        &data,
        &Options {
            chart: ChartKind::Compared,
            ..Options::default()
        },
    )
    .unwrap();
    let Detail::Compared(d) = &m.detail else {
        unreachable!()
    };
    for (i, pair) in d.pairs.iter().enumerate() {
        let (base, current) = (&m.points[2 * i], &m.points[2 * i + 1]);
        assert_eq!(base.value, pair.check.base, "{}", current.period);
        let from_bars = (current.value / base.value - 1.0) * 100.0;
        assert!((from_bars - pair.check.computed_pct).abs() < 1e-9);
    }
    let dec = d
        .pairs
        .iter()
        .zip(m.points.chunks(2))
        .find(|(_, p)| p[1].period == Period::month(2023, 12))
        .unwrap();
    assert_eq!(dec.1[0].value, 246.0);
    assert_eq!(dec.0.check.revision(), Some((246.0, 247.0)));
}

/// The compared takeaway counts exactly the pairs drawn, and separately
/// every quoted rate of the checks table.
#[test]
fn compared_takeaway_counts_the_rows_it_counts() {
    let data = builtin();
    let m = model::build(
        &data,
        &Options {
            chart: ChartKind::Compared,
            ..Options::default()
        },
    )
    .unwrap();
    let Detail::Compared(d) = &m.detail else {
        unreachable!()
    };
    let Message::ComparedTakeaway {
        verdicts,
        all_checked,
        all_failing,
    } = &m.takeaway
    else {
        panic!("{:?}", m.takeaway)
    };
    let drawn: Vec<Verdict> = d.pairs.iter().map(|p| p.check.verdict).collect();
    assert_eq!(verdicts, &drawn);
    let rows = describe::check_rows(&data, Lang::En.words());
    let quoted: Vec<_> = rows
        .iter()
        .filter(|r| r.verdict_id != "unchecked" && !r.what.contains("sum of months"))
        .collect();
    let table: Vec<Verdict> = growth::checks(&data)
        .into_iter()
        .filter_map(|c| match c {
            Check::Quote { result, .. } => Some(result.verdict),
            _ => None,
        })
        .collect();
    assert_eq!(*all_checked, table.len());
    assert_eq!(*all_checked, quoted.len());
    assert_eq!(
        *all_failing,
        table
            .iter()
            .filter(|v| **v == Verdict::DoesNotReproduce)
            .count()
    );
    // November 2023's +13%, which does not reproduce, is drawn, not left out.
    assert!(m.points.iter().any(|p| p.period == Period::month(2023, 11)));
    assert!(drawn.contains(&Verdict::DoesNotReproduce));
}

/// A target announced beside the narrow series says, in the chart's text,
/// that the chart measures it against ICT, with the growth needed from the
/// narrow figure.
#[test]
fn a_target_of_another_definition_says_so() {
    let data = builtin();
    for target_reading in [TargetReading::AnnualLevel, TargetReading::Cumulative] {
        let m = model::build(
            &data,
            &Options {
                chart: ChartKind::Targets,
                target_reading,
                ..Options::default()
            },
        )
        .unwrap();
        let Message::Sentences(parts) = &m.takeaway else {
            panic!()
        };
        let caveat = parts.iter().find_map(|p| match p {
            Message::TargetDefinition {
                narrow_base,
                needed_pct,
                ..
            } => Some((*narrow_base, *needed_pct)),
            _ => None,
        });
        let (base, needed) = caveat.expect("the definition caveat is in the takeaway");
        assert_eq!(base, (Period::fy(2019), 1230.0));
        let expected = match target_reading {
            TargetReading::AnnualLevel => 59.59,
            TargetReading::Cumulative => 16.0,
        };
        assert!((needed - expected).abs() < 0.05, "{needed}");
        // Said once: the notes under the plot leave the takeaway's out.
        let Detail::Targets(t) = &m.detail else {
            unreachable!()
        };
        assert!(!t
            .notes
            .iter()
            .any(|n| matches!(n, Message::TargetDefinition { .. })));
    }
}

/// The narrow series is "narrower", by a gap computed from the figures,
/// never a fixed "$50-200m".
#[test]
fn the_narrow_series_is_narrower_not_a_fixed_gap() {
    let data = builtin();
    let words = Lang::En.words();
    assert!(!words.definitions().contains("$50"));
    assert!(!words.definition(Measure::ItItes).contains("$50"));
    let m = model::build(&data, &Options::default()).unwrap();
    let gap = m.summary.iter().find_map(|s| match s {
        Message::NarrowGap { min, max, .. } => Some((*min, *max)),
        _ => None,
    });
    let (min, max) = gap.unwrap();
    assert!((min - 197.152).abs() < 1e-9 && (max - 283.64).abs() < 1e-9);
}

/// The FY2025-26 target drawn is the $5bn cited most; the $5.2bn is named.
#[test]
fn the_running_year_target_draws_5bn_and_names_5_2bn() {
    let data = builtin();
    let m = model::build(
        &data,
        &Options {
            chart: ChartKind::Targets,
            ..Options::default()
        },
    )
    .unwrap();
    let Detail::Targets(t) = &m.detail else {
        unreachable!()
    };
    let line = t
        .lines
        .iter()
        .find(|l| l.period == Period::fy(2025))
        .unwrap();
    assert_eq!(
        (line.value, line.others.as_slice()),
        (5000.0, &[5200.0][..])
    );
    let r = line.running.unwrap();
    assert_eq!(r.so_far, (Period::fy_span(2025, 1, 8), 2975.0));
    assert!((r.share_pct - 59.5).abs() < 1e-9 && (r.pace_needed - 506.25).abs() < 1e-9);
    // Uraan's $10bn by FY2028-29 needs +27.3% a year from FY2024-25.
    let uraan = t
        .lines
        .iter()
        .find(|l| l.period == Period::fy(2028))
        .unwrap();
    assert_eq!(uraan.base, (Period::fy(2024), 3810.0));
    assert!((uraan.needed_pct - 27.28).abs() < 0.01 && uraan.progress.is_none());
    // The undated $15bn is named, not drawn.
    assert!(t
        .notes
        .iter()
        .any(|n| matches!(n, Message::UndatedTargets { values } if values == &[15_000.0])));
}

/// The year to date as the next year begins, month by month: each line's
/// end label stays inside the chart, off the value axis's labels and off
/// the other year's (a year one month old put its label on the axis in
/// Urdu at 360 px; eleven months old, over the earlier year's end; found
/// by a hostile editor's data).
#[test]
fn the_year_to_date_labels_keep_apart_as_a_new_year_begins() {
    // FY2025-26 completed at about its pace so far, then FY2026-27 a little ahead.
    let rest: Vec<Record> = (3..=6).map(|m| month(2026, m, 380.0, None)).collect();
    for months in 1..=11u8 {
        let next: Vec<Record> = (1..=months)
            .map(|i| {
                let (year, m) =
                    pk_it_exports::data::calendar_month(pk_it_exports::data::FiscalYear(2026), i);
                month(year, m, 400.0 + 2.0 * f64::from(i), None)
            })
            .collect();
        let data = with(builtin(), rest.iter().cloned().chain(next).collect());
        for lang in [Lang::En, Lang::Ur] {
            let options = Options {
                chart: ChartKind::Monthly,
                cumulative: true,
                lang,
                ..Options::default()
            };
            let model = model::build(&data, &options).unwrap();
            for width in [320u32, 360, 414, 640, 1280] {
                let height = chart::preferred_height(&options, width);
                let mut svg = String::new();
                let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                let layout = chart::draw_model(&area, &model, &options, lang.words()).unwrap();
                let bounds = chart::Rect::new(0, 0, layout.width, layout.height);
                for (i, a) in layout.labels.iter().enumerate() {
                    assert!(
                        bounds.contains(&a.rect),
                        "{lang:?} {months} months, {width}px: {:?} off the chart",
                        a.text
                    );
                    for b in &layout.labels[i + 1..] {
                        assert!(
                            !a.rect.overlaps(&b.rect),
                            "{lang:?} {months} months, {width}px: {:?} over {:?}",
                            a.text,
                            b.text
                        );
                    }
                }
            }
        }
    }
}

/// Once the running year is over, the targets chart's takeaway leads with
/// that year's result against its target, as it led with the year's pace
/// while it ran (found by a hostile editor's data: it spoke of 2020-23
/// alone and left the year's result to the notes under the plot).
#[test]
fn a_year_just_over_leads_the_targets_takeaway_with_its_result() {
    let rest: Vec<Record> = (3..=6).map(|m| month(2026, m, 380.0, None)).collect();
    let data = with(builtin(), rest);
    let options = Options {
        chart: ChartKind::Targets,
        ..Options::default()
    };
    let model = model::build(&data, &options).unwrap();
    let takeaway = describe::chart_text(&data, &model, Lang::En.words()).takeaway;
    assert!(
        takeaway.starts_with("$5bn in FY2025-26: 89.9% reached"),
        "{takeaway}"
    );
}

/// The year to date when the earlier year has a month left out (its total
/// reported, its months in part): both years to the last month before the
/// gap, not an error at the reader's "Year to date" (found by a second
/// sweep), and the earlier year's running total stops at the gap.
#[test]
fn the_year_to_date_stops_at_the_earlier_year_s_gap() {
    let mut data = builtin();
    data.records
        .retain(|r| !(r.measure == Measure::Ict && r.period == Period::month(2024, 10)));
    let data = Dataset::new(data.sources, data.records, data.claims, data.facts);
    let options = Options {
        chart: ChartKind::Monthly,
        cumulative: true,
        ..Options::default()
    };
    let model = model::build(&data, &options).unwrap();
    let takeaway = describe::chart_text(&data, &model, Lang::En.words()).takeaway;
    assert!(
        takeaway.starts_with("By September, FY2025-26 had reached"),
        "{takeaway}"
    );
    let Detail::Monthly(d) = &model.detail else {
        panic!("monthly")
    };
    assert_eq!(
        d.lines[0].months.len(),
        3,
        "FY2024-25's running total to September"
    );
    // And the months past the gap are not counted as the bases of the
    // later year's (so the data notice lists them as not drawn).
    assert!(
        !model
            .compares
            .iter()
            .any(|(_, base)| *base == Period::month(2024, 11)),
        "{:?}",
        model.compares
    );
    // Month by month, the seven months both years have are not "the months
    // reported so far": the later year has eight.
    let months = Options {
        cumulative: false,
        ..options.clone()
    };
    let model = model::build(&data, &months).unwrap();
    let takeaway = describe::chart_text(&data, &model, Lang::En.words()).takeaway;
    assert_eq!(takeaway, "FY2025-26 was above FY2024-25 in all 7 months.");
    draws(&data, &options);
}
