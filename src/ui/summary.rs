//! "Your answers": each answer with a Change control, plus Back and Start again.

use yew::prelude::*;

use super::state::TreeRef;
use crate::core::export::answer_word;
use crate::core::model::Answer;
use crate::core::session::Action;
use crate::core::template::fill;
use crate::core::walk;

#[derive(Properties, Clone, PartialEq)]
pub struct AnswersSummaryProps {
    pub tree: TreeRef,
    pub answers: Vec<Answer>,
    pub on_action: Callback<Action>,
    /// Prefix for this instance's element ids.
    pub id: AttrValue,
}

#[component]
pub fn AnswersSummary(props: &AnswersSummaryProps) -> Html {
    let tree = &props.tree;
    let s = &tree.strings;
    let heading_id = format!("{}-answers", props.id);
    let send = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let rows = walk(tree, &props.answers).steps.into_iter().enumerate().map(|(depth, step)| {
        let question = tree.question_of(step.node).map_or("", |q| q.text.as_str());
        let n = (depth + 1).to_string();
        html! {
            <li class="idt-answer-row">
                <span class="idt-answer-question">{ question }</span>
                <span class={classes!("idt-answer-given", format!("is-{}", step.answer.as_str()))}>
                    { answer_word(tree, step.answer) }
                </span>
                <button
                    type="button"
                    class="idt-link"
                    aria-label={fill(&s.change_label, &[("n", &n), ("question", question)])}
                    onclick={send(Action::Rewind(depth))}
                >
                    { &s.change }
                </button>
            </li>
        }
    });

    html! {
        <section class="idt-panel idt-summary" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="idt-panel-title">{ &s.answers_heading }</h2>
            <ol class="idt-answer-list">{ for rows }</ol>
            <div class="idt-nav">
                <button type="button" class="idt-button idt-secondary" onclick={send(Action::Back)}>
                    { &s.back }
                </button>
                <button type="button" class="idt-button idt-quiet" onclick={send(Action::Restart)}>
                    { &s.restart }
                </button>
            </div>
        </section>
    }
}
