//! Graph checks: node ids are unique, every reference resolves, the nodes form one tree from
//! the start (no cycle, no shared or unreachable node), and no path asks a question twice.
//! They run on whatever references could be resolved, so one typo does not hide the rest.
//! None of them recurses, so a deep or hostile tree cannot overflow the stack.

use super::error::{Place, TreeError};
use super::lookup::Lookup;
use super::source::NodeSource;
use crate::core::model::{Answer, Node, NodeId, NodeKind, Outcome, Question, QuestionId};

/// Checks node ids and indexes them.
pub fn index_nodes<'a>(nodes: &'a [NodeSource], errors: &mut Vec<TreeError>) -> Lookup<'a> {
    for (position, node) in nodes.iter().enumerate() {
        if node.id.is_empty() {
            errors.push(TreeError::MissingId { position });
        } else if !super::content::is_valid_id(&node.id) {
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

/// A question node's references, resolved as far as they go: the node kind once everything
/// resolved, and the children that did, in the question's order (for the shape checks either
/// way).
pub fn question(
    node: &NodeSource,
    ask: &str,
    nodes: &Lookup,
    questions: (&Lookup, &[Question]),
    errors: &mut Vec<TreeError>,
) -> (Option<NodeKind>, Vec<Option<NodeId>>) {
    let (keys, wording) = questions;
    let Some(question) = keys.get(ask).map(QuestionId) else {
        errors.push(TreeError::UnknownQuestion {
            id: node.id.clone(),
            question: ask.to_string(),
        });
        // The options are unknown: resolve what is there so the shape checks still see it.
        let below = node
            .next
            .iter()
            .map(|(_, target)| nodes.get(target).map(NodeId));
        return (None, below.collect());
    };
    let options = &wording[question.index()].options;
    for (key, _) in &node.next {
        if !options.iter().any(|o| o.key == *key) {
            errors.push(TreeError::UnknownReference {
                place: Place::Node(node.id.clone()),
                what: "answer",
                name: key.clone(),
            });
        }
    }
    let mut below = Vec::with_capacity(options.len());
    for option in options {
        let Some((_, target)) = node.next.iter().find(|(key, _)| *key == option.key) else {
            errors.push(TreeError::MissingAnswer {
                id: node.id.clone(),
                answer: option.key.clone(),
            });
            below.push(None);
            continue;
        };
        let found = nodes.get(target).map(NodeId);
        if found.is_none() {
            errors.push(TreeError::DanglingReference {
                id: node.id.clone(),
                answer: option.key.clone(),
                target: target.clone(),
            });
        }
        below.push(found);
    }
    let kind = below
        .iter()
        .copied()
        .collect::<Option<Vec<NodeId>>>()
        .map(|next| NodeKind::Question { question, next });
    (kind, below)
}

/// An outcome node: it has no children.
pub fn outcome(outcome: Option<Outcome>) -> (Option<NodeKind>, Vec<Option<NodeId>>) {
    (outcome.map(NodeKind::Outcome), Vec::new())
}

/// Where each node sits in the tree.
pub struct Shape {
    /// Each node's parent and the answer that leads from it; `None` for the root.
    pub parents: Vec<Option<(NodeId, Answer)>>,
    /// How many answers it takes to reach each node from the root.
    pub depths: Vec<u32>,
    /// The longest run of questions from each node to an outcome, counting the node itself.
    pub heights: Vec<u32>,
}

/// Depth-first search from the root, then from every node not yet seen (to find cycles among
/// unreachable nodes too). Reports cycles, shared and unreachable nodes; returns each node's
/// parent.
pub fn parents(
    root: NodeId,
    children: &[Vec<Option<NodeId>>],
    ids: &[&str],
    errors: &mut Vec<TreeError>,
) -> Vec<Option<(NodeId, Answer)>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        Not,
        OnStack,
        Done,
    }
    let mut seen = vec![Seen::Not; children.len()];
    let mut parents: Vec<Option<(NodeId, Answer)>> = vec![None; children.len()];
    let mut reachable = Vec::new();
    let starts = std::iter::once(root.index()).chain(0..children.len());
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
            if *next_child >= children[at].len() {
                seen[at] = Seen::Done;
                stack.pop();
                continue;
            }
            let answer = Answer::nth(*next_child).unwrap_or(Answer::YES);
            let child = children[at][*next_child];
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

/// Depths (root first) and heights (leaves first) of a tree whose parents are known and
/// acyclic: the nodes in depth-first order from the root, then in reverse.
pub fn shape(
    root: NodeId,
    children: &[Vec<Option<NodeId>>],
    parents: Vec<Option<(NodeId, Answer)>>,
) -> Shape {
    let mut order = Vec::with_capacity(children.len());
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        order.push(id);
        stack.extend(children[id.index()].iter().rev().flatten());
    }
    let mut depths = vec![0; children.len()];
    for &id in &order {
        if let Some((parent, _)) = parents[id.index()] {
            depths[id.index()] = depths[parent.index()] + 1;
        }
    }
    let mut heights = vec![0; children.len()];
    for &id in order.iter().rev() {
        let below = children[id.index()].iter().flatten();
        if let Some(tallest) = below.map(|c| heights[c.index()]).max() {
            heights[id.index()] = 1 + tallest;
        }
    }
    Shape {
        parents,
        depths,
        heights,
    }
}

/// Reports questions that no node asks (by the nodes' `ask`, whether or not the rest of the
/// node could be made out, so one broken node does not make its question look unused).
pub fn unused_questions(questions: &[Question], nodes: &[NodeSource], errors: &mut Vec<TreeError>) {
    let mut asked = vec![false; questions.len()];
    for ask in nodes.iter().filter_map(|n| n.ask.as_deref()) {
        if let Some(i) = questions.iter().position(|q| q.key == ask) {
            asked[i] = true;
        }
    }
    for (q, was_asked) in questions.iter().zip(&asked) {
        if !was_asked {
            errors.push(TreeError::UnusedQuestion {
                question: q.key.clone(),
            });
        }
    }
}

/// Reports question nodes that ask a question one of their ancestors already asked: a
/// permalink, keyed by question, could not tell the two answers apart.
pub fn repeated_questions(
    nodes: &[Node],
    parents: &[Option<(NodeId, Answer)>],
    questions: &[Question],
    errors: &mut Vec<TreeError>,
) {
    let asks = |i: usize| match nodes[i].kind {
        NodeKind::Question { question, .. } => Some(question),
        NodeKind::Outcome(_) => None,
    };
    for node in 0..nodes.len() {
        let Some(question) = asks(node) else { continue };
        let mut at = parents[node];
        while let Some((ancestor, _)) = at {
            if asks(ancestor.index()) == Some(question) {
                errors.push(TreeError::RepeatedQuestion {
                    id: nodes[node].id.clone(),
                    question: questions[question.0 as usize].key.clone(),
                });
                break;
            }
            at = parents[ancestor.index()];
        }
    }
}
