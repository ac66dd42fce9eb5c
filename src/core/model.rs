//! The validated decision tree: the only tree type the rest of the program accepts.
//!
//! A [`Tree`] can only be built by [`crate::core::validate`], so every `NodeId` in it points at
//! a real node, every question has both answers, every node is reachable from the start, there
//! are no cycles, and every outcome has something to say.

use crate::core::strings::Strings;

/// One answer to a yes/no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
}

impl Answer {
    /// Both answers, in the order the widget offers them.
    pub const BOTH: [Answer; 2] = [Answer::Yes, Answer::No];

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

    fn index(self) -> usize {
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

/// The wording of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The stable key used in permalinks and the `answers` attribute, e.g. `fan-out`.
    pub key: String,
    pub label: String,
    pub text: String,
    pub explanation: String,
    pub examples: Vec<String>,
    pub caution: String,
}

/// What a pattern asks of the team.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternInfo {
    pub name: String,
    pub summary: String,
    pub must_have: Vec<String>,
    pub example: String,
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

/// A validated decision tree with all its wording.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    pub title: String,
    pub(crate) root: NodeId,
    pub(crate) nodes: Vec<Node>,
    pub(crate) questions: Vec<Question>,
    pub(crate) patterns: [PatternInfo; 3],
    /// Parent of each node (`None` for the root), with the answer that leads to it.
    pub(crate) parents: Vec<Option<(NodeId, Answer)>>,
    /// Depth of each node: the root is 0.
    pub(crate) depths: Vec<u32>,
    /// The longest run of questions from each node to an outcome, counting the node itself.
    pub(crate) heights: Vec<u32>,
    pub strings: Strings,
}

impl Tree {
    /// The node every walk starts at.
    pub fn root(&self) -> NodeId {
        self.root
    }

    /// The node with this index. Panics only if `id` came from another tree.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// All nodes, in file order.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = (NodeId, &Node)> {
        self.nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (NodeId(i as u32), n))
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Always false: a valid tree has at least its start node.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node with this stable id, if any.
    pub fn find(&self, id: &str) -> Option<NodeId> {
        self.nodes().find(|(_, n)| n.id == id).map(|(i, _)| i)
    }

    /// The wording of the question a question node asks.
    pub fn question_of(&self, id: NodeId) -> Option<&Question> {
        match self.node(id).kind {
            NodeKind::Question { question, .. } => Some(&self.questions[question.0 as usize]),
            NodeKind::Outcome(_) => None,
        }
    }

    /// What a pattern asks of the team.
    pub fn pattern(&self, pattern: Pattern) -> &PatternInfo {
        &self.patterns[pattern.index()]
    }

    /// The parent of a node and the answer that leads from it, or `None` for the root.
    pub fn parent(&self, id: NodeId) -> Option<(NodeId, Answer)> {
        self.parents[id.index()]
    }

    /// How many answers it takes to reach this node from the root.
    pub fn depth(&self, id: NodeId) -> u32 {
        self.depths[id.index()]
    }

    /// The most questions that can still be asked from this node on, counting itself.
    /// Zero for an outcome.
    pub fn height(&self, id: NodeId) -> u32 {
        self.heights[id.index()]
    }

    /// The nodes in depth-first order, "yes" before "no", each with its depth: the order in
    /// which the diagram lists them.
    pub fn preorder(&self) -> Vec<NodeId> {
        let mut order = Vec::with_capacity(self.nodes.len());
        let mut stack = vec![self.root];
        while let Some(id) = stack.pop() {
            order.push(id);
            if let NodeKind::Question { yes, no, .. } = self.node(id).kind {
                stack.push(no);
                stack.push(yes);
            }
        }
        order
    }
}
