//! Generated trees of any size are valid, laid out without overlap, and walkable.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::generate::generate;
use integration_decision_tree::core::layout::layout;
use integration_decision_tree::core::load::Value;
use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::{load, walk};

fn generated(questions: usize) -> integration_decision_tree::core::Tree {
    let base: Value =
        serde_json::from_str(integration_decision_tree::core::SITE_TREE_JSON).unwrap();
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

/// An answer reorders only the branches of the question it answers (the path is drawn over
/// its siblings); every other item keeps its place, so the widget patches a handful of
/// elements rather than the whole diagram.
#[test]
fn an_answer_moves_only_the_branches_of_its_question() {
    use integration_decision_tree::core::scene::scene;
    let tree = generated(500);
    let diagram = layout(&tree);
    let hooks = |answers: &[Answer]| -> Vec<String> {
        scene(&tree, &diagram, &walk(&tree, answers))
            .items
            .into_iter()
            .map(|i| i.node.or(i.edge).unwrap())
            .collect()
    };
    let mut answers = Vec::new();
    let mut before = hooks(&answers);
    for answer in [
        Answer::YES,
        Answer::NO,
        Answer::YES,
        Answer::NO,
        Answer::YES,
    ] {
        let Some(node) = walk(&tree, &answers).asking() else {
            break;
        };
        let asked = tree.node(node).id.clone();
        answers.push(answer);
        let after = hooks(&answers);
        assert_eq!(before.len(), after.len());
        let moved: Vec<_> = before
            .iter()
            .zip(&after)
            .filter(|(a, b)| a != b)
            .map(|(a, _)| a.clone())
            .collect();
        assert!(
            moved
                .iter()
                .all(|hook| hook.starts_with(&format!("{asked}:"))),
            "answering {asked} moved {moved:?}"
        );
        let taken = format!("{asked}:{}", tree.answer_key(node, answer));
        let last_of_group = after
            .iter()
            .rposition(|hook| hook.starts_with(&format!("{asked}:")))
            .unwrap();
        assert_eq!(
            after[last_of_group], taken,
            "the answer taken is drawn last of its question's branches"
        );
        before = after;
    }
}
