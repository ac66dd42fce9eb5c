//! Untrusted text must never become HTML: no raw-HTML sink may appear in the widget's Rust
//! (`src/`) or in the JavaScript that runs around it (`web/`).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Every way Rust code could turn a string into markup: web-sys's HTML setters and parsers,
/// and Yew's raw-HTML nodes.
const RUST_SINKS: [&str; 7] = [
    "from_html_unchecked",
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "create_contextual_fragment",
    "parse_from_string",
    "VRaw",
];

/// The same ways in the DOM's JavaScript spelling.
const JS_SINKS: [&str; 7] = [
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "createContextualFragment",
    "parseFromString",
    "document.write",
    "setHTMLUnsafe",
];

fn files_with(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_with(&path, extension, found);
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
}

/// Every line of the `extension` files under `dir` that names one of `sinks`.
fn offences(dir: &str, extension: &str, sinks: &[&str]) -> (usize, Vec<String>) {
    let mut files = Vec::new();
    files_with(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(dir),
        extension,
        &mut files,
    );
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            for sink in sinks {
                if line.contains(sink) {
                    offences.push(format!("{}:{}: {sink}", file.display(), number + 1));
                }
            }
        }
    }
    (files.len(), offences)
}

#[test]
fn src_has_no_raw_html_sink() {
    let (scanned, found) = offences("src", "rs", &RUST_SINKS);
    assert!(scanned > 10, "the scan found the sources");
    assert!(found.is_empty(), "raw-HTML sinks:\n{}", found.join("\n"));
}

#[test]
fn the_loaders_have_no_raw_html_sink() {
    let (scanned, found) = offences("web", "js", &JS_SINKS);
    assert!(scanned >= 5, "the scan found the loaders");
    assert!(found.is_empty(), "raw-HTML sinks:\n{}", found.join("\n"));
}
