//! The question card: the question, why it matters, what counts as yes, and Yes/No.

use yew::prelude::*;

use super::state::TreeRef;
use crate::core::model::{Answer, NodeId};
use crate::core::session::Action;
use crate::core::template::fill;
use crate::core::walk::Walk;

#[derive(Properties, Clone, PartialEq)]
pub struct QuestionCardProps {
    pub tree: TreeRef,
    /// The question node being asked.
    pub node: NodeId,
    /// The walk so far, for progress.
    pub walked: Walk,
    /// Receives focus after each step.
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
    /// Prefix for this instance's element ids.
    pub id: AttrValue,
}

#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let tree = &props.tree;
    let s = &tree.strings;
    let Some(question) = tree.question_of(props.node) else {
        return Html::default();
    };
    let (n, total) = props.walked.progress(tree).unwrap_or((1, 1));
    let heading_id = format!("{}-question", props.id);
    let answer = |answer: Answer| {
        let on_action = props.on_action.clone();
        let node = props.node;
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Answer { node, answer }))
    };

    html! {
        <section class="idt-panel idt-card" aria-labelledby={heading_id.clone()}>
            <div class="idt-progress">
                <span class="idt-progress-text">
                    { fill(&s.progress, &[("n", &n.to_string()), ("total", &total.to_string())]) }
                </span>
                <span class="idt-steps" aria-hidden="true">
                    { for (1..=total).map(|i| html! {
                        <span class={classes!("idt-step", (i < n).then_some("is-done"), (i == n).then_some("is-now"))} />
                    }) }
                </span>
            </div>
            <h2 id={heading_id} class="idt-question" tabindex="-1" ref={props.heading.clone()}>
                { &question.text }
            </h2>
            <p class="idt-explanation">{ &question.explanation }</p>
            <details class="idt-examples">
                <summary>{ &s.examples_toggle }</summary>
                <ul>{ for question.examples.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                if !question.caution.is_empty() {
                    <p class="idt-caution">
                        <strong>{ &s.caution_label }</strong>{ " " }{ &question.caution }
                    </p>
                }
            </details>
            <div class="idt-choices">
                <button type="button" class="idt-button idt-yes" onclick={answer(Answer::Yes)}>
                    { &s.yes }
                </button>
                <button type="button" class="idt-button idt-no" onclick={answer(Answer::No)}>
                    { &s.no }
                </button>
            </div>
        </section>
    }
}
