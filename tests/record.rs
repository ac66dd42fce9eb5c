//! The decision record a person takes away.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::export::decision_record;
use integration_decision_tree::core::model::Answer::Yes;
use integration_decision_tree::core::walk;

#[test]
fn no_record_before_an_outcome() {
    let tree = common::shipped();
    assert_eq!(
        decision_record(&tree, &walk(&tree, &[Yes]), "https://x"),
        None
    );
}

#[test]
fn the_record_holds_answers_reasoning_and_link() {
    let tree = common::shipped();
    let walked = walk(&tree, &[Yes, Yes, Yes]);
    let record =
        decision_record(&tree, &walked, "https://example.org/tree/#immediate=yes").unwrap();
    let outcome = walked.outcome(&tree).unwrap();
    assert!(record.starts_with("## "));
    assert_eq!(
        record
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
            .count(),
        4
    );
    assert!(record.contains(&outcome.why));
    for item in &tree.pattern(outcome.pattern).must_have {
        assert!(record.contains(&format!("- {item}")));
    }
    for item in &outcome.caveats {
        assert!(record.contains(item.as_str()));
    }
    assert!(
        record
            .trim_end()
            .ends_with("https://example.org/tree/#immediate=yes")
    );
}
