//! The whole tree as an SVG, drawn from [`crate::core::layout`] and styled from
//! [`crate::core::diagram`] states. Answered questions and the current question's branches are
//! buttons: mouse, touch and keyboard all work, and each has a full accessible name.

use yew::prelude::*;

use super::view::View;
use crate::core::diagram::{EdgeState, NodeState, edge_state, node_states};
use crate::core::export::answer_word;
use crate::core::layout::{Diagram, EdgeBox, NodeBox, QUESTION_PADDING, Rect, node_label};
use crate::core::model::NodeKind;
use crate::core::session::Action;
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::Walk;

/// The diagram of the whole tree with the walk so far marked on it.
pub fn tree_diagram(v: &View, geometry: &Diagram, walked: &Walk) -> Html {
    let s = &v.tree.strings;
    let states = node_states(v.tree, walked);
    let heading_id = v.id("diagram");
    let hint_id = v.id("diagram-hint");
    let edge_states: Vec<EdgeState> = geometry
        .edges
        .iter()
        .map(|e| edge_state(&states, e.from, e.answer))
        .collect();
    // Ruled-out branches first and the path last, so the path is never drawn under them.
    let layer = |state: EdgeState| {
        geometry
            .edges
            .iter()
            .zip(&edge_states)
            .filter(move |(_, s)| **s == state)
            .map(move |(edge, _)| draw_edge(v, edge, state))
    };

    html! {
        <section class="idt-panel idt-diagram" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id.clone()} class="idt-panel-title">{ &s[Str::DiagramHeading] }</h2>
            <p id={hint_id.clone()} class="idt-hint">{ &s[Str::DiagramHint] }</p>
            <ul class="idt-legend" aria-hidden="true">
                <li class="is-path">{ &s[Str::LegendPath] }</li>
                <li class="is-current">{ &s[Str::LegendCurrent] }</li>
                <li class="is-ruled-out">{ &s[Str::LegendRuledOut] }</li>
            </ul>
            <div class="idt-diagram-frame">
                <svg class="idt-svg"
                    viewBox={format!("0 0 {} {}", geometry.width, geometry.height)}
                    width={geometry.width.to_string()} height={geometry.height.to_string()}
                    role="group" aria-labelledby={heading_id} aria-describedby={hint_id}>
                    { for layer(EdgeState::RuledOut) }
                    { for layer(EdgeState::Open) }
                    { for layer(EdgeState::Choice) }
                    { for layer(EdgeState::Taken) }
                    { for geometry.nodes.iter().map(|b| draw_node(v, states[b.node.index()], b)) }
                </svg>
            </div>
        </section>
    }
}

/// An SVG rectangle, optionally grown by `grow` on every side.
fn rect(class: &'static str, r: Rect, grow: i32, radius: &'static str) -> Html {
    html! {
        <rect {class} x={(r.x - grow).to_string()} y={(r.y - grow).to_string()}
            width={(r.width + 2 * grow).to_string()} height={(r.height + 2 * grow).to_string()}
            rx={radius} />
    }
}

/// One node or branch group: its styling class, test hooks and accessible name, and the action
/// that makes it a button (focusable, activated by click, Enter or Space), if it is one.
struct Group {
    /// The styling class list, e.g. `idt-node is-current`.
    class: &'static str,
    /// `data-node`: the node's id.
    node: Option<String>,
    /// `data-edge`: `<from-id>:yes` or `<from-id>:no`.
    edge: Option<String>,
    /// `data-on-path`: present on the path taken.
    on_path: bool,
    /// `aria-current="step"` on the current question.
    current: bool,
    /// The accessible name; a group without one is hidden from assistive technology.
    name: Option<String>,
    action: Option<Action>,
}

impl Group {
    fn render(self, v: &View, body: Html) -> Html {
        let (role, tabindex) = match (&self.action, &self.name) {
            (Some(_), _) => (Some("button"), Some("0")),
            (None, Some(_)) => (Some("img"), None),
            (None, None) => (None, None),
        };
        let onclick = self
            .action
            .clone()
            .map(|action| v.send::<MouseEvent>(action));
        let onkeydown = self.action.map(|action| {
            let on_action = v.on_action.clone();
            Callback::from(move |event: KeyboardEvent| {
                if event.key() == "Enter" || event.key() == " " {
                    event.prevent_default();
                    on_action.emit(action.clone());
                }
            })
        });
        let flag = |on: bool, value: &'static str| on.then_some(AttrValue::Static(value));
        html! {
            <g class={self.class} data-node={self.node} data-edge={self.edge}
                data-on-path={flag(self.on_path, "")} aria-current={flag(self.current, "step")}
                aria-hidden={flag(self.name.is_none(), "true")}
                role={role} tabindex={tabindex} aria-label={self.name}
                {onclick} {onkeydown}>
                { body }
            </g>
        }
    }
}

