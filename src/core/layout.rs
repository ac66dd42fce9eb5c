//! Diagram geometry, computed from the tree: nobody places a node by hand.
//!
//! The diagram is an indented tree (an outline): one row per node in depth-first order, each
//! question's answers in order, each child indented one step to the right of its question and
//! joined to it by an elbow connector that carries the answer's label. This shape stays legible at 320 px wide,
//! never overlaps, and works for any tree. Layout is linear in the number of nodes.
//!
//! All coordinates are whole CSS pixels at the diagram's natural size, so rendering them
//! needs no float formatting.

use crate::core::Tree;
use crate::core::load::contained;
use crate::core::model::{Answer, NodeId, NodeKind};

/// Vertical distance between rows.
pub const ROW: i32 = 40;
/// Height of a node's box.
pub const CHIP_HEIGHT: i32 = 30;
/// How far each level is indented, at least: trees with longer answers indent further, so
/// every answer's label fits between its question's connector and the node it leads to.
pub const INDENT: i32 = 54;
/// Where a question's connector leaves its box, from the box's left edge.
pub const TRUNK: i32 = 13;
/// Size of a branch's answer label, which is also its click target (at least 24×24): as wide
/// as its text plus [`PILL_PADDING`] on each side, between these bounds (longer answers are
/// shortened, see [`shorten`]).
pub const PILL_WIDTH: i32 = 36;
pub const PILL_MAX_WIDTH: i32 = 120;
pub const PILL_PADDING: i32 = 3;
pub const PILL_HEIGHT: i32 = 28;
/// The widest a node's label may be drawn; longer labels are shortened.
pub const LABEL_MAX_WIDTH: i32 = 280;
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
    /// Grouped by the question they leave, the questions in the nodes' order, each
    /// question's in the order of its answers.
    pub edges: Vec<EdgeBox>,
    /// How far each level is indented in this diagram.
    pub indent: i32,
}

impl Layout {
    /// Where `node` is drawn. Linear; meant for tests and exports, not for hot paths.
    pub fn node_box(&self, node: NodeId) -> Option<&NodeBox> {
        self.nodes.iter().find(|b| b.node == node)
    }
}

/// The full text of a node's label: a question's short label or an outcome's label. The
/// diagram draws it [`shorten`]ed to [`LABEL_MAX_WIDTH`].
pub fn node_label(tree: &Tree, id: NodeId) -> &str {
    match &tree.node(id).kind {
        NodeKind::Question { .. } => tree.question_of(id).map_or("", |q| q.label.as_str()),
        NodeKind::Outcome(outcome) => &outcome.label,
    }
}

/// `text` as drawn in at most `max` pixels: whole if it fits, otherwise cut at a character
/// boundary and ended with "…". The full text stays in the accessible name and the tooltip.
pub fn shorten(text: &str, max: i32) -> std::borrow::Cow<'_, str> {
    if text_width(text) <= max {
        return text.into();
    }
    // Thousandths of an em, as `text_width` counts them.
    let room = (max * 1000) / FONT_SIZE - char_width('\u{2026}');
    let mut used = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        used += char_width(c);
        if used > room {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    // The cut may have dropped the closer of an override the text opened: close it again,
    // before the ellipsis.
    let mut out = contained(out);
    out.push('\u{2026}');
    out.into()
}

/// The width of the pill for an answer's label.
pub fn pill_width(label: &str) -> i32 {
    // The pill's text is bold: about 10% wider than `text_width` measures.
    (text_width(label) * 11 / 10 + 2 * PILL_PADDING).clamp(PILL_WIDTH, PILL_MAX_WIDTH)
}

/// Lays out the whole tree.
pub fn layout(tree: &Tree) -> Layout {
    let order = tree.preorder();
    // Room for the widest answer between the connector and the child, 2 px either side.
    let widest = order
        .iter()
        .filter_map(|&id| tree.parent(id))
        .map(|(parent, answer)| pill_width(tree.answer_label(parent, answer)))
        .max()
        .unwrap_or(PILL_WIDTH);
    let indent = INDENT.max(TRUNK + widest + 5);
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
            x: MARGIN + depth * indent,
            y: MARGIN + row as i32 * ROW + (ROW - CHIP_HEIGHT) / 2,
            width: left + text_width(&shorten(node_label(tree, id), LABEL_MAX_WIDTH)) + right,
            height: CHIP_HEIGHT,
        };
        width = width.max(rect.x + rect.width + MARGIN);
        boxes[id.index()] = Some(rect);
        nodes.push(NodeBox { node: id, rect });
    }
    for &from in &order {
        for (&to, answer) in tree.node(from).children().iter().zip(0..) {
            if let (Some(a), Some(b)) = (boxes[from.index()], boxes[to.index()]) {
                let answer = Answer(answer);
                let pill = pill_width(tree.answer_label(from, answer));
                edges.push(edge(from, to, answer, a, b, pill));
            }
        }
    }
    Layout {
        width,
        height: 2 * MARGIN + order.len() as i32 * ROW,
        nodes,
        edges,
        indent,
    }
}

fn edge(
    from: NodeId,
    to: NodeId,
    answer: Answer,
    parent: Rect,
    child: Rect,
    pill_width: i32,
) -> EdgeBox {
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
            x: trunk + (child.x - trunk - pill_width) / 2,
            y: middle - PILL_HEIGHT / 2,
            width: pill_width,
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
    let em: i32 = text.chars().map(char_width).sum();
    (em * FONT_SIZE + 999) / 1000
}

/// The width of one character, in thousandths of an em.
fn char_width(c: char) -> i32 {
    match c {
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
    }
}
