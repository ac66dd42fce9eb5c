//! The whole tree as an SVG, drawn from [`crate::core::layout`] and styled from
//! [`crate::core::diagram`] states. Answered questions and the current question's branches are
//! buttons: mouse, touch and keyboard all work, and each has a full accessible name.

use std::rc::Rc;

use yew::prelude::*;

use super::state::TreeRef;
use crate::core::diagram::{EdgeState, NodeState, edge_state, node_states};
use crate::core::export::answer_word;
use crate::core::layout::{Diagram as Geometry, EdgeBox, NodeBox, QUESTION_PADDING, node_label};
use crate::core::model::{Answer, NodeKind};
use crate::core::session::Action;
use crate::core::template::fill;
use crate::core::{Tree, walk};

#[derive(Properties, Clone, PartialEq)]
pub struct DiagramProps {
    pub tree: TreeRef,
    pub diagram: Rc<Geometry>,
    pub answers: Vec<Answer>,
    pub on_action: Callback<Action>,
    /// Prefix for this instance's element ids.
    pub id: AttrValue,
}

#[component]
pub fn Diagram(props: &DiagramProps) -> Html {
    let tree = &props.tree;
    let s = &tree.strings;
    let geometry = &props.diagram;
    let states = node_states(tree, &walk(tree, &props.answers));
    let heading_id = format!("{}-diagram", props.id);
    let hint_id = format!("{}-diagram-hint", props.id);

    // Draw ruled-out branches first so the path is never hidden under them.
    let mut edges: Vec<(&EdgeBox, EdgeState)> = geometry
        .edges
        .iter()
        .map(|e| (e, edge_state(&states, e.from, e.answer)))
        .collect();
    edges.sort_by_key(|(_, state)| match state {
        EdgeState::RuledOut => 0,
        EdgeState::Open => 1,
        EdgeState::Choice => 2,
        EdgeState::Taken => 3,
    });

    html! {
        <section class="idt-panel idt-diagram" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id.clone()} class="idt-panel-title">{ &s.diagram_heading }</h2>
            <p id={hint_id.clone()} class="idt-hint">{ &s.diagram_hint }</p>
            <ul class="idt-legend" aria-hidden="true">
                <li><svg class="idt-key is-path" width="28" height="14"><path d="M2 7H26" /></svg>{ &s.legend_path }</li>
                <li><svg class="idt-key is-current" width="18" height="14"><rect x="2" y="2" width="14" height="10" rx="3" /></svg>{ &s.legend_current }</li>
                <li><svg class="idt-key is-ruled-out" width="28" height="14"><path d="M2 7H26" /></svg>{ &s.legend_ruled_out }</li>
            </ul>
            <div class="idt-diagram-frame">
                <svg
                    class="idt-svg"
                    viewBox={format!("0 0 {} {}", geometry.width, geometry.height)}
                    width={geometry.width.to_string()}
                    height={geometry.height.to_string()}
                    role="group"
                    aria-labelledby={heading_id}
                    aria-describedby={hint_id}
                >
                    { for edges.into_iter().map(|(edge, state)| draw_edge(tree, edge, state, &props.on_action)) }
                    { for geometry.nodes.iter().map(|b| draw_node(tree, &states, b, &props.on_action)) }
                </svg>
            </div>
        </section>
    }
}

/// Click and Enter/Space handlers for an SVG element acting as a button.
fn activate(
    on_action: &Callback<Action>,
    action: Action,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let click = {
        let on_action = on_action.clone();
        let action = action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let key = {
        let on_action = on_action.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                on_action.emit(action.clone());
            }
        })
    };
    (click, key)
}

fn question_words(tree: &Tree, node: crate::core::NodeId) -> (String, &str) {
    let n = (tree.depth(node) + 1).to_string();
    (n, tree.question_of(node).map_or("", |q| q.text.as_str()))
}

