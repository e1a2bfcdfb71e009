//! The built-in dataset: every figure of DATA.md layers 1 and 2 is present
//! with its source and flags, the table validates, sums hold, and no article
//! sentence was copied in.

use pk_it_exports::data::{builtin, Measure, Period, Qualifier};
use pk_it_exports::growth::{self, Verdict};

use Measure::*;

fn fy(y: u16) -> Period {
    Period::fy(y)
}
fn span(y: u16, a: u8, b: u8) -> Period {
    Period::fy_span(y, a, b)
}
fn month(y: u16, m: u8) -> Period {
    Period::month(y, m)
}

/// (measure, period, value, source id) for every figure in DATA.md.
fn expected() -> Vec<(Measure, Period, f64, &'static str)> {
    let mut v = vec![
        // Layer 1.
        (Ict, span(2020, 1, 8), 1298.0, "a000"),
        (Ict, span(2019, 1, 8), 917.84, "a000"),
        (
            SecpCompanies,
            Period::Date {
                year: 2021,
                month: None,
                day: None,
            },
            10_000.0,
            "a000",
        ),
        (SecpRegistrations, fy(2020), 2826.0, "a000"),
        (ItItes, span(2020, 1, 3), 379.251, "a001"),
        (ItItes, span(2019, 1, 3), 264.187, "a001"),
        (Ict, span(2020, 1, 3), 444.05, "a001"),
        (Ict, span(2019, 1, 3), 314.9, "a001"),
        (
            PsebCompanies,
            Period::Date {
                year: 2020,
                month: Some(10),
                day: Some(31),
            },
            2631.0,
            "a001",
        ),
        (
            PsebCompanies,
            Period::Date {
                year: 2019,
                month: Some(10),
                day: None,
            },
            2106.0,
            "a001",
        ),
        (
            ExportTarget,
            Period::FiscalYears {
                first: pk_it_exports::data::FiscalYear(2020),
                last: pk_it_exports::data::FiscalYear(2022),
            },
            5000.0,
            "a003",
        ),
        (ExportPotential, Period::Open, 10_000.0, "a003"),
        (ItItes, fy(2019), 1230.0, "a003"),
        (Ict, month(2023, 12), 303.0, "a004"),
        // Layer 2: annual ICT.
        (Ict, fy(2015), 788.64, "tvi"),
        (Ict, fy(2016), 938.64, "tvi"),
        (Ict, fy(2017), 1067.0, "pakobserver"),
        (Ict, fy(2018), 1192.0, "techjuice"),
        (Ict, fy(2019), 1440.0, "techjuice"),
        (Ict, fy(2020), 2108.0, "br40228771"),
        (Ict, fy(2021), 2619.0, "dailytimes"),
        // The cited page says $2.593bn.
        (Ict, fy(2022), 2593.0, "propakistani"),
        (Ict, fy(2023), 3223.0, "br40313559"),
        (Ict, fy(2024), 3810.0, "br40378736"),
        (ExportTarget, fy(2024), 4200.0, "br40378736"),
        // Layer 2: narrow.
        (ItItes, fy(2016), 655.0, "narrow"),
        (ItItes, fy(2017), 834.0, "narrow"),
        (ItItes, fy(2018), 994.848, "urdupoint985106"),
        // Layer 2: the year-earlier months.
        (Ict, month(2022, 11), 233.0, "propakistani231218"),
        (Ict, month(2022, 12), 246.0, "propakistani230118"),
        // Layer 2: cumulative figures.
        (Ict, span(2023, 1, 4), 893.0, "monthly"),
        (Ict, span(2023, 1, 9), 2283.0, "monthly"),
        (Ict, span(2023, 1, 11), 2925.0, "monthly"),
        (Ict, span(2024, 1, 3), 876.0, "monthly"),
        (Ict, span(2024, 1, 4), 1206.0, "monthly"),
        (Ict, span(2024, 1, 6), 1864.0, "monthly"),
        (Ict, span(2024, 1, 9), 2825.0, "monthly"),
        (Ict, span(2024, 1, 10), 3142.0, "monthly"),
        // Layer 2b: FY2025-26 so far, months and reported totals.
        (Ict, month(2025, 7), 354.0, "br40378736"),
        (Ict, month(2025, 8), 337.0, "phoneworld26"),
        (Ict, month(2025, 9), 366.0, "dawn1950304"),
        (Ict, month(2025, 10), 386.0, "app251117"),
        (Ict, month(2025, 11), 356.0, "dunya251218"),
        (Ict, month(2025, 12), 437.0, "arabnews2629942"),
        (Ict, month(2026, 1), 374.0, "app260218"),
        (Ict, month(2026, 2), 365.0, "pdp4455"),
        (Ict, span(2025, 1, 2), 691.0, "suno"),
        (Ict, span(2025, 1, 3), 1057.0, "dawn1950304"),
        (Ict, span(2025, 1, 4), 1443.0, "app251117"),
        (Ict, span(2025, 1, 5), 1799.0, "dunya251218"),
        (Ict, span(2025, 1, 6), 2236.0, "arabnews2629942"),
        (Ict, span(2025, 1, 7), 2610.0, "app260218"),
        (Ict, span(2025, 1, 8), 2970.0, "pdp4455"),
        (ExportTarget, fy(2025), 5000.0, "br40378736"),
        (ExportTarget, fy(2028), 10_000.0, "ppi260218"),
        (ExportTarget, Period::Open, 15_000.0, "urdupoint1884986"),
    ];
    let fy24 = [
        214.0, 235.0, 206.0, 238.0, 259.0, 303.0, 265.0, 257.0, 306.0, 310.0, 332.0, 298.0,
    ];
    let fy25 = [
        286.0, 298.0, 292.0, 330.0, 310.0, 348.0, 313.0, 305.0, 342.0, 317.0, 330.0, 338.0,
    ];
    for (i, (a, b)) in fy24.iter().zip(fy25).enumerate() {
        let (y, m) =
            pk_it_exports::data::calendar_month(pk_it_exports::data::FiscalYear(2023), i as u8 + 1);
        if (y, m) != (2023, 12) {
            v.push((Ict, month(y, m), *a, "monthly"));
        }
        v.push((Ict, month(y + 1, m), b, "monthly"));
    }
    v
}

