//! The readiness checklist at an outcome: what must be in place for the recommended pattern to
//! work, plus what the answers on the path commit to (answering yes to asynchronous processing
//! adds its conditions). Items that take an answer for granted are listed only on paths that
//! gave it, so no item contradicts the reader's answers; an item already listed is not listed
//! again under a later source.

use crate::core::Tree;
use crate::core::model::{CheckId, NodeKind, Pattern};
use crate::core::walk::{Step, Walk};

/// Where a group of checklist items comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// What the recommended pattern needs.
    Pattern(Pattern),
    /// What an answer on the path commits to.
    Answer(Step),
}

/// The checklist for `walked`, grouped by source in order (the pattern's checks, then each
/// answer's), without empty groups or repeats. Empty before an outcome is reached.
pub fn groups(tree: &Tree, walked: &Walk) -> Vec<(Source, Vec<CheckId>)> {
    let Some(outcome) = walked.outcome(tree) else {
        return Vec::new();
    };
    let pattern = (
        Source::Pattern(outcome.pattern),
        tree.pattern(outcome.pattern).checklist.as_slice(),
    );
    let answers = walked.steps.iter().map(|&step| {
        let checks = tree
            .question_of(step.node)
            .map_or(&[][..], |q| q.checks_for(step.answer));
        (Source::Answer(step), checks)
    });
    let mut listed: Vec<CheckId> = Vec::new();
    let mut groups = Vec::new();
    for (source, checks) in std::iter::once(pattern).chain(answers) {
        let mut items = Vec::new();
        for &id in checks {
            if !listed.contains(&id) && holds(tree, walked, id) {
                listed.push(id);
                items.push(id);
            }
        }
        if !items.is_empty() {
            groups.push((source, items));
        }
    }
    groups
}

/// The checklist for `walked`, in order: every group's items, one list.
pub fn checklist(tree: &Tree, walked: &Walk) -> Vec<CheckId> {
    groups(tree, walked)
        .into_iter()
        .flat_map(|(_, items)| items)
        .collect()
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
