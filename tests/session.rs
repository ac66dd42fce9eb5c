//! Actions and what they do to the answers, and what a host page hears about them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::Tree;
use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::model::Answer::{No, Yes};
use integration_decision_tree::core::session::{self, Action, Decision};
use integration_decision_tree::core::walk;

/// The answers after `action`, starting from `answers` alone.
fn apply(tree: &Tree, answers: &[Answer], action: Action) -> Option<Vec<Answer>> {
    session::apply(tree, &Decision::with_answers(answers.to_vec()), action).map(|d| d.answers)
}

fn id(tree: &Tree, id: &str) -> integration_decision_tree::core::NodeId {
    tree.find(id).unwrap_or_else(|| panic!("no node {id}"))
}

#[test]
fn answering_only_applies_to_the_current_question() {
    let tree = common::shipped();
    let root = tree.root();
    assert_eq!(
        apply(
            &tree,
            &[],
            Action::Answer {
                node: root,
                answer: Yes
            }
        ),
        Some(vec![Yes])
    );
    // A stale click on an already answered question changes nothing.
    assert_eq!(
        apply(
            &tree,
            &[Yes],
            Action::Answer {
                node: root,
                answer: No
            }
        ),
        None
    );
    // Nothing left to answer at an outcome.
    let done = [Yes, No];
    let outcome = walk(&tree, &done).at();
    assert_eq!(
        apply(
            &tree,
            &done,
            Action::Answer {
                node: outcome,
                answer: Yes
            }
        ),
        None
    );
}

#[test]
fn rewind_back_restart_and_restore() {
    let tree = common::shipped();
    let three = [No, Yes, Yes];
    assert_eq!(apply(&tree, &three, Action::Rewind(1)), Some(vec![No]));
    assert_eq!(apply(&tree, &three, Action::Rewind(0)), Some(vec![]));
    assert_eq!(apply(&tree, &three, Action::Rewind(3)), None);
    assert_eq!(apply(&tree, &three, Action::Back), Some(vec![No, Yes]));
    assert_eq!(apply(&tree, &[], Action::Back), None);
    assert_eq!(apply(&tree, &three, Action::Restart), Some(vec![]));
    assert_eq!(apply(&tree, &[], Action::Restart), None);
    assert_eq!(
        apply(
            &tree,
            &[],
            Action::Restore(Decision::with_answers(vec![Yes, No, Yes, Yes]))
        ),
        Some(vec![Yes, No])
    );
    assert_eq!(
        apply(
            &tree,
            &[Yes, No],
            Action::Restore(Decision::with_answers(vec![Yes, No]))
        ),
        None
    );
}

#[test]
fn progress_counts_the_questions_that_can_still_come() {
    let tree = common::shipped();
    assert_eq!(tree.height(tree.root()), 3);
    assert_eq!(tree.height(id(&tree, "fan-out-after-sync")), 2);
    assert_eq!(tree.height(id(&tree, "rest-direct")), 0);
    assert_eq!(tree.depth(id(&tree, "async-fan-out")), 2);
}

#[test]
fn hosts_hear_about_answers_outcomes_and_restarts() {
    use integration_decision_tree::core::session::{Change, changes};
    let tree = common::shipped();
    let asked = walk(&tree, &[Yes]).at();
    let answer = Action::Answer {
        node: asked,
        answer: No,
    };
    assert_eq!(
        changes(&tree, &[Yes], &[Yes, No], &answer),
        [
            Change::Answered {
                node: asked,
                answer: No
            },
            Change::Reached(id(&tree, "rest-direct"))
        ]
    );
    assert_eq!(
        changes(
            &tree,
            &[],
            &[Yes],
            &Action::Answer {
                node: tree.root(),
                answer: Yes
            }
        ),
        [Change::Answered {
            node: tree.root(),
            answer: Yes
        }]
    );
    assert_eq!(
        changes(&tree, &[Yes, No], &[], &Action::Restart),
        [Change::Restarted]
    );
    assert_eq!(changes(&tree, &[Yes, No], &[Yes], &Action::Back), []);
    assert_eq!(
        changes(
            &tree,
            &[],
            &[No, No, No],
            &Action::Restore(Decision::with_answers(vec![No, No, No]))
        ),
        [Change::Reached(id(&tree, "rest-sync"))]
    );
}

#[test]
fn progress_reads_question_n_of_total() {
    let tree = common::shipped();
    assert_eq!(walk(&tree, &[]).progress(&tree), Some((1, 3)));
    assert_eq!(walk(&tree, &[Yes]).progress(&tree), Some((2, 3)));
    assert_eq!(walk(&tree, &[No, No]).progress(&tree), Some((3, 3)));
    assert_eq!(walk(&tree, &[Yes, No]).progress(&tree), None);
}
