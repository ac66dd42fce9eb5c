//! The outcome panel: the recommendation and why this path leads to it, what would change it,
//! the readiness checklist, what the pattern gives, the caveats, and ways to take the decision
//! away (the link, the decision record, a Mermaid diagram), named by what is being integrated.

use yew::prelude::*;

use super::view::View;
use crate::core::flip::flips;
use crate::core::model::NodeId;
use crate::core::readiness::readiness;
use crate::core::session::{Action, Decision, SUBJECT_LIMIT};
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::{Position, Walk};

/// What the person takes away with one of the panel's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Takeaway {
    Link,
    Record,
    Download,
    Mermaid,
}

/// The panel for the outcome at `node`, reached by `walked` with `decision`. `record` is the
/// decision record in Markdown, `status` the result of the last copy or download, and
/// `on_take` asks for one.
pub fn outcome_panel(
    v: &View,
    node: NodeId,
    walked: &Walk,
    decision: &Decision,
    record: &str,
    status: &str,
    on_take: &Callback<Takeaway>,
) -> Html {
    let tree = v.tree;
    let s = &tree.strings;
    let Some(outcome) = tree.node(node).outcome() else {
        return Html::default();
    };
    let pattern = tree.pattern(outcome.pattern);
    let heading_id = v.id("outcome");
    let take = |what: Takeaway, label: &str| {
        let on_take = on_take.clone();
        html! {
            <button type="button" class="idt-button idt-secondary" onclick={move |_: MouseEvent| on_take.emit(what)}>
                { label }
            </button>
        }
    };
    let items = |items: &[String]| -> Html {
        items
            .iter()
            .map(|item| html! { <li>{ item }</li> })
            .collect()
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

            { what_would_change(v, walked) }
            { checklist(v, walked, decision) }

            <div class="idt-gives">
                <h3>{ &s[Str::StrengthsHeading] }</h3>
                <ul class="idt-strengths">{ items(&pattern.strengths) }</ul>
            </div>

            if !pattern.example.is_empty() {
                <div class="idt-example">
                    <h3>{ &s[Str::ExampleHeading] }</h3>
                    <p>{ &pattern.example }</p>
                </div>
            }

            if !outcome.caveats.is_empty() {
                <h3>{ &s[Str::CaveatsHeading] }</h3>
                <ul class="idt-caveats">{ items(&outcome.caveats) }</ul>
            }

            // Optional sentences: an empty one is hidden by the stylesheet (`:empty`).
            <p class="idt-principle">{ &s[Str::Principle] }</p>
            <p class="idt-terms">{ &s[Str::Terms] }</p>

            { subject_field(v, decision) }
            <div class="idt-actions">
                { take(Takeaway::Link, &s[Str::CopyLink]) }
                { take(Takeaway::Record, &s[Str::CopyRecord]) }
                { take(Takeaway::Download, &s[Str::DownloadRecord]) }
                { take(Takeaway::Mermaid, &s[Str::CopyMermaid]) }
            </div>
            <p class="idt-status" role="status">{ status }</p>
            <details class="idt-record">
                <summary>{ &s[Str::RecordToggle] }</summary>
                <textarea readonly=true rows="14" aria-label={s[Str::RecordToggle].to_string()} value={record.to_string()} />
            </details>
        </section>
    }
}

/// "What would change this": for each answer, the other answer and where it leads, as a
/// control that takes it. Hooks: `data-flip` (the question's key), `data-flip-answer` (the
/// other answer's key) and `data-flip-to` (the pattern reached, or `question` when another
/// answer is needed).
fn what_would_change(v: &View, walked: &Walk) -> Html {
    let tree = v.tree;
    let s = &tree.strings;
    let items = flips(tree, &walked.answers()).into_iter().map(|flip| {
        let Some(question) = tree.question_of(flip.node) else {
            return Html::default();
        };
        let answer = tree.answer_label(flip.node, flip.answer);
        let (text, to) = match flip.lands {
            Position::Reached(end) => {
                let pattern = tree.node(end).outcome().map(|o| o.pattern);
                let name = pattern.map_or("", |p| tree.pattern(p).name.as_str());
                (
                    fill(
                        &s[Str::FlipOutcome],
                        &[
                            ("answer", answer),
                            ("question", &question.label),
                            ("outcome", name),
                        ],
                    ),
                    pattern.map_or("question", |p| tree.pattern(p).key.as_str()),
                )
            }
            Position::Asking(_) => (
                fill(
                    &s[Str::FlipQuestion],
                    &[("answer", answer), ("question", &question.label)],
                ),
                "question",
            ),
        };
        html! {
            <li>
                <button type="button" class="idt-link idt-flip" data-flip={question.key.clone()}
                    data-flip-answer={question.key_of(flip.answer).to_string()}
                    data-flip-to={to.to_string()} onclick={v.send::<MouseEvent>(Action::Follow(flip.answers))}>
                    { text }
                </button>
            </li>
        }
    });
    html! {
        <div class="idt-flip-section">
            <h3>{ &s[Str::FlipHeading] }</h3>
            <ul class="idt-flips">{ for items }</ul>
        </div>
    }
}

/// The readiness checklist: a native checkbox per item, a line that sums it up. Hook:
/// `data-check` (the item's key) on each checkbox.
fn checklist(v: &View, walked: &Walk, decision: &Decision) -> Html {
    let tree = v.tree;
    let s = &tree.strings;
    let items = readiness(tree, walked, &decision.ready);
    if items.is_empty() {
        return Html::default();
    }
    let done = items.iter().filter(|(_, ready)| *ready).count();
    let hint_id = v.id("checklist-hint");
    let summary_id = v.id("checklist-summary");
    let boxes = items.iter().map(|&(id, ready)| {
        let check = tree.check(id);
        let input_id = v.id(&format!("check-{}", check.key));
        let on_action = v.on_action.clone();
        let onchange = Callback::from(move |event: Event| {
            let done = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            on_action.emit(Action::Tick { check: id, done });
        });
        html! {
            <li>
                <input type="checkbox" id={input_id.clone()} data-check={check.key.clone()}
                    checked={ready} {onchange} />
                <label for={input_id}>{ &check.text }</label>
            </li>
        }
    });
    html! {
        <fieldset class="idt-checklist" aria-describedby={format!("{hint_id} {summary_id}")}>
            <legend>{ &s[Str::ChecklistHeading] }</legend>
            <p id={hint_id} class="idt-hint">{ &s[Str::ChecklistHint] }</p>
            <ul>{ for boxes }</ul>
            <p id={summary_id} class="idt-checklist-summary">
                { fill(&s[Str::ChecklistSummary], &[("done", &done.to_string()), ("total", &items.len().to_string())]) }
            </p>
        </fieldset>
    }
}

/// "What are you integrating?": untrusted text, kept as typed (within [`SUBJECT_LIMIT`]
/// characters), named in the record's title and carried in the link.
fn subject_field(v: &View, decision: &Decision) -> Html {
    let s = &v.tree.strings;
    let input_id = v.id("subject");
    let hint_id = v.id("subject-hint");
    let on_action = v.on_action.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            on_action.emit(Action::Describe(input.value()));
        }
    });
    html! {
        <div class="idt-subject">
            <label for={input_id.clone()}>{ &s[Str::SubjectLabel] }</label>
            <input type="text" id={input_id} name="subject" maxlength={SUBJECT_LIMIT.to_string()}
                autocomplete="off" aria-describedby={hint_id.clone()}
                value={decision.subject.clone()} {oninput} />
            <p id={hint_id} class="idt-hint">{ &s[Str::SubjectHint] }</p>
        </div>
    }
}
