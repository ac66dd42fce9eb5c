//! What every part of the view needs: the tree, this instance's id prefix, and the way to
//! dispatch actions. The parts are plain functions of this context and the state, not
//! components of their own: one component (the app) owns all state, and each extra component
//! type would cost several kilobytes of generic machinery in the wasm.

use yew::Callback;

use crate::core::Tree;
use crate::core::session::Action;

/// Shared inputs for the view functions.
pub struct View<'a> {
    pub tree: &'a Tree,
    /// Prefix for this instance's element ids, unique on the page.
    pub id: &'a str,
    pub on_action: &'a Callback<Action>,
    /// Rendered ahead of time, before the wasm: only the card's answers take a tap (kept until
    /// the live widget applies it); every other part is inert.
    pub prerendered: bool,
}

impl View<'_> {
    /// An element id unique to this instance.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.id)
    }

    /// A click handler that dispatches `action`.
    pub fn send<E: 'static>(&self, action: Action) -> Callback<E> {
        let on_action = self.on_action.clone();
        Callback::from(move |_: E| on_action.emit(action.clone()))
    }
}
