//! Property tests for the tree loader: whatever it is given, it returns a tree or errors and
//! never panics; and any tree it accepts behaves like a decision tree.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::layout::layout;
use integration_decision_tree::core::load::Value;
use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::{Tree, load, walk};
use proptest::prelude::*;
use serde_json::json;

/// Any JSON-shaped value, a few levels deep, with keys that a tree file uses.
fn any_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("id".to_string()),
        Just("ask".to_string()),
        Just("yes".to_string()),
        Just("no".to_string()),
        Just("outcome".to_string()),
        Just("nodes".to_string()),
        Just("start".to_string()),
        Just("questions".to_string()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Other),
        "[a-z-]{0,12}".prop_map(Value::Text),
        any::<String>().prop_map(Value::Text),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::List),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(Value::Object),
        ]
    })
}

/// The shipped tree file with a few random edits: references redirected, fields dropped or
/// emptied, nodes duplicated or removed.
fn edited_tree() -> impl Strategy<Value = serde_json::Value> {
    let edit = (0usize..13, 0usize..6, "[a-z-]{0,14}");
    prop::collection::vec(edit, 1..5).prop_map(|edits| {
        let mut file = common::shipped_json();
        for (node, what, text) in edits {
            let nodes = file["nodes"].as_array_mut().unwrap();
            let count = nodes.len();
            if count == 0 {
                break;
            }
            let i = node % count;
            let target = nodes[(node * 7 + what) % count]["id"].clone();
            match what {
                0 => nodes[i]["yes"] = target,
                1 => nodes[i]["no"] = json!(text),
                2 => drop(nodes[i].as_object_mut().unwrap().remove("ask")),
                3 => nodes[i]["id"] = target,
                4 => {
                    nodes.remove(i);
                }
                _ => nodes[i]["headline"] = json!(""),
            }
        }
        file
    })
}

/// What every accepted tree must do: every sequence of answers ends at a question or an
/// outcome, uses at most one answer per question on its path, and reaches an outcome once it
/// has as many answers as the tree is high; and the diagram covers every node.
fn behaves(tree: &Tree) {
    let height = tree.height(tree.root()) as usize;
    for length in [height.saturating_sub(1), height, height + 2] {
        for bits in 0u32..64 {
            let answers: Vec<Answer> = (0..length)
                .map(|i| {
                    if bits >> (i % 32) & 1 == 1 {
                        Answer::YES
                    } else {
                        Answer::NO
                    }
                })
                .collect();
            let walked = walk(tree, &answers);
            assert!(walked.steps.len() <= answers.len());
            assert!(walked.steps.len() <= height);
            if length >= height {
                assert!(
                    walked.outcome(tree).is_some(),
                    "{length} answers in a tree of height {height} must reach an outcome"
                );
            }
        }
    }
    assert_eq!(layout(tree).nodes.len(), tree.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_values_never_panic(value in any_value()) {
        if let Ok(tree) = load(&value) {
            behaves(&tree);
        }
    }

    #[test]
    fn edited_trees_are_accepted_or_explained(file in edited_tree()) {
        let value: Value = serde_json::from_value(file).unwrap();
        match load(&value) {
            Ok(tree) => behaves(&tree),
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    #[test]
    fn arbitrary_json_text_never_panics(text in "[\\[\\]{}\":,a-z0-9 ]{0,200}") {
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            let _ = load(&value);
        }
    }
}

#[test]
fn the_shipped_file_survives_a_round_trip_through_value() {
    let value: Value = serde_json::from_value(common::shipped_json()).unwrap();
    behaves(&load(&value).unwrap());
}
