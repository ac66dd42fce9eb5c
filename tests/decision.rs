//! The decision itself: every row of the table in the issue, pinned.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::walk::Position;
use integration_decision_tree::core::{Pattern, walk};

/// Walks `answers` ("yes no …") through the shipped tree and checks where it ends:
/// `outcome` is "<pattern>: <outcome node id>". Also checks that exactly these answers were
/// needed: one fewer leaves a question open.
fn check(answers: &str, outcome: &str) {
    let tree = common::shipped();
    let answers: Vec<Answer> = answers
        .split_whitespace()
        .map(|a| match a {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            other => panic!("not an answer: {other}"),
        })
        .collect();
    let (pattern, id) = outcome
        .split_once(": ")
        .expect("outcome is '<pattern>: <node id>'");

    let walked = walk(&tree, &answers);
    let Position::Reached(end) = walked.position else {
        panic!("{answers:?} should reach {outcome}, but stops at a question");
    };
    let reached = tree.node(end).outcome().unwrap();
    assert_eq!(
        reached.pattern,
        Pattern::from_id(pattern).unwrap(),
        "{answers:?}"
    );
    assert_eq!(tree.node(end).id, id, "{answers:?}");
    assert_eq!(walked.answers(), answers, "every answer was used");

    let shorter = walk(&tree, &answers[..answers.len() - 1]);
    assert!(
        shorter.asking().is_some(),
        "{answers:?}: the last answer was needed"
    );
}

#[test]
fn immediate_and_single_consumer_is_rest() {
    check("yes no", "rest: rest-direct");
}

#[test]
fn immediate_fan_out_that_may_be_async_is_combined() {
    check("yes yes yes", "combined: combined");
}

#[test]
fn immediate_fan_out_that_must_be_sync_is_rest_with_weakest_link_warning() {
    check("yes yes no", "rest: rest-sync-fan-out");
}

#[test]
fn fan_out_that_may_be_async_is_event_driven() {
    check("no yes yes", "event-driven: event-fan-out");
}

#[test]
fn fan_out_that_must_be_sync_is_rest_with_coupling_warning() {
    check("no yes no", "rest: rest-point-to-point");
}

#[test]
fn single_consumer_that_may_be_async_is_event_driven() {
    check("no no yes", "event-driven: event-async");
}

#[test]
fn single_consumer_that_must_be_sync_is_rest() {
    check("no no no", "rest: rest-sync");
}

#[test]
fn the_questions_are_asked_in_order_immediate_fan_out_async() {
    let tree = common::shipped();
    for answers in [
        [Answer::Yes; 3],
        [Answer::No; 3],
        [Answer::No, Answer::Yes, Answer::No],
    ] {
        let keys: Vec<&str> = walk(&tree, &answers)
            .steps
            .iter()
            .map(|s| tree.question_of(s.node).unwrap().key.as_str())
            .collect();
        assert_eq!(keys, ["immediate", "fan-out", "async"]);
    }
}

#[test]
fn the_warning_paths_carry_caveats_and_every_outcome_has_content() {
    let tree = common::shipped();
    for id in ["rest-sync-fan-out", "rest-point-to-point"] {
        let node = tree.find(id).unwrap();
        assert!(
            !tree.node(node).outcome().unwrap().caveats.is_empty(),
            "{id}"
        );
    }
    for pattern in Pattern::ALL {
        assert!(tree.pattern(pattern).must_have.len() >= 3, "{pattern:?}");
    }
    assert!(tree.pattern(Pattern::EventDriven).must_have.len() >= 5);
    assert!(!tree.pattern(Pattern::Combined).example.is_empty());
}

#[test]
fn extra_answers_after_an_outcome_are_ignored() {
    let tree = common::shipped();
    let walked = walk(&tree, &[Answer::Yes, Answer::No, Answer::Yes, Answer::Yes]);
    assert_eq!(walked.answers(), [Answer::Yes, Answer::No]);
    assert_eq!(tree.node(walked.at()).id, "rest-direct");
}
