//! "What would change this": for each answer on the path, where the other answer would lead.
//! Computed from the tree, never written by hand: flip one answer, keep the later answers whose
//! questions are still asked, and walk on. The result is another outcome, or a question the
//! earlier answers do not settle.

use crate::core::Tree;
use crate::core::model::{Answer, NodeId};
use crate::core::walk::{Position, walk};

/// One answer given the other way, and where that leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flip {
    /// The question node whose answer is flipped.
    pub node: NodeId,
    /// The question's number on the path (from 1).
    pub number: usize,
    /// The other answer.
    pub answer: Answer,
    /// The answers after the flip: those before it, the flipped one, and the later ones that
    /// still apply.
    pub answers: Vec<Answer>,
    /// Where those answers lead: an outcome, or the next question to answer.
    pub lands: Position,
}

/// Every flip of `answers`, in path order; for each answered question, every other answer.
pub fn flips(tree: &Tree, answers: &[Answer]) -> Vec<Flip> {
    let walked = walk(tree, answers);
    // The answers given, by question key, to reuse wherever the flipped path asks them.
    let given: Vec<(&str, Answer)> = walked
        .steps
        .iter()
        .filter_map(|s| Some((tree.question_of(s.node)?.key.as_str(), s.answer)))
        .collect();
    let mut flips = Vec::new();
    for (i, step) in walked.steps.iter().enumerate() {
        let offered = tree.question_of(step.node).map(|q| q.answers());
        for answer in offered.into_iter().flatten().filter(|a| *a != step.answer) {
            let mut changed: Vec<Answer> = walked.steps[..i].iter().map(|s| s.answer).collect();
            changed.push(answer);
            let mut at = tree.node(step.node).next(answer);
            while let Some(node) = at {
                let Some(question) = tree.question_of(node) else {
                    break;
                };
                let Some(&(_, again)) = given.iter().find(|(key, _)| *key == question.key) else {
                    break;
                };
                changed.push(again);
                at = tree.node(node).next(again);
            }
            let lands = walk(tree, &changed).position;
            flips.push(Flip {
                node: step.node,
                number: i + 1,
                answer,
                answers: changed,
                lands,
            });
        }
    }
    flips
}

/// "What would change this", sorted for the reader: the flips that lead to another
/// recommendation or to another question, and those that keep the recommendation (another
/// outcome of the same pattern, with its own emphasis). A flip that lands on the very outcome
/// reached changes nothing and is left out. Before an outcome is reached, every flip changes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    pub elsewhere: Vec<Flip>,
    pub same_pattern: Vec<Flip>,
}

/// The flips of `answers`, sorted into [`Changes`].
pub fn changes(tree: &Tree, answers: &[Answer]) -> Changes {
    let reached = walk(tree, answers).position;
    let pattern_at = |position: Position| match position {
        Position::Reached(node) => tree.node(node).outcome().map(|o| o.pattern),
        Position::Asking(_) => None,
    };
    let mut sorted = Changes::default();
    for flip in flips(tree, answers) {
        if flip.lands == reached {
            continue;
        }
        match (pattern_at(flip.lands), pattern_at(reached)) {
            (Some(then), Some(now)) if then == now => sorted.same_pattern.push(flip),
            _ => sorted.elsewhere.push(flip),
        }
    }
    sorted
}
