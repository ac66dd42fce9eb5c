//! The diagram panel: a heading, how to use it, a legend, and the [`Scene`] drawn as live SVG;
//! in the compact layout, folded under the card until the reader opens it.
//! Items with an action are buttons: mouse, touch and keyboard (Enter, Space) all work.

use yew::prelude::*;

use super::view::View;
use crate::core::scene::{Item, Scene, Shape};
use crate::core::strings::Str;

/// The diagram of the whole tree with the walk so far marked on it; its hint and legend fit
/// the state (`reached`: an outcome, not a current question). In the compact layout (narrow,
/// or `diagram="folded"`) its body folds under the card, and `toggle` opens it (`open`); the
/// stylesheet decides when the control shows.
pub fn diagram_panel(
    v: &View,
    scene: &Scene,
    reached: bool,
    open: bool,
    toggle: Callback<MouseEvent>,
) -> Html {
    let s = &v.tree.strings;
    let heading_id = v.id("diagram");
    let hint_id = v.id("diagram-hint");
    let body_id = v.id("diagram-body");
    let (hint, here) = if reached {
        (
            Str::DiagramHintDone,
            html! { <li class="is-reached">{ &s[Str::LegendReached] }</li> },
        )
    } else {
        (
            Str::DiagramHint,
            html! { <li class="is-current">{ &s[Str::LegendCurrent] }</li> },
        )
    };
    html! {
        <section class="idt-panel idt-diagram" aria-labelledby={heading_id.clone()}
            data-open={open.then_some(AttrValue::Static(""))} inert={v.prerendered}>
            <div class="idt-diagram-head">
                <h2 id={heading_id.clone()} class="idt-panel-title">{ &s[Str::DiagramHeading] }</h2>
                <button type="button" class="idt-link idt-diagram-toggle" aria-controls={body_id.clone()}
                    aria-expanded={if open { "true" } else { "false" }} onclick={toggle}>
                    { &s[if open { Str::DiagramHide } else { Str::DiagramShow }] }
                </button>
            </div>
            <div class="idt-diagram-body" id={body_id}>
                <p id={hint_id.clone()} class="idt-hint">{ &s[hint] }</p>
                <ul class="idt-legend" aria-hidden="true">
                    <li class="is-path">{ &s[Str::LegendPath] }</li>
                    { here }
                    <li class="is-ruled-out">{ &s[Str::LegendRuledOut] }</li>
                </ul>
                <div class="idt-diagram-frame">
                    <svg class="idt-svg"
                        viewBox={format!("0 0 {} {}", scene.width, scene.height)}
                        width={scene.width.to_string()} height={scene.height.to_string()}
                        role="group" aria-labelledby={heading_id} aria-describedby={hint_id}>
                        { for scene.items.iter().map(|item| draw_item(v, item)) }
                    </svg>
                </div>
            </div>
        </section>
    }
}

fn draw_item(v: &View, item: &Item) -> Html {
    let flag = |on: bool, value: &'static str| on.then_some(AttrValue::Static(value));
    let (role, tabindex) = match (&item.action, &item.name) {
        (Some(_), _) => (Some("button"), Some("0")),
        (None, Some(_)) => (Some("img"), None),
        (None, None) => (None, None),
    };
    let onclick = item
        .action
        .clone()
        .map(|action| v.send::<MouseEvent>(action));
    let onkeydown = item.action.clone().map(|action| {
        let on_action = v.on_action.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                on_action.emit(action.clone());
            }
        })
    });
    html! {
        <g data-state={item.state} data-node={item.node.clone()} data-edge={item.edge.clone()}
            data-on-path={flag(item.on_path, "")} aria-current={flag(item.current, "step")}
            aria-hidden={flag(item.name.is_none(), "true")}
            {role} {tabindex} aria-label={item.name.clone()} {onclick} {onkeydown}>
            if let Some(whole) = &item.tooltip {
                <title>{ whole }</title>
            }
            { for item.shapes.iter().map(draw_shape) }
        </g>
    }
}

/// One shape as an SVG element.
fn draw_shape(shape: &Shape) -> Html {
    let n = |value: i32| AttrValue::from(value.to_string());
    match shape {
        Shape::Rect { part, rect, radius } => html! {
            <rect data-part={*part} x={n(rect.x)} y={n(rect.y)} width={n(rect.width)}
                height={n(rect.height)} rx={n(*radius)} />
        },
        Shape::Circle { part, x, y, radius } => html! {
            <circle data-part={*part} cx={n(*x)} cy={n(*y)} r={n(*radius)} />
        },
        Shape::Path { part, d } => html! { <path data-part={*part} d={d.clone()} /> },
        Shape::Text { part, x, y, text } => html! {
            <text data-part={*part} x={n(*x)} y={n(*y)}>{ text }</text>
        },
    }
}
