//! Generated trees of any size are valid, laid out without overlap, and walkable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::generate::generate;
use integration_decision_tree::core::layout::layout;
use integration_decision_tree::core::load::Value;
use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::{load, walk};

fn generated(questions: usize) -> integration_decision_tree::core::Tree {
    let base: Value = serde_json::from_str(integration_decision_tree::core::TREE_JSON).unwrap();
    let file = generate(&base, questions);
    // Through text and back, as the browser benchmark receives it.
    let reread: Value = serde_json::from_str(&file.to_json()).unwrap();
    assert_eq!(reread, file);
    load(&file)
        .unwrap_or_else(|e| panic!("generated tree of {questions} questions is invalid: {e:#?}"))
}

#[test]
fn trees_of_3_101_and_1001_nodes() {
    for (questions, nodes) in [(1, 3), (50, 101), (500, 1001)] {
        let tree = generated(questions);
        assert_eq!(tree.len(), nodes);
        let diagram = layout(&tree);
        assert_eq!(diagram.nodes.len(), nodes);
        for (i, a) in diagram.nodes.iter().enumerate().skip(1) {
            assert!(a.rect.y > diagram.nodes[i - 1].rect.y, "one row per node");
        }
        let walked = walk(&tree, &[Answer::NO; 64]);
        assert!(
            walked.outcome(&tree).is_some(),
            "enough answers reach an outcome"
        );
        assert!(walked.steps.len() as u32 <= tree.height(tree.root()));
    }
}

#[test]
fn balanced_trees_stay_shallow() {
    let tree = generated(500);
    assert!(
        tree.height(tree.root()) <= 10,
        "height {}",
        tree.height(tree.root())
    );
}
