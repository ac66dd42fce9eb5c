//! What the diagram draws: every node and branch as a group of simple shapes, with its
//! state (which styles it), test hooks, accessible name and (for the interactive ones) the action it
//! triggers. The scene only says what to draw, never how to write it down.
//!
//! The scene is computed from the tree, its [`layout`](crate::core::layout) and the walk, so
//! the rules for what the diagram shows are tested natively. Two renderers draw it: the widget
//! (`ui::diagram_panel`, as live SVG elements) and [`crate::core::export::svg`] (as a
//! self-contained SVG file, for places that cannot run scripts).

use std::borrow::Cow;

use crate::core::Tree;
use crate::core::layout::{
    EdgeBox, LABEL_MAX_WIDTH, Layout, PILL_MAX_WIDTH, PILL_PADDING, QUESTION_PADDING, Rect,
    node_label, shorten,
};
use crate::core::model::{NodeId, NodeKind};
use crate::core::path_state::{EdgeState, NodeState, edge_state, node_states};
use crate::core::session::Action;
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::Walk;

/// One drawable shape. Its `part` (the `data-part` attribute) names its style in
/// `styles/diagram.css`: `line`, `pill`, `pill-text`, `chip`, `label`, `badge`, `badge-text`,
/// `halo` or `ring`. (Data attributes rather than classes: a class given at run time goes
/// through Yew's `Classes`, whose hashing code would cost the wasm about 2 KB gzip.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    Rect {
        part: &'static str,
        rect: Rect,
        radius: i32,
    },
    Circle {
        part: &'static str,
        x: i32,
        y: i32,
        radius: i32,
    },
    Path {
        part: &'static str,
        d: String,
    },
    Text {
        part: &'static str,
        x: i32,
        y: i32,
        text: String,
    },
}

/// One node or branch: a group of shapes with its hooks, name and action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// How it stands relative to the walk (the `data-state` attribute, which styles it): for a
    /// branch `taken`, `choice`, `open` or `ruled-out`; for a node `answered`, `current`,
    /// `reached`, `open` or `ruled-out`.
    pub state: &'static str,
    /// `data-node`: the node's id.
    pub node: Option<String>,
    /// `data-edge`: `<from-id>:yes` or `<from-id>:no`.
    pub edge: Option<String>,
    /// `data-on-path`: on the path taken.
    pub on_path: bool,
    /// `aria-current="step"`: the question waiting for an answer.
    pub current: bool,
    /// The accessible name; an item without one is decoration, hidden from assistive
    /// technology (branches say nothing their nodes do not).
    pub name: Option<String>,
    /// What selecting the item does; items with an action are buttons.
    pub action: Option<Action>,
    /// The whole of a label the diagram had to shorten, as the item's `<title>` (a tooltip);
    /// `None` when the label is drawn whole.
    pub tooltip: Option<String>,
    pub shapes: Vec<Shape>,
}

/// The whole diagram, in drawing order: the branches, each question's together (they share
/// its trunk line) with the ruled-out ones first and the path's last, then the nodes. So
/// nothing is drawn over the path, and an answer reorders only the branches of the question it
/// answers: every other item keeps its place, and a renderer patches only what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scene {
    pub width: i32,
    pub height: i32,
    pub items: Vec<Item>,
}

/// The scene for `walked` through `tree`, laid out by `layout`.
pub fn scene(tree: &Tree, layout: &Layout, walked: &Walk) -> Scene {
    draw(tree, layout, &node_states(tree, walked))
}

/// The whole tree with nothing chosen: every node and branch still open. For pictures.
pub fn overview(tree: &Tree, layout: &Layout) -> Scene {
    draw(tree, layout, &vec![NodeState::Open; tree.len()])
}

fn draw(tree: &Tree, layout: &Layout, states: &[NodeState]) -> Scene {
    let mut items = Vec::with_capacity(layout.nodes.len() + layout.edges.len());
    // Each question's branches together, as the layout groups them, and within a question
    // by state: ruled out, open, the current choices, then the answer taken.
    for group in layout.edges.chunk_by(|a, b| a.from == b.from) {
        for layer in [
            EdgeState::RuledOut,
            EdgeState::Open,
            EdgeState::Choice,
            EdgeState::Taken,
        ] {
            for edge in group {
                if edge_state(states, edge.from, edge.answer) == layer {
                    items.push(edge_item(tree, edge, layer));
                }
            }
        }
    }
    for b in &layout.nodes {
        items.push(node_item(tree, states[b.node.index()], b.node, b.rect));
    }
    Scene {
        width: layout.width,
        height: layout.height,
        items,
    }
}