#[test]
fn builtin_dataset_is_valid() {
    builtin().validate().unwrap();
}

#[test]
fn every_data_md_figure_is_present_with_its_source() {
    let data = builtin();
    let expected = expected();
    for (measure, period, value, source) in &expected {
        let r = data
            .get(*measure, *period)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.value, *value, "{}", r.label());
        assert_eq!(r.source, *source, "{}", r.label());
    }
    // The $5.2bn told to the Senate committee shares FY2025-26 with the
    // $5bn, listed after it (the one charts draw).
    let fy26: Vec<(f64, &str)> = data
        .records
        .iter()
        .filter(|r| r.measure == ExportTarget && r.period == fy(2025))
        .map(|r| (r.value, r.source.as_ref()))
        .collect();
    assert_eq!(fy26, [(5000.0, "br40378736"), (5200.0, "cwpakistan26149")]);
    // Nothing in the dataset that DATA.md does not have.
    assert_eq!(data.records.len(), expected.len() + 1);
}

#[test]
fn layer_one_sources_are_the_seed_articles() {
    let data = builtin();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let layer1: Vec<_> = data.sources.iter().filter(|s| s.layer == 1).collect();
    assert_eq!(layer1.len(), 5);
    for s in layer1 {
        assert!(
            s.reference.starts_with("seeds/") && s.reference.ends_with(".txt"),
            "{}",
            s.reference
        );
        if seeds.is_dir() {
            let file = seeds.join(s.reference.trim_start_matches("seeds/"));
            assert!(file.is_file(), "{} does not exist", file.display());
        }
    }
    for s in data.sources.iter().filter(|s| s.layer == 2) {
        assert!(!s.reference.is_empty() && !s.outlet.is_empty(), "{}", s.id);
    }
}

#[test]
fn derived_and_revised_figures_are_flagged() {
    let data = builtin();
    let derived: Vec<String> = data
        .records
        .iter()
        .filter(|r| r.is_derived())
        .map(|r| r.label())
        .collect();
    assert_eq!(
        derived,
        [
            "ict Apr 2024",
            "ict Apr 2025",
            "ict May 2025",
            "ict Dec 2022"
        ]
    );
    let revised: Vec<(String, f64)> = data
        .records
        .iter()
        .filter_map(|r| Some((r.label(), r.first_reported?)))
        .collect();
    assert_eq!(
        revised,
        [
            ("ict FY2020-21".to_string(), 2123.0),
            ("ict FY2021-22".to_string(), 2616.0),
            ("ict FY2022-23".to_string(), 2605.0),
            ("ict Nov 2024".to_string(), 324.0),
        ]
    );
    // FY2025-26's months are first releases; February, from one
    // low-profile source, is provisional, as is the July-February total it gives.
    let release = |r: &pk_it_exports::data::Record| r.release;
    use pk_it_exports::data::Release;
    let first: Vec<String> = data
        .records
        .iter()
        .filter(|r| release(r) == Release::First)
        .map(|r| r.label())
        .collect();
    assert_eq!(
        first,
        [
            "ict Jul 2025",
            "ict Aug 2025",
            "ict Sep 2025",
            "ict Oct 2025",
            "ict Nov 2025",
            "ict Dec 2025",
            "ict Jan 2026"
        ]
    );
    let provisional: Vec<String> = data
        .records
        .iter()
        .filter(|r| release(r) == Release::Provisional)
        .map(|r| r.label())
        .collect();
    assert_eq!(
        provisional,
        ["ict Feb 2026", "ict Jul\u{2013}Feb FY2025-26"]
    );
    // "over 10,000" and "over $10 billion" are floors, not exact figures.
    let floors = data
        .records
        .iter()
        .filter(|r| r.qualifier == Qualifier::AtLeast)
        .count();
    assert_eq!(floors, 2);
}

