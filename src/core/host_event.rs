//! What a host page hears: the `idt-answer`, `idt-outcome` and `idt-restart` events and their
//! `detail`, as plain data. The README documents this payload; the shell only turns it into a
//! JavaScript object.

use crate::core::Tree;
use crate::core::contract::{ANSWER_EVENT, OUTCOME_EVENT, RESTART_EVENT};
use crate::core::model::{Answer, Question};
use crate::core::permalink;
use crate::core::session::Change;
use crate::core::walk::walk;

/// One event for the host page. Fields that do not apply to the event are `None` (`null` in
/// JavaScript); the keys are always all there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostEvent {
    /// The event's name: [`ANSWER_EVENT`], [`OUTCOME_EVENT`] or [`RESTART_EVENT`].
    pub name: &'static str,
    /// The key of the question answered (answer events).
    pub question: Option<String>,
    /// The answer given, as in permalinks: the option's key, e.g. `yes` (answer events).
    pub answer: Option<String>,
    /// The id of the question node answered, or of the outcome node reached.
    pub node: Option<String>,
    /// The pattern recommended, once an outcome is reached: its key, e.g. `rest`.
    pub outcome: Option<String>,
    /// Every answer now given, question key to option key, in the order asked.
    pub answers: Vec<(String, String)>,
    /// The same answers in permalink form, without `#` (answers only: no ticks, no subject).
    pub hash: String,
}

/// The event a host hears about `change`, with `answers` the answers after it.
pub fn host_event(tree: &Tree, answers: &[Answer], change: Change) -> HostEvent {
    let walked = walk(tree, answers);
    let (name, node, answer) = match change {
        Change::Answered { node, answer } => (ANSWER_EVENT, Some(node), Some(answer)),
        Change::Reached(node) => (OUTCOME_EVENT, Some(node), None),
        Change::Restarted => (RESTART_EVENT, None, None),
    };
    let asked = node.and_then(|n| tree.question_of(n));
    HostEvent {
        name,
        question: asked.map(|q| q.key.clone()),
        answer: asked
            .zip(answer)
            .map(|(q, answer): (&Question, Answer)| q.key_of(answer).to_string()),
        node: node.map(|n| tree.node(n).id.clone()),
        outcome: walked
            .outcome(tree)
            .map(|o| tree.pattern(o.pattern).key.clone()),
        answers: walked
            .steps
            .iter()
            .filter_map(|step| {
                let question = tree.question_of(step.node)?;
                let key = question.key_of(step.answer).to_string();
                Some((question.key.clone(), key))
            })
            .collect(),
        hash: permalink::serialise_answers(tree, answers),
    }
}
