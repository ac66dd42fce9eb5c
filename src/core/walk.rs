//! Following a sequence of answers through the tree.

use crate::core::Tree;
use crate::core::model::{Answer, NodeId, Outcome};

/// One answered question on the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The question node that was answered.
    pub node: NodeId,
    pub answer: Answer,
}

/// Where a walk ends up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Waiting for an answer to this question node.
    Asking(NodeId),
    /// At this outcome node.
    Reached(NodeId),
}

/// The result of following answers from the root: the questions answered on the way and
/// where the walk stands now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    pub steps: Vec<Step>,
    pub position: Position,
}

impl Walk {
    /// The node the walk stands at: the current question or the reached outcome.
    pub fn at(&self) -> NodeId {
        match self.position {
            Position::Asking(id) | Position::Reached(id) => id,
        }
    }

    /// The question node waiting for an answer, if the walk has not reached an outcome.
    pub fn asking(&self) -> Option<NodeId> {
        match self.position {
            Position::Asking(id) => Some(id),
            Position::Reached(_) => None,
        }
    }

    /// The outcome reached, if any.
    pub fn outcome<'t>(&self, tree: &'t Tree) -> Option<&'t Outcome> {
        match self.position {
            Position::Reached(id) => tree.node(id).outcome(),
            Position::Asking(_) => None,
        }
    }

    /// The answers actually used: answers beyond an outcome are dropped.
    pub fn answers(&self) -> Vec<Answer> {
        self.steps.iter().map(|s| s.answer).collect()
    }

    /// For the current question, its number (from 1) and the most questions this walk can
    /// have in all, as in "Question 2 of 3"; `None` at an outcome.
    pub fn progress(&self, tree: &Tree) -> Option<(u32, u32)> {
        let asking = self.asking()?;
        let answered = self.steps.len() as u32;
        Some((answered + 1, answered + tree.height(asking)))
    }
}

/// Follows `answers` from the tree's root, one per question, and stops at the first outcome.
///
/// Answers left over once an outcome is reached are ignored. The cost is proportional to the
/// number of answers used: at most the tree's height.
pub fn walk(tree: &Tree, answers: &[Answer]) -> Walk {
    let mut at = tree.root();
    let mut steps = Vec::with_capacity(answers.len().min(tree.height(at) as usize));
    for &answer in answers {
        let Some(next) = tree.node(at).next(answer) else {
            break;
        };
        steps.push(Step { node: at, answer });
        at = next;
    }
    let position = if tree.node(at).outcome().is_some() {
        Position::Reached(at)
    } else {
        Position::Asking(at)
    };
    Walk { steps, position }
}
