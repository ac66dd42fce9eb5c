//! Turns a [`TreeSource`] into a [`Tree`], or explains precisely what is wrong with it.
//!
//! Validation runs once, when the tree is loaded. It collects every problem it can find rather
//! than stopping at the first, and each [`TreeError`] names the node, question, pattern or
//! string it is about. Graph checks (cycles, shared or unreachable nodes) run on whatever
//! references could be resolved, so one typo does not hide the rest.

use std::fmt;

use crate::core::model::{
    Answer, Node, NodeId, NodeKind, Outcome, Pattern, PatternInfo, Question, QuestionId, Tree,
};
use crate::core::source::{NodeSource, TreeSource, Value};
use crate::core::strings::{Str, Strings};
use crate::core::template::placeholders;

/// One thing wrong with a tree file.
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
    MissingAnswer { id: String, answer: Answer },
    /// A question node whose answer names a node that does not exist.
    DanglingReference {
        id: String,
        answer: Answer,
        target: String,
    },
    /// A question node asks a question that has no wording.
    UnknownQuestion { id: String, question: String },
    /// An outcome node recommends a pattern that does not exist.
    UnknownPattern { id: String, pattern: String },
    /// One of the three patterns has no description.
    MissingPattern { pattern: &'static str },
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
                "node \"{id}\": the question has no \"{}\" answer; a question needs both",
                answer.as_str()
            ),
            DanglingReference { id, answer, target } => write!(
                f,
                "node \"{id}\": the \"{}\" answer leads to \"{target}\", which does not exist",
                answer.as_str()
            ),
            UnknownQuestion { id, question } => {
                write!(
                    f,
                    "node \"{id}\": asks \"{question}\", which is not in \"questions\""
                )
            }
            UnknownPattern { id, pattern } => write!(
                f,
                "node \"{id}\": recommends \"{pattern}\", which is not rest, event-driven or combined"
            ),
            MissingPattern { pattern } => {
                write!(f, "pattern \"{pattern}\": not described in \"patterns\"")
            }
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
            Unreachable { id } => {
                write!(
                    f,
                    "node \"{id}\": unreachable, no answers from the start lead to it"
                )
            }
            UnusedQuestion { question } => write!(f, "question \"{question}\": no node asks it"),
            RepeatedQuestion { id, question } => write!(
                f,
                "node \"{id}\": asks \"{question}\" again on a path that has already asked it"
            ),
            UnknownPlaceholder { field, placeholder } => write!(
                f,
                "string \"{field}\": the placeholder {{{placeholder}}} is not available there"
            ),
        }
    }
}

/// Whether `id` is a usable id or key: lowercase ASCII letters and digits, joined by single
/// hyphens. Ids end up in permalinks and `data-` attributes, so they are kept boring.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.as_bytes().windows(2).any(|pair| pair == b"--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reads and validates a tree file that has been parsed into a [`Value`].
pub fn load(value: &Value) -> Result<Tree, Vec<TreeError>> {
    validate(TreeSource::read(value)?)
}

