//! The question card: the question, why it matters, what counts as yes, and one button per
//! answer (Yes and No, or the question's own options).

use yew::prelude::*;

use super::view::View;
use crate::core::model::{Answer, ExamplesRule, NodeId};
use crate::core::session::Action;
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::Walk;

/// The card for the question at `node`. Its heading receives focus after each step.
pub fn question_card(v: &View, node: NodeId, walked: &Walk) -> Html {
    let s = &v.tree.strings;
    let Some(question) = v.tree.question_of(node) else {
        return Html::default();
    };
    let (n, total) = walked.progress(v.tree).unwrap_or((1, 1));
    let heading_id = v.id("question");
    let rule = match question.examples_rule {
        ExamplesRule::Any => Str::ExamplesAny,
        ExamplesRule::All => Str::ExamplesAll,
    };
    // Classes are written out as literals throughout: a class given at run time goes through
    // Yew's `Classes`, an IndexSet whose hashing code would cost the wasm about 2 KB gzip.
    let button = |answer: Answer| {
        let option = question.option(answer);
        html! {
            <button type="button" class="idt-button" data-answer={option.key.clone()}
                onclick={v.send::<MouseEvent>(Action::Answer { node, answer })}>
                { &option.label }
            </button>
        }
    };

    html! {
        <section class="idt-panel idt-card" aria-labelledby={heading_id.clone()}>
            <div class="idt-progress">
                <span>{ fill(&s[Str::Progress], &[("n", &n.to_string()), ("total", &total.to_string())]) }</span>
                // Before the wasm: the loader writes the sentence in after a moment, so that it
                // is seen and announced only when the wait is noticeable (web/boot.js).
                if v.prerendered {
                    <span class="idt-loading" role="status" data-loading={s[Str::PageLoading].to_string()}></span>
                }
            </div>
            <h2 id={heading_id} class="idt-question" tabindex="-1">
                { &question.text }
            </h2>
            // Empty parts of an author's question are hidden: `:empty` in the stylesheet, or
            // `hidden` (cheaper in the wasm than a conditional branch each).
            <p class="idt-explanation">{ &question.explanation }</p>
            // The node id as key gives every question a fresh, closed disclosure.
            <details key={v.tree.node(node).id.clone()} class="idt-examples" inert={v.prerendered}
                hidden={question.examples.is_empty() && question.caution.is_empty()}>
                <summary>{ &s[Str::ExamplesToggle] }</summary>
                <p class="idt-examples-rule" hidden={question.examples.is_empty()}>{ &s[rule] }</p>
                <ul>{ for question.examples.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                if !question.caution.is_empty() {
                    <p class="idt-caution">
                        <strong>{ &s[Str::CautionLabel] }</strong>{ " " }{ &question.caution }
                    </p>
                }
            </details>
            <div class="idt-choices">
                { for question.answers().map(button) }
            </div>
        </section>
    }
}
