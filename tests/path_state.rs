//! How each node and branch of the diagram stands relative to the walk: on the path, current,
//! still open or ruled out.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::Tree;
use integration_decision_tree::core::model::Answer;
// The built-in tree's questions are all yes/no.
const YES: Answer = Answer::YES;
const NO: Answer = Answer::NO;
use integration_decision_tree::core::path_state::{EdgeState, NodeState, edge_state, node_states};
use integration_decision_tree::core::walk;

fn id(tree: &Tree, id: &str) -> integration_decision_tree::core::NodeId {
    tree.find(id).unwrap_or_else(|| panic!("no node {id}"))
}

#[test]
fn states_at_the_start() {
    let tree = common::shipped();
    let states = node_states(&tree, &walk(&tree, &[]));
    assert_eq!(states[tree.root().index()], NodeState::Current);
    assert!(states.iter().skip(1).all(|s| *s == NodeState::Open));
    assert_eq!(edge_state(&states, tree.root(), YES), EdgeState::Choice);
    assert_eq!(edge_state(&states, tree.root(), NO), EdgeState::Choice);
}

#[test]
fn states_in_the_middle_and_at_an_outcome() {
    let tree = common::shipped();
    let states = node_states(&tree, &walk(&tree, &[NO]));
    assert_eq!(states[tree.root().index()], NodeState::Answered(NO));
    assert_eq!(states[id(&tree, "fan-out").index()], NodeState::Current);
    assert_eq!(states[id(&tree, "async").index()], NodeState::Open);
    assert_eq!(
        states[id(&tree, "fan-out-after-sync").index()],
        NodeState::RuledOut
    );
    assert_eq!(states[id(&tree, "combined").index()], NodeState::RuledOut);
    assert_eq!(edge_state(&states, tree.root(), NO), EdgeState::Taken);
    assert_eq!(edge_state(&states, tree.root(), YES), EdgeState::RuledOut);
    assert_eq!(
        edge_state(&states, id(&tree, "async"), YES),
        EdgeState::Open
    );

    let states = node_states(&tree, &walk(&tree, &[NO, NO, YES]));
    assert_eq!(states[id(&tree, "event-async").index()], NodeState::Reached);
    assert_eq!(states.iter().filter(|s| s.on_path()).count(), 4);
    assert!(
        states
            .iter()
            .all(|s| !matches!(s, NodeState::Current | NodeState::Open))
    );
}
