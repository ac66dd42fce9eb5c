//! Embeds the tree file without its indentation: the wasm carries the file's text, and a
//! compact copy is a few hundred bytes smaller on the wire. The file must be JSON; whether it
//! is a valid tree is for the loader (and the native tests) to say.
//!
//! The tree is `data/tree.json`, or the file named by the `TREE` environment variable
//! (`TREE=examples/api-style.json make dist`). An author's tree may leave out interface
//! sentences (`strings`): the ones it does not give come from `data/authored-strings.json`
//! (generic versions of the sentences that speak of REST and events; the page's title is the
//! tree's), then from `data/tree.json`, so every site is built around a complete tree.
//!
//! Its translations are the files beside it named `<stem>.<language>.json` (`data/tree.nl.json`):
//! for the native tools only (the site's files for each language, the checks), never the wasm.
//! A translation of an author's tree borrows the sentences the tree borrows in the same way, in
//! its language: from `data/authored-strings.<language>.json`, then `data/tree.<language>.json`.

use std::{env, fs, path::Path};

use serde_json::{Map, Value};

const SHIPPED: &str = "data/tree.json";
const AUTHORED: &str = "data/authored-strings.json";

fn read(path: &str) -> Value {
    println!("cargo::rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path} is not JSON: {error}"))
}

/// `path` read if it exists (its absence noted for a rebuild), else an empty object.
fn read_if_there(path: &str) -> Value {
    println!("cargo::rerun-if-changed={path}");
    if Path::new(path).exists() {
        read(path)
    } else {
        Value::Object(Map::new())
    }
}

/// The sentences of a `strings` object, without the comments (`//` keys).
fn sentences(strings: &Value) -> impl Iterator<Item = (&String, &Value)> {
    strings
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(key, _)| !key.starts_with("//"))
}

/// Fills the sentences `file` (a tree or a translation) leaves out and its author's tree does
/// not give (`own`): the generic ones, the page's title and description (the file's title),
/// then the shipped tree's, each in the file's language.
fn borrow(file: &mut Value, own: &Value, generic: &Value, shipped: &Value) {
    let title = file["title"].clone();
    let titled = [("page_title", &title), ("page_description", &title)];
    let defaults: Vec<(String, Value)> = sentences(generic)
        .map(|(key, text)| (key.as_str(), text))
        .chain(titled)
        .chain(sentences(&shipped["strings"]).map(|(key, text)| (key.as_str(), text)))
        .filter(|(key, _)| own.get(key).is_none())
        .map(|(key, text)| (key.to_string(), text.clone()))
        .collect();
    let Some(file) = file.as_object_mut() else {
        return;
    };
    let strings = file
        .entry("strings")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Some(strings) = strings.as_object_mut() {
        for (key, text) in defaults {
            strings.entry(key).or_insert(text);
        }
    }
}

fn main() {
    println!("cargo::rerun-if-env-changed=TREE");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let shipped = read(SHIPPED);
    // The generic sentences also go into the wasm, for trees a host page passes in.
    let generic = read(AUTHORED);
    let compact = serde_json::to_string(&Value::Object(
        sentences(&generic)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    ))
    .expect("JSON serialises");
    fs::write(Path::new(&out_dir).join("authored-strings.json"), compact)
        .expect("OUT_DIR is writable");
    let tree_path = env::var("TREE").ok().filter(|path| !path.is_empty());
    let mut translations = translations_of(Path::new(tree_path.as_deref().unwrap_or(SHIPPED)));
    let value = match &tree_path {
        None => shipped,
        Some(path) => {
            let mut tree = read(path);
            let own = tree["strings"].clone();
            for (lang, translation) in &mut translations {
                let generic = read_if_there(&format!("data/authored-strings.{lang}.json"));
                let shipped = read_if_there(&format!("data/tree.{lang}.json"));
                borrow(translation, &own, &generic, &shipped);
            }
            borrow(&mut tree, &own, &generic, &shipped);
            tree
        }
    };
    let compact = serde_json::to_string(&translations).expect("JSON serialises");
    fs::write(Path::new(&out_dir).join("translations.json"), compact).expect("OUT_DIR is writable");
    // The widget never shows the pages' own wording or the fallback's: the wasm's copy of the
    // tree leaves them out (the loader knows, see `Str::build_only`).
    // Nor the problem panel's, which only the build for authors' trees has (it keeps them).
    let mut value = value;
    let authoring = env::var_os("CARGO_FEATURE_AUTHORING").is_some();
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        if let Some(strings) = value["strings"].as_object_mut() {
            strings.retain(|key, _| {
                !key.starts_with("page_")
                    && !key.starts_with("fallback_")
                    && (authoring || !key.starts_with("tree_"))
            });
        }
    }
    // The wasm for authors' trees (feature `authoring`) carries no tree: only the wording an
    // author's tree falls back on (the shipped sentences, the generic ones in their place).
    if env::var_os("CARGO_FEATURE_AUTHORING").is_some() {
        let mut strings = value["strings"].clone();
        if let Some(strings) = strings.as_object_mut() {
            for (key, text) in sentences(&generic) {
                strings.insert(key.clone(), text.clone());
            }
        }
        value = serde_json::json!({ "strings": strings });
    }
    let compact = serde_json::to_string(&value).expect("JSON serialises");
    let out = Path::new(&out_dir).join("tree.json");
    fs::write(out, compact).expect("OUT_DIR is writable");
}

/// The translations beside `tree`, by language, in file-name order.
fn translations_of(tree: &Path) -> Map<String, Value> {
    let dir = tree
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    println!("cargo::rerun-if-changed={}", dir.display());
    let stem = tree
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let mut found: Vec<(String, String)> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let lang = name
                .strip_prefix(stem)?
                .strip_prefix('.')?
                .strip_suffix(".json")?;
            let primary = lang.split('-').next()?;
            let is_tag =
                (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
            is_tag.then(|| {
                (
                    lang.to_string(),
                    entry.path().to_string_lossy().into_owned(),
                )
            })
        })
        .collect();
    found.sort();
    found
        .into_iter()
        .map(|(lang, path)| (lang, read(&path)))
        .collect()
}
