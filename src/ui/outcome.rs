//! The outcome panel: the recommendation, why this path leads to it, what must be in place,
//! the caveats, and ways to take the decision away (link and Markdown record).

use yew::prelude::*;

use super::host;
use super::state::TreeRef;
use crate::core::export::decision_record;
use crate::core::model::{Answer, NodeId};
use crate::core::template::fill;
use crate::core::walk;

#[derive(Properties, Clone, PartialEq)]
pub struct OutcomePanelProps {
    pub tree: TreeRef,
    /// The outcome node reached.
    pub node: NodeId,
    pub answers: Vec<Answer>,
    /// The link to this exact path.
    pub share: AttrValue,
    /// Receives focus after each step.
    pub heading: NodeRef,
    /// Prefix for this instance's element ids.
    pub id: AttrValue,
}

#[component]
pub fn OutcomePanel(props: &OutcomePanelProps) -> Html {
    let status = use_state(String::new);
    let tree = &props.tree;
    let s = &tree.strings;
    let Some(outcome) = tree.node(props.node).outcome() else {
        return Html::default();
    };
    let pattern = tree.pattern(outcome.pattern);
    let record =
        decision_record(tree, &walk(tree, &props.answers), &props.share).unwrap_or_default();
    let heading_id = format!("{}-outcome", props.id);

    let copy = |text: String, done: &str| {
        let status = status.clone();
        let done = done.to_string();
        let failed = s.copy_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let (text, done, failed) = (text.clone(), done.clone(), failed.clone());
            yew::platform::spawn_local(async move {
                status.set(if host::copy(text).await { done } else { failed });
            });
        })
    };

    html! {
        <section
            class="idt-panel idt-outcome"
            data-pattern={outcome.pattern.as_str()}
            aria-labelledby={heading_id.clone()}
        >
            <p class="idt-kicker">{ fill(&s.outcome_kicker, &[("outcome", &pattern.name)]) }</p>
            <h2 id={heading_id} class="idt-headline" tabindex="-1" ref={props.heading.clone()}>
                { &outcome.headline }
            </h2>
            <p class="idt-lead">{ &pattern.summary }</p>

            <h3>{ &s.why_heading }</h3>
            <p>{ &outcome.why }</p>

            <h3>{ &s.must_have_heading }</h3>
            <ul class="idt-checklist">
                { for pattern.must_have.iter().map(|item| html! { <li>{ item }</li> }) }
            </ul>

            if !pattern.example.is_empty() {
                <h3>{ &s.example_heading }</h3>
                <p>{ &pattern.example }</p>
            }

            if !outcome.caveats.is_empty() {
                <h3>{ &s.caveats_heading }</h3>
                <ul class="idt-caveats">
                    { for outcome.caveats.iter().map(|item| html! { <li>{ item }</li> }) }
                </ul>
            }

            <p class="idt-principle">{ &s.principle }</p>

            <div class="idt-actions">
                <button type="button" class="idt-button idt-secondary" onclick={copy(props.share.to_string(), &s.copied_link)}>
                    { &s.copy_link }
                </button>
                <button type="button" class="idt-button idt-secondary" onclick={copy(record.clone(), &s.copied_record)}>
                    { &s.copy_record }
                </button>
            </div>
            <p class="idt-status" role="status">{ (*status).clone() }</p>
            <details class="idt-record">
                <summary>{ &s.record_toggle }</summary>
                <textarea readonly=true rows="12" aria-label={s.record_toggle.clone()} value={record} />
            </details>
        </section>
    }
}
