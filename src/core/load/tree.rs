//! The validated decision tree: the only tree type the rest of the program accepts.
//!
//! A [`Tree`] is defined inside the loader and its one constructor is private to it, so only
//! loading builds one: every `NodeId` in it points at a real node, every answer of every question leads
//! somewhere, every node is reachable from the start, there are no cycles, and every outcome has
//! something to say.

use crate::core::model::{
    Answer, Check, CheckId, Node, NodeId, NodeKind, Pattern, PatternInfo, Question, QuestionId,
};
use crate::core::strings::Strings;

/// A validated decision tree with all its wording.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    pub title: String,
    /// The language of the wording (a language tag: `en`, `nl`).
    pub lang: String,
    root: NodeId,
    nodes: Vec<Node>,
    questions: Vec<Question>,
    patterns: Vec<PatternInfo>,
    checks: Vec<Check>,
    /// Parent of each node (`None` for the root), with the answer that leads to it.
    parents: Vec<Option<(NodeId, Answer)>>,
    /// Depth of each node: the root is 0.
    depths: Vec<u32>,
    /// The longest run of questions from each node to an outcome, counting the node itself.
    heights: Vec<u32>,
    pub strings: Strings,
}

/// Everything a [`Tree`] is made of, as the loader works it out.
#[derive(Debug)]
pub(super) struct TreeParts {
    pub title: String,
    pub lang: String,
    pub root: NodeId,
    pub nodes: Vec<Node>,
    pub questions: Vec<Question>,
    pub patterns: Vec<PatternInfo>,
    pub checks: Vec<Check>,
    pub parents: Vec<Option<(NodeId, Answer)>>,
    pub depths: Vec<u32>,
    pub heights: Vec<u32>,
    pub strings: Strings,
}

impl Tree {
    /// Puts a tree together from parts the loader has checked: private to the loader.
    pub(super) fn assemble(parts: TreeParts) -> Tree {
        Tree {
            title: parts.title,
            lang: parts.lang,
            root: parts.root,
            nodes: parts.nodes,
            questions: parts.questions,
            patterns: parts.patterns,
            checks: parts.checks,
            parents: parts.parents,
            depths: parts.depths,
            heights: parts.heights,
            strings: parts.strings,
        }
    }

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

    /// What a pattern asks of the team. Panics only if `pattern` came from another tree.
    pub fn pattern(&self, pattern: Pattern) -> &PatternInfo {
        &self.patterns[pattern.index()]
    }

    /// Every pattern, in file order.
    pub fn patterns(&self) -> impl ExactSizeIterator<Item = (Pattern, &PatternInfo)> {
        self.patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (Pattern(i as u32), p))
    }

    /// The pattern with this stable key, if any.
    pub fn find_pattern(&self, key: &str) -> Option<Pattern> {
        self.patterns().find(|(_, p)| p.key == key).map(|(p, _)| p)
    }

    /// The label of `answer` to the question at `node` ("Yes"), as the buttons, the diagram
    /// and the record say it; empty if `node` is not a question.
    pub fn answer_label(&self, node: NodeId, answer: Answer) -> &str {
        self.question_of(node)
            .and_then(|q| q.options.get(answer.index()))
            .map_or("", |o| o.label.as_str())
    }

    /// The stable key of `answer` to the question at `node` (`yes`); empty if `node` is not a
    /// question.
    pub fn answer_key(&self, node: NodeId, answer: Answer) -> &str {
        self.question_of(node).map_or("", |q| q.key_of(answer))
    }

    /// The readiness check with this id. Panics only if `id` came from another tree.
    pub fn check(&self, id: CheckId) -> &Check {
        &self.checks[id.index()]
    }

    /// The readiness check with this stable key, if any.
    pub fn find_check(&self, key: &str) -> Option<CheckId> {
        self.checks
            .iter()
            .position(|c| c.key == key)
            .map(|i| CheckId(i as u32))
    }

    /// The wording of the question with this id.
    pub fn question(&self, id: QuestionId) -> &Question {
        &self.questions[id.index()]
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

    /// The nodes in depth-first order, each question's answers in order ("yes" before "no"):
    /// the order in which the diagram lists them.
    pub fn preorder(&self) -> Vec<NodeId> {
        let mut order = Vec::with_capacity(self.nodes.len());
        let mut stack = vec![self.root];
        while let Some(id) = stack.pop() {
            order.push(id);
            stack.extend(self.node(id).children().iter().rev());
        }
        order
    }
}
