//! What can be wrong with a tree file: the loader's vocabulary, shared by reading
//! ([`super::source`]) and checking ([`super::content`], [`super::graph`]).

use std::fmt;

/// One thing wrong with a tree file. Each names the node, question, pattern or string it is
/// about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeError {
    /// The file has no nodes at all.
    NoNodes,
    /// A field holds the wrong kind of value.
    WrongType {
        place: String,
        field: String,
        expected: &'static str,
    },
    /// A key appears twice in `questions`, `patterns` or `strings`.
    DuplicateKey { place: &'static str, key: String },
    /// A string the widget does not use (often a typo).
    UnknownString { field: String },
    /// The node at this position in `nodes` has an empty `id`.
    MissingId { position: usize },
    /// An id or key that is not lowercase letters, digits and single hyphens.
    InvalidId { id: String },
    /// Two nodes share an id.
    DuplicateId { id: String },
    /// `start` names no node.
    UnknownStart { start: String },
    /// A node that is both, or neither, a question (`ask`) and an outcome (`outcome`).
    UnclearKind { id: String },
    /// A question node without a node for this answer.
    MissingAnswer { id: String, answer: String },
    /// A question node whose answer names a node that does not exist.
    DanglingReference {
        id: String,
        answer: String,
        target: String,
    },
    /// A question node asks a question that has no wording.
    UnknownQuestion { id: String, question: String },
    /// An outcome node recommends a pattern that does not exist.
    UnknownPattern { id: String, pattern: String },
    /// A question offers too few or too many options.
    OptionCount { question: String, count: usize },
    /// A node, question or pattern lacks a required piece of wording.
    MissingContent {
        subject: String,
        field: &'static str,
    },
    /// Following answers from this node leads back to it.
    Cycle { id: String },
    /// A node reached from two places: a tree gives each node exactly one parent.
    SharedNode {
        id: String,
        first: String,
        second: String,
    },
    /// No sequence of answers from `start` reaches this node.
    Unreachable { id: String },
    /// A question with wording that no node asks.
    UnusedQuestion { question: String },
    /// A question asked twice on the same path, which a permalink could not tell apart.
    RepeatedQuestion { id: String, question: String },
    /// Something refers to a question, an answer or a check that does not exist.
    UnknownReference {
        place: String,
        what: &'static str,
        name: String,
    },
    /// A question key the permalink needs for itself.
    ReservedKey { key: String },
    /// A field with a value it cannot take.
    BadValue {
        place: String,
        field: &'static str,
        value: String,
        expected: &'static str,
    },
    /// A string uses a placeholder its place does not provide.
    UnknownPlaceholder {
        field: &'static str,
        placeholder: String,
    },
}

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use TreeError::*;
        match self {
            NoNodes => write!(f, "the tree has no nodes"),
            WrongType {
                place,
                field,
                expected,
            } => write!(f, "{place}: \"{field}\" must be {expected}"),
            DuplicateKey { place, key } => write!(f, "{place}: \"{key}\" appears more than once"),
            UnknownString { field } => write!(f, "string \"{field}\": not used by the widget"),
            MissingId { position } => write!(f, "node #{position} has no id"),
            InvalidId { id } => write!(
                f,
                "\"{id}\" is not a valid id: use lowercase letters, digits and single hyphens"
            ),
            DuplicateId { id } => write!(f, "node \"{id}\": the id is used by more than one node"),
            UnknownStart { start } => write!(f, "start: no node has the id \"{start}\""),
            UnclearKind { id } => write!(
                f,
                "node \"{id}\": a node must have either \"ask\" (a question) or \"outcome\", not both or neither"
            ),
            MissingAnswer { id, answer } => write!(
                f,
                "node \"{id}\": no node for the answer \"{answer}\"; every answer needs one"
            ),
            DanglingReference { id, answer, target } => write!(
                f,
                "node \"{id}\": the \"{answer}\" answer leads to \"{target}\", which does not exist"
            ),
            UnknownQuestion { id, question } => write!(
                f,
                "node \"{id}\": asks \"{question}\", which is not in \"questions\""
            ),
            UnknownPattern { id, pattern } => write!(
                f,
                "node \"{id}\": recommends \"{pattern}\", which is not in \"patterns\""
            ),
            OptionCount { question, count } => write!(
                f,
                "question \"{question}\": offers {count} options; a question offers 2 to {}",
                crate::core::model::MAX_OPTIONS
            ),
            MissingContent { subject, field } => {
                write!(f, "{subject}: \"{field}\" is missing or empty")
            }
            Cycle { id } => write!(
                f,
                "node \"{id}\": following the answers leads back to it (a cycle)"
            ),
            SharedNode { id, first, second } => write!(
                f,
                "node \"{id}\": reached from both \"{first}\" and \"{second}\"; every node needs exactly one parent"
            ),
            Unreachable { id } => write!(
                f,
                "node \"{id}\": unreachable, no answers from the start lead to it"
            ),
            UnusedQuestion { question } => write!(f, "question \"{question}\": no node asks it"),
            RepeatedQuestion { id, question } => write!(
                f,
                "node \"{id}\": asks \"{question}\" again on a path that has already asked it"
            ),
            UnknownReference { place, what, name } => write!(
                f,
                "{place}: refers to the {what} \"{name}\", which does not exist"
            ),
            ReservedKey { key } => write!(
                f,
                "question \"{key}\": the key is reserved for the permalink; choose another"
            ),
            BadValue {
                place,
                field,
                value,
                expected,
            } => write!(
                f,
                "{place}: \"{field}\" is \"{value}\"; it must be {expected}"
            ),
            UnknownPlaceholder { field, placeholder } => write!(
                f,
                "string \"{field}\": the placeholder {{{placeholder}}} is not available there"
            ),
        }
    }
}
