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

#[cfg(not(target_arch = "wasm32"))]
fn write() {
    use pk_it_exports::{
        chart, chart::fonts, data::builtin, describe, model::prepare, words::Lang,
    };
    let words = Lang::En.words();
    let files = [
        (
            "src/model/prepared.rs",
            prepare::source(&builtin()).map_err(|e| e.to_string()),
        ),
        (
            "src/words/prepared/controls.en.json",
            serde_json::to_string(&describe::controls(words)).map_err(|e| e.to_string()),
        ),
        (
            "src/words/prepared/ui.en.json",
            serde_json::to_string(words.ui()).map_err(|e| e.to_string()),
        ),
        (
            "src/words/prepared/texts.en.json",
            describe::prepared_texts(&builtin(), words)
                .map_err(|e| e.to_string())
                .and_then(|t| serde_json::to_string(&t).map_err(|e| e.to_string())),
        ),
        (
            "src/words/prepared/heights.en.json",
            chart::heights(&builtin())
                .map_err(|e| e.to_string())
                .and_then(|h| serde_json::to_string(&h).map_err(|e| e.to_string())),
        ),
        (
            "src/words/prepared/fonts.en.json",
            fonts::used(&builtin(), words)
                .map_err(|e| e.to_string())
                .and_then(|f| serde_json::to_string(&f).map_err(|e| e.to_string())),
        ),
    ];
    // The Urdu first-draw build's words (js/kit-ur.js bundles them beside
    // its glue): as the English ones, without heights or fonts, which only
    // the English widgets use before their wasm arrives.
    let ur = Lang::Ur.words();
    let files = files.into_iter().chain([
        (
            "src/words/prepared/controls.ur.json",
            serde_json::to_string(&describe::controls(ur)).map_err(|e| e.to_string()),
        ),
        (
            "src/words/prepared/ui.ur.json",
            serde_json::to_string(ur.ui()).map_err(|e| e.to_string()),
        ),
        (
            "src/words/prepared/texts.ur.json",
            describe::prepared_texts(&builtin(), ur)
                .map_err(|e| e.to_string())
                .and_then(|t| serde_json::to_string(&t).map_err(|e| e.to_string())),
        ),
    ]);
    for (file, content) in files {
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
