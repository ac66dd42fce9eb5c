//! The widget's two conversations with the world outside it, as hooks [`super::App`] calls:
//! changes that come in (a new `answers` setting, browser history, a hand-edited hash) and what
//! goes out after every change (the URL, focus, the host page's events).

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::host;
use super::state::{Cause, Msg, State, TreeRef};
use crate::core::announce::page_title;
use crate::core::config::Config;
use crate::core::host_event::host_event;
use crate::core::permalink;
use crate::core::session::Action;
use crate::core::walk::Walk;

/// Restores the answers from outside: when the host changes the `answers` setting, and, with
/// the permalink on, on browser back/forward and when the hash is edited by hand. (A permalink
/// turned on after mount starts writing the URL from the next change.)
#[hook]
pub fn use_restore_from_outside(
    tree: &TreeRef,
    config: &Config,
    dispatch: UseReducerDispatcher<State>,
) {
    let applied = use_mut_ref(|| config.answers.clone());
    let tree = tree.clone();
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

/// After each change: writes the URL (with the permalink on; a new history entry for a step,
/// the same entry for a tick or the subject), moves focus to the new heading when the reader
/// took a step, and tells the host page what happened.
#[hook]
pub fn use_after_change(
    state: &UseReducerHandle<State>,
    host_element: &Option<Element>,
    permalink: bool,
) {
    let state = state.clone();
    let host_element = host_element.clone();
    use_effect_with(state.revision, move |_| {
        if permalink {
            let canonical = permalink::serialise(&state.tree, &state.decision);
            let current = host::hash();
            if current.strip_prefix('#').unwrap_or(&current) != canonical {
                let new_entry = matches!(state.cause, Cause::Person | Cause::Settings);
                host::write_hash(&canonical, new_entry);
            }
        }
        let Some(host_element) = host_element else {
            return;
        };
        if matches!(state.cause, Cause::Person | Cause::History) {
            host::focus_heading(&host_element);
        }
        for change in &state.changes {
            host::tell(
                &host_element,
                &host_event(&state.tree, &state.decision.answers, *change),
            );
        }
    });
}

/// On a page of its own (`on`), names the step in the page's title, in front of the page's own
/// title; an element never touches its host's title. The page's own title is whatever the
/// document says that this hook did not write (a page translated after mount retitles itself).
#[hook]
pub fn use_page_title(tree: &TreeRef, walked: &Walk, on: bool) {
    let written = use_mut_ref(|| None::<(String, String)>); // (the page's own, what was written)
    let tree = tree.clone();
    let walked = walked.clone();
    use_effect(move || {
        if !on {
            return;
        }
        let document = gloo::utils::document();
        let now = document.title();
        let own = match &*written.borrow() {
            Some((own, wrote)) if *wrote == now => own.clone(),
            _ => now.clone(),
        };
        let title = page_title(&tree, &walked, &own);
        if title != now {
            document.set_title(&title);
        }
        *written.borrow_mut() = Some((own, title));
    });
}
