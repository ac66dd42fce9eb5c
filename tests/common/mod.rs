//! Shared helpers for the native tests.
#![allow(dead_code)]

use integration_decision_tree::core::source::Value;
use integration_decision_tree::core::{TREE_JSON, Tree, TreeError};

/// The tree the widget ships with.
pub fn shipped() -> Tree {
    load(TREE_JSON).unwrap_or_else(|errors| panic!("the shipped tree is invalid: {errors:#?}"))
}

/// The shipped tree file as editable JSON.
pub fn shipped_json() -> serde_json::Value {
    serde_json::from_str(TREE_JSON).unwrap()
}

/// Loads a tree from JSON text.
pub fn load(json: &str) -> Result<Tree, Vec<TreeError>> {
    let value: Value = serde_json::from_str(json).expect("tree JSON parses");
    integration_decision_tree::core::load(&value)
}
