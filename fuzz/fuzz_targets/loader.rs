//! The tree loader on arbitrary bytes (as JSON when they parse): never panics, and a tree it
//! accepts can be walked to an outcome and laid out.
#![no_main]

use integration_decision_tree::core::layout::layout;
use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::load::Value;
use integration_decision_tree::core::{load, walk};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(value) = serde_json::from_slice::<Value>(bytes) else { return };
    if let Ok(tree) = load(&value) {
        let diagram = layout(&tree);
        assert_eq!(diagram.nodes.len(), tree.len());
        // A tree never needs more answers than it is high, and that many always reach an
        // outcome (a valid tree is finite and acyclic).
        let height = tree.height(tree.root()) as usize;
        for answer in [Answer::YES, Answer::NO] {
            let walked = walk(&tree, &vec![answer; height + 1]);
            assert!(walked.steps.len() <= height);
            assert!(walked.outcome(&tree).is_some());
        }
    }
});