/// Validates a tree file.
///
/// Returns the tree, or every problem found, each naming what it is about.
pub fn validate(source: TreeSource) -> Result<Tree, Vec<TreeError>> {
    let mut errors = Vec::new();
    if source.nodes.is_empty() {
        return Err(vec![TreeError::NoNodes]);
    }

    let questions = check_questions(&source, &mut errors);
    let patterns = check_patterns(&source, &mut errors);
    let strings = check_strings(&source, &mut errors);

    let index = index_nodes(&source.nodes, &mut errors);
    let root = index.get(&source.start).map(NodeId);
    if root.is_none() {
        errors.push(TreeError::UnknownStart {
            start: source.start.clone(),
        });
    }

    let question_index = Lookup::new(questions.iter().map(|q| q.key.as_str()).enumerate());
    let mut nodes = Vec::with_capacity(source.nodes.len());
    // Children as far as they could be resolved, for the graph checks.
    let mut edges: Vec<[Option<NodeId>; 2]> = Vec::with_capacity(source.nodes.len());
    for node in &source.nodes {
        let (kind, children) = check_node(node, &index, &question_index, &mut errors);
        edges.push(children);
        nodes.push(kind.map(|kind| Node {
            id: node.id.clone(),
            kind,
        }));
    }

    let mut asked = vec![false; questions.len()];
    for node in nodes.iter().flatten() {
        if let NodeKind::Question { question, .. } = node.kind {
            asked[question.0 as usize] = true;
        }
    }
    for (q, was_asked) in questions.iter().zip(&asked) {
        if !was_asked {
            errors.push(TreeError::UnusedQuestion {
                question: q.key.clone(),
            });
        }
    }

    let ids: Vec<&str> = source.nodes.iter().map(|n| n.id.as_str()).collect();
    let parents = root.map(|root| check_shape(root, &edges, &ids, &mut errors));

    let (Some(root), Some(parents), Some(patterns)) = (root, parents, patterns) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let nodes: Vec<Node> = nodes.into_iter().flatten().collect();
    let mut tree = Tree {
        title: source.title,
        root,
        depths: vec![0; nodes.len()],
        heights: vec![0; nodes.len()],
        nodes,
        questions,
        patterns,
        parents,
        strings,
    };
    measure(&mut tree);
    check_repeated_questions(&tree, &mut errors);
    if errors.is_empty() {
        Ok(tree)
    } else {
        Err(errors)
    }
}

fn require(
    subject: &dyn Fn() -> String,
    field: &'static str,
    text: &str,
    errors: &mut Vec<TreeError>,
) {
    if text.trim().is_empty() {
        errors.push(TreeError::MissingContent {
            subject: subject(),
            field,
        });
    }
}

fn check_questions(source: &TreeSource, errors: &mut Vec<TreeError>) -> Vec<Question> {
    let mut questions: Vec<Question> = Vec::with_capacity(source.questions.len());
    for (key, q) in &source.questions {
        if questions.iter().any(|seen| seen.key == *key) {
            errors.push(TreeError::DuplicateKey {
                place: "questions",
                key: key.clone(),
            });
            continue;
        }
        if !is_valid_id(key) {
            errors.push(TreeError::InvalidId { id: key.clone() });
        }
        let subject = || format!("question \"{key}\"");
        require(&subject, "label", &q.label, errors);
        require(&subject, "text", &q.text, errors);
        require(&subject, "explanation", &q.explanation, errors);
        if q.examples.iter().all(|e| e.trim().is_empty()) {
            require(&subject, "examples", "", errors);
        }
        questions.push(Question {
            key: key.clone(),
            label: q.label.clone(),
            text: q.text.clone(),
            explanation: q.explanation.clone(),
            examples: q.examples.clone(),
            caution: q.caution.clone(),
        });
    }
    questions
}

fn check_patterns(source: &TreeSource, errors: &mut Vec<TreeError>) -> Option<[PatternInfo; 3]> {
    for (i, (id, _)) in source.patterns.iter().enumerate() {
        if Pattern::from_id(id).is_none() {
            errors.push(TreeError::UnknownPattern {
                id: "patterns".into(),
                pattern: id.clone(),
            });
        } else if source.patterns[..i].iter().any(|(seen, _)| seen == id) {
            errors.push(TreeError::DuplicateKey {
                place: "patterns",
                key: id.clone(),
            });
        }
    }
    let mut found = Vec::with_capacity(3);
    for pattern in Pattern::ALL {
        let described = source
            .patterns
            .iter()
            .find(|(id, _)| id == pattern.as_str());
        let Some((_, p)) = described else {
            errors.push(TreeError::MissingPattern {
                pattern: pattern.as_str(),
            });
            continue;
        };
        let subject = || format!("pattern \"{}\"", pattern.as_str());
        require(&subject, "name", &p.name, errors);
        require(&subject, "summary", &p.summary, errors);
        if p.must_have.iter().all(|m| m.trim().is_empty()) {
            require(&subject, "must_have", "", errors);
        }
        found.push(PatternInfo {
            name: p.name.clone(),
            summary: p.summary.clone(),
            must_have: p.must_have.clone(),
            example: p.example.clone(),
        });
    }
    found.try_into().ok()
}

