//! Writes what the crate's constants hold (`core::SITE_TREE_JSON` and its neighbours), each
//! compact (a few hundred bytes smaller than the files as written):
//!
//! - `site-tree.json`: the tree the site is built around, `data/tree.json` or the file `TREE`
//!   names (`TREE=examples/api-style.json make dist`), for the native tools and the tests. An
//!   author's tree may leave out interface sentences (`strings`): the ones it does not give come
//!   from `data/authored-strings.json` (generic versions of the sentences that speak of REST and
//!   events; the page's title is the tree's), then from `data/tree.json`. The widget's wasm never
//!   reads it: the loaders give it the tree.
//! - `translations.json`: its translations, the files beside it named `<stem>.<language>.json`
//!   (`data/tree.nl.json`), by language. A translation of an author's tree borrows the sentences
//!   the tree borrows in the same way, in its language: from
//!   `data/authored-strings.<language>.json`, then `data/tree.<language>.json`.
//! - `authored-strings.json`: the generic sentences themselves.
//! - `author-wording.json`: the interface sentences the build for authors' trees carries (the site
//!   tree's, the generic ones in place of those about REST and events; none of the pages' own).
//!
//! Each file must be JSON; whether it is a valid tree is for the loader (and the native tests)
//! to say.

use std::{env, fs, path::Path};

use serde_json::{Map, Value};

// The core's rule for a language tag, the same file the crate compiles.
#[path = "src/core/load/language.rs"]
mod language;

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
    let write = |name: &str, value: &Value| {
        let compact = serde_json::to_string(value).expect("JSON serialises");
        fs::write(Path::new(&out_dir).join(name), compact).expect("OUT_DIR is writable");
    };
    let shipped = read(SHIPPED);
    let generic = read(AUTHORED);
    let generic_sentences: Map<String, Value> = sentences(&generic)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    write(
        "authored-strings.json",
        &Value::Object(generic_sentences.clone()),
    );

    let tree_path = env::var("TREE").ok().filter(|path| !path.is_empty());
    let mut translations = translations_of(Path::new(tree_path.as_deref().unwrap_or(SHIPPED)));
    let site_tree = match &tree_path {
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
    write("translations.json", &Value::Object(translations));

    // The interface sentences of the build for authors' trees: the site tree's, the generic
    // ones in place of those about REST and events, none of the pages' own.
    let mut wording = site_tree["strings"].clone();
    if let Some(strings) = wording.as_object_mut() {
        strings.retain(|key, _| !key.starts_with("page_") && !key.starts_with("fallback_"));
        strings.extend(generic_sentences);
    }
    write(
        "author-wording.json",
        &serde_json::json!({ "strings": wording }),
    );
    write("site-tree.json", &site_tree);
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
            language::is_language_tag(lang).then(|| {
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
