//! The root component: owns the state, wires it to the URL, focus and host events, and lays
//! out the card or outcome, the summary and the diagram.

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::card::QuestionCard;
use super::diagram::Diagram;
use super::host;
use super::outcome::OutcomePanel;
use super::state::{Cause, Msg, State, TreeRef};
use super::summary::AnswersSummary;
use super::tree_data;
use crate::core::config::Config;
use crate::core::layout::layout;
use crate::core::session::Action;
use crate::core::template::fill;
use crate::core::walk::Position;
use crate::core::{Tree, permalink, walk};

/// What a page or an embed passes to [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// Numbers this instance on the page, to keep element ids unique.
    pub instance: u32,
    /// The page URL without a hash, for shared links.
    pub share: AttrValue,
    /// The element the widget is mounted in; host events are dispatched from it.
    pub host: Element,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match tree_data::shipped() {
        Ok(tree) => html! { <Widget tree={TreeRef(tree)} app={props.clone()} /> },
        Err(errors) => html! {
            <div class="idt" role="alert">
                <p>{ "The decision tree could not be loaded:" }</p>
                <ul>{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
            </div>
        },
    }
}

#[derive(Properties, Clone, PartialEq)]
struct WidgetProps {
    tree: TreeRef,
    app: AppProps,
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    let config = props.app.config.clone();
    let state = {
        let tree = props.tree.0.clone();
        let config = config.clone();
        use_reducer(move || {
            let from_link = config
                .permalink
                .then(|| permalink::parse(&tree, &host::hash()))
                .filter(|answers| !answers.is_empty());
            State::new(tree, from_link.unwrap_or_else(|| config.answers.clone()))
        })
    };
    let heading = use_node_ref();
    let diagram = use_memo(props.tree.clone(), |tree| layout(tree));
    let dispatch = state.dispatcher();
    let on_action = {
        let dispatch = dispatch.clone();
        Callback::from(move |action: Action| dispatch.dispatch(Msg::person(action)))
    };

    // A changed `answers` setting replaces the answers; the first run is the initial value.
    {
        let dispatch = dispatch.clone();
        let mounted = use_mut_ref(|| false);
        use_effect_with(config.answers.clone(), move |answers| {
            if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                dispatch.dispatch(Msg {
                    cause: Cause::Settings,
                    action: Action::Restore(answers.clone()),
                });
            }
        });
    }

    // Browser back/forward and hand-edited hashes restore the answers in the URL.
    {
        let dispatch = dispatch.clone();
        let tree = props.tree.clone();
        use_effect_with(config.permalink, move |&permalink| {
            let listeners = permalink.then(|| {
                let window = gloo::utils::window();
                let restore = move |_: &Event| {
                    dispatch.dispatch(Msg {
                        cause: Cause::History,
                        action: Action::Restore(permalink::parse(&tree, &host::hash())),
                    })
                };
                [
                    EventListener::new(&window, "popstate", restore.clone()),
                    EventListener::new(&window, "hashchange", restore),
                ]
            });
            move || drop(listeners)
        });
    }

    // After each change: write the URL, move focus, tell the host page.
    {
        let state = state.clone();
        let heading = heading.clone();
        let host_element = props.app.host.clone();
        let permalink = config.permalink;
        use_effect_with(state.revision, move |_| {
            if permalink {
                let canonical = permalink::serialise(&state.tree, &state.answers);
                let current = host::hash();
                if current.strip_prefix('#').unwrap_or(&current) != canonical {
                    let new_entry = matches!(state.cause, Cause::Person | Cause::Settings);
                    host::write_hash(&canonical, new_entry);
                }
            }
            if matches!(state.cause, Cause::Person | Cause::History) {
                host::focus(&heading);
            }
            for change in &state.changes {
                host::announce_change(&host_element, &state.tree, &state.answers, *change);
            }
        });
    }

    let tree = &state.tree;
    let walked = walk(tree, &state.answers);
    let id = format!("idt{}", props.app.instance);
    let share = {
        let hash = permalink::serialise(tree, &state.answers);
        if hash.is_empty() {
            props.app.share.to_string()
        } else {
            format!("{}#{hash}", props.app.share)
        }
    };
    let announcement = (state.cause != Cause::Start).then(|| announce(tree, &walked));
    let outcome = walked
        .outcome(tree)
        .map(|o| AttrValue::Static(o.pattern.as_str()));

    let main = match walked.position {
        Position::Asking(node) => html! {
            <QuestionCard
                key={tree.node(node).id.clone()}
                tree={state.tree.clone()}
                {node}
                walked={walked.clone()}
                heading={heading.clone()}
                on_action={on_action.clone()}
                id={id.clone()}
            />
        },
        Position::Reached(node) => html! {
            <OutcomePanel
                tree={state.tree.clone()}
                {node}
                answers={state.answers.clone()}
                share={AttrValue::from(share)}
                heading={heading.clone()}
                id={id.clone()}
            />
        },
    };

    html! {
        <div
            class={classes!("idt", (!config.show_diagram).then_some("idt-no-diagram"))}
            data-theme={config.theme.as_str()}
            data-outcome={outcome}
        >
            <div class="idt-layout">
                <div class="idt-main">
                    { main }
                    if !state.answers.is_empty() {
                        <AnswersSummary
                            tree={state.tree.clone()}
                            answers={state.answers.clone()}
                            on_action={on_action.clone()}
                            id={id.clone()}
                        />
                    }
                </div>
                if config.show_diagram {
                    <Diagram
                        tree={state.tree.clone()}
                        diagram={diagram.clone()}
                        answers={state.answers.clone()}
                        on_action={on_action}
                        id={id.clone()}
                    />
                }
            </div>
            <p class="idt-sr" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </div>
    }
}

/// What the live region says about where the walk now stands.
fn announce(tree: &Tree, walked: &crate::core::Walk) -> String {
    let s = &tree.strings;
    match walked.position {
        Position::Asking(node) => {
            let question = tree.question_of(node).map_or("", |q| q.text.as_str());
            let (n, total) = walked.progress(tree).unwrap_or_default();
            fill(
                &s.announce_question,
                &[
                    ("n", &n.to_string()),
                    ("total", &total.to_string()),
                    ("question", question),
                ],
            )
        }
        Position::Reached(node) => {
            let headline = tree
                .node(node)
                .outcome()
                .map_or("", |o| o.headline.as_str());
            fill(&s.announce_outcome, &[("headline", headline)])
        }
    }
}
