//! "Your answers": each answer with a Change control, plus Back and Start again.

use yew::prelude::*;

use super::view::View;
use crate::core::session::Action;
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::Walk;

/// The summary of the answers given so far; empty before the first answer.
pub fn answers_summary(v: &View, walked: &Walk) -> Html {
    if walked.steps.is_empty() {
        return Html::default();
    }
    let s = &v.tree.strings;
    let heading_id = v.id("answers");
    let rows = walked.steps.iter().enumerate().map(|(depth, step)| {
        let question = v
            .tree
            .question_of(step.node)
            .map_or("", |q| q.text.as_str());
        let n = (depth + 1).to_string();
        html! {
            <li class="idt-answer-row">
                <span class="idt-answer-question">{ question }</span>
                <span class="idt-answer-given">{ v.tree.answer_label(step.node, step.answer) }</span>
                <button type="button" class="idt-link"
                    aria-label={fill(&s[Str::ChangeLabel], &[("n", &n), ("question", question)])}
                    onclick={v.send::<MouseEvent>(Action::Rewind(depth))}>
                    { &s[Str::Change] }
                </button>
            </li>
        }
    });

    html! {
        <section class="idt-panel idt-summary" aria-labelledby={heading_id.clone()} inert={v.prerendered}>
            <h2 id={heading_id} class="idt-panel-title">{ &s[Str::AnswersHeading] }</h2>
            <ol class="idt-answer-list">{ for rows }</ol>
            <div class="idt-nav">
                <button type="button" class="idt-button idt-secondary" onclick={v.send::<MouseEvent>(Action::Back)}>
                    { &s[Str::Back] }
                </button>
                <button type="button" class="idt-button idt-quiet" onclick={v.send::<MouseEvent>(Action::Restart)}>
                    { &s[Str::Restart] }
                </button>
            </div>
        </section>
    }
}