fn check_strings(source: &TreeSource, errors: &mut Vec<TreeError>) -> Strings {
    let mut texts = vec![String::new(); Str::ALL.len()];
    for (i, (name, text)) in source.strings.iter().enumerate() {
        if source.strings[..i].iter().any(|(seen, _)| seen == name) {
            errors.push(TreeError::DuplicateKey {
                place: "strings",
                key: name.clone(),
            });
        }
        match Str::from_name(name) {
            Some(key) => texts[key as usize] = text.clone(),
            None => errors.push(TreeError::UnknownString {
                field: name.clone(),
            }),
        }
    }
    for (&key, text) in Str::ALL.iter().zip(&texts) {
        if text.trim().is_empty() {
            errors.push(TreeError::MissingContent {
                subject: format!("string \"{}\"", key.name()),
                field: "text",
            });
        }
        for name in placeholders(text) {
            if !key.placeholders().contains(&name) {
                errors.push(TreeError::UnknownPlaceholder {
                    field: key.name(),
                    placeholder: name.to_string(),
                });
            }
        }
    }
    Strings(texts)
}

/// Keys in sorted order, for lookups by key in logarithmic time.
struct Lookup<'a>(Vec<(&'a str, u32)>);

impl<'a> Lookup<'a> {
    fn new(keys: impl Iterator<Item = (usize, &'a str)>) -> Lookup<'a> {
        let mut sorted: Vec<(&str, u32)> = keys.map(|(i, key)| (key, i as u32)).collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
        Lookup(sorted)
    }

    /// The position of `key` in the original order.
    fn get(&self, key: &str) -> Option<u32> {
        let at = self.0.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
        Some(self.0[at].1)
    }

    /// Keys that appear more than once, once per extra appearance.
    fn repeated(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.0
            .windows(2)
            .filter(|w| w[0].0 == w[1].0)
            .map(|w| w[1].0)
    }
}

/// Checks node ids and indexes them.
fn index_nodes<'a>(nodes: &'a [NodeSource], errors: &mut Vec<TreeError>) -> Lookup<'a> {
    for (position, node) in nodes.iter().enumerate() {
        if node.id.is_empty() {
            errors.push(TreeError::MissingId { position });
        } else if !is_valid_id(&node.id) {
            errors.push(TreeError::InvalidId {
                id: node.id.clone(),
            });
        }
    }
    let index = Lookup::new(
        nodes
            .iter()
            .map(|n| n.id.as_str())
            .enumerate()
            .filter(|(_, id)| !id.is_empty()),
    );
    for id in index.repeated() {
        errors.push(TreeError::DuplicateId { id: id.to_string() });
    }
    index
}

fn check_node(
    node: &NodeSource,
    index: &Lookup,
    questions: &Lookup,
    errors: &mut Vec<TreeError>,
) -> (Option<NodeKind>, [Option<NodeId>; 2]) {
    let id = || node.id.clone();
    match (&node.ask, &node.outcome) {
        (Some(ask), None) => {
            let question = questions.get(ask).map(QuestionId);
            if question.is_none() {
                errors.push(TreeError::UnknownQuestion {
                    id: id(),
                    question: ask.clone(),
                });
            }
            let mut resolve = |answer: Answer, target: &Option<String>| match target {
                None => {
                    errors.push(TreeError::MissingAnswer { id: id(), answer });
                    None
                }
                Some(target) => {
                    let found = index.get(target).map(NodeId);
                    if found.is_none() {
                        errors.push(TreeError::DanglingReference {
                            id: id(),
                            answer,
                            target: target.clone(),
                        });
                    }
                    found
                }
            };
            let yes = resolve(Answer::Yes, &node.yes);
            let no = resolve(Answer::No, &node.no);
            let kind = match (question, yes, no) {
                (Some(question), Some(yes), Some(no)) => {
                    Some(NodeKind::Question { question, yes, no })
                }
                _ => None,
            };
            (kind, [yes, no])
        }
        (None, Some(pattern_id)) => {
            let pattern = Pattern::from_id(pattern_id);
            if pattern.is_none() {
                errors.push(TreeError::UnknownPattern {
                    id: id(),
                    pattern: pattern_id.clone(),
                });
            }
            let subject = || format!("node \"{}\"", node.id);
            let before = errors.len();
            require(&subject, "label", &node.label, errors);
            require(&subject, "headline", &node.headline, errors);
            require(&subject, "why", &node.why, errors);
            let complete = errors.len() == before;
            let kind = pattern.filter(|_| complete).map(|pattern| {
                NodeKind::Outcome(Outcome {
                    pattern,
                    label: node.label.clone(),
                    headline: node.headline.clone(),
                    why: node.why.clone(),
                    caveats: node.caveats.clone(),
                })
            });
            (kind, [None, None])
        }
        _ => {
            errors.push(TreeError::UnclearKind { id: id() });
            (None, [None, None])
        }
    }
}