fn draw_edge(tree: &Tree, edge: &EdgeBox, state: EdgeState, on_action: &Callback<Action>) -> Html {
    let state_class = match state {
        EdgeState::Taken => "is-taken",
        EdgeState::Choice => "is-choice",
        EdgeState::Open => "is-open",
        EdgeState::RuledOut => "is-ruled-out",
    };
    let hook = format!("{}:{}", tree.node(edge.from).id, edge.answer.as_str());
    let pill = edge.pill;
    let word = answer_word(tree, edge.answer);
    let label = html! {
        <>
            <rect class="idt-pill" x={pill.x.to_string()} y={pill.y.to_string()}
                width={pill.width.to_string()} height={pill.height.to_string()} rx="14" />
            <text class="idt-pill-text" x={pill.center_x().to_string()} y={pill.center_y().to_string()}>
                { word }
            </text>
        </>
    };
    let on_path = (state == EdgeState::Taken).then_some(AttrValue::Static(""));
    if state == EdgeState::Choice {
        let (n, question) = question_words(tree, edge.from);
        let name = fill(
            &tree.strings.edge_choice,
            &[("n", &n), ("question", question), ("answer", word)],
        );
        let (onclick, onkeydown) = activate(
            on_action,
            Action::Answer {
                node: edge.from,
                answer: edge.answer,
            },
        );
        html! {
            <g class={classes!("idt-edge", state_class)} data-edge={hook}
                role="button" tabindex="0" aria-label={name} {onclick} {onkeydown}>
                <path class="idt-line" d={edge.path.clone()} />
                <rect class="idt-ring" x={(pill.x - 3).to_string()} y={(pill.y - 3).to_string()}
                    width={(pill.width + 6).to_string()} height={(pill.height + 6).to_string()} rx="17" />
                { label }
            </g>
        }
    } else {
        html! {
            <g class={classes!("idt-edge", state_class)} data-edge={hook} data-on-path={on_path} aria-hidden="true">
                <path class="idt-line" d={edge.path.clone()} />
                { label }
            </g>
        }
    }
}

fn draw_node(tree: &Tree, states: &[NodeState], b: &NodeBox, on_action: &Callback<Action>) -> Html {
    let state = states[b.node.index()];
    let node = tree.node(b.node);
    let r = b.rect;
    let s = &tree.strings;
    let cy = r.center_y().to_string();
    let state_class = match state {
        NodeState::Answered(_) => "is-answered",
        NodeState::Current => "is-current",
        NodeState::Reached => "is-reached",
        NodeState::Open => "is-open",
        NodeState::RuledOut => "is-ruled-out",
    };
    let (kind_class, name, label_x, badge) = match &node.kind {
        NodeKind::Question { .. } => {
            let (n, question) = question_words(tree, b.node);
            let template = match state {
                NodeState::Answered(_) => &s.node_answered,
                NodeState::Current => &s.node_current,
                NodeState::Open => &s.node_open,
                _ => &s.node_ruled_out,
            };
            let answer = match state {
                NodeState::Answered(a) => answer_word(tree, a),
                _ => "",
            };
            let name = fill(
                template,
                &[("n", &n), ("question", question), ("answer", answer)],
            );
            let (left, right) = QUESTION_PADDING;
            let label_x = r.x + left + (r.width - left - right) / 2;
            let badge_x = (r.x + left / 2 + 1).to_string();
            let badge = html! {
                <>
                    <circle class="idt-badge" cx={badge_x.clone()} cy={cy.clone()} r="10" />
                    <text class="idt-badge-text" x={badge_x} y={cy.clone()}>{ n }</text>
                </>
            };
            ("is-question", name, label_x, badge)
        }
        NodeKind::Outcome(outcome) => {
            let template = match state {
                NodeState::Reached => &s.outcome_reached,
                NodeState::Open => &s.outcome_open,
                _ => &s.outcome_ruled_out,
            };
            let name = fill(template, &[("outcome", &outcome.headline)]);
            ("is-outcome", name, r.center_x(), Html::default())
        }
    };
    let chip = html! {
        <>
            if state == NodeState::Current {
                <rect class="idt-halo" x={(r.x - 3).to_string()} y={(r.y - 3).to_string()}
                    width={(r.width + 6).to_string()} height={(r.height + 6).to_string()} rx="11" />
            }
            <rect class="idt-chip" x={r.x.to_string()} y={r.y.to_string()}
                width={r.width.to_string()} height={r.height.to_string()} rx="8" />
            { badge }
            <text class="idt-label" x={label_x.to_string()} y={cy}>{ node_label(tree, b.node) }</text>
        </>
    };
    let classes = classes!("idt-node", kind_class, state_class);
    let on_path = state.on_path().then_some(AttrValue::Static(""));
    let current = (state == NodeState::Current).then_some(AttrValue::Static("step"));
    if matches!(state, NodeState::Answered(_)) {
        let depth = tree.depth(b.node) as usize;
        let (onclick, onkeydown) = activate(on_action, Action::Rewind(depth));
        html! {
            <g class={classes} data-node={node.id.clone()} data-on-path={on_path}
                role="button" tabindex="0" aria-label={name} {onclick} {onkeydown}>
                <rect class="idt-ring" x={(r.x - 3).to_string()} y={(r.y - 3).to_string()}
                    width={(r.width + 6).to_string()} height={(r.height + 6).to_string()} rx="11" />
                { chip }
            </g>
        }
    } else {
        html! {
            <g class={classes} data-node={node.id.clone()} data-on-path={on_path}
                aria-current={current} role="img" aria-label={name}>
                { chip }
            </g>
        }
    }
}
