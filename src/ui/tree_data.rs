//! The tree: the shipped one, parsed once per page, or one a host passes in.
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

use crate::core::load::Value;
use crate::core::{TREE_JSON, Tree};
#[cfg(feature = "authoring")]
use crate::core::{
    TreeError,
    load::{MAX_TREE_BYTES, Problem, report, syntax_error_at},
    strings::{Str, Strings},
    template::fill,
};

/// The validated shipped tree, or the reasons it could not be loaded.
pub fn shipped() -> Result<Rc<Tree>, Rc<Vec<String>>> {
    thread_local! {
        static TREE: Result<Rc<Tree>, Rc<Vec<String>>> = parse_shipped();
    }
    TREE.with(Clone::clone)
}

fn parse_shipped() -> Result<Rc<Tree>, Rc<Vec<String>>> {
    let value =
        js_sys::JSON::parse(TREE_JSON).map_err(|_| Rc::new(vec!["tree: not valid JSON".into()]))?;
    crate::core::load(&to_value(&value, 0))
        .map(Rc::new)
        .map_err(|errors| Rc::new(errors.iter().map(ToString::to_string).collect()))
}

/// The shipped tree in another language: `json` is that language's tree file, which the build
/// wrote from `data/tree.json` and a checked translation (`data/tree.nl.json`), and the loader
/// fetched. It is read like the built-in tree, once per page and language; should it ever
/// not load, the reasons come back and the widget speaks the language it came with.
#[cfg(not(feature = "authoring"))]
pub fn translated(json: &str) -> Result<Rc<Tree>, Vec<String>> {
    thread_local! {
        static LOADED: std::cell::RefCell<Vec<(String, Rc<Tree>)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(tree) = LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(j, _)| j == json)
            .map(|(_, t)| t.clone())
    }) {
        return Ok(tree);
    }
    let value = js_sys::JSON::parse(json).map_err(|_| vec!["tree: not valid JSON".to_string()])?;
    let tree = crate::core::load(&to_value(&value, 0))
        .map(Rc::new)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    LOADED.with(|l| l.borrow_mut().push((json.to_string(), tree.clone())));
    Ok(tree)
}

/// The interface wording for authors' trees and for the panel that reports their problems:
/// in this build (`authoring`), the tree file holds nothing else (see `build.rs`).
#[cfg(feature = "authoring")]
pub fn author_strings() -> Strings {
    let value = js_sys::JSON::parse(TREE_JSON)
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
        return Value::Text(text);
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
