//! The outcome panel: the recommendation, why this path leads to it, what must be in place,
//! the caveats, and ways to take the decision away (link and Markdown record).

use yew::prelude::*;

use super::view::View;
use crate::core::model::NodeId;
use crate::core::strings::Str;
use crate::core::template::fill;

/// What the person takes away with a Copy button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Takeaway {
    Link,
    Record,
}

/// The panel for the outcome at `node`. `record` is the decision record in Markdown,
/// `status` the result of the last copy, and `on_copy` asks for a copy.
pub fn outcome_panel(
    v: &View,
    node: NodeId,
    record: &str,
    status: &str,
    on_copy: &Callback<Takeaway>,
) -> Html {
    let s = &v.tree.strings;
    let Some(outcome) = v.tree.node(node).outcome() else {
        return Html::default();
    };
    let pattern = v.tree.pattern(outcome.pattern);
    let heading_id = v.id("outcome");
    let copy = |what: Takeaway, label: &str| {
        let on_copy = on_copy.clone();
        html! {
            <button type="button" class="idt-button idt-secondary" onclick={move |_: MouseEvent| on_copy.emit(what)}>
                { label }
            </button>
        }
    };
    let list = |class: &'static str, items: &[String]| {
        html! { <ul {class}>{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul> }
    };

    html! {
        <section class="idt-panel idt-outcome" aria-labelledby={heading_id.clone()}>
            <p class="idt-kicker">{ fill(&s[Str::OutcomeKicker], &[("outcome", &pattern.name)]) }</p>
            <h2 id={heading_id} class="idt-headline" tabindex="-1">
                { &outcome.headline }
            </h2>
            <p class="idt-lead">{ &pattern.summary }</p>

            <h3>{ &s[Str::WhyHeading] }</h3>
            <p>{ &outcome.why }</p>

            <h3>{ &s[Str::MustHaveHeading] }</h3>
            { list("idt-checklist", &pattern.must_have) }

            if !pattern.example.is_empty() {
                <h3>{ &s[Str::ExampleHeading] }</h3>
                <p>{ &pattern.example }</p>
            }

            if !outcome.caveats.is_empty() {
                <h3>{ &s[Str::CaveatsHeading] }</h3>
                { list("idt-caveats", &outcome.caveats) }
            }

            <p class="idt-principle">{ &s[Str::Principle] }</p>

            <div class="idt-actions">
                { copy(Takeaway::Link, &s[Str::CopyLink]) }
                { copy(Takeaway::Record, &s[Str::CopyRecord]) }
            </div>
            <p class="idt-status" role="status">{ status }</p>
            <details class="idt-record">
                <summary>{ &s[Str::RecordToggle] }</summary>
                <textarea readonly=true rows="12" aria-label={s[Str::RecordToggle].to_string()} value={record.to_string()} />
            </details>
        </section>
    }
}
