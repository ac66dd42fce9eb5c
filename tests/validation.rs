//! Loading: the shipped tree is valid, and each kind of broken tree is rejected with a
//! message that names the node and the problem.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::TreeError;
use integration_decision_tree::core::load::Place;
use serde_json::{Value, json};

/// Applies `edit` to the shipped tree file and checks that loading it fails with `expected`
/// among the errors, and that the message mentions each of `mentions`.
fn rejects(edit: impl FnOnce(&mut Value), expected: TreeError, mentions: &[&str]) {
    let mut file = common::shipped_json();
    edit(&mut file);
    let errors = common::load(&file.to_string()).expect_err("the edited tree must be rejected");
    assert!(
        errors.contains(&expected),
        "expected {expected:?} among {errors:#?}"
    );
    let message = expected.to_string();
    for word in mentions {
        assert!(
            message.contains(word),
            "{message:?} should mention {word:?}"
        );
    }
}

fn node<'a>(file: &'a mut Value, id: &str) -> &'a mut Value {
    file["nodes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

fn push_node(file: &mut Value, node: Value) {
    file["nodes"].as_array_mut().unwrap().push(node);
}

#[test]
fn the_shipped_tree_is_valid() {
    let tree = common::shipped();
    assert_eq!(tree.len(), 13);
}

#[test]
fn duplicate_id() {
    rejects(
        |f| node(f, "rest-sync")["id"] = json!("rest-direct"),
        TreeError::DuplicateId {
            id: "rest-direct".into(),
        },
        &["rest-direct", "more than one"],
    );
}

#[test]
fn dangling_reference() {
    rejects(
        |f| node(f, "async")["no"] = json!("rest-nowhere"),
        TreeError::DanglingReference {
            id: "async".into(),
            answer: "no".into(),
            target: "rest-nowhere".into(),
        },
        &["async", "rest-nowhere", "does not exist"],
    );
}

#[test]
fn unreachable_node() {
    rejects(
        |f| {
            push_node(
                f,
                json!({"id": "orphan", "outcome": "rest", "label": "REST", "headline": "h", "why": "w"}),
            )
        },
        TreeError::Unreachable {
            id: "orphan".into(),
        },
        &["orphan", "unreachable"],
    );
}

#[test]
fn cycle() {
    rejects(
        |f| node(f, "async")["no"] = json!("immediate"),
        TreeError::Cycle {
            id: "immediate".into(),
        },
        &["immediate", "cycle"],
    );
}

#[test]
fn cycle_among_unreachable_nodes() {
    rejects(
        |f| {
            push_node(
                f,
                json!({"id": "loop-a", "ask": "async", "yes": "loop-b", "no": "loop-b"}),
            );
            push_node(
                f,
                json!({"id": "loop-b", "ask": "async", "yes": "loop-a", "no": "rest-sync"}),
            );
        },
        TreeError::Cycle {
            id: "loop-a".into(),
        },
        &["loop-a", "cycle"],
    );
}

#[test]
fn question_without_both_answers() {
    rejects(
        |f| {
            node(f, "fan-out")
                .as_object_mut()
                .unwrap()
                .remove("yes")
                .map(drop)
                .unwrap()
        },
        TreeError::MissingAnswer {
            id: "fan-out".into(),
            answer: "yes".into(),
        },
        &["fan-out", "\"yes\"", "every answer"],
    );
}

#[test]
fn outcome_without_content() {
    rejects(
        |f| node(f, "combined")["why"] = json!("  "),
        TreeError::MissingContent {
            subject: Place::Node("combined".into()),
            field: "why",
        },
        &["combined", "why", "missing"],
    );
}

#[test]
fn node_reached_from_two_places() {
    rejects(
        |f| node(f, "async")["yes"] = json!("event-fan-out"),
        TreeError::SharedNode {
            id: "event-fan-out".into(),
            first: "async-fan-out".into(),
            second: "async".into(),
        },
        &["event-fan-out", "async-fan-out", "one parent"],
    );
}

#[test]
fn node_that_is_both_question_and_outcome() {
    rejects(
        |f| node(f, "rest-sync")["ask"] = json!("async"),
        TreeError::UnclearKind {
            id: "rest-sync".into(),
        },
        &["rest-sync", "either"],
    );
}

#[test]
fn unknown_question_pattern_and_start() {
    rejects(
        |f| node(f, "async")["ask"] = json!("latency"),
        TreeError::UnknownQuestion {
            id: "async".into(),
            question: "latency".into(),
        },
        &["async", "latency"],
    );
    rejects(
        |f| node(f, "rest-sync")["outcome"] = json!("graphql"),
        TreeError::UnknownPattern {
            id: "rest-sync".into(),
            pattern: "graphql".into(),
        },
        &["rest-sync", "graphql"],
    );
    rejects(
        |f| f["start"] = json!("begin"),
        TreeError::UnknownStart {
            start: "begin".into(),
        },
        &["begin"],
    );
}

#[test]
fn ids_must_be_slugs() {
    rejects(
        |f| {
            node(f, "fan-out")["id"] = json!("Fan Out");
            node(f, "immediate")["no"] = json!("Fan Out");
        },
        TreeError::InvalidId {
            id: "Fan Out".into(),
        },
        &["Fan Out", "lowercase"],
    );
}

#[test]
fn a_question_asked_twice_on_one_path() {
    rejects(
        |f| node(f, "async")["ask"] = json!("immediate"),
        TreeError::RepeatedQuestion {
            id: "async".into(),
            question: "immediate".into(),
        },
        &["async", "immediate", "again"],
    );
}

#[test]
fn missing_wording() {
    rejects(
        |f| f["questions"]["fan-out"]["text"] = json!(""),
        TreeError::MissingContent {
            subject: Place::Question("fan-out".into()),
            field: "text",
        },
        &["fan-out", "text"],
    );
    rejects(
        |f| f["patterns"]["event-driven"]["name"] = json!(" "),
        TreeError::MissingContent {
            subject: Place::Pattern("event-driven".into()),
            field: "name",
        },
        &["event-driven", "name"],
    );
    rejects(
        |f| drop(f["patterns"].as_object_mut().unwrap().remove("combined")),
        TreeError::UnknownPattern {
            id: "combined".into(),
            pattern: "combined".into(),
        },
        &["node \"combined\"", "\"combined\"", "not in \"patterns\""],
    );
}

#[test]
fn a_missing_statement_falls_back_to_the_question_and_the_answer() {
    let mut file = common::shipped_json();
    file["questions"]["async"]["statements"]
        .as_object_mut()
        .unwrap()
        .remove("no");
    let tree = common::load(&file.to_string()).expect("a statement is optional");
    let (_, question) = (0..)
        .map_while(|i| tree.nodes().nth(i))
        .find_map(|(id, _)| Some((id, tree.question_of(id)?)).filter(|(_, q)| q.key == "async"))
        .unwrap();
    let no = question.find_answer("no").unwrap();
    assert_eq!(question.statement(no), format!("{} No.", question.text));
}

#[test]
fn a_pattern_no_outcome_recommends_is_still_an_option_considered() {
    let mut file = common::shipped_json();
    file["patterns"]["graphql"] = file["patterns"]["rest"].clone();
    let tree = common::load(&file.to_string()).expect("an extra pattern is allowed");
    let mut keys: Vec<&str> = tree.patterns().map(|(_, p)| p.key.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["combined", "event-driven", "graphql", "rest"]);
}

#[test]
fn strings_may_only_use_their_own_placeholders() {
    rejects(
        |f| f["strings"]["progress"] = json!("Step {n} of {count}"),
        TreeError::UnknownPlaceholder {
            field: "progress",
            placeholder: "count".into(),
        },
        &["progress", "{count}"],
    );
}

#[test]
fn several_problems_are_reported_together() {
    let mut file = common::shipped_json();
    node(&mut file, "rest-sync")["id"] = json!("rest-direct");
    node(&mut file, "combined")["headline"] = json!("");
    let errors = common::load(&file.to_string()).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, TreeError::DuplicateId { .. }))
    );
    assert!(errors.iter().any(|e| matches!(
        e,
        TreeError::MissingContent {
            field: "headline",
            ..
        }
    )));
}

