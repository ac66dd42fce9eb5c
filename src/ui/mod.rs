//! The browser shell: Yew components that render the core's results and dispatch actions.
//!
//! Everything here is thin on purpose. Decisions, checks and text live in [`crate::core`];
//! this module owns only what needs a browser: the DOM, focus, the URL, the clipboard and
//! events for the host page. [`mount`] is the one entry point for pages and embeds.

mod app;
mod card;
mod crash;
mod diagram_panel;
mod hooks;
mod host;
mod outcome;
mod state;
mod summary;
#[cfg(feature = "test-hooks")]
mod test_hooks;
mod tree_data;
mod view;

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use crate::core::config::{self, Config};
use crate::core::layout::layout;
use crate::core::permalink;
pub use app::{App, AppProps};
use state::TreeRef;

/// A mounted widget: Yew's handle and the props it was last given.
type Mounted = (AppHandle<App>, AppProps);

thread_local! {
    /// The mounted widgets, by the id `mount` returned (minus one); `None` once unmounted.
    static WIDGETS: RefCell<Vec<Option<Mounted>>> = const { RefCell::new(Vec::new()) };
}

/// Applies changed settings (an object of attribute names to strings) to the widget `id`.
/// Settings not mentioned keep their value; invalid values fall back with a warning.
#[wasm_bindgen]
pub fn configure(id: u32, settings: &JsValue) {
    WIDGETS.with(|widgets| {
        let mut widgets = widgets.borrow_mut();
        let Some(Some((handle, props))) = widgets.get_mut((id as usize).wrapping_sub(1)) else {
            return;
        };
        let (config, warnings) =
            config::read(&props.tree, (*props.config).clone(), pairs(settings));
        warn_all(&warnings);
        props.config = config.into();
        handle.update(props.clone());
    });
}

/// Removes the widget `id`: its listeners, its state and its markup.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    let widget = WIDGETS.with(|widgets| {
        widgets
            .borrow_mut()
            .get_mut((id as usize).wrapping_sub(1))
            .and_then(Option::take)
    });
    if let Some((handle, props)) = widget {
        crash::forget(&props.host);
        handle.destroy();
        // Yew leaves a destroyed app's markup in place; a removed widget leaves nothing.
        props.host.set_text_content(None);
    }
}

/// Renders a widget into `root` (which it empties first) and returns its id for
/// [`configure`] and [`unmount`], or 0 when the tree could not be loaded (the reasons are
/// then shown in `root`).
///
/// `settings` is an object of attribute-style strings (`theme`, `answers`, `diagram`,
/// `permalink`); `page` says whether this is the standalone page (permalink on by default) or
/// an embed (off by default); `share` is the page URL, without a hash, that shared links and
/// the decision record point to.
#[wasm_bindgen]
pub fn mount(root: Element, settings: &JsValue, page: bool, share: String) -> u32 {
    let instance = WIDGETS.with(|widgets| widgets.borrow().len() as u32 + 1);
    // A host may pass its own tree file (JSON text) as the `tree` setting; it is untrusted.
    let custom = pairs(settings).into_iter().find(|(name, _)| name == "tree");
    let loaded = match &custom {
        Some((_, json)) => tree_data::parse(json),
        None => tree_data::shipped(),
    };
    let tree = match loaded {
        Ok(tree) => tree,
        Err(errors) => {
            show_errors(&root, &errors);
            return 0;
        }
    };
    let (config, warnings) = config::read(&tree, Config::new(page), pairs(settings));
    warn_all(&warnings);
    // A permalink in the URL wins over the `answers` setting.
    let from_link = config
        .permalink
        .then(|| permalink::parse(&tree, &host::hash()))
        .filter(|decision| !decision.answers.is_empty());
    let initial = from_link.unwrap_or_else(|| config.answers.clone());
    let props = AppProps {
        layout: layout(&tree).into(),
        tree: TreeRef(tree),
        config: config.into(),
        initial: initial.into(),
        instance,
        share: share.into(),
        host: root.clone(),
    };
    crash::watch(&root);
    #[cfg(feature = "test-hooks")]
    test_hooks::listen(&root);
    let handle = Renderer::<App>::with_root_and_props(root, props.clone()).render();
    WIDGETS.with(|widgets| widgets.borrow_mut().push(Some((handle, props))));
    instance
}

/// Replaces the widget with the reasons the tree could not be loaded, as plain text.
fn show_errors(root: &Element, errors: &[String]) {
    let mut message = String::from("The decision tree could not be loaded:");
    for error in errors {
        message.push_str("\n- ");
        message.push_str(error);
    }
    root.set_text_content(Some(&message));
    let _ = root.set_attribute("role", "alert");
}

/// The string-valued entries of a plain JS object, in order.
fn pairs(settings: &JsValue) -> Vec<(String, String)> {
    if !settings.is_object() {
        return Vec::new();
    }
    js_sys::Object::entries(settings.unchecked_ref())
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect()
}

fn warn_all(warnings: &[config::Warning]) {
    for warning in warnings {
        web_sys::console::warn_1(&warning.to_string().into());
    }
}
