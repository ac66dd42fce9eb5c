//! How each node and branch of the diagram relates to the walk so far.
//!
//! The UI styles nodes and branches from these states; keeping the rules here means they are
//! tested natively and the same for every renderer (the widget and the static SVG export).

use crate::core::Tree;
use crate::core::model::{Answer, NodeId};
use crate::core::walk::{Position, Walk};

/// A node's relation to the walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeState {
    /// A question on the path, with the answer given. Selecting it rewinds to it.
    Answered(Answer),
    /// The question waiting for an answer.
    Current,
    /// The outcome the answers lead to.
    Reached,
    /// Still possible: below the current question.
    Open,
    /// No longer possible given the answers so far.
    RuledOut,
}

/// A branch's relation to the walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeState {
    /// An answer that was given.
    Taken,
    /// One of the current question's two answers: selecting it answers the question.
    Choice,
    /// Below the current question.
    Open,
    /// No longer possible.
    RuledOut,
}

impl NodeState {
    /// Whether the node is on the path taken so far.
    pub fn on_path(self) -> bool {
        matches!(
            self,
            NodeState::Answered(_) | NodeState::Current | NodeState::Reached
        )
    }
}

/// The state of every node, indexed like [`Tree::nodes`]. Linear in the size of the tree.
pub fn node_states(tree: &Tree, walk: &Walk) -> Vec<NodeState> {
    let mut states = vec![NodeState::RuledOut; tree.len()];
    for step in &walk.steps {
        states[step.node.index()] = NodeState::Answered(step.answer);
    }
    match walk.position {
        Position::Reached(id) => states[id.index()] = NodeState::Reached,
        Position::Asking(id) => {
            states[id.index()] = NodeState::Current;
            let mut below: Vec<NodeId> = children(tree, id).collect();
            while let Some(node) = below.pop() {
                states[node.index()] = NodeState::Open;
                below.extend(children(tree, node));
            }
        }
    }
    states
}

/// The state of the branch leaving `from` for `answer`, given the states of the nodes.
pub fn edge_state(states: &[NodeState], from: NodeId, answer: Answer) -> EdgeState {
    match states[from.index()] {
        NodeState::Answered(given) if given == answer => EdgeState::Taken,
        NodeState::Current => EdgeState::Choice,
        NodeState::Open => EdgeState::Open,
        _ => EdgeState::RuledOut,
    }
}

fn children(tree: &Tree, id: NodeId) -> impl Iterator<Item = NodeId> {
    tree.node(id).children().iter().copied()
}
