//! Embeds the shipped tree file without its indentation: the wasm carries the file's text, and
//! a compact copy is a few hundred bytes smaller on the wire. The file must be JSON; whether it
//! is a valid tree is for the loader (and the native tests) to say.

use std::{env, fs, path::Path};

fn main() {
    let source = "data/tree.json";
    println!("cargo::rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("data/tree.json is readable");
    let value: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("data/tree.json is not JSON: {error}"));
    let compact = serde_json::to_string(&value).expect("JSON serialises");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("tree.json");
    fs::write(out, compact).expect("OUT_DIR is writable");
}
