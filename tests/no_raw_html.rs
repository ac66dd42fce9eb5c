//! Untrusted text must never become HTML: no raw-HTML sink may appear anywhere in `src/`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

const SINKS: [&str; 3] = ["from_html_unchecked", "inner_html", "set_inner_html"];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn src_has_no_raw_html_sink() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "the scan found the sources");
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            for sink in SINKS {
                if line.contains(sink) {
                    offences.push(format!("{}:{}: {sink}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "raw-HTML sinks in src/:\n{}",
        offences.join("\n")
    );
}
