//! The one place where the decision changes: every user action is an [`Action`], applied by
//! [`apply`]. The UI's reducer only calls this.

use crate::core::Tree;
use crate::core::model::{Answer, CheckId, NodeId};
use crate::core::walk::walk;

/// The most characters the "What are you integrating?" field keeps.
pub const SUBJECT_LIMIT: usize = 120;

/// Everything the reader decides: the answers, the readiness checks they ticked, and what they
/// are integrating. The permalink carries all three.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decision {
    /// One answer per question on the path, in order; never past an outcome.
    pub answers: Vec<Answer>,
    /// The checks ticked as already in place, in the order they were ticked.
    pub ready: Vec<CheckId>,
    /// What is being integrated, e.g. "Order service → fulfilment"; see [`clean_subject`].
    pub subject: String,
    /// The record's number in its repository (`0007-…md`); 0 until one is set, which files as 1.
    /// Not carried in links, and kept when the walk restarts or is restored.
    pub number: u16,
}

impl Decision {
    /// A decision with these answers and nothing else.
    pub fn with_answers(answers: Vec<Answer>) -> Decision {
        Decision {
            answers,
            ..Decision::default()
        }
    }
}

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
    /// Drop the answers, ticks and subject (the record's number stays).
    Restart,
    /// Take these answers instead, keeping the ticks and the subject ("what would change this").
    Follow(Vec<Answer>),
    /// Replace the whole decision, e.g. from the URL or the `answers` setting.
    Restore(Decision),
    /// Tick a readiness check as in place, or untick it.
    Tick { check: CheckId, done: bool },
    /// Name what is being integrated.
    Describe(String),
    /// Number the record (clamped to 1–9999).
    Number(u16),
}

/// The decision after `action`, or `None` when the action changes nothing.
///
/// The result is always valid: no answers past an outcome, no check ticked twice, a clean
/// subject.
pub fn apply(tree: &Tree, decision: &Decision, action: Action) -> Option<Decision> {
    let answers = &decision.answers;
    let with_answers = |answers: Vec<Answer>| Decision {
        answers,
        ..decision.clone()
    };
    let next = match action {
        Action::Answer { node, answer } => {
            if walk(tree, answers).asking() != Some(node) {
                return None;
            }
            let mut next = answers.to_vec();
            next.push(answer);
            with_answers(next)
        }
        Action::Rewind(depth) if depth < answers.len() => with_answers(answers[..depth].to_vec()),
        Action::Back if !answers.is_empty() => with_answers(answers[..answers.len() - 1].to_vec()),
        Action::Rewind(_) | Action::Back => return None,
        Action::Restart => Decision {
            number: decision.number,
            ..Decision::default()
        },
        Action::Follow(answers) => with_answers(walk(tree, &answers).answers()),
        Action::Restore(restored) => Decision {
            answers: walk(tree, &restored.answers).answers(),
            ready: dedupe(restored.ready),
            subject: clean_subject(&restored.subject),
            // Links carry no number: a restored decision keeps the one already set, unless it
            // brings its own.
            number: if restored.number == 0 {
                decision.number
            } else {
                restored.number.min(9999)
            },
        },
        Action::Tick { check, done } => {
            let mut ready: Vec<CheckId> = decision
                .ready
                .iter()
                .copied()
                .filter(|c| *c != check)
                .collect();
            if done {
                ready.push(check);
            }
            Decision {
                ready,
                ..decision.clone()
            }
        }
        Action::Describe(subject) => Decision {
            subject: clean_subject(&subject),
            ..decision.clone()
        },
        Action::Number(number) => Decision {
            number: number.clamp(1, 9999),
            ..decision.clone()
        },
    };
    (next != *decision).then_some(next)
}

fn dedupe(ids: Vec<CheckId>) -> Vec<CheckId> {
    let mut kept = Vec::with_capacity(ids.len());
    for id in ids {
        if !kept.contains(&id) {
            kept.push(id);
        }
    }
    kept
}

/// What the subject field keeps of untrusted text: no control or bidirectional-override
/// characters (they could make the decision record say something it does not), runs of
/// whitespace as one space, no leading space, at most [`SUBJECT_LIMIT`] characters. Where the
/// subject is used, it is trimmed.
pub fn clean_subject(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(SUBJECT_LIMIT * 4));
    let mut count = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            continue;
        }
        let needed = if space { 2 } else { 1 };
        if count + needed > SUBJECT_LIMIT {
            break;
        }
        if space {
            out.push(' ');
            space = false;
            count += 1;
        }
        out.push(c);
        count += 1;
    }
    // One trailing space survives, so that a person typing "Order " can go on to "Order service".
    if space && count < SUBJECT_LIMIT {
        out.push(' ');
    }
    out
}

/// A record number as typed (or as stored): ASCII digits, surrounding spaces allowed, 1–9999;
/// `None` for anything else. (By hand: `str::parse` would cost the wasm its own code.)
pub fn record_number(text: &str) -> Option<u16> {
    let digits = text.trim();
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let mut number = 0u16;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        number = number * 10 + u16::from(b - b'0');
    }
    (number > 0).then_some(number)
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
    let was = walk(tree, before);
    let now = walk(tree, after);
    let arrived =
        now.outcome(tree).is_some() && (was.outcome(tree).is_none() || was.at() != now.at());
    if arrived {
        changes.push(Change::Reached(now.at()));
    }
    changes
}
