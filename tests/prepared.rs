//! The first-draw build charts the models in `src/model/prepared.rs`
//! instead of building them: that file must be what the builders make
//! from the built-in figures now, value for value. Its controls, interface
//! words and charts' words (`src/words/prepared/`, which the embed
//! bundles) must be the catalogue's now, and its list of the charts'
//! canvas fonts what they draw in now.

// Reads the source from disk: native only.
#![cfg(not(target_arch = "wasm32"))]

use pk_it_exports::data::builtin;
use pk_it_exports::ids::ChartKind;
use pk_it_exports::model::{self, prepare};

// The build step's own list of prepared files and their contents.
#[allow(dead_code)]
#[path = "../examples/prepare.rs"]
mod prepare_step;

/// Every file the build step prepares (the models, and each first-draw
/// build's words, heights and fonts) is what it would write now.
#[test]
fn the_prepared_files_are_what_the_build_step_writes_now() {
    let files = prepare_step::files();
    assert_eq!(files.len(), 11);
    for (file, fresh) in files {
        let committed =
            std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert!(
            committed == fresh.unwrap(),
            "{file} is stale (the figures, a builder or a catalogue changed): \
             run `cargo run --example prepare` and commit it"
        );
    }
}

#[test]
fn every_prepared_model_equals_the_built_one() {
    let data = builtin();
    let combinations = prepare::combinations();
    // Every chart, both `cumulative` and both `targetReading` values.
    assert_eq!(combinations.len(), ChartKind::ALL.len() * 2 * 2);
    for options in combinations {
        let built = model::build(&data, &options).unwrap();
        // Field by field first, for a readable failure.
        let prepared = model::prepared(&options);
        assert_eq!(prepared.points, built.points, "{options:?}");
        assert_eq!(prepared.detail, built.detail, "{options:?}");
        assert_eq!(prepared.takeaway, built.takeaway, "{options:?}");
        assert_eq!(prepared, built, "{options:?}");
    }
}

#[test]
fn values_are_written_as_the_rust_that_makes_them() {
    // Values the built-in figures do not all have: floats that need an
    // exponent, negatives, an absent option, plain and other lists.
    use pk_it_exports::data::{FiscalYear, Period};
    use prepare::Literal;
    fn render<T: Literal>(v: &T) -> String {
        let mut out = String::new();
        v.lit().layout(0, &mut out);
        out
    }
    assert_eq!(render(&1e-7), "1e-7");
    assert_eq!(render(&-0.5), "-0.5");
    assert_eq!(render(&3810.0), "3810.0");
    assert_eq!(render(&None::<f64>), "None");
    assert_eq!(render(&vec![(1u8, 2usize)]), "copied(&[(1, 2)])");
    assert_eq!(
        render(&Period::FiscalSpan {
            fy: FiscalYear(2025),
            first: 1,
            last: 8
        }),
        "Period::FiscalSpan { fy: FiscalYear(2025), first: 1, last: 8 }"
    );
    // A Vec of values that are not Copy is built, not copied.
    assert!(render(&vec![vec![1u8]]).starts_with("vec![copied(&[1])]"));
}

/// The embed looks a chart's words up by the chart and the values of its
/// controls only (js/kits.js, `textOf`): every option a chart's words
/// depend on must be one of its controls, or the embed would show one
/// chart's words for another. Checked over every combination of options.
#[test]
fn the_prepared_texts_answer_every_options_as_the_embed_asks() {
    use pk_it_exports::{describe, ids::Choice, words::Lang};
    let data = builtin();
    let words = Lang::En.words();
    let prepared = describe::prepared_texts(&data, words).unwrap();
    for options in prepare::combinations() {
        // The key as kits.js writes it: an option given by the embed.
        let mut key = options.chart.id().to_string();
        for control in model::controls(options.chart) {
            key.push(',');
            match control.choices[0] {
                Choice::Cumulative(_) => key.push_str(&options.cumulative.to_string()),
                Choice::TargetReading(_) => key.push_str(options.target_reading.id()),
            }
        }
        let index = prepared
            .of
            .get(&key)
            .unwrap_or_else(|| panic!("no words for {key}"));
        let built = describe::chart_text(&data, &model::build(&data, &options).unwrap(), words);
        assert_eq!(prepared.texts[*index], built, "{options:?}");
    }
}

#[test]
fn the_prepared_heights_are_the_english_charts_heights_at_every_width() {
    use pk_it_exports::chart;
    // The embed sizes a chart's box with these before the wasm arrives
    // (js/embed.js, #prefill): any width it could meet must give what the
    // drawing's own rules give, or the box moves when the chart draws.
    let data = builtin();
    let heights = chart::heights(&data).unwrap();
    for kind in ChartKind::ALL {
        let options = model::Options {
            chart: kind,
            ..model::Options::default()
        };
        let built = model::build(&data, &options).unwrap();
        let [preferred, least] = heights.charts[kind.id()];
        for width in 100..=4000 {
            assert_eq!(
                preferred.at(width),
                chart::preferred_height(&options, width),
                "{kind:?} preferred at {width}"
            );
            assert_eq!(
                least.at(width),
                chart::min_height(&built, &options, width, None),
                "{kind:?} least at {width}"
            );
        }
    }
}
