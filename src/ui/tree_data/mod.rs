//! The tree a widget shows, from what its loader gives `mount`, and the one seam between the two
//! builds of the wasm: `built_in.rs` in the widget's build (the built-in tree, which the loader
//! passes in the language shown), or `authored.rs` in the build for authors' trees (feature
//! `authoring`: an untrusted tree, checked and reported). Each says whether a tree loads ahead of
//! mounting (`prepare`), which tree `mount`'s settings give (`tree`, which shows why in the
//! widget's place when there is none), and the crash screen's sentences (`crash_sentences`).
//!
//! The JSON is parsed by the browser's own `JSON.parse`, so no JSON parser is compiled into the
//! wasm. The parsed value is walked with js-sys into the core's [`Value`], which the core then
//! reads and validates; the wasm carries no serde at all (see ARCHITECTURE.md, "Size").

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::load::Value;

#[cfg_attr(not(feature = "authoring"), path = "built_in.rs")]
#[cfg_attr(feature = "authoring", path = "authored.rs")]
mod build;

pub use build::{crash_sentences, prepare, tree};

/// Converts what `JSON.parse` returned into a [`Value`]. Nesting deeper than any tree file
/// needs is cut off rather than followed.
fn to_value(value: &JsValue, depth: u32) -> Value {
    if let Some(text) = value.as_string() {
        return Value::Text(crate::core::load::contained(text));
    }
    if depth > 32 {
        return Value::Other;
    }
    if Array::is_array(value) {
        let items: &Array = value.unchecked_ref();
        return Value::List(
            items
                .iter()
                .map(|item| to_value(&item, depth + 1))
                .collect(),
        );
    }
    if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        return Value::Object(
            entries
                .iter()
                .filter_map(|entry| {
                    let pair: &Array = entry.unchecked_ref();
                    Some((pair.get(0).as_string()?, to_value(&pair.get(1), depth + 1)))
                })
                .collect(),
        );
    }
    Value::Other
}
