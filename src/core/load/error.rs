//! What can be wrong with a tree file: the loader's vocabulary, shared by reading
//! ([`super::source`]) and checking ([`super::content`], [`super::graph`]).

use std::fmt;

/// Where in the tree file something is. Messages name it in words (`question "fan-out"`);
/// [`Place::path`] gives it as a path into the file (`/questions/fan-out`), which editors and
/// the authoring page point at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (its top level).
    File,
    /// A question's wording, by key.
    Question(String),
    /// An option of a question: the question's key and the option's position.
    Option(String, usize),
    /// A pattern, by key.
    Pattern(String),
    /// A readiness check, by key.
    Check(String),
    /// A node by its position in `nodes`, before its id is known.
    NodeAt(usize),
    /// A node, by id.
    Node(String),
    /// The `strings` object.
    Strings,
    /// One interface sentence, by name.
    String(String),
}

/// `/a/b/c` from its segments (no `format!`: this is in the wasm, where each one costs).
fn path_of(segments: &[&str]) -> String {
    let mut path = String::new();
    for segment in segments {
        path.push('/');
        path.push_str(segment);
    }
    path
}

impl Place {
    /// The place as a path into the file: `/questions/fan-out/options/1`, `/nodes/async`
    /// (nodes by id, or by position before the id is known), `` for the top level.
    pub fn path(&self) -> String {
        let index;
        let segments: &[&str] = match self {
            Place::File => &[],
            Place::Question(key) => &["questions", key],
            Place::Option(key, i) => {
                index = i.to_string();
                &["questions", key, "options", &index]
            }
            Place::Pattern(key) => &["patterns", key],
            Place::Check(key) => &["checks", key],
            Place::NodeAt(i) => {
                index = i.to_string();
                &["nodes", &index]
            }
            Place::Node(id) => &["nodes", id],
            Place::Strings => &["strings"],
            Place::String(name) => &["strings", name],
        };
        path_of(segments)
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File => write!(f, "the tree file"),
            Place::Question(key) => write!(f, "question \"{key}\""),
            Place::Option(key, i) => write!(f, "question \"{key}\" option #{i}"),
            Place::Pattern(key) => write!(f, "pattern \"{key}\""),
            Place::Check(key) => write!(f, "check \"{key}\""),
            Place::NodeAt(i) => write!(f, "node #{i}"),
            Place::Node(id) => write!(f, "node \"{id}\""),
            Place::Strings => write!(f, "strings"),
            Place::String(name) => write!(f, "string \"{name}\""),
        }
    }
}

/// One thing wrong with a tree file. Each names the node, question, pattern or string it is
/// about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeError {
    /// The file has no nodes at all.
    NoNodes,
    /// A field holds the wrong kind of value.
    WrongType {
        place: Place,
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
    MissingContent { subject: Place, field: &'static str },
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
        place: Place,
        what: &'static str,
        name: String,
    },
    /// A question key the permalink needs for itself.
    ReservedKey { key: String },
    /// A field with a value it cannot take.
    BadValue {
        place: Place,
        field: &'static str,
        value: String,
        expected: &'static str,
    },
    /// A string uses a placeholder its place does not provide.
    UnknownPlaceholder {
        field: &'static str,
        placeholder: String,
    },
    /// The tree is bigger than the widget agrees to load: `what` over `limit`.
    TooLarge { what: &'static str, limit: usize },
    /// A translation that does not fit its tree: `path` is the place in the translation's file.
    Translation { path: String, problem: String },
}

impl TreeError {
    /// Where in the file the problem is, as a path (`/nodes/fan-out/next/yes`,
    /// `/questions/async/options/1/label`); `None` where no one place can be named.
    pub fn path(&self) -> Option<String> {
        use TreeError::*;
        let below = |place: &Place, field: &str| {
            let mut path = place.path();
            if field != "(top level)" {
                path.push('/');
                path.push_str(field);
            }
            path
        };
        let index;
        let segments: &[&str] = match self {
            WrongType { place, field, .. } => return Some(below(place, field)),
            Translation { path, .. } => return Some(path.clone()),
            MissingContent { subject, field } => return Some(below(subject, field)),
            BadValue { place, field, .. } => return Some(below(place, field)),
            UnknownReference { place, .. } => return Some(place.path()),
            NoNodes => &["nodes"],
            DuplicateKey { place, key } => &[place, key],
            UnknownString { field } => &["strings", field],
            MissingId { position } => {
                index = position.to_string();
                &["nodes", &index, "id"]
            }
            DuplicateId { id } | UnclearKind { id } | Cycle { id } | Unreachable { id } => {
                &["nodes", id]
            }
            SharedNode { id, .. } | RepeatedQuestion { id, .. } => &["nodes", id],
            UnknownStart { .. } => &["start"],
            MissingAnswer { id, answer } | DanglingReference { id, answer, .. } => {
                &["nodes", id, "next", answer]
            }
            UnknownQuestion { id, .. } => &["nodes", id, "ask"],
            UnknownPattern { id, .. } => &["nodes", id, "outcome"],
            OptionCount { question, .. } => &["questions", question, "options"],
            UnusedQuestion { question } | ReservedKey { key: question } => &["questions", question],
            UnknownPlaceholder { field, .. } => &["strings", field],
            InvalidId { .. } | TooLarge { .. } => return None,
        };
        Some(path_of(segments))
    }

    /// The id of the node the problem is about, if it is about one node.
    pub fn node(&self) -> Option<&str> {
        use TreeError::*;
        match self {
            DuplicateId { id }
            | UnclearKind { id }
            | Cycle { id }
            | Unreachable { id }
            | SharedNode { id, .. }
            | RepeatedQuestion { id, .. }
            | MissingAnswer { id, .. }
            | DanglingReference { id, .. }
            | UnknownQuestion { id, .. }
            | UnknownPattern { id, .. } => Some(id),
            MissingContent {
                subject: Place::Node(id),
                ..
            }
            | UnknownReference {
                place: Place::Node(id),
                ..
            } => Some(id),
            _ => None,
        }
    }
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
            TooLarge { what, limit } => write!(
                f,
                "the tree is too large: more than {limit} {what}; the widget does not load it"
            ),
            Translation { path, problem } => write!(f, "translation {path}: {problem}"),
        }
    }
}
