//! The URL-state parser on arbitrary text: never panics, always gives a walk the tree accepts
//! and a subject within its limit, and its canonical form reads back to itself.
#![no_main]

use integration_decision_tree::core::permalink::{parse, serialise};
use integration_decision_tree::core::session::SUBJECT_LIMIT;
use integration_decision_tree::core::load::Value;
use integration_decision_tree::core::{SITE_TREE_JSON, Tree, load, walk};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn tree() -> &'static Tree {
    static TREE: OnceLock<Tree> = OnceLock::new();
    TREE.get_or_init(|| {
        let value: Value = serde_json::from_str(SITE_TREE_JSON).unwrap();
        load(&value).unwrap()
    })
}

fuzz_target!(|text: &str| {
    let tree = tree();
    let decision = parse(tree, text);
    assert_eq!(walk(tree, &decision.answers).answers(), decision.answers);
    assert!(decision.subject.chars().count() <= SUBJECT_LIMIT);
    let canonical = serialise(tree, &decision);
    let again = parse(tree, &canonical);
    assert_eq!(again.answers, decision.answers);
    assert_eq!(serialise(tree, &again), canonical);
});
