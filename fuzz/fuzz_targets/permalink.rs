//! The URL-state parser on arbitrary text: never panics, always gives a walk the tree accepts,
//! and its canonical form reads back to the same answers.
#![no_main]

use integration_decision_tree::core::permalink::{parse, serialise};
use integration_decision_tree::core::load::Value;
use integration_decision_tree::core::{TREE_JSON, Tree, load, walk};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn tree() -> &'static Tree {
    static TREE: OnceLock<Tree> = OnceLock::new();
    TREE.get_or_init(|| {
        let value: Value = serde_json::from_str(TREE_JSON).unwrap();
        load(&value).unwrap()
    })
}

fuzz_target!(|text: &str| {
    let tree = tree();
    let answers = parse(tree, text);
    assert_eq!(walk(tree, &answers).answers(), answers);
    assert_eq!(parse(tree, &serialise(tree, &answers)), answers);
});
