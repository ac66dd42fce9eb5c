//! What a decision tree is made of: nodes (questions and outcomes), answers, the questions'
//! wording and the patterns outcomes recommend. The tree itself, which only loading builds, is
//! [`crate::core::Tree`].

/// The most options a question may offer.
pub const MAX_OPTIONS: usize = 8;

/// One answer to a question: the position of the chosen option among the question's options.
/// Only meaningful together with the question it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Answer(pub(crate) u8);

impl Answer {
    /// The first option of a yes/no question (the shorthand every tree may use).
    pub const YES: Answer = Answer(0);
    /// The second option of a yes/no question.
    pub const NO: Answer = Answer(1);

    /// The answer at this position, if a question may have that many options.
    pub fn nth(index: usize) -> Option<Answer> {
        (index < MAX_OPTIONS).then_some(Answer(index as u8))
    }

    /// The answer's position among its question's options.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The pattern (the kind of recommendation) an outcome stands for: an index into the tree's
/// patterns, only meaningful for the tree that produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pattern(pub(crate) u32);

impl Pattern {
    /// The pattern's position in the tree's patterns.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The index of a node in its [`Tree`]. Only meaningful for the tree that produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(crate) u32);

impl NodeId {
    /// The node's position in [`Tree::nodes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The index of a question's wording in its [`Tree`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuestionId(pub(crate) u32);

impl QuestionId {
    /// The question's position in the tree's questions.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// How a question's examples relate to its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExamplesRule {
    /// Any one of the examples means yes (the default).
    #[default]
    Any,
    /// Yes only if all of them hold.
    All,
}

/// The wording of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The stable key used in permalinks and the `answers` attribute, e.g. `fan-out`.
    pub key: String,
    /// A short label for the diagram and the fallback table's column.
    pub label: String,
    pub text: String,
    pub explanation: String,
    pub examples: Vec<String>,
    pub examples_rule: ExamplesRule,
    pub caution: String,
    /// The answers it offers, 2 to [`MAX_OPTIONS`], in the order the widget shows them.
    pub options: Vec<AnswerOption>,
}

/// One answer a question offers.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    /// The stable key used in permalinks, attributes, events and `data-answer`, e.g. `yes`.
    pub key: String,
    /// The answer as the buttons and the diagram say it, e.g. "Yes".
    pub label: String,
    /// What choosing it states, as a sentence for the decision record.
    pub statement: String,
    /// Checks that choosing it adds to the readiness checklist.
    pub checklist: Vec<CheckId>,
}

impl Question {
    /// The option `answer` chose. Panics only if `answer` belongs to another question.
    pub fn option(&self, answer: Answer) -> &AnswerOption {
        &self.options[answer.index()]
    }

    /// Every answer this question offers, in order.
    pub fn answers(&self) -> impl ExactSizeIterator<Item = Answer> + use<> {
        (0..self.options.len() as u8).map(Answer)
    }

    /// The answer whose option has this key, if any.
    pub fn find_answer(&self, key: &str) -> Option<Answer> {
        self.options
            .iter()
            .position(|o| o.key == key)
            .and_then(Answer::nth)
    }

    /// The answer's stable key.
    pub fn key_of(&self, answer: Answer) -> &str {
        self.options
            .get(answer.index())
            .map_or("", |o| o.key.as_str())
    }

    /// The sentence that states `answer` to this question.
    pub fn statement(&self, answer: Answer) -> &str {
        self.options
            .get(answer.index())
            .map_or("", |o| o.statement.as_str())
    }

    /// The checks that `answer` to this question adds to the readiness checklist.
    pub fn checks_for(&self, answer: Answer) -> &[CheckId] {
        self.options
            .get(answer.index())
            .map_or(&[], |o| o.checklist.as_slice())
    }
}

/// What a pattern gives and asks of the team that picks it.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternInfo {
    /// The pattern's stable id, as used in the tree file, `data-outcome` and host events.
    pub key: String,
    pub name: String,
    pub summary: String,
    /// What the pattern gives, as phrases that complete "Good, because …".
    pub strengths: Vec<String>,
    /// What it costs, as phrases that complete "Bad, because …".
    pub drawbacks: Vec<String>,
    /// What must be in place for it to work: the readiness checklist.
    pub checklist: Vec<CheckId>,
    /// A worked example, if any.
    pub example: String,
}

/// The index of a check in its [`Tree`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CheckId(pub(crate) u32);

impl CheckId {
    /// The check's position in the tree's checks.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One item of a readiness checklist: something that must be in place for a pattern to work.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The stable key used in permalinks (`ready=…`).
    pub key: String,
    pub text: String,
    /// Answers the item takes for granted: it is listed only on paths that gave all of them.
    pub only_if: Vec<(QuestionId, Answer)>,
}

/// An end of the walk: the recommendation and why this particular path leads to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub pattern: Pattern,
    /// A short label for the diagram.
    pub label: String,
    pub headline: String,
    /// Why this path leads here, naming the answers given on the way.
    pub why: String,
    /// Warnings that apply to this path.
    pub caveats: Vec<String>,
}

/// What a node is.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    Question {
        question: QuestionId,
        /// Where each of the question's options leads, in the question's order.
        next: Vec<NodeId>,
    },
    Outcome(Outcome),
}

/// One node of the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The node's stable id, as used in the `data-node` hook.
    pub id: String,
    pub kind: NodeKind,
}

impl Node {
    /// The node this answer leads to, if this node is a question.
    pub fn next(&self, answer: Answer) -> Option<NodeId> {
        match &self.kind {
            NodeKind::Question { next, .. } => next.get(answer.index()).copied(),
            NodeKind::Outcome(_) => None,
        }
    }

    /// Where each answer leads, in the question's order; empty for an outcome.
    pub fn children(&self) -> &[NodeId] {
        match &self.kind {
            NodeKind::Question { next, .. } => next,
            NodeKind::Outcome(_) => &[],
        }
    }

    /// The outcome this node stands for, if it is one.
    pub fn outcome(&self) -> Option<&Outcome> {
        match &self.kind {
            NodeKind::Outcome(outcome) => Some(outcome),
            NodeKind::Question { .. } => None,
        }
    }
}
