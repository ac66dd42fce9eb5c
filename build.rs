//! Embeds the tree file without its indentation: the wasm carries the file's text, and a
//! compact copy is a few hundred bytes smaller on the wire. The file must be JSON; whether it
//! is a valid tree is for the loader (and the native tests) to say.
//!
//! The tree is `data/tree.json`, or the file named by the `TREE` environment variable
//! (`TREE=examples/api-style.json make dist`). An author's tree may leave out interface
//! sentences (`strings`): the ones it does not give come from `data/authored-strings.json`
//! (generic versions of the sentences that speak of REST and events; the page's title is the
//! tree's), then from `data/tree.json`, so every site is built around a complete tree.

use std::{env, fs, path::Path};

const SHIPPED: &str = "data/tree.json";
const AUTHORED: &str = "data/authored-strings.json";

fn read(path: &str) -> serde_json::Value {
    println!("cargo::rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path} is not JSON: {error}"))
}

fn main() {
    println!("cargo::rerun-if-env-changed=TREE");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let shipped = read(SHIPPED);
    // The generic sentences also go into the wasm, for trees a host page passes in.
    let mut generic = read(AUTHORED);
    if let Some(entries) = generic.as_object_mut() {
        entries.retain(|key, _| !key.starts_with("//"));
    }
    let compact = serde_json::to_string(&generic).expect("JSON serialises");
    fs::write(Path::new(&out_dir).join("authored-strings.json"), compact)
        .expect("OUT_DIR is writable");
    let value = match env::var("TREE").ok().filter(|path| !path.is_empty()) {
        None => shipped,
        Some(path) => {
            let mut tree = read(&path);
            let title = tree["title"].clone();
            let titled = [("page_title", &title), ("page_description", &title)];
            let defaults = generic
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(key, _)| !key.starts_with("//"))
                .map(|(key, text)| (key.as_str(), text))
                .chain(titled)
                .chain(
                    shipped["strings"]
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(k, v)| (k.as_str(), v)),
                );
            if let Some(own) = tree.as_object_mut() {
                let strings = own
                    .entry("strings")
                    .or_insert_with(|| serde_json::Value::Object(Default::default()));
                if let Some(strings) = strings.as_object_mut() {
                    for (key, text) in defaults {
                        if !strings.contains_key(key) {
                            strings.insert(key.to_string(), text.clone());
                        }
                    }
                }
            }
            tree
        }
    };
    // The widget never shows the pages' own wording or the fallback's: the wasm's copy of the
    // tree leaves them out (the loader knows, see `Str::build_only`).
    let mut value = value;
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        if let Some(strings) = value["strings"].as_object_mut() {
            strings.retain(|key, _| !key.starts_with("page_") && !key.starts_with("fallback_"));
        }
    }
    // The wasm for authors' trees (feature `authoring`) carries no tree: only the wording an
    // author's tree falls back on (the shipped sentences, the generic ones in their place).
    if env::var_os("CARGO_FEATURE_AUTHORING").is_some() {
        let mut strings = value["strings"].clone();
        if let (Some(strings), Some(generic)) = (strings.as_object_mut(), generic.as_object()) {
            for (key, text) in generic {
                strings.insert(key.clone(), text.clone());
            }
        }
        value = serde_json::json!({ "strings": strings });
    }
    let compact = serde_json::to_string(&value).expect("JSON serialises");
    let out = Path::new(&out_dir).join("tree.json");
    fs::write(out, compact).expect("OUT_DIR is writable");
}