/// A branch in `state`: its line, its pill with the answer, and, for one of the current
/// question's answers, the ring, name and action that make it a button.
fn edge_item(tree: &Tree, edge: &EdgeBox, state: EdgeState) -> Item {
    let word = tree.answer_label(edge.from, edge.answer);
    let (pill_text, tooltip) = fitted(word, (PILL_MAX_WIDTH - 2 * PILL_PADDING) * 10 / 11);
    let pill = edge.pill;
    let mut shapes = vec![Shape::Path {
        part: "line",
        d: edge.path.clone(),
    }];
    let choice = state == EdgeState::Choice;
    if choice {
        shapes.push(ring(pill, 17));
    }
    shapes.push(Shape::Rect {
        part: "pill",
        rect: pill,
        radius: 14,
    });
    shapes.push(Shape::Text {
        part: "pill-text",
        x: pill.center_x(),
        y: pill.center_y(),
        text: pill_text,
    });
    let name = choice.then(|| {
        let (n, question) = question_words(tree, edge.from);
        fill(
            &tree.strings[Str::EdgeChoice],
            &[("n", &n), ("question", question), ("answer", word)],
        )
    });
    Item {
        state: match state {
            EdgeState::Taken => "taken",
            EdgeState::Choice => "choice",
            EdgeState::Open => "open",
            EdgeState::RuledOut => "ruled-out",
        },
        node: None,
        edge: Some(format!(
            "{}:{}",
            tree.node(edge.from).id,
            tree.answer_key(edge.from, edge.answer)
        )),
        on_path: state == EdgeState::Taken,
        current: false,
        name,
        action: choice.then_some(Action::Answer {
            node: edge.from,
            answer: edge.answer,
        }),
        tooltip,
        shapes,
    }
}

fn node_item(tree: &Tree, state: NodeState, id: NodeId, r: Rect) -> Item {
    let s = &tree.strings;
    let cy = r.center_y();
    let mut shapes = Vec::with_capacity(6);
    match state {
        NodeState::Current => shapes.push(Shape::Rect {
            part: "halo",
            rect: grow(r, 3),
            radius: 11,
        }),
        NodeState::Answered(_) => shapes.push(ring(r, 11)),
        _ => {}
    }
    shapes.push(Shape::Rect {
        part: "chip",
        rect: r,
        radius: 8,
    });
    let (name, label_x) = match &tree.node(id).kind {
        NodeKind::Question { .. } => {
            let (n, question) = question_words(tree, id);
            let (template, answer) = match state {
                NodeState::Answered(a) => (Str::NodeAnswered, tree.answer_label(id, a)),
                NodeState::Current => (Str::NodeCurrent, ""),
                NodeState::Open => (Str::NodeOpen, ""),
                _ => (Str::NodeRuledOut, ""),
            };
            let name = fill(
                &s[template],
                &[("n", &n), ("question", question), ("answer", answer)],
            );
            let (left, right) = QUESTION_PADDING;
            let badge_x = r.x + left / 2 + 1;
            shapes.push(Shape::Circle {
                part: "badge",
                x: badge_x,
                y: cy,
                radius: 10,
            });
            shapes.push(Shape::Text {
                part: "badge-text",
                x: badge_x,
                y: cy,
                text: n,
            });
            (name, r.x + left + (r.width - left - right) / 2)
        }
        NodeKind::Outcome(outcome) => {
            let template = match state {
                NodeState::Reached => Str::OutcomeReached,
                NodeState::Open => Str::OutcomeOpen,
                _ => Str::OutcomeRuledOut,
            };
            (
                fill(&s[template], &[("outcome", &outcome.headline)]),
                r.center_x(),
            )
        }
    };
    let (text, tooltip) = fitted(node_label(tree, id), LABEL_MAX_WIDTH);
    shapes.push(Shape::Text {
        part: "label",
        x: label_x,
        y: cy,
        text,
    });
    Item {
        state: match state {
            NodeState::Answered(_) => "answered",
            NodeState::Current => "current",
            NodeState::Reached => "reached",
            NodeState::Open => "open",
            NodeState::RuledOut => "ruled-out",
        },
        node: Some(tree.node(id).id.clone()),
        edge: None,
        on_path: state.on_path(),
        current: state == NodeState::Current,
        name: Some(name),
        action: matches!(state, NodeState::Answered(_))
            .then(|| Action::Rewind(tree.depth(id) as usize)),
        tooltip,
        shapes,
    }
}

/// `text` as drawn in at most `max` pixels, and the whole of it when it had to be shortened.
fn fitted(text: &str, max: i32) -> (String, Option<String>) {
    match shorten(text, max) {
        Cow::Borrowed(whole) => (whole.to_owned(), None),
        Cow::Owned(short) => (short, Some(text.to_owned())),
    }
}

/// The focus ring around an interactive shape, drawn only while it has keyboard focus.
fn ring(r: Rect, radius: i32) -> Shape {
    Shape::Rect {
        part: "ring",
        rect: grow(r, 3),
        radius,
    }
}

fn grow(r: Rect, by: i32) -> Rect {
    Rect {
        x: r.x - by,
        y: r.y - by,
        width: r.width + 2 * by,
        height: r.height + 2 * by,
    }
}

/// A question's number on any path through it, and its text.
fn question_words(tree: &Tree, node: NodeId) -> (String, &str) {
    let n = (tree.depth(node) + 1).to_string();
    (n, tree.question_of(node).map_or("", |q| q.text.as_str()))
}
