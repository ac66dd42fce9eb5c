//! The tree: the built-in one, which the loader passes in the language shown (the page's
//! inline copy, or a file the build wrote), parsed once per page and language; or an author's,
//! which a host passes in.
//!
//! The JSON is parsed by the browser's own `JSON.parse`, so no JSON parser is compiled into the
//! wasm. The parsed value is walked with js-sys into the core's [`Value`], which the core then
//! reads and validates; the wasm carries no serde at all (see ARCHITECTURE.md, "Size"). The
//! native tests validate the shipped file; a tree passed in by a host is untrusted: it is
//! checked like an author's (`core::load_authored`), and every problem is reported with its
//! place in the text.

use std::rc::Rc;

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::Tree;
use crate::core::load::Value;
#[cfg(feature = "authoring")]
use crate::core::{
    TreeError,
    load::{MAX_TREE_BYTES, Problem, report, syntax_error_at},
    strings::{Str, Strings},
    template::fill,
};

#[cfg(not(feature = "authoring"))]
thread_local! {
    /// The built-in tree last read, with the text it was read from.
    static BUILT_IN: std::cell::RefCell<Option<(String, Rc<Tree>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The built-in tree from `json`, a file the build wrote from `data/tree.json` (and, for
/// another language, a translation it checked): read with the strict loader, or the reasons
/// it could not be. The same text is read once.
#[cfg(not(feature = "authoring"))]
pub fn built_in(json: &str) -> Result<Rc<Tree>, Rc<Vec<String>>> {
    let known = BUILT_IN.with(|last| match &*last.borrow() {
        Some((text, tree)) if text == json => Some(tree.clone()),
        _ => None,
    });
    if let Some(tree) = known {
        return Ok(tree);
    }
    let tree = parse(json)?;
    BUILT_IN.with(|last| *last.borrow_mut() = Some((json.to_string(), tree.clone())));
    Ok(tree)
}

/// The built-in tree last read, if any: for the crash screen's wording.
#[cfg(not(feature = "authoring"))]
pub fn last_built_in() -> Option<Rc<Tree>> {
    BUILT_IN.with(|last| last.borrow().as_ref().map(|(_, tree)| tree.clone()))
}

/// The build for authors' trees has no built-in tree: its crash screen speaks the loader's
/// defaults.
#[cfg(feature = "authoring")]
pub fn last_built_in() -> Option<Rc<Tree>> {
    None
}

/// The built-in widget only ever loads tree files the build checked with the same loader, so a
/// file that fails here was damaged after the build: it is reported by the number of its
/// problems, and `idt-check` names each one. The loader's messages stay out of this wasm
/// (about 0.8 KB gzip); the build for authors' trees, which loads unchecked files, has them.
#[cfg(not(feature = "authoring"))]
fn parse(json: &str) -> Result<Rc<Tree>, Rc<Vec<String>>> {
    let broken = |problems: usize| {
        Rc::new(vec![format!(
            "integration-decision-tree: the tree file does not load ({problems} problems); check it with idt-check"
        )])
    };
    let value = js_sys::JSON::parse(json).map_err(|_| broken(1))?;
    crate::core::load(&to_value(&value, 0))
        .map(Rc::new)
        .map_err(|errors| broken(errors.len()))
}

/// The interface wording for authors' trees and for the panel that reports their problems:
/// in this build (`authoring`), the tree file holds nothing else (see `build.rs`).
#[cfg(feature = "authoring")]
pub fn author_strings() -> Strings {
    let value = js_sys::JSON::parse(crate::core::TREE_JSON)
        .map(|value| to_value(&value, 0))
        .unwrap_or(Value::Other);
    let strings = value.get("strings").cloned().unwrap_or(Value::Other);
    crate::core::authored_defaults(&Strings::default(), &strings)
}

/// Parses and checks an author's tree file, or says everything that is wrong with it, each
/// problem with its place in the text.
#[cfg(feature = "authoring")]
pub fn parse_authored(json: &str, strings: &Strings) -> Result<Rc<Tree>, Vec<Problem>> {
    let alone = |message: String, at: Option<(usize, usize)>| {
        vec![Problem {
            message,
            path: None,
            node: None,
            at,
        }]
    };
    if json.len() > MAX_TREE_BYTES {
        let error = TreeError::TooLarge {
            what: "bytes",
            limit: MAX_TREE_BYTES,
        };
        return Err(alone(error.to_string(), None));
    }
    let value = js_sys::JSON::parse(json).map_err(|error| {
        let reason = String::from(error.unchecked_into::<js_sys::Error>().message());
        let at = syntax_error_at(json, &reason);
        alone(fill(&strings[Str::TreeNotJson], &[("reason", &reason)]), at)
    })?;
    crate::core::load_authored(&to_value(&value, 0), strings)
        .map(Rc::new)
        .map_err(|errors| report(json, &errors))
}

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
