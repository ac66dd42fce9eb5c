//! The tree: the shipped one, parsed once per page, or one a host passes in.
//!
//! The JSON is parsed by the browser's own `JSON.parse`, so no JSON parser is compiled into the
//! wasm. The parsed value is walked with js-sys into the core's [`Value`], which the core then
//! reads and validates; the wasm carries no serde at all (see ARCHITECTURE.md, "Size"). The
//! native tests validate the shipped file; a tree passed in by a host is untrusted and may be
//! rejected, with every problem reported.

use std::rc::Rc;

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::load::Value;
use crate::core::{TREE_JSON, Tree};

/// The validated shipped tree, or the reasons it could not be loaded.
pub fn shipped() -> Result<Rc<Tree>, Rc<Vec<String>>> {
    thread_local! {
        static TREE: Result<Rc<Tree>, Rc<Vec<String>>> = parse(TREE_JSON);
    }
    TREE.with(Clone::clone)
}

/// Parses and validates a tree file's text.
pub fn parse(json: &str) -> Result<Rc<Tree>, Rc<Vec<String>>> {
    let value =
        js_sys::JSON::parse(json).map_err(|_| Rc::new(vec!["tree: not valid JSON".to_string()]))?;
    crate::core::load(&to_value(&value, 0))
        .map(Rc::new)
        .map_err(|errors| Rc::new(errors.iter().map(ToString::to_string).collect()))
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