/// Depth-first search from the root, then from every node not yet seen (to find cycles among
/// unreachable nodes too), without recursion so that a deep or hostile tree cannot overflow
/// the stack. Returns each node's parent.
fn check_shape(
    root: NodeId,
    edges: &[[Option<NodeId>; 2]],
    ids: &[&str],
    errors: &mut Vec<TreeError>,
) -> Vec<Option<(NodeId, Answer)>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        Not,
        OnStack,
        Done,
    }
    let mut seen = vec![Seen::Not; edges.len()];
    let mut parents: Vec<Option<(NodeId, Answer)>> = vec![None; edges.len()];
    let mut reachable = Vec::new();
    let starts = std::iter::once(root.index()).chain(0..edges.len());
    for (search, start) in starts.enumerate() {
        if search == 1 {
            reachable = seen.iter().map(|s| *s != Seen::Not).collect();
        }
        if seen[start] != Seen::Not {
            continue;
        }
        seen[start] = Seen::OnStack;
        let mut stack = vec![(start, 0usize)];
        while let Some((at, next_child)) = stack.last_mut() {
            let at = *at;
            if *next_child == 2 {
                seen[at] = Seen::Done;
                stack.pop();
                continue;
            }
            let answer = Answer::BOTH[*next_child];
            let child = edges[at][*next_child];
            *next_child += 1;
            let Some(child) = child else { continue };
            let c = child.index();
            match seen[c] {
                Seen::Not => {
                    seen[c] = Seen::OnStack;
                    parents[c] = Some((NodeId(at as u32), answer));
                    stack.push((c, 0));
                }
                Seen::OnStack => errors.push(TreeError::Cycle {
                    id: ids[c].to_string(),
                }),
                Seen::Done if search == 0 => errors.push(TreeError::SharedNode {
                    id: ids[c].to_string(),
                    first: parents[c].map_or(String::new(), |(p, _)| ids[p.index()].to_string()),
                    second: ids[at].to_string(),
                }),
                // An unreachable node pointing into the tree: reported as unreachable below.
                Seen::Done => {}
            }
        }
    }
    for (position, reached) in reachable.iter().enumerate() {
        if !reached {
            errors.push(TreeError::Unreachable {
                id: ids[position].to_string(),
            });
        }
    }
    parents
}

/// Fills in depths (root first) and heights (leaves first) using the preorder.
fn measure(tree: &mut Tree) {
    let order = tree.preorder();
    for &id in &order {
        if let Some((parent, _)) = tree.parents[id.index()] {
            tree.depths[id.index()] = tree.depths[parent.index()] + 1;
        }
    }
    for &id in order.iter().rev() {
        if let NodeKind::Question { yes, no, .. } = tree.nodes[id.index()].kind {
            tree.heights[id.index()] = 1 + tree.heights[yes.index()].max(tree.heights[no.index()]);
        }
    }
}

fn check_repeated_questions(tree: &Tree, errors: &mut Vec<TreeError>) {
    for (id, node) in tree.nodes() {
        let NodeKind::Question { question, .. } = node.kind else {
            continue;
        };
        let mut at = tree.parent(id);
        while let Some((ancestor, _)) = at {
            if matches!(tree.node(ancestor).kind, NodeKind::Question { question: q, .. } if q == question)
            {
                errors.push(TreeError::RepeatedQuestion {
                    id: node.id.clone(),
                    question: tree.questions[question.0 as usize].key.clone(),
                });
                break;
            }
            at = tree.parent(ancestor);
        }
    }
}
