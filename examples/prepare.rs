//! Build step: writes what the first-draw wasm takes ready-made from the
//! built-in figures and the English catalogue: `src/model/prepared.rs`,
//! every chart model the figures make (`src/model/prepare.rs` says why),
//! and `src/words/prepared/*.en.json`, the controls, the interface words
//! and every chart's words as the full builds pass them, which the embed
//! bundles (js/kits.js says why; `*.ur.json`, the same in Urdu, for the
//! Urdu first-draw build, js/kit-ur.js), every chart's heights as rules of the
//! width (`model::Height` says why) and the canvas fonts the charts draw
//! in (src/chart/fonts.rs says why).
//! scripts/build.sh runs it before the wasm builds; tests/prepared.rs
//! fails if a committed file is stale.
//!
//! Usage: `cargo run --example prepare`

fn main() {
    // Native only: `wasm-pack test` compiles the examples for wasm32 too,
    // where there is no file to write.
    #[cfg(not(target_arch = "wasm32"))]
    write();
}

/// Every prepared file, by its path in the crate, with what it must hold
/// now. tests/prepared.rs includes this file and checks each against the
/// committed one, so the list is written once.
#[cfg(not(target_arch = "wasm32"))]
pub fn files() -> Vec<(String, Result<String, String>)> {
    use pk_it_exports::{
        chart, chart::fonts, data::builtin, describe, model::prepare, words::Lang,
    };
    let json = |v: serde_json::Result<String>| v.map_err(|e| e.to_string());
    // Each first-draw build's words: its catalogue's controls, interface
    // words and every chart's words as the full builds pass them. English
    // (js/kits.js bundles them) and Urdu (js/kit-ur.js bundles them beside
    // that build's glue).
    let words_of = |lang: Lang, id: &str| {
        let words = lang.words();
        [
            (
                format!("src/words/prepared/controls.{id}.json"),
                json(serde_json::to_string(&describe::controls(words))),
            ),
            (
                format!("src/words/prepared/ui.{id}.json"),
                json(serde_json::to_string(words.ui())),
            ),
            (
                format!("src/words/prepared/texts.{id}.json"),
                describe::prepared_texts(&builtin(), words)
                    .map_err(|e| e.to_string())
                    .and_then(|t| json(serde_json::to_string(&t))),
            ),
            (
                format!("src/words/prepared/described.{id}.json"),
                describe::prepared_described(&builtin(), words)
                    .map_err(|e| e.to_string())
                    .and_then(|t| json(serde_json::to_string(&t))),
            ),
        ]
    };
    // And what only English widgets use before their wasm: the charts'
    // heights and canvas fonts.
    [
        (
            "src/model/prepared.rs".to_string(),
            prepare::source(&builtin()).map_err(|e| e.to_string()),
        ),
        (
            "src/words/prepared/heights.en.json".to_string(),
            chart::heights(&builtin())
                .map_err(|e| e.to_string())
                .and_then(|h| json(serde_json::to_string(&h))),
        ),
        (
            "src/words/prepared/fonts.en.json".to_string(),
            fonts::used(&builtin(), Lang::En.words())
                .map_err(|e| e.to_string())
                .and_then(|f| json(serde_json::to_string(&f))),
        ),
    ]
    .into_iter()
    .chain(words_of(Lang::En, "en"))
    .chain(words_of(Lang::Ur, "ur"))
    .collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn write() {
    for (file, content) in files() {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let written = content.and_then(|content| {
            let old = std::fs::read_to_string(&path).unwrap_or_default();
            if old != content {
                std::fs::write(&path, &content).map_err(|e| e.to_string())?;
            }
            Ok(old != content)
        });
        match written {
            Ok(true) => println!("prepare: wrote {file}"),
            Ok(false) => println!("prepare: {file} is up to date"),
            Err(e) => {
                eprintln!("prepare: {file}: {e}");
                std::process::exit(1);
            }
        }
    }
}
