//! The crate's top-level modules form layers that only look down: each may
//! use the modules before it in [`LAYERS`], never one after it, so no import
//! cycle can come back. The check reads the sources: every `crate::`
//! path (in `use` lines, grouped `use crate::{..}` and inline paths) and
//! every `super::` that climbs to the crate root.

// Reads the sources from disk: native only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Bottom first. A module may use those before it.
const LAYERS: [&str; 13] = [
    "error",
    "data",
    "ids",
    "growth",
    "model",
    "words",
    "chart",
    "describe",
    "canvas",
    "from_js",
    "to_js",
    "dataset_js",
    "lib",
];

/// Pairs (module, module it may not use) that the order alone allows but
/// the design does not: words know no chart models, only ids and figures.
const ALSO_FORBIDDEN: [(&str, &str); 1] = [("words", "model")];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to, and how deep in it the file's
/// module sits (0 for `src/lib.rs`, 1 for `src/x.rs` or `src/x/mod.rs`).
fn module_of(src: &Path, file: &Path) -> (String, usize) {
    let rel = file.strip_prefix(src).unwrap();
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts == ["lib"] {
        return ("lib".into(), 0);
    }
    let depth = parts.len() - usize::from(parts.last().is_some_and(|p| p == "mod"));
    (parts[0].clone(), depth)
}

fn ident_at(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules `code` refers to: `crate::x`, `crate::{x, y::z}`,
/// and `super::` chains that reach the crate root from `depth`.
fn references(code: &str, depth: usize) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in code.lines() {
        // Comments (and doc links) are not imports.
        let line = line.split("//").next().unwrap_or_default();
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or_default();
                for item in inner.split(',') {
                    let name = ident_at(item.trim());
                    if !name.is_empty() {
                        out.insert(name);
                    }
                }
            } else {
                out.insert(ident_at(after));
            }
            rest = after;
        }
        let mut rest = line;
        while let Some(i) = rest.find("super::") {
            let mut after = &rest[i..];
            let mut climbs = 0;
            while let Some(next) = after.strip_prefix("super::") {
                climbs += 1;
                after = next;
            }
            if climbs >= depth {
                // At the crate root: the next segment names a module, or
                // an item of lib.rs.
                let name = ident_at(after);
                out.insert(if LAYERS.contains(&name.as_str()) {
                    name
                } else {
                    "lib".into()
                });
            }
            rest = after;
        }
    }
    out
}

/// Every (file, module, referenced module) in `src`.
fn imports(src: &Path) -> Vec<(PathBuf, String, String)> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let (module, depth) = module_of(src, &file);
        let code = std::fs::read_to_string(&file).unwrap();
        for r in references(&code, depth) {
            if r != module {
                out.push((file.clone(), module.clone(), r));
            }
        }
    }
    out
}

/// The violations among `imports`: a module that uses one above it, or a
/// pair the design forbids, or a module missing from [`LAYERS`].
fn violations(imports: &[(PathBuf, String, String)]) -> Vec<String> {
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut out = Vec::new();
    for (file, module, used) in imports {
        let (Some(a), Some(b)) = (rank(module), rank(used)) else {
            out.push(format!(
                "{}: {module} or {used} is not in LAYERS; place it in the order",
                file.display()
            ));
            continue;
        };
        if b > a {
            out.push(format!(
                "{}: {module} uses {used}, which is above it",
                file.display()
            ));
        }
        if ALSO_FORBIDDEN.contains(&(module.as_str(), used.as_str())) {
            out.push(format!("{}: {module} may not use {used}", file.display()));
        }
    }
    out
}

#[test]
fn top_level_modules_only_look_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = imports(&src);
    // The parser finds something: a check that reads nothing passes nothing.
    assert!(
        found.iter().any(|(_, m, u)| m == "chart" && u == "model"),
        "no imports found: {found:?}"
    );
    let bad = violations(&found);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_check_catches_an_upward_import() {
    let cases = [
        ("use crate::chart::Layout;", 1, "chart"),
        ("use crate::{data::Period, describe};", 1, "describe"),
        ("let x = crate::model::build(d, o);", 1, "model"),
        ("use super::super::words::Lang;", 2, "words"),
        ("use super::Chart;", 1, "lib"),
    ];
    for (code, depth, expected) in cases {
        let refs = references(code, depth);
        assert!(refs.contains(expected), "{code}: {refs:?}");
        let bad = violations(&[(
            PathBuf::from("src/data/x.rs"),
            "data".into(),
            expected.into(),
        )]);
        assert_eq!(bad.len(), 1, "{code}: {bad:?}");
    }
    // Within a module, and in comments, nothing is an import.
    assert!(references("use super::paint::Swatch; // crate::lib", 2).is_empty());
    let words_model = [(
        PathBuf::from("src/words/en.rs"),
        "words".into(),
        "model".into(),
    )];
    assert_eq!(violations(&words_model).len(), 1);
}
