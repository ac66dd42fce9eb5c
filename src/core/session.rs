//! The one place where the answers change: every user action is an [`Action`], applied by
//! [`apply`]. The UI's reducer only calls this.

use crate::core::Tree;
use crate::core::model::{Answer, NodeId};
use crate::core::walk::walk;

/// Something a person (or the browser's history) asks the widget to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Answer the question at `node`. Ignored unless `node` is the current question, so a
    /// stale or doubled click cannot answer the wrong question.
    Answer { node: NodeId, answer: Answer },
    /// Go back to the question at this depth (0 is the first), dropping it and later answers.
    Rewind(usize),
    /// Undo the last answer.
    Back,
    /// Drop every answer.
    Restart,
    /// Replace all answers, e.g. from the URL or the `answers` attribute.
    Restore(Vec<Answer>),
}

/// The answers after `action`, or `None` when the action changes nothing.
///
/// The result is always a valid walk: no answers past an outcome.
pub fn apply(tree: &Tree, answers: &[Answer], action: Action) -> Option<Vec<Answer>> {
    let next = match action {
        Action::Answer { node, answer } => {
            if walk(tree, answers).asking() != Some(node) {
                return None;
            }
            let mut next = answers.to_vec();
            next.push(answer);
            next
        }
        Action::Rewind(depth) if depth < answers.len() => answers[..depth].to_vec(),
        Action::Back if !answers.is_empty() => answers[..answers.len() - 1].to_vec(),
        Action::Restart => Vec::new(),
        Action::Restore(restored) => walk(tree, &restored).answers(),
        Action::Rewind(_) | Action::Back => return None,
    };
    (next != answers).then_some(next)
}

/// Something a host page may want to hear about after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The question at `node` was answered.
    Answered { node: NodeId, answer: Answer },
    /// The walk arrived at the outcome at `node`.
    Reached(NodeId),
    /// The person chose to start again.
    Restarted,
}

/// What changed when `action` took the answers from `before` to `after`.
pub fn changes(tree: &Tree, before: &[Answer], after: &[Answer], action: &Action) -> Vec<Change> {
    let mut changes = Vec::new();
    match action {
        Action::Answer { node, answer } => changes.push(Change::Answered {
            node: *node,
            answer: *answer,
        }),
        Action::Restart => changes.push(Change::Restarted),
        _ => {}
    }
    let was_done = walk(tree, before).outcome(tree).is_some();
    let now = walk(tree, after);
    if let (false, Some(_)) = (was_done, now.outcome(tree)) {
        changes.push(Change::Reached(now.at()));
    }
    changes
}
