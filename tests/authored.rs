//! Authors' trees: questions with more than two answers, wording left to the built-in tree, and
//! every output (walk, permalink, flips, record, Mermaid, host events, layout) working with them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::export::{decision_record, mermaid};
use integration_decision_tree::core::flip::flips;
use integration_decision_tree::core::host_event::host_event;
use integration_decision_tree::core::layout::{Rect, layout};
use integration_decision_tree::core::model::{Answer, MAX_OPTIONS};
use integration_decision_tree::core::permalink::{parse, serialise, serialise_answers};
use integration_decision_tree::core::session::Change;
use integration_decision_tree::core::walk::Position;
use integration_decision_tree::core::{Tree, TreeError, walk};
use proptest::prelude::*;
use serde_json::{Value, json};

/// The example's decision table: answers as a permalink, the outcome node, its pattern.
const API_STYLE: [(&str, &str, &str); 5] = [
    ("callers=front-ends&screens=yes", "graphql", "graphql"),
    ("callers=front-ends&screens=no", "front-end-rest", "rest"),
    ("callers=services&contract=yes", "grpc", "grpc"),
    ("callers=services&contract=no", "service-rest", "rest"),
    ("callers=partners", "public-rest", "rest"),
];

fn reached(tree: &Tree, answers: &[Answer]) -> String {
    match walk(tree, answers).position {
        Position::Reached(end) => tree.node(end).id.clone(),
        Position::Asking(at) => format!("asking {}", tree.node(at).id),
    }
}

#[test]
fn every_path_of_the_example_walks_from_its_permalink_and_back() {
    let tree = common::api_style();
    for (link, node, pattern) in API_STYLE {
        let decision = parse(&tree, link);
        assert_eq!(reached(&tree, &decision.answers), node, "{link}");
        let end = tree.find(node).unwrap();
        let recommends = tree.node(end).outcome().unwrap().pattern;
        assert_eq!(tree.pattern(recommends).key, pattern, "{link}");
        assert_eq!(serialise(&tree, &decision), link, "{link}: canonical form");
    }
    // Option keys are case-insensitive; an unknown option stops the walk there.
    let decision = parse(&tree, "#CALLERS=Services&contract=YES");
    assert_eq!(reached(&tree, &decision.answers), "grpc");
    let decision = parse(&tree, "callers=robots&contract=yes");
    assert!(decision.answers.is_empty());
    // "yes" synonyms only mean something for yes/no questions.
    assert!(parse(&tree, "callers=1").answers.is_empty());
    let decision = parse(&tree, "callers=services&contract=1");
    assert_eq!(reached(&tree, &decision.answers), "grpc");
}

#[test]
fn a_three_way_question_offers_its_options_in_order_and_yes_no_questions_keep_the_shorthand() {
    let tree = common::api_style();
    let first = tree.question_of(tree.root()).unwrap();
    let keys: Vec<&str> = first.options.iter().map(|o| o.key.as_str()).collect();
    assert_eq!(keys, ["front-ends", "services", "partners"]);
    assert_eq!(tree.node(tree.root()).children().len(), 3);
    let screens = tree.question_of(tree.find("screens").unwrap()).unwrap();
    let labels: Vec<&str> = screens.options.iter().map(|o| o.label.as_str()).collect();
    let s = &common::shipped().strings;
    use integration_decision_tree::core::strings::Str;
    assert_eq!(labels, [&s[Str::Yes], &s[Str::No]], "the built-in words");
    // A missing statement is made from the question and the answer.
    assert_eq!(
        screens.statement(Answer::NO),
        format!("{} {}.", screens.text, &s[Str::No])
    );
}

#[test]
fn what_would_change_offers_every_other_option() {
    let tree = common::api_style();
    let answers = parse(&tree, "callers=partners").answers;
    let found: Vec<(String, String)> = flips(&tree, &answers)
        .into_iter()
        .map(|f| {
            let key = tree.answer_key(f.node, f.answer).to_string();
            (key, reached(&tree, &f.answers))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("front-ends".into(), "asking screens".into()),
            ("services".into(), "asking contract".into()),
        ]
    );
    // From a two-level path: the first question's two other options, the second's other answer.
    let answers = parse(&tree, "callers=services&contract=yes").answers;
    let landed: Vec<String> = flips(&tree, &answers)
        .iter()
        .map(|f| reached(&tree, &f.answers))
        .collect();
    assert_eq!(landed, ["asking screens", "public-rest", "service-rest"]);
}

