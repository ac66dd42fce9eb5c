//! The readiness checklist: what each outcome needs, never contradicting the answers that led
//! there, and what the answers on the path commit to.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::model::{Answer, ExamplesRule};
use integration_decision_tree::core::readiness::checklist;
use integration_decision_tree::core::{Tree, walk};

/// Every path through the tree, as the answers that lead to each outcome.
fn every_path(tree: &Tree) -> Vec<Vec<Answer>> {
    tree.nodes()
        .filter(|(_, node)| node.outcome().is_some())
        .map(|(mut at, _)| {
            let mut answers = Vec::new();
            while let Some((parent, answer)) = tree.parent(at) {
                answers.push(answer);
                at = parent;
            }
            answers.reverse();
            answers
        })
        .collect()
}

#[test]
fn no_item_on_any_path_takes_for_granted_an_answer_the_path_did_not_give() {
    let tree = common::shipped();
    let paths = every_path(&tree);
    assert_eq!(paths.len(), common::golden_table().len());
    let mut left_out = 0;
    for answers in &paths {
        let walked = walk(&tree, answers);
        let given: Vec<(String, Answer)> = walked
            .steps
            .iter()
            .map(|s| (tree.question_of(s.node).unwrap().key.clone(), s.answer))
            .collect();
        let items = checklist(&tree, &walked);
        for &id in &items {
            for &(question, answer) in &tree.check(id).only_if {
                let key = &tree.question(question).key;
                assert!(
                    given.contains(&(key.clone(), answer)),
                    "{:?}: \"{}\" assumes {key}={} but the path says otherwise",
                    answers,
                    tree.check(id).key,
                    tree.question(question).key_of(answer)
                );
            }
        }
        let pattern = walked.outcome(&tree).unwrap().pattern;
        left_out += tree.pattern(pattern).checklist.len()
            - tree
                .pattern(pattern)
                .checklist
                .iter()
                .filter(|c| items.contains(c))
                .count();
    }
    assert!(
        left_out > 0,
        "the rule is exercised: some item is left out on some path"
    );
}

#[test]
fn outcomes_that_recommend_events_list_the_five_basics() {
    let tree = common::shipped();
    let basics = [
        "idempotent",
        "delivery-failures",
        "versioned",
        "observability",
        "ownership",
    ];
    for row in common::golden_table() {
        let walked = walk(&tree, &row.answers());
        let keys: Vec<&str> = checklist(&tree, &walked)
            .into_iter()
            .map(|id| tree.check(id).key.as_str())
            .collect();
        let events = matches!(row.pattern.as_str(), "event-driven" | "combined");
        for basic in basics {
            assert_eq!(keys.contains(&basic), events, "{}: {basic}", row.link);
        }
    }
}

#[test]
fn answering_yes_to_asynchronous_processing_adds_its_conditions() {
    let tree = common::shipped();
    for row in common::golden_table() {
        let walked = walk(&tree, &row.answers());
        let keys: Vec<&str> = checklist(&tree, &walked)
            .into_iter()
            .map(|id| tree.check(id).key.as_str())
            .collect();
        let said_yes = row.link.contains("async=yes");
        assert_eq!(keys.contains(&"consistency"), said_yes, "{}", row.link);
        // What "accepted" means: said by the response where a caller waits for one (the
        // combination's own check), by screens and messages where none does; never both.
        let caller_waits = row.link.contains("immediate=yes");
        assert_eq!(
            keys.contains(&"accepted-meaning"),
            said_yes && !caller_waits,
            "{}",
            row.link
        );
        assert!(
            !(keys.contains(&"accepted-meaning") && keys.contains(&"accepted-visible")),
            "{}: two items say the same",
            row.link
        );
    }
}

/// The words of `text`, lower case, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn no_item_restates_an_answer_the_reader_gave() {
    // A question whose examples must all hold for a yes has, after a yes, had each of them
    // confirmed by the reader: an item that repeats one (five words in a row or more) asks
    // the reader to check what they just said. In every language.
    for tree in [common::shipped(), common::shipped_in_dutch()] {
        for answers in every_path(&tree) {
            let walked = walk(&tree, &answers);
            let said: Vec<Vec<String>> = walked
                .steps
                .iter()
                .filter(|step| step.answer == Answer::YES)
                .filter_map(|step| tree.question_of(step.node))
                .filter(|q| q.examples_rule == ExamplesRule::All)
                .flat_map(|q| q.examples.iter().map(|e| words(e)))
                .collect();
            for id in checklist(&tree, &walked) {
                let item = words(&tree.check(id).text);
                for example in &said {
                    let repeats = example
                        .windows(5)
                        .any(|run| item.windows(5).any(|w| w == run));
                    assert!(
                        !repeats,
                        "{:?}: \"{}\" restates \"{}\"",
                        answers,
                        tree.check(id).text,
                        example.join(" ")
                    );
                }
            }
        }
    }
}

#[test]
fn no_checklist_before_an_outcome_and_no_item_twice() {
    let tree = common::shipped();
    assert!(checklist(&tree, &walk(&tree, &[Answer::YES])).is_empty());
    for answers in every_path(&tree) {
        let items = checklist(&tree, &walk(&tree, &answers));
        for (i, id) in items.iter().enumerate() {
            assert!(!items[..i].contains(id));
        }
    }
}
