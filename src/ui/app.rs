//! The one component: owns the state, wires it to the URL, focus and host events, and lays
//! out the card or outcome, the summary and the diagram.

use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::card::question_card;
use super::diagram::tree_diagram;
use super::host;
use super::outcome::{Copy, outcome_panel};
use super::state::{Cause, Msg, State, TreeRef};
use super::summary::answers_summary;
use super::view::View;
use crate::core::config::Config;
use crate::core::export::decision_record;
use crate::core::layout::Diagram;
use crate::core::scene::scene;
use crate::core::session::Action;
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::{Position, Walk};
use crate::core::{Tree, permalink, walk};

/// What a page or an embed passes to [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub tree: TreeRef,
    /// The tree's diagram geometry, computed once per page.
    pub diagram: Rc<Diagram>,
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
    #[cfg(feature = "test-hooks")]
    super::test_hooks::check(super::test_hooks::Phase::Render);
    let config = props.config.clone();
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
    let dispatch = state.dispatcher();

    // When the settings change: a new `answers` setting replaces the answers, and with a
    // permalink, browser back/forward and hand-edited hashes restore the answers in the URL.
    // (A permalink turned on after mount starts writing the URL from the next change.)
    {
        let dispatch = dispatch.clone();
        let tree = props.tree.clone();
        let applied = use_mut_ref(|| config.answers.clone());
        let deps = (config.answers.clone(), config.permalink);
        use_effect_with(deps, move |(answers, permalink)| {
            if applied.replace(answers.clone()) != *answers {
                dispatch.dispatch(Msg::Do {
                    cause: Cause::Settings,
                    action: Action::Restore(answers.clone()),
                });
            }
            let listeners = permalink.then(|| {
                let window = gloo::utils::window();
                let restore = move |_: &Event| {
                    dispatch.dispatch(Msg::Do {
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
        let host_element = props.host.clone();
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
                host::focus_heading(&host_element);
            }
            for change in &state.changes {
                host::announce_change(&host_element, &state.tree, &state.answers, *change);
            }
        });
    }

    let tree: &Tree = &state.tree;
    let walked = walk(tree, &state.answers);
    let on_action = {
        let dispatch = dispatch.clone();
        Callback::from(move |action: Action| dispatch.dispatch(Msg::person(action)))
    };
    let id = format!("idt{}", props.instance);
    let v = View {
        tree,
        id: &id,
        on_action: &on_action,
    };

    let main = match walked.position {
        Position::Asking(node) => question_card(&v, node, &walked),
        Position::Reached(node) => {
            let share = share_link(tree, &props.share, &state.answers);
            let record = decision_record(tree, &walked, &share).unwrap_or_default();
            let on_copy = {
                let tree = state.tree.clone();
                let revision = state.revision;
                let (share, record) = (share.clone(), record.clone());
                Callback::from(move |what: Copy| {
                    let (text, done) = match what {
                        Copy::Link => (share.clone(), Str::CopiedLink),
                        Copy::Record => (record.clone(), Str::CopiedRecord),
                    };
                    let (tree, dispatch) = (tree.clone(), dispatch.clone());
                    host::copy(&text, move |worked| {
                        let said = if worked { done } else { Str::CopyFailed };
                        let message = tree.strings[said].to_string();
                        dispatch.dispatch(Msg::Copied { revision, message });
                    });
                })
            };
            outcome_panel(&v, node, &record, &state.copy_status, &on_copy)
        }
    };
    let announcement = (state.cause != Cause::Start).then(|| announce(tree, &walked));
    let outcome = walked
        .outcome(tree)
        .map(|o| AttrValue::Static(o.pattern.as_str()));

    html! {
        <div
            class="idt"
            data-theme={config.theme.as_str()}
            data-outcome={outcome}
        >
            <div class="idt-layout">
                <div class="idt-main">
                    { main }
                    { answers_summary(&v, &walked) }
                </div>
                if config.show_diagram {
                    { tree_diagram(&v, &scene(tree, &props.diagram, &walked)) }
                }
            </div>
            <p class="idt-sr" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </div>
    }
}

/// The link to exactly these answers.
fn share_link(tree: &Tree, page: &str, answers: &[crate::core::Answer]) -> String {
    let hash = permalink::serialise(tree, answers);
    if hash.is_empty() {
        page.to_string()
    } else {
        format!("{page}#{hash}")
    }
}

/// What the live region says about where the walk now stands.
fn announce(tree: &Tree, walked: &Walk) -> String {
    let s = &tree.strings;
    match walked.position {
        Position::Asking(node) => {
            let question = tree.question_of(node).map_or("", |q| q.text.as_str());
            let (n, total) = walked.progress(tree).unwrap_or_default();
            fill(
                &s[Str::AnnounceQuestion],
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
            fill(&s[Str::AnnounceOutcome], &[("headline", headline)])
        }
    }
}
