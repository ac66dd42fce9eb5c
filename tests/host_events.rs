//! What host pages hear (the payload the README documents), the link a reader shares, and the
//! sentence the live region speaks: decided in the core, checked here without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::announce::announcement;
use integration_decision_tree::core::host_event::{HostEvent, host_event};
use integration_decision_tree::core::model::Answer;
// The built-in tree's questions are all yes/no.
const YES: Answer = Answer::YES;
const NO: Answer = Answer::NO;
use integration_decision_tree::core::session::{Action, Decision, apply, changes};
use integration_decision_tree::core::share::share_link;
use integration_decision_tree::core::strings::Str;
use integration_decision_tree::core::template::fill;
use integration_decision_tree::core::{Tree, walk};

/// The events a host hears when `action` is taken with `before` answered.
fn heard(tree: &Tree, before: &[Answer], action: Action) -> Vec<HostEvent> {
    let decision = Decision::with_answers(before.to_vec());
    let after = apply(tree, &decision, action.clone()).expect("the action changes something");
    changes(tree, before, &after.answers, &action)
        .into_iter()
        .map(|change| host_event(tree, &after.answers, change))
        .collect()
}

fn answers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, a)| (k.to_string(), a.to_string()))
        .collect()
}

#[test]
fn an_answer_names_the_question_the_answer_and_the_node_and_no_outcome() {
    let tree = common::shipped();
    let at = walk(&tree, &[NO]).at();
    let events = heard(
        &tree,
        &[NO],
        Action::Answer {
            node: at,
            answer: NO,
        },
    );
    assert_eq!(
        events,
        [HostEvent {
            name: "idt-answer",
            question: Some("fan-out".into()),
            answer: Some("no".into()),
            node: Some("fan-out".into()),
            outcome: None,
            answers: answers(&[("immediate", "no"), ("fan-out", "no")]),
            hash: "immediate=no&fan-out=no".into(),
        }]
    );
}

#[test]
fn the_last_answer_is_heard_twice_as_an_answer_and_as_the_outcome() {
    let tree = common::shipped();
    let at = walk(&tree, &[NO, NO]).at();
    let events = heard(
        &tree,
        &[NO, NO],
        Action::Answer {
            node: at,
            answer: YES,
        },
    );
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].name, "idt-answer");
    assert_eq!(
        events[0].outcome,
        Some("event-driven".into()),
        "the answer event knows where it led"
    );
    assert_eq!(
        events[1],
        HostEvent {
            name: "idt-outcome",
            question: None,
            answer: None,
            node: Some("event-async".into()),
            outcome: Some("event-driven".into()),
            answers: answers(&[("immediate", "no"), ("fan-out", "no"), ("async", "yes")]),
            hash: "immediate=no&fan-out=no&async=yes".into(),
        }
    );
}

#[test]
fn a_restart_says_nothing_but_that_the_answers_are_gone() {
    let tree = common::shipped();
    let events = heard(&tree, &[YES, NO], Action::Restart);
    assert_eq!(
        events,
        [HostEvent {
            name: "idt-restart",
            question: None,
            answer: None,
            node: None,
            outcome: None,
            answers: vec![],
            hash: String::new(),
        }]
    );
}

#[test]
fn going_back_and_rewinding_are_not_announced_to_the_host() {
    let tree = common::shipped();
    assert!(heard(&tree, &[YES, NO], Action::Back).is_empty());
    assert!(heard(&tree, &[YES, NO], Action::Rewind(0)).is_empty());
}

#[test]
fn every_golden_outcome_is_heard_with_its_pattern_and_link() {
    let tree = common::shipped();
    for row in common::golden_table() {
        let given = permalink_answers(&row.link);
        let events = heard(&tree, &[], Action::Restore(Decision::with_answers(given)));
        assert_eq!(events.len(), 1, "{}", row.link);
        assert_eq!(events[0].name, "idt-outcome");
        assert_eq!(events[0].node.as_deref(), Some(row.node.as_str()));
        assert_eq!(events[0].outcome, Some(row.pattern.clone()));
        assert_eq!(events[0].hash, row.link);
    }
}

#[test]
fn the_share_link_is_the_page_with_the_canonical_answers() {
    let tree = common::shipped();
    let page = "https://example.org/tools/tree/index.html";
    assert_eq!(share_link(&tree, page, &Decision::default()), page);
    for row in common::golden_table() {
        assert_eq!(
            share_link(
                &tree,
                page,
                &Decision::with_answers(permalink_answers(&row.link))
            ),
            format!("{page}#{}", row.link)
        );
    }
    // Answers past the outcome are not part of the link.
    assert_eq!(
        share_link(&tree, page, &Decision::with_answers(vec![YES, NO, YES])),
        format!("{page}#immediate=yes&fan-out=no")
    );
}

#[test]
fn the_live_region_names_the_question_and_how_far_along_or_the_recommendation() {
    let tree = common::shipped();
    let s = &tree.strings;
    let second = tree.question_of(walk(&tree, &[YES]).at()).unwrap();
    assert_eq!(
        announcement(&tree, &walk(&tree, &[YES])),
        fill(
            &s[Str::AnnounceQuestion],
            &[("n", "2"), ("total", "3"), ("question", &second.text)]
        )
    );
    let reached = walk(&tree, &[YES, NO]);
    let headline = &reached.outcome(&tree).unwrap().headline;
    assert_eq!(
        announcement(&tree, &reached),
        fill(&s[Str::AnnounceOutcome], &[("headline", headline)])
    );
}

/// The answers of a golden-table link, in order.
fn permalink_answers(link: &str) -> Vec<Answer> {
    link.split('&')
        .map(|pair| if pair.ends_with("=yes") { YES } else { NO })
        .collect()
}