#[test]
fn fy2023_24_months_sum_to_3223() {
    let data = builtin();
    assert_eq!(growth::sum_months(&data, Ict, fy(2023)).unwrap(), 3223.0);
    let check = growth::check_sum(&data, data.get(Ict, fy(2023)).unwrap()).unwrap();
    assert_eq!(check.verdict, Verdict::Exact);
}

#[test]
fn fy2024_25_months_sum_to_3809_a_rounding_gap_from_3810() {
    let data = builtin();
    let check = growth::check_sum(&data, data.get(Ict, fy(2024)).unwrap()).unwrap();
    assert_eq!((check.computed, check.reported), (3809.0, 3810.0));
    assert_eq!(check.verdict, Verdict::Rounding);
}

#[test]
fn cumulative_checks_of_data_md_hold() {
    let data = builtin();
    for (period, total) in [
        (span(2023, 1, 4), 893.0),
        (span(2023, 1, 9), 2283.0),
        (span(2023, 1, 11), 2925.0),
        (span(2024, 1, 3), 876.0),
        (span(2024, 1, 4), 1206.0),
        (span(2024, 1, 6), 1864.0),
    ] {
        assert_eq!(
            growth::sum_months(&data, Ict, period).unwrap(),
            total,
            "{period}"
        );
    }
    // July-March FY2024-25 was reported as $2,825m; its months add to $2,824m.
    let r = data.get(Ict, span(2024, 1, 9)).unwrap();
    let check = growth::check_sum(&data, r).unwrap();
    assert_eq!((check.computed, check.verdict), (2824.0, Verdict::Rounding));
}

#[test]
fn validation_names_the_record_and_the_field() {
    let mut data = builtin();
    data.records[12].value = -5.0;
    let e = data.validate().unwrap_err().to_string();
    assert!(e.starts_with("records[12].value: -5 is negative"), "{e}");

    let mut data = builtin();
    data.records[3].value = f64::NAN;
    assert!(data
        .validate()
        .unwrap_err()
        .to_string()
        .starts_with("records[3].value: NaN is not a finite number"));

    let mut data = builtin();
    let copy = data.records[0].clone();
    data.records.push(copy);
    let n = data.records.len() - 1;
    let e = data.validate().unwrap_err().to_string();
    assert!(
        e.starts_with(&format!(
            "records[{n}].period: ict Jul\u{2013}Feb FY2020-21 duplicates records[0]"
        )),
        "{e}"
    );

    let mut data = builtin();
    data.records[5].source = "nowhere".into();
    let e = data.validate().unwrap_err().to_string();
    assert_eq!(e, "records[5].source: cites unknown source \"nowhere\"");

    let mut data = builtin();
    data.sources[1].id = "a000".into();
    assert_eq!(
        data.validate().unwrap_err().to_string(),
        "sources[1].id: \"a000\" is used by an earlier source"
    );
}

/// Figures carry over from the articles; their sentences do not. No run of
/// eight words from any article appears in any text of the dataset.
#[test]
fn no_article_sentence_is_copied() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(dir) = std::fs::read_dir(&seeds) else {
        eprintln!("skipped: {} not found", seeds.display());
        return;
    };
    let data = builtin();
    let normalise = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let ours = normalise(&format!(
        "{} {}",
        dataset_strings(&data),
        pk_it_exports::describe::table(&data, pk_it_exports::words::Lang::En.words())
            .iter()
            .map(|r| format!("{} {} {}", r.definition, r.flags.join(" "), r.measure))
            .collect::<Vec<_>>()
            .join(" ")
    ))
    .join(" ");
    let mut files = 0;
    for entry in dir.flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let words = normalise(&text);
        for window in words.windows(8) {
            let phrase = window.join(" ");
            assert!(
                !ours.contains(&phrase),
                "copied from {:?}: {phrase}",
                entry.file_name()
            );
        }
        files += 1;
    }
    assert_eq!(files, 5);
}

/// Every string field of the dataset, space-separated.
fn dataset_strings(data: &pk_it_exports::data::Dataset) -> String {
    let mut out = String::new();
    for r in &data.records {
        for s in [&r.note, &r.derivation].into_iter().flatten() {
            out.push_str(s);
            out.push(' ');
        }
    }
    for f in &data.facts {
        out.push_str(pk_it_exports::words::Lang::En.words().fact(f.id));
        out.push(' ');
    }
    out
}
