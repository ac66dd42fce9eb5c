//! Actions and what they do to the answers, and what a host page hears about them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::Tree;
use integration_decision_tree::core::model::Answer;
// The built-in tree's questions are all yes/no.
const YES: Answer = Answer::YES;
const NO: Answer = Answer::NO;
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
                answer: YES
            }
        ),
        Some(vec![YES])
    );
    // A stale click on an already answered question changes nothing.
    assert_eq!(
        apply(
            &tree,
            &[YES],
            Action::Answer {
                node: root,
                answer: NO
            }
        ),
        None
    );
    // Nothing left to answer at an outcome.
    let done = [YES, NO];
    let outcome = walk(&tree, &done).at();
    assert_eq!(
        apply(
            &tree,
            &done,
            Action::Answer {
                node: outcome,
                answer: YES
            }
        ),
        None
    );
}

#[test]
fn rewind_back_restart_and_restore() {
    let tree = common::shipped();
    let three = [NO, YES, YES];
    assert_eq!(apply(&tree, &three, Action::Rewind(1)), Some(vec![NO]));
    assert_eq!(apply(&tree, &three, Action::Rewind(0)), Some(vec![]));
    assert_eq!(apply(&tree, &three, Action::Rewind(3)), None);
    assert_eq!(apply(&tree, &three, Action::Back), Some(vec![NO, YES]));
    assert_eq!(apply(&tree, &[], Action::Back), None);
    assert_eq!(apply(&tree, &three, Action::Restart), Some(vec![]));
    assert_eq!(apply(&tree, &[], Action::Restart), None);
    assert_eq!(
        apply(
            &tree,
            &[],
            Action::Restore(Decision::with_answers(vec![YES, NO, YES, YES]))
        ),
        Some(vec![YES, NO])
    );
    assert_eq!(
        apply(
            &tree,
            &[YES, NO],
            Action::Restore(Decision::with_answers(vec![YES, NO]))
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
    let asked = walk(&tree, &[YES]).at();
    let answer = Action::Answer {
        node: asked,
        answer: NO,
    };
    assert_eq!(
        changes(&tree, &[YES], &[YES, NO], &answer),
        [
            Change::Answered {
                node: asked,
                answer: NO
            },
            Change::Reached(id(&tree, "rest-direct"))
        ]
    );
    assert_eq!(
        changes(
            &tree,
            &[],
            &[YES],
            &Action::Answer {
                node: tree.root(),
                answer: YES
            }
        ),
        [Change::Answered {
            node: tree.root(),
            answer: YES
        }]
    );
    assert_eq!(
        changes(&tree, &[YES, NO], &[], &Action::Restart),
        [Change::Restarted]
    );
    assert_eq!(changes(&tree, &[YES, NO], &[YES], &Action::Back), []);
    assert_eq!(
        changes(
            &tree,
            &[],
            &[NO, NO, NO],
            &Action::Restore(Decision::with_answers(vec![NO, NO, NO]))
        ),
        [Change::Reached(id(&tree, "rest-sync"))]
    );
}

#[test]
fn progress_reads_question_n_of_total() {
    let tree = common::shipped();
    assert_eq!(walk(&tree, &[]).progress(&tree), Some((1, 3)));
    assert_eq!(walk(&tree, &[YES]).progress(&tree), Some((2, 3)));
    assert_eq!(walk(&tree, &[NO, NO]).progress(&tree), Some((3, 3)));
    assert_eq!(walk(&tree, &[YES, NO]).progress(&tree), None);
}
