//! The outcome panel, in layers: the recommendation, why this path leads to it, ways to take the
//! decision away (the record, the link, a Mermaid diagram; named by what is being integrated) and
//! what would change it; then the readiness checklist; then, for a reader who opens it, what the
//! pattern gives, an example and the caveats.

use yew::prelude::*;

use super::view::View;
use crate::core::flip::{Flip, changes};
use crate::core::model::{CheckId, NodeId};
use crate::core::readiness::{Source, groups};
use crate::core::session::{Action, Decision, SUBJECT_LIMIT, record_number};
use crate::core::share::public_link;
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

/// What the panel shows of the decision besides the walk: the record in Markdown, the link
/// that reopens it, today's date, and the result of the last copy or download.
pub struct Taken<'a> {
    pub record: &'a str,
    pub share: &'a str,
    pub today: &'a str,
    pub status: &'a str,
}

/// The panel for the outcome at `node`, reached by `walked` with `decision`, in layers: the
/// recommendation, its reason, the ways to take the decision away and what would change it
/// first; then, each behind a disclosure that print opens, the checklist (its tally on the
/// disclosure's line) and what the pattern gives, an example and the caveats. `on_take` asks
/// for a copy or a download.
pub fn outcome_panel(
    v: &View,
    node: NodeId,
    walked: &Walk,
    decision: &Decision,
    taken: &Taken,
    on_take: &Callback<Takeaway>,
) -> Html {
    let tree = v.tree;
    let s = &tree.strings;
    let Some(outcome) = tree.node(node).outcome() else {
        return Html::default();
    };
    let pattern = tree.pattern(outcome.pattern);
    let heading_id = v.id("outcome");
    // Classes as literals: a class given at run time goes through Yew's `Classes` (an IndexSet),
    // whose hashing would cost the wasm kilobytes.
    let take = |what: Takeaway, label: &str| {
        let on_take = on_take.clone();
        let onclick = move |_: MouseEvent| on_take.emit(what);
        if what == Takeaway::Download {
            html! { <button type="button" class="idt-button" {onclick}>{ label }</button> }
        } else {
            html! { <button type="button" class="idt-button idt-secondary" {onclick}>{ label }</button> }
        }
    };
    let items = |items: &[String]| -> Html {
        items
            .iter()
            .map(|item| html! { <li>{ item }</li> })
            .collect()
    };

    html! {
        <section class="idt-panel idt-outcome" aria-labelledby={heading_id.clone()} inert={v.prerendered}>
            // One name for the outcome: its label, as in the diagram, the record and Mermaid.
            <p class="idt-kicker">{ fill(&s[Str::OutcomeKicker], &[("outcome", &outcome.label)]) }</p>
            <h2 id={heading_id} class="idt-headline" tabindex="-1">
                { &outcome.headline }
            </h2>
            <h3 class="idt-sr">{ &s[Str::WhyHeading] }</h3>
            <p class="idt-reason">{ &outcome.why }</p>

            <div class="idt-take">
                // What the record is about and its number, next to the button that files it.
                <div class="idt-fields">
                    { subject_field(v, decision) }
                    { number_field(v, decision) }
                </div>
                <div class="idt-actions">
                    { take(Takeaway::Download, &s[Str::DownloadRecord]) }
                    { take(Takeaway::Link, &s[Str::CopyLink]) }
                    { take(Takeaway::Mermaid, &s[Str::CopyMermaid]) }
                </div>
                <p class="idt-status" role="status">{ taken.status }</p>
            </div>

            { what_would_change(v, walked, &pattern.name) }
            { checklist(v, walked, decision) }

            // Closed on screen, always printed (the print stylesheet shows its content).
            <details class="idt-more">
                <summary>{ fill(&s[Str::MoreToggle], &[("outcome", &pattern.name)]) }</summary>
                <div class="idt-more-body">
                    <p class="idt-lead">{ &pattern.summary }</p>
                    <h3>{ &s[Str::StrengthsHeading] }</h3>
                    <ul class="idt-strengths">{ items(&pattern.strengths) }</ul>
                    if !pattern.example.is_empty() {
                        <h3>{ &s[Str::ExampleHeading] }</h3>
                        <p class="idt-example">{ &pattern.example }</p>
                    }
                    if !outcome.caveats.is_empty() {
                        <h3>{ &s[Str::CaveatsHeading] }</h3>
                        <ul class="idt-caveats">{ items(&outcome.caveats) }</ul>
                    }
                    // Optional sentences: an empty one is hidden by the stylesheet (`:empty`).
                    <p class="idt-principle">{ &s[Str::Principle] }</p>
                    <p class="idt-terms">{ &s[Str::Terms] }</p>
                </div>
            </details>

            <details class="idt-record">
                <summary>{ &s[Str::RecordToggle] }</summary>
                { take(Takeaway::Record, &s[Str::CopyRecord]) }
                <textarea readonly=true rows="14" aria-label={s[Str::RecordToggle].to_string()} value={taken.record.to_string()} />
            </details>
            // On paper only: when, and the link that reopens the decision (if others can open it).
            <p class="idt-print-note">
                { taken.today }
                if let Some(link) = public_link(taken.share) {
                    { " · " }{ link }
                }
            </p>
        </section>
    }
}

