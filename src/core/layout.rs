//! Diagram geometry, computed from the tree: nobody places a node by hand.
//!
//! The diagram is an indented tree (an outline): one row per node in depth-first order, "yes"
//! before "no", each child indented one step to the right of its question and joined to it by
//! an elbow connector that carries the Yes/No label. This shape stays legible at 320 px wide,
//! never overlaps, and works for any tree. Layout is linear in the number of nodes.
//!
//! All coordinates are whole CSS pixels at the diagram's natural size, so rendering them
//! needs no float formatting.

use crate::core::Tree;
use crate::core::model::{Answer, NodeId, NodeKind};

/// Vertical distance between rows.
pub const ROW: i32 = 40;
/// Height of a node's box.
pub const CHIP_HEIGHT: i32 = 30;
/// How far each level is indented.
pub const INDENT: i32 = 54;
/// Where a question's connector leaves its box, from the box's left edge.
pub const TRUNK: i32 = 13;
/// Size of a branch's Yes/No label, which is also its click target (at least 24×24).
pub const PILL_WIDTH: i32 = 36;
pub const PILL_HEIGHT: i32 = 28;
/// Room around the drawing for focus rings.
pub const MARGIN: i32 = 4;
/// Text size the label widths are measured for.
pub const FONT_SIZE: i32 = 13;
/// Padding inside a question box: left of the label (room for the number badge) and right.
pub const QUESTION_PADDING: (i32, i32) = (32, 12);
/// Padding inside an outcome box, left and right.
pub const OUTCOME_PADDING: (i32, i32) = (8, 8);

/// A rectangle in diagram pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

impl Rect {
    /// The horizontal centre.
    pub fn center_x(&self) -> i32 {
        self.x + self.width / 2
    }

    /// The vertical centre.
    pub fn center_y(&self) -> i32 {
        self.y + self.height / 2
    }

    /// Whether the two rectangles share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }
}

/// Where one node is drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeBox {
    pub node: NodeId,
    pub rect: Rect,
}

/// Where one branch is drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeBox {
    pub from: NodeId,
    pub to: NodeId,
    pub answer: Answer,
    /// SVG path data for the connector, e.g. `M18 34V60H60`.
    pub path: String,
    /// The Yes/No label.
    pub pill: Rect,
}

/// The whole diagram at its natural size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub width: i32,
    pub height: i32,
    /// In drawing order: depth-first, "yes" before "no".
    pub nodes: Vec<NodeBox>,
    /// In the same order as the nodes they lead to.
    pub edges: Vec<EdgeBox>,
}

impl Layout {
    /// Where `node` is drawn. Linear; meant for tests and exports, not for hot paths.
    pub fn node_box(&self, node: NodeId) -> Option<&NodeBox> {
        self.nodes.iter().find(|b| b.node == node)
    }
}

/// The text shown in a node's box: a question's short label or an outcome's label.
pub fn node_label(tree: &Tree, id: NodeId) -> &str {
    match &tree.node(id).kind {
        NodeKind::Question { .. } => tree.question_of(id).map_or("", |q| q.label.as_str()),
        NodeKind::Outcome(outcome) => &outcome.label,
    }
}

/// Lays out the whole tree.
pub fn layout(tree: &Tree) -> Layout {
    let order = tree.preorder();
    let mut boxes: Vec<Option<Rect>> = vec![None; tree.len()];
    let mut nodes = Vec::with_capacity(order.len());
    let mut edges = Vec::with_capacity(order.len().saturating_sub(1));
    let mut width = 0;
    for (row, &id) in order.iter().enumerate() {
        let depth = tree.depth(id) as i32;
        let (left, right) = match tree.node(id).kind {
            NodeKind::Question { .. } => QUESTION_PADDING,
            NodeKind::Outcome(_) => OUTCOME_PADDING,
        };
        let rect = Rect {
            x: MARGIN + depth * INDENT,
            y: MARGIN + row as i32 * ROW + (ROW - CHIP_HEIGHT) / 2,
            width: left + text_width(node_label(tree, id)) + right,
            height: CHIP_HEIGHT,
        };
        width = width.max(rect.x + rect.width + MARGIN);
        if let Some((parent, answer)) = tree.parent(id) {
            // Preorder guarantees the parent was placed first.
            if let Some(from) = boxes[parent.index()] {
                edges.push(edge(parent, id, answer, from, rect));
            }
        }
        boxes[id.index()] = Some(rect);
        nodes.push(NodeBox { node: id, rect });
    }
    Layout {
        width,
        height: 2 * MARGIN + order.len() as i32 * ROW,
        nodes,
        edges,
    }
}

fn edge(from: NodeId, to: NodeId, answer: Answer, parent: Rect, child: Rect) -> EdgeBox {
    let trunk = parent.x + TRUNK;
    let middle = child.center_y();
    const BEND: i32 = 6;
    let path = format!(
        "M{trunk} {top}V{knee}Q{trunk} {middle} {after} {middle}H{end}",
        top = parent.y + parent.height,
        knee = middle - BEND,
        after = trunk + BEND,
        end = child.x,
    );
    EdgeBox {
        from,
        to,
        answer,
        path,
        pill: Rect {
            x: trunk + (child.x - trunk - PILL_WIDTH) / 2,
            y: middle - PILL_HEIGHT / 2,
            width: PILL_WIDTH,
            height: PILL_HEIGHT,
        },
    }
}

/// An upper estimate of the width of `text` at [`FONT_SIZE`] in a common sans-serif face.
///
/// Widths are per character class, taken from the wider of the usual UI fonts (DejaVu Sans),
/// so labels fit their boxes in any of them; narrower fonts just leave a little slack, which
/// centred labels hide.
pub fn text_width(text: &str) -> i32 {
    // Thousandths of an em.
    let em: i32 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '\'' | '|' | '!' => 280,
            ' ' | ',' | '.' | ':' | ';' | 'I' => 320,
            'f' | 't' | '-' | '(' | ')' => 400,
            'r' => 420,
            'm' => 980,
            'w' => 820,
            'M' | 'W' => 1000,
            'A'..='Z' => 780,
            '0'..='9' => 640,
            'a'..='z' | '?' => 640,
            _ if c.is_ascii() => 840,
            _ => 1000,
        })
        .sum();
    (em * FONT_SIZE + 999) / 1000
}
