//! What a decision tree is made of: nodes (questions and outcomes), answers, the questions'
//! wording and the patterns outcomes recommend. The tree itself, which only loading builds, is
//! [`crate::core::Tree`].

/// One answer to a yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
}

impl Answer {
    /// Both answers, in the order the widget offers them.
    pub const BOTH: [Answer; 2] = [Answer::Yes, Answer::No];

    /// The answer's position in [`Answer::BOTH`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The answer with this stable spelling, if there is one.
    pub fn from_key(text: &str) -> Option<Answer> {
        Answer::BOTH.into_iter().find(|a| a.as_str() == text)
    }

    /// The answer's stable spelling in permalinks, attributes, events and `data-edge` hooks.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
        }
    }
}

/// The integration pattern an outcome recommends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pattern {
    Rest,
    EventDriven,
    Combined,
}

impl Pattern {
    /// Every pattern, in a fixed order.
    pub const ALL: [Pattern; 3] = [Pattern::Rest, Pattern::EventDriven, Pattern::Combined];

    /// The pattern's stable id, as used in the tree file and in `data-outcome`.
    pub fn as_str(self) -> &'static str {
        match self {
            Pattern::Rest => "rest",
            Pattern::EventDriven => "event-driven",
            Pattern::Combined => "combined",
        }
    }

    /// The pattern with this stable id, if there is one.
    pub fn from_id(id: &str) -> Option<Pattern> {
        Pattern::ALL.into_iter().find(|p| p.as_str() == id)
    }

    /// The pattern's position in [`Pattern::ALL`].
    pub fn index(self) -> usize {
        self as usize
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
    /// What each answer states, as a sentence for the decision record: yes, then no.
    pub statements: [String; 2],
    /// Checks that answering this way adds to the readiness checklist: yes, then no.
    pub checklist: [Vec<CheckId>; 2],
}

impl Question {
    /// The sentence that states `answer` to this question.
    pub fn statement(&self, answer: Answer) -> &str {
        &self.statements[answer.index()]
    }

    /// The checks that `answer` to this question adds to the readiness checklist.
    pub fn checks_for(&self, answer: Answer) -> &[CheckId] {
        &self.checklist[answer.index()]
    }
}

/// What a pattern gives and asks of the team that picks it.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternInfo {
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
        yes: NodeId,
        no: NodeId,
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
            NodeKind::Question { yes, no, .. } => Some(match answer {
                Answer::Yes => *yes,
                Answer::No => *no,
            }),
            NodeKind::Outcome(_) => None,
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