/// "What would change this": for each answer, the other answer and where it leads, as a
/// control that takes it. First the answers that lead to another recommendation or to one more
/// question; then, under their own heading, those that keep the recommended pattern with
/// another emphasis (named by their headline). Hooks: `data-flip` (the question's key),
/// `data-flip-answer` (the other answer's key) and `data-flip-to` (the pattern reached, or
/// `question` when another answer is needed).
fn what_would_change(v: &View, walked: &Walk, pattern_name: &str) -> Html {
    let tree = v.tree;
    let s = &tree.strings;
    let sorted = changes(tree, &walked.answers());
    let item = |flip: &Flip| {
        let Some(question) = tree.question_of(flip.node) else {
            return Html::default();
        };
        let answer = tree.answer_label(flip.node, flip.answer);
        let (text, to) = match flip.lands {
            Position::Reached(end) => {
                let Some(outcome) = tree.node(end).outcome() else {
                    return Html::default();
                };
                let same = sorted.same_pattern.contains(flip);
                let name = if same {
                    &outcome.headline
                } else {
                    &outcome.label
                };
                (
                    fill(
                        &s[Str::FlipOutcome],
                        &[
                            ("answer", answer),
                            ("question", &question.label),
                            ("outcome", name),
                        ],
                    ),
                    tree.pattern(outcome.pattern).key.as_str(),
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
                    data-flip-to={to.to_string()} onclick={v.send::<MouseEvent>(Action::Follow(flip.answers.clone()))}>
                    { text }
                </button>
            </li>
        }
    };
    html! {
        <div class="idt-flip-section">
            <h3>{ &s[Str::FlipHeading] }</h3>
            <ul class="idt-flips">{ for sorted.elsewhere.iter().map(item) }</ul>
            if !sorted.same_pattern.is_empty() {
                <p class="idt-flip-same">{ fill(&s[Str::FlipSame], &[("outcome", pattern_name)]) }</p>
                <ul class="idt-flips">{ for sorted.same_pattern.iter().map(item) }</ul>
            }
        </div>
    }
}

/// The readiness checklist: a native checkbox per item, grouped under where each item comes
/// from (the pattern, or an answer on the path), and a line that sums it up. Hook:
/// `data-check` (the item's key) on each checkbox.
fn checklist(v: &View, walked: &Walk, decision: &Decision) -> Html {
    let tree = v.tree;
    let s = &tree.strings;
    let groups = groups(tree, walked);
    if groups.is_empty() {
        return Html::default();
    }
    let total = groups.iter().map(|(_, items)| items.len()).sum::<usize>();
    let done = groups
        .iter()
        .flat_map(|(_, items)| items)
        .filter(|id| decision.ready.contains(id))
        .count();
    let hint_id = v.id("checklist-hint");
    let summary_id = v.id("checklist-summary");
    let checkbox = |id: CheckId| {
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
                    checked={decision.ready.contains(&id)} {onchange} />
                <label for={input_id}>{ &check.text }</label>
            </li>
        }
    };
    let group = |(source, items): &(Source, Vec<CheckId>)| {
        let heading = match *source {
            Source::Pattern(pattern) => fill(
                &s[Str::ChecklistFromPattern],
                &[("outcome", &tree.pattern(pattern).name)],
            ),
            Source::Answer(step) => fill(
                &s[Str::ChecklistFromAnswer],
                &[
                    ("answer", tree.answer_label(step.node, step.answer)),
                    (
                        "question",
                        tree.question_of(step.node).map_or("", |q| q.label.as_str()),
                    ),
                ],
            ),
        };
        html! {
            <>
                <h3 class="idt-check-group">{ heading }</h3>
                <ul>{ for items.iter().copied().map(checkbox) }</ul>
            </>
        }
    };
    let tally = fill(
        &s[Str::ChecklistSummary],
        &[("done", &done.to_string()), ("total", &total.to_string())],
    );
    // A layer of its own: folded on screen under a line that says how far along it is, always
    // printed. The checklist's own heading is the disclosure's; the fieldset names it too.
    html! {
        <details class="idt-more idt-checks">
            <summary>{ &s[Str::ChecklistHeading] }{ " " }<span class="idt-tally">{ &tally }</span></summary>
            <fieldset class="idt-checklist" aria-describedby={format!("{hint_id} {summary_id}")}>
                <legend class="idt-checks-legend">{ &s[Str::ChecklistHeading] }</legend>
                <p id={hint_id} class="idt-hint">{ &s[Str::ChecklistHint] }</p>
                { for groups.iter().map(group) }
                <p id={summary_id} class="idt-checklist-summary">{ tally }</p>
            </fieldset>
        </details>
    }
}

/// The record's number: its file name's first part, the next one after the last download by
/// default. Hook: the field's name, `number`.
fn number_field(v: &View, decision: &Decision) -> Html {
    let s = &v.tree.strings;
    field(
        v,
        "number",
        &s[Str::RecordNumber],
        // No hint: the record's file name says what the number is (an empty hint is hidden).
        "",
        u32::from(decision.number.max(1)).to_string(),
        4,
        // A field being emptied, or holding no number, changes nothing.
        |text| record_number(&text).map(Action::Number),
    )
}

/// "What are you integrating?": untrusted text, kept as typed (within [`SUBJECT_LIMIT`]
/// characters), named in the record's title and carried in the link.
fn subject_field(v: &View, decision: &Decision) -> Html {
    let s = &v.tree.strings;
    field(
        v,
        "subject",
        &s[Str::SubjectLabel],
        &s[Str::SubjectHint],
        decision.subject.clone(),
        SUBJECT_LIMIT,
        |text| Some(Action::Describe(text)),
    )
}

/// A labelled one-line text field named `name` (its hook) holding `value`, at most `limit`
/// characters (four or fewer: a number), with a hint, whose every
/// edit becomes the action `act` makes of the text (if any). One function for every field: each
/// `html!` costs the wasm its own code. Marked `data-empty` when empty (print leaves an empty
/// field out).
fn field(
    v: &View,
    name: &'static str,
    label: &str,
    hint: &str,
    value: String,
    limit: usize,
    act: fn(String) -> Option<Action>,
) -> Html {
    // Four characters or fewer: a number (digits on a phone's keyboard, anything else invalid).
    let number = limit < 5;
    let input_id = v.id(name);
    let mut hint_id = input_id.clone();
    hint_id.push_str("-hint");
    let on_action = v.on_action.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        let input = event.target_dyn_into::<web_sys::HtmlInputElement>();
        if let Some(action) = input.and_then(|input| act(input.value())) {
            on_action.emit(action);
        }
    });
    html! {
        <div class="idt-field" data-empty={value.is_empty().then_some(AttrValue::Static(""))}>
            <label for={input_id.clone()}>{ label }</label>
            <input type="text" id={input_id} {name} inputmode={number.then_some("numeric")}
                pattern={number.then_some("0*[1-9][0-9]*")} maxlength={limit.to_string()} autocomplete="off"
                aria-describedby={(!hint.is_empty()).then(|| hint_id.clone())} {value} {oninput} />
            <p id={hint_id} class="idt-hint">{ hint }</p>
        </div>
    }
}