#[test]
fn the_record_names_the_options_chosen_and_every_pattern() {
    let tree = common::api_style();
    let decision = parse(&tree, "callers=front-ends&screens=yes");
    let text = decision_record(&tree, &decision, "https://example.org/#x", "2026-11-28").unwrap();
    assert!(
        text.contains("| Who calls this API? | Our front ends |"),
        "{text}"
    );
    assert!(text.contains("Chosen option: \u{201c}GraphQL\u{201d}, because "));
    for name in ["REST over HTTP", "GraphQL", "gRPC"] {
        assert!(text.contains(&format!("* {name}\n")), "{name} listed");
    }
    // REST is ruled out by the answer to the second question (its other answer led to REST),
    // and by the first (two of its other options lead to REST).
    assert!(text.contains("(Our front ends)"), "{text}");
    assert!(text.contains("```mermaid"));
}

#[test]
fn mermaid_labels_each_branch_with_its_option() {
    let tree = common::api_style();
    let text = mermaid(&tree, None);
    for label in ["Our front ends", "Our services", "Other organisations"] {
        assert!(
            text.contains(&format!("-->|\"{label}\"|")),
            "{label}: {text}"
        );
    }
}

#[test]
fn host_events_carry_option_keys() {
    let tree = common::api_style();
    let answers = parse(&tree, "callers=services&contract=yes").answers;
    let event = host_event(&tree, &answers, Change::Reached(tree.find("grpc").unwrap()));
    assert_eq!(event.outcome.as_deref(), Some("grpc"));
    assert_eq!(
        event.answers,
        [
            ("callers".to_string(), "services".to_string()),
            ("contract".to_string(), "yes".to_string())
        ]
    );
    assert_eq!(event.hash, serialise_answers(&tree, &answers));
    let root = tree.root();
    let event = host_event(
        &tree,
        &answers[..1],
        Change::Answered {
            node: root,
            answer: answers[0],
        },
    );
    assert_eq!(event.answer.as_deref(), Some("services"));
}

/// A minimal tree: two outcomes, one question with three options, no interface sentences.
fn minimal(options: Value, next: Value) -> Value {
    json!({
        "title": "Minimal",
        "start": "q",
        "questions": { "q": { "label": "Q", "text": "Which?", "options": options } },
        "patterns": { "a": { "name": "A" }, "b": { "name": "B" } },
        "nodes": [
            { "id": "q", "ask": "q", "next": next },
            { "id": "x", "outcome": "a", "label": "X", "headline": "X.", "why": "x" },
            { "id": "y", "outcome": "b", "label": "Y", "headline": "Y.", "why": "y" },
            { "id": "z", "outcome": "a", "label": "Z", "headline": "Z.", "why": "z" }
        ]
    })
}

fn three() -> Value {
    json!([
        { "key": "one", "label": "One" },
        { "key": "two", "label": "Two" },
        { "key": "three", "label": "Three" }
    ])
}

#[test]
fn a_minimal_tree_borrows_the_interface_wording_but_the_built_in_tree_may_not() {
    let file = minimal(three(), json!({ "one": "x", "two": "y", "three": "z" }));
    let tree = common::load_authored(&file.to_string()).expect("the minimal tree loads");
    assert_eq!(tree.strings, common::shipped().strings);
    let errors = common::load(&file.to_string()).expect_err("the strict loader wants every string");
    assert!(
        errors
            .iter()
            .all(|e| matches!(e, TreeError::MissingContent { .. }))
    );
}

#[test]
fn options_are_checked() {
    let rejects = |options: Value, next: Value, expected: TreeError| {
        let file = minimal(options, next);
        let errors = common::load_authored(&file.to_string()).expect_err("rejected");
        assert!(errors.contains(&expected), "{expected:?} among {errors:#?}");
        assert!(!expected.to_string().is_empty());
    };
    rejects(
        json!([{ "key": "one", "label": "One" }]),
        json!({ "one": "x" }),
        TreeError::OptionCount {
            question: "q".into(),
            count: 1,
        },
    );
    let many: Vec<Value> = (0..=MAX_OPTIONS)
        .map(|i| json!({ "key": format!("o{i}"), "label": format!("O{i}") }))
        .collect();
    rejects(
        Value::Array(many),
        json!({ "o0": "x", "o1": "y", "o2": "z" }),
        TreeError::OptionCount {
            question: "q".into(),
            count: MAX_OPTIONS + 1,
        },
    );
    rejects(
        three(),
        json!({ "one": "x", "two": "y" }),
        TreeError::MissingAnswer {
            id: "q".into(),
            answer: "three".into(),
        },
    );
    rejects(
        three(),
        json!({ "one": "x", "two": "y", "three": "z", "four": "x" }),
        TreeError::UnknownReference {
            place: "node \"q\"".into(),
            what: "answer",
            name: "four".into(),
        },
    );
    rejects(
        json!([
            { "key": "one", "label": "One" },
            { "key": "one", "label": "Two" },
            { "key": "three", "label": "Three" }
        ]),
        json!({ "one": "x", "three": "z" }),
        TreeError::DuplicateKey {
            place: "options",
            key: "one".into(),
        },
    );
    rejects(
        json!([
            { "key": "one", "label": "One" },
            { "key": "two", "label": " " },
            { "key": "three", "label": "Three" }
        ]),
        json!({ "one": "x", "two": "y", "three": "z" }),
        TreeError::MissingContent {
            subject: "question \"q\" option #1".into(),
            field: "label",
        },
    );
}

