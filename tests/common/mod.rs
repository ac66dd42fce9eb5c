//! Shared helpers for the native tests.
#![allow(dead_code)]

use integration_decision_tree::core::load::Value;
use integration_decision_tree::core::{SITE_TREE_JSON, Tree, TreeError};

/// The tree the widget ships with.
pub fn shipped() -> Tree {
    load(SITE_TREE_JSON).unwrap_or_else(|errors| panic!("the shipped tree is invalid: {errors:#?}"))
}

/// The shipped tree in Dutch, its translation applied.
pub fn shipped_in_dutch() -> Tree {
    let value = |json: &str| -> Value { serde_json::from_str(json).expect("tree JSON parses") };
    integration_decision_tree::core::load::load_translated(
        &value(SITE_TREE_JSON),
        &value(include_str!("../../data/tree.nl.json")),
    )
    .unwrap_or_else(|errors| panic!("the Dutch tree is invalid: {errors:#?}"))
}

/// The shipped tree file as editable JSON.
pub fn shipped_json() -> serde_json::Value {
    serde_json::from_str(SITE_TREE_JSON).unwrap()
}

/// Loads a tree from JSON text.
pub fn load(json: &str) -> Result<Tree, Vec<TreeError>> {
    let value: Value = serde_json::from_str(json).expect("tree JSON parses");
    integration_decision_tree::core::load(&value)
}

/// One row of the golden decision table.
pub struct Row {
    /// The answers as a canonical permalink: `immediate=yes&fan-out=no`.
    pub link: String,
    /// The outcome node the answers lead to.
    pub node: String,
    /// The pattern that node recommends.
    pub pattern: String,
    /// For each answered question (by key), the node its other answer leads to.
    pub flips: Vec<(String, String)>,
}

impl Row {
    /// The row's answers, in the order asked.
    pub fn answers(&self) -> Vec<integration_decision_tree::core::Answer> {
        use integration_decision_tree::core::Answer;
        self.link
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((_, "yes")) => Answer::YES,
                Some((_, "no")) => Answer::NO,
                _ => panic!("{}: not an answer: {pair}", self.link),
            })
            .collect()
    }
}

/// The golden decision table, `tests/fixtures/decision-table.json`.
pub fn golden_table() -> Vec<Row> {
    let text = include_str!("../fixtures/decision-table.json");
    let file: serde_json::Value = serde_json::from_str(text).expect("the golden table is JSON");
    file["rows"]
        .as_array()
        .expect("the golden table has rows")
        .iter()
        .map(|row| Row {
            link: row["link"].as_str().unwrap().to_string(),
            node: row["node"].as_str().unwrap().to_string(),
            pattern: row["pattern"].as_str().unwrap().to_string(),
            flips: row["flips"]
                .as_object()
                .expect("every row lists its flips")
                .iter()
                .map(|(key, node)| (key.clone(), node.as_str().unwrap().to_string()))
                .collect(),
        })
        .collect()
}

/// Loads an author's tree from JSON text: interface sentences it leaves out come from the
/// shipped tree.
pub fn load_authored(json: &str) -> Result<Tree, Vec<TreeError>> {
    let value: Value = serde_json::from_str(json).expect("tree JSON parses");
    integration_decision_tree::core::load_authored(&value, &shipped().strings)
}

/// The example "Which API style?" tree, `examples/api-style.json`.
pub fn api_style() -> Tree {
    let text = include_str!("../../examples/api-style.json");
    load_authored(text).unwrap_or_else(|errors| panic!("the example is invalid: {errors:#?}"))
}
