//! The readiness checklist at an outcome: what must be in place for the recommended pattern to
//! work, plus what the answers on the path commit to (answering yes to asynchronous processing
//! adds its conditions). Items that take an answer for granted are listed only on paths that
//! gave it, so no item contradicts the reader's answers.

use crate::core::Tree;
use crate::core::model::{CheckId, NodeKind};
use crate::core::walk::Walk;

/// The checklist for `walked`, in order: the pattern's checks, then each answer's, without
/// repeats. Empty before an outcome is reached.
pub fn checklist(tree: &Tree, walked: &Walk) -> Vec<CheckId> {
    let Some(outcome) = walked.outcome(tree) else {
        return Vec::new();
    };
    let from_answers = walked.steps.iter().flat_map(|step| {
        tree.question_of(step.node)
            .map_or(&[][..], |q| q.checks_for(step.answer))
    });
    let mut items: Vec<CheckId> = Vec::new();
    for &id in tree
        .pattern(outcome.pattern)
        .checklist
        .iter()
        .chain(from_answers)
    {
        if !items.contains(&id) && holds(tree, walked, id) {
            items.push(id);
        }
    }
    items
}

/// Whether every answer the check takes for granted was given on this walk.
pub fn holds(tree: &Tree, walked: &Walk, id: CheckId) -> bool {
    tree.check(id).only_if.iter().all(|&(question, answer)| {
        walked.steps.iter().any(|step| {
            step.answer == answer
                && matches!(tree.node(step.node).kind, NodeKind::Question { question: asked, .. } if asked == question)
        })
    })
}

/// The checklist for `walked` with each item's state: whether it is among `ready`.
pub fn readiness(tree: &Tree, walked: &Walk, ready: &[CheckId]) -> Vec<(CheckId, bool)> {
    checklist(tree, walked)
        .into_iter()
        .map(|id| (id, ready.contains(&id)))
        .collect()
}
