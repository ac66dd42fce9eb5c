//! The browser shell: Yew components that render the core's results and dispatch actions.
//!
//! Everything here is thin on purpose. Decisions, checks and text live in [`crate::core`];
//! this module owns only what needs a browser: the DOM, focus, the URL, the clipboard and
//! events for the host page. [`mount`] is the one entry point for pages and embeds.

mod app;
mod card;
mod diagram;
mod host;
mod outcome;
mod state;
mod summary;
mod tree_data;
mod view;

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use crate::core::config::{self, Config};
use crate::core::layout::layout;
pub use app::{App, AppProps};
use state::TreeRef;

/// A mounted widget, as seen from JavaScript.
#[wasm_bindgen]
pub struct Widget {
    /// `None` when the tree could not be loaded and an error message was shown instead.
    handle: Option<AppHandle<App>>,
    props: Option<AppProps>,
}

#[wasm_bindgen]
impl Widget {
    /// Applies changed settings (an object of attribute names to strings) to a mounted widget.
    /// Settings not mentioned keep their value; invalid values fall back with a warning.
    pub fn configure(&mut self, settings: &JsValue) {
        let Some(props) = &mut self.props else { return };
        let (config, warnings) =
            config::read(&props.tree, (*props.config).clone(), pairs(settings));
        warn_all(&warnings);
        props.config = config.into();
        if let Some(handle) = &mut self.handle {
            handle.update(props.clone());
        }
    }

    /// Removes the widget and its listeners.
    pub fn destroy(self) {
        if let Some(handle) = self.handle {
            handle.destroy();
        }
    }
}

/// Renders a widget into `root` (which it empties first).
///
/// `settings` is an object of attribute-style strings (`theme`, `answers`, `diagram`,
/// `permalink`); `page` says whether this is the standalone page (permalink on by default) or
/// an embed (off by default); `share` is the page URL, without a hash, that shared links and
/// the decision record point to.
#[wasm_bindgen]
pub fn mount(root: Element, settings: &JsValue, page: bool, share: String) -> Widget {
    thread_local!(static INSTANCES: Cell<u32> = const { Cell::new(0) });
    let instance = INSTANCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let tree = match tree_data::shipped() {
        Ok(tree) => tree,
        Err(errors) => {
            show_errors(&root, &errors);
            return Widget {
                handle: None,
                props: None,
            };
        }
    };
    let (config, warnings) = config::read(&tree, Config::new(page), pairs(settings));
    warn_all(&warnings);
    let props = AppProps {
        diagram: layout(&tree).into(),
        tree: TreeRef(tree),
        config: config.into(),
        instance,
        share: share.into(),
        host: root.clone(),
    };
    let handle = Renderer::<App>::with_root_and_props(root, props.clone()).render();
    Widget {
        handle: Some(handle),
        props: Some(props),
    }
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