#[test]
fn an_empty_tree() {
    let mut file = common::shipped_json();
    file["nodes"] = json!([]);
    assert_eq!(
        common::load(&file.to_string()).unwrap_err(),
        vec![TreeError::NoNodes]
    );
}

#[test]
fn fields_of_the_wrong_kind() {
    rejects(
        |f| node(f, "combined")["caveats"] = json!("one caveat"),
        TreeError::WrongType {
            place: Place::NodeAt(3),
            field: "caveats".into(),
            expected: "a list of texts",
        },
        &["node #3", "caveats", "list"],
    );
    rejects(
        |f| f["strings"]["yes"] = json!(true),
        TreeError::WrongType {
            place: Place::Strings,
            field: "yes".into(),
            expected: "text",
        },
        &["yes", "text"],
    );
}

#[test]
fn unknown_and_repeated_keys() {
    rejects(
        |f| f["strings"]["progres"] = json!("typo"),
        TreeError::UnknownString {
            field: "progres".into(),
        },
        &["progres", "not used"],
    );
    let text = common::shipped_json().to_string().replacen(
        "\"questions\":{",
        "\"questions\":{\"async\":{\"label\":\"x\",\"text\":\"x\",\"explanation\":\"x\",\"examples\":[\"x\"]},",
        1,
    );
    let errors = common::load(&text).unwrap_err();
    assert!(
        errors.contains(&TreeError::DuplicateKey {
            place: "questions",
            key: "async".into()
        }),
        "{errors:#?}"
    );
}