/// A generated tree: each question has `shape[depth]` options (cycling), labels of varied
/// length, up to `depth` levels.
fn generated(fan: &[usize], labels: &[String]) -> Value {
    let mut questions = serde_json::Map::new();
    let mut nodes = Vec::new();
    let mut pending = vec![("n0".to_string(), 0usize)];
    let mut count = 0;
    while let Some((id, depth)) = pending.pop() {
        let width = fan.get(depth).copied().unwrap_or(0);
        if width < 2 {
            nodes.push(json!({
                "id": id, "outcome": "p", "label": labels[count % labels.len()],
                "headline": "H.", "why": "w"
            }));
            count += 1;
            continue;
        }
        let key = format!("q{depth}");
        let options: Vec<Value> = (0..width)
            .map(|i| json!({ "key": format!("o{i}"), "label": labels[(i + depth) % labels.len()] }))
            .collect();
        questions.insert(
            key.clone(),
            json!({ "label": labels[depth % labels.len()], "text": "Q?", "options": options }),
        );
        let mut next = serde_json::Map::new();
        for i in 0..width {
            count += 1;
            let child = format!("n{count}");
            next.insert(format!("o{i}"), json!(child));
            pending.push((child, depth + 1));
        }
        nodes.push(json!({ "id": id, "ask": key, "next": next }));
    }
    json!({
        "title": "Generated", "start": "n0", "questions": questions,
        "patterns": { "p": { "name": "P" } }, "nodes": nodes
    })
}

fn assert_no_overlaps(tree: &Tree) {
    let drawn = layout(tree);
    let mut boxes: Vec<(String, Rect)> = drawn
        .nodes
        .iter()
        .map(|b| (format!("node {}", tree.node(b.node).id), b.rect))
        .collect();
    boxes.extend(
        drawn
            .edges
            .iter()
            .map(|e| (format!("label to {}", tree.node(e.to).id), e.pill)),
    );
    // Sorted by top edge, each box is compared with those that start before it ends.
    boxes.sort_by_key(|(_, r)| r.y);
    for (i, (a, ra)) in boxes.iter().enumerate() {
        assert!(
            ra.x >= 0 && ra.y >= 0 && ra.x + ra.width <= drawn.width,
            "{a} inside"
        );
        assert!(ra.y + ra.height <= drawn.height, "{a} inside");
        for (b, rb) in boxes[i + 1..]
            .iter()
            .take_while(|(_, r)| r.y < ra.y + ra.height)
        {
            assert!(!ra.overlaps(rb), "{a} {ra:?} overlaps {b} {rb:?}");
        }
    }
}

#[test]
fn the_example_is_laid_out_without_overlaps() {
    assert_no_overlaps(&common::api_style());
    assert_no_overlaps(&common::shipped());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_trees_of_many_shapes_never_overlap(
        fan in proptest::collection::vec(2usize..=MAX_OPTIONS, 1..5),
        labels in proptest::collection::vec("[A-Za-z ]{1,60}", 1..6),
    ) {
        let labels: Vec<String> = labels
            .into_iter()
            .map(|l| if l.trim().is_empty() { "x".to_string() } else { l })
            .collect();
        let file = generated(&fan, &labels);
        let tree = common::load_authored(&file.to_string())
            .unwrap_or_else(|e| panic!("generated tree invalid: {e:#?}"));
        assert_no_overlaps(&tree);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn twelve_levels_deep_stays_apart(labels in proptest::collection::vec("[a-z]{1,30}", 2..4)) {
        let fan = vec![2; 12];
        let tree = common::load_authored(&generated(&fan, &labels).to_string()).unwrap();
        assert_no_overlaps(&tree);
    }
}
