//! The one component: state, then the hooks that connect it to the world outside (the URL,
//! focus, host events), then the view: the card or outcome, the summary and the diagram.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::card::question_card;
use super::diagram_panel::diagram_panel;
use super::hooks::{use_after_change, use_restore_from_outside};
use super::host;
use super::outcome::{Takeaway, outcome_panel};
use super::state::{Cause, Msg, State, TreeRef};
use super::summary::answers_summary;
use super::view::View;
use crate::core::announce::announcement;
use crate::core::config::Config;
use crate::core::export::decision_record;
use crate::core::layout::Layout;
use crate::core::model::Answer;
use crate::core::scene::scene;
use crate::core::session::Action;
use crate::core::share::share_link;
use crate::core::strings::Str;
use crate::core::walk::Position;
use crate::core::{Tree, walk};

/// What a page or an embed passes to [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub tree: TreeRef,
    /// The tree's diagram geometry, computed once per page.
    pub layout: Rc<Layout>,
    pub config: Rc<Config>,
    /// The answers to start from: the page's permalink, or the `answers` setting.
    pub initial: Rc<Vec<Answer>>,
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
        let (tree, initial) = (props.tree.0.clone(), props.initial.clone());
        use_reducer(move || State::new(tree, initial.to_vec()))
    };
    let dispatch = state.dispatcher();
    use_restore_from_outside(&props.tree, &config, dispatch.clone());
    use_after_change(&state, &props.host, config.permalink);

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
                Callback::from(move |what: Takeaway| {
                    let (text, done) = match what {
                        Takeaway::Link => (share.clone(), Str::CopiedLink),
                        Takeaway::Record => (record.clone(), Str::CopiedRecord),
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
    // Silent on load: the live region speaks only after a change.
    let spoken = (state.cause != Cause::Start).then(|| announcement(tree, &walked));
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
                    { diagram_panel(&v, &scene(tree, &props.layout, &walked)) }
                }
            </div>
            <p class="idt-sr" aria-live="polite" aria-atomic="true">{ spoken }</p>
        </div>
    }
}
