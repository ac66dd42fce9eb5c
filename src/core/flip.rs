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
