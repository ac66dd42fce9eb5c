//! The decision itself: every row of the golden decision table
//! (`tests/fixtures/decision-table.json`, shared with the end-to-end tests and the benchmark).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::walk;
use integration_decision_tree::core::walk::Position;

/// Walks the answers of `link` ("immediate=yes&fan-out=no", keys in the order asked) through the
/// shipped tree and checks where it ends: at the outcome node `node`, recommending `pattern`.
/// Also checks that the keys are the questions asked on the way, and that exactly these answers
/// were needed: one fewer leaves a question open.
fn check(link: &str, node: &str, pattern: &str) {
    let tree = common::shipped();
    let (keys, answers): (Vec<&str>, Vec<Answer>) = link
        .split('&')
        .map(|pair| {
            let (key, answer) = pair.split_once('=').expect("pairs are key=answer");
            let answer = match answer {
                "yes" => Answer::YES,
                "no" => Answer::NO,
                other => panic!("{link}: not an answer: {other}"),
            };
            (key, answer)
        })
        .unzip();

    let walked = walk(&tree, &answers);
    let Position::Reached(end) = walked.position else {
        panic!("{link} should reach {node}, but stops at a question");
    };
    assert_eq!(tree.node(end).id, node, "{link}");
    assert_eq!(
        tree.node(end).outcome().unwrap().pattern,
        tree.find_pattern(pattern).unwrap(),
        "{link}"
    );
    let asked: Vec<&str> = walked
        .steps
        .iter()
        .map(|s| tree.question_of(s.node).unwrap().key.as_str())
        .collect();
    assert_eq!(asked, keys, "{link}: the questions asked on the way");
    assert_eq!(walked.answers(), answers, "{link}: every answer was used");

    let shorter = walk(&tree, &answers[..answers.len() - 1]);
    assert!(
        shorter.asking().is_some(),
        "{link}: the last answer was needed"
    );
}

#[test]
fn every_row_of_the_golden_table_walks_to_its_outcome() {
    let rows = common::golden_table();
    assert_eq!(rows.len(), 7);
    for row in &rows {
        check(&row.link, &row.node, &row.pattern);
    }
}

#[test]
fn the_golden_table_covers_every_outcome_of_the_tree_once() {
    let tree = common::shipped();
    let mut outcomes: Vec<&str> = tree
        .nodes()
        .filter(|(_, n)| n.outcome().is_some())
        .map(|(_, n)| n.id.as_str())
        .collect();
    let rows = common::golden_table();
    let mut covered: Vec<&str> = rows.iter().map(|r| r.node.as_str()).collect();
    outcomes.sort_unstable();
    covered.sort_unstable();
    assert_eq!(covered, outcomes);
}

#[test]
fn the_questions_are_asked_in_order_immediate_fan_out_async() {
    let tree = common::shipped();
    for answers in [
        [Answer::YES; 3],
        [Answer::NO; 3],
        [Answer::NO, Answer::YES, Answer::NO],
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
    assert_eq!(tree.patterns().len(), 3);
    for (_, pattern) in tree.patterns() {
        assert!(pattern.checklist.len() >= 3, "{}", pattern.key);
    }
    let pattern = |key| tree.pattern(tree.find_pattern(key).unwrap());
    assert!(pattern("event-driven").checklist.len() >= 5);
    assert!(!pattern("combined").example.is_empty());
}

#[test]
fn extra_answers_after_an_outcome_are_ignored() {
    let tree = common::shipped();
    let walked = walk(&tree, &[Answer::YES, Answer::NO, Answer::YES, Answer::YES]);
    assert_eq!(walked.answers(), [Answer::YES, Answer::NO]);
    assert_eq!(tree.node(walked.at()).id, "rest-direct");
}