fn question_words<'t>(v: &View<'t>, node: crate::core::NodeId) -> (String, &'t str) {
    let n = (v.tree.depth(node) + 1).to_string();
    (n, v.tree.question_of(node).map_or("", |q| q.text.as_str()))
}

fn draw_edge(v: &View, edge: &EdgeBox, state: EdgeState) -> Html {
    let class = match state {
        EdgeState::Taken => "idt-edge is-taken",
        EdgeState::Choice => "idt-edge is-choice",
        EdgeState::Open => "idt-edge is-open",
        EdgeState::RuledOut => "idt-edge is-ruled-out",
    };
    let hook = format!("{}:{}", v.tree.node(edge.from).id, edge.answer.as_str());
    let word = answer_word(v.tree, edge.answer);
    let pill = edge.pill;
    let label = html! {
        <>
            <path class="idt-line" d={edge.path.clone()} />
            if state == EdgeState::Choice { { rect("idt-ring", pill, 3, "17") } }
            { rect("idt-pill", pill, 0, "14") }
            <text class="idt-pill-text" x={pill.center_x().to_string()} y={pill.center_y().to_string()}>
                { word }
            </text>
        </>
    };
    let choice = state == EdgeState::Choice;
    let name = choice.then(|| {
        let (n, question) = question_words(v, edge.from);
        fill(
            &v.tree.strings[Str::EdgeChoice],
            &[("n", &n), ("question", question), ("answer", word)],
        )
    });
    Group {
        class,
        node: None,
        edge: Some(hook),
        on_path: state == EdgeState::Taken,
        current: false,
        name,
        action: choice.then_some(Action::Answer {
            node: edge.from,
            answer: edge.answer,
        }),
    }
    .render(v, label)
}

fn draw_node(v: &View, state: NodeState, b: &NodeBox) -> Html {
    let node = v.tree.node(b.node);
    let s = &v.tree.strings;
    let r = b.rect;
    let cy = r.center_y().to_string();
    let class = match state {
        NodeState::Answered(_) => "idt-node is-answered",
        NodeState::Current => "idt-node is-current",
        NodeState::Reached => "idt-node is-reached",
        NodeState::Open => "idt-node is-open",
        NodeState::RuledOut => "idt-node is-ruled-out",
    };
    let (name, label_x, badge) = match &node.kind {
        NodeKind::Question { .. } => {
            let (n, question) = question_words(v, b.node);
            let (template, answer) = match state {
                NodeState::Answered(a) => (&s[Str::NodeAnswered], answer_word(v.tree, a)),
                NodeState::Current => (&s[Str::NodeCurrent], ""),
                NodeState::Open => (&s[Str::NodeOpen], ""),
                _ => (&s[Str::NodeRuledOut], ""),
            };
            let name = fill(
                template,
                &[("n", &n), ("question", question), ("answer", answer)],
            );
            let (left, right) = QUESTION_PADDING;
            let badge_x = (r.x + left / 2 + 1).to_string();
            let badge = html! {
                <>
                    <circle class="idt-badge" cx={badge_x.clone()} cy={cy.clone()} r="10" />
                    <text class="idt-badge-text" x={badge_x} y={cy.clone()}>{ n }</text>
                </>
            };
            (name, r.x + left + (r.width - left - right) / 2, badge)
        }
        NodeKind::Outcome(outcome) => {
            let template = match state {
                NodeState::Reached => &s[Str::OutcomeReached],
                NodeState::Open => &s[Str::OutcomeOpen],
                _ => &s[Str::OutcomeRuledOut],
            };
            (
                fill(template, &[("outcome", &outcome.headline)]),
                r.center_x(),
                Html::default(),
            )
        }
    };
    let body = html! {
        <>
            if state == NodeState::Current { { rect("idt-halo", r, 3, "11") } }
            if matches!(state, NodeState::Answered(_)) { { rect("idt-ring", r, 3, "11") } }
            { rect("idt-chip", r, 0, "8") }
            { badge }
            <text class="idt-label" x={label_x.to_string()} y={cy}>{ node_label(v.tree, b.node) }</text>
        </>
    };
    let answered = matches!(state, NodeState::Answered(_));
    Group {
        class,
        node: Some(node.id.clone()),
        edge: None,
        on_path: state.on_path(),
        current: state == NodeState::Current,
        name: Some(name),
        action: answered.then(|| Action::Rewind(v.tree.depth(b.node) as usize)),
    }
    .render(v, body)
}
