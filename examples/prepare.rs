//! Build step: writes `src/model/prepared.rs`, every chart model the
//! built-in figures make, for the first-draw wasm (`src/model/prepare.rs`
//! says why). scripts/build.sh runs it before the wasm builds;
//! tests/prepared.rs fails if the committed file is stale.
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
    use pk_it_exports::{data::builtin, model::prepare, Error};
    const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/prepared.rs");
    let written = prepare::source(&builtin()).and_then(|source| {
        let old = std::fs::read_to_string(FILE).unwrap_or_default();
        if old != source {
            std::fs::write(FILE, &source)
                .map_err(|e| Error::invalid("src/model/prepared.rs", e.to_string()))?;
        }
        Ok(old != source)
    });
    match written {
        Ok(true) => println!("prepare: wrote src/model/prepared.rs"),
        Ok(false) => println!("prepare: src/model/prepared.rs is up to date"),
        Err(e) => {
            eprintln!("prepare: {e}");
            std::process::exit(1);
        }
    }
}