#[test]
fn a_file_that_is_not_an_object() {
    let errors = common::load("[1, 2, 3]").unwrap_err();
    assert!(
        matches!(&errors[..], [TreeError::WrongType { .. }]),
        "{errors:?}"
    );
}

#[test]
fn checks_and_what_refers_to_them() {
    rejects(
        |f| f["patterns"]["rest"]["checklist"] = json!(["timeouts", "retries"]),
        TreeError::UnknownReference {
            place: Place::Pattern("rest".into()),
            what: "check",
            name: "retries".into(),
        },
        &["pattern \"rest\"", "check \"retries\"", "does not exist"],
    );
    rejects(
        |f| f["checks"]["real-requirement"]["if"] = json!({"latency": "yes"}),
        TreeError::UnknownReference {
            place: Place::Check("real-requirement".into()),
            what: "question",
            name: "latency".into(),
        },
        &["real-requirement", "latency"],
    );
    rejects(
        |f| f["questions"]["async"]["checklist"] = json!({"maybe": ["later"]}),
        TreeError::UnknownReference {
            place: Place::Question("async".into()),
            what: "answer",
            name: "maybe".into(),
        },
        &["async", "maybe"],
    );
    rejects(
        |f| f["checks"]["Bad Key"] = json!("text"),
        TreeError::InvalidId {
            id: "Bad Key".into(),
        },
        &["Bad Key"],
    );
}

#[test]
fn question_keys_the_permalink_needs_are_reserved() {
    rejects(
        |f| {
            let question = f["questions"]["async"].clone();
            f["questions"]["ready"] = question;
            node(f, "async")["ask"] = json!("ready");
        },
        TreeError::ReservedKey {
            key: "ready".into(),
        },
        &["ready", "reserved"],
    );
}

#[test]
fn the_examples_rule_is_any_or_all() {
    rejects(
        |f| f["questions"]["async"]["examples_rule"] = json!("most"),
        TreeError::BadValue {
            place: Place::Question("async".into()),
            field: "examples_rule",
            value: "most".into(),
            expected: "\"any\" or \"all\"",
        },
        &["examples_rule", "most"],
    );
}

#[test]
fn the_tree_needs_a_title() {
    rejects(
        |f| f["title"] = json!(" "),
        TreeError::MissingContent {
            subject: Place::File,
            field: "title",
        },
        &["the tree file", "title"],
    );
}
