//! The one component: state, then the hooks that connect it to the world outside (the URL,
//! focus, host events), then the view: the card or outcome, the summary and the diagram.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::card::question_card;
use super::diagram_panel::diagram_panel;
use super::hooks::{use_after_change, use_page_title, use_restore_from_outside};
use super::host;
use super::outcome::{Takeaway, Taken, outcome_panel};
use super::state::{Cause, Msg, State, TreeRef};
use super::summary::answers_summary;
use super::view::View;
use crate::core::announce::announcement;
use crate::core::config::{Config, Diagram};
use crate::core::export::{decision_record, mermaid, record_file_name};
use crate::core::layout::Layout;
use crate::core::scene::scene;
use crate::core::session::Action;
use crate::core::session::Decision;
use crate::core::share::share_link;
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::Position;
use crate::core::{Tree, walk};

/// What a page or an embed passes to [`App`].
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub tree: TreeRef,
    /// The tree's diagram geometry, computed once per page.
    pub layout: Rc<Layout>,
    pub config: Rc<Config>,
    /// The decision to start from: the page's permalink, or the `answers` setting.
    pub initial: Rc<Decision>,
    /// Numbers this instance on the page, to keep element ids unique.
    pub instance: u32,
    /// The page URL without a hash, for shared links.
    pub share: AttrValue,
    /// The element the widget is mounted in; host events are dispatched from it. `None` when
    /// the widget is rendered to HTML ahead of time.
    pub host: Option<Element>,
    /// Rendered ahead of time, for the page to show before the wasm arrives: the card's answers
    /// take a tap (the loader holds it), every other control is inert, until the live widget
    /// replaces it.
    pub prerendered: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    #[cfg(feature = "test-hooks")]
    super::test_hooks::check(super::test_hooks::Phase::Render);
    let config = props.config.clone();
    let state = {
        let (tree, initial) = (props.tree.0.clone(), props.initial.clone());
        use_reducer(move || State::new(tree, (*initial).clone()))
    };
    let dispatch = state.dispatcher();
    use_restore_from_outside(&props.tree, &config, dispatch.clone());
    use_after_change(&state, &props.host, config.permalink);

    let tree: &Tree = &state.tree;
    let walked = walk(tree, &state.decision.answers);
    use_page_title(&state.tree, &walked, config.page && props.host.is_some());
    let on_action = {
        let dispatch = dispatch.clone();
        Callback::from(move |action: Action| dispatch.dispatch(Msg::person(action)))
    };
    let id = format!("idt{}", props.instance);
    let v = View {
        tree,
        id: &id,
        on_action: &on_action,
        prerendered: props.prerendered,
    };

    let toggle_diagram = {
        let (dispatch, open) = (dispatch.clone(), state.diagram_open);
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Msg::Diagram(!open)))
    };
    let main = match walked.position {
        Position::Asking(node) => question_card(&v, node, &walked),
        Position::Reached(node) => {
            let decision = &state.decision;
            let share = share_link(tree, &props.share, decision);
            let today = host::today();
            let record = decision_record(tree, decision, &share, &today).unwrap_or_default();
            let on_take = {
                let tree = state.tree.clone();
                let revision = state.revision;
                let file = record_file_name(&tree, decision);
                let number = decision.number;
                let mermaid_text = mermaid(&tree, Some(&walked));
                let (share, record) = (share.clone(), record.clone());
                Callback::from(move |what: Takeaway| {
                    let (tree, dispatch) = (tree.clone(), dispatch.clone());
                    let report =
                        move |message: String| dispatch.dispatch(Msg::Copied { revision, message });
                    let (text, done) = match what {
                        Takeaway::Download => {
                            let message = if host::download(&file, &record) {
                                host::remember_record_number(number);
                                fill(&tree.strings[Str::Downloaded], &[("file", &file)])
                            } else {
                                tree.strings[Str::DownloadFailed].to_string()
                            };
                            return report(message);
                        }
                        Takeaway::Link => (share.clone(), Str::CopiedLink),
                        Takeaway::Record => (record.clone(), Str::CopiedRecord),
                        Takeaway::Mermaid => (mermaid_text.clone(), Str::CopiedMermaid),
                    };
                    host::copy(&text, move |worked| {
                        let said = if worked { done } else { Str::CopyFailed };
                        report(tree.strings[said].to_string());
                    });
                })
            };
            let taken = Taken {
                record: &record,
                share: &share,
                today: &today,
                status: &state.copy_status,
            };
            outcome_panel(&v, node, &walked, decision, &taken, &on_take)
        }
    };
    // Silent on load: the live region speaks only after a change.
    let spoken = (state.cause != Cause::Start).then(|| announcement(tree, &walked));
    let outcome = walked
        .outcome(tree)
        .map(|o| AttrValue::from(tree.pattern(o.pattern).key.clone()));

    html! {
        <div
            class="idt"
            lang={tree.lang.clone()}
            data-theme={config.theme.as_str()}
            data-diagram={config.diagram.as_str()}
            data-outcome={outcome}
            data-prerendered={props.prerendered.then_some(AttrValue::Static(""))}
        >
            <div class="idt-layout">
                <div class="idt-main">
                    { main }
                    { answers_summary(&v, &walked) }
                </div>
                if config.diagram != Diagram::Hide {
                    { diagram_panel(&v, &scene(tree, &props.layout, &walked), walked.outcome(tree).is_some(),
                        state.diagram_open, toggle_diagram) }
                }
            </div>
            <p class="idt-sr" aria-live="polite" aria-atomic="true">{ spoken }</p>
        </div>
    }
}
