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

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use crate::core::config::{self, Config};
pub use app::{App, AppProps};

/// A mounted widget, as seen from JavaScript.
#[wasm_bindgen]
pub struct Widget {
    handle: AppHandle<App>,
    props: AppProps,
}

#[wasm_bindgen]
impl Widget {
    /// Applies changed settings (an object of attribute names to strings) to a mounted widget.
    /// Settings not mentioned keep their value; invalid values fall back with a warning.
    pub fn configure(&mut self, settings: &JsValue) {
        let Ok(tree) = tree_data::shipped() else {
            return;
        };
        let (config, warnings) = config::read(&tree, (*self.props.config).clone(), pairs(settings));
        warn_all(&warnings);
        self.props.config = config.into();
        self.handle.update(self.props.clone());
    }

    /// Removes the widget and its listeners.
    pub fn destroy(self) {
        self.handle.destroy();
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
    let (config, warnings) = match tree_data::shipped() {
        Ok(tree) => config::read(&tree, Config::new(page), pairs(settings)),
        Err(_) => (Config::new(page), Vec::new()),
    };
    warn_all(&warnings);
    let props = AppProps {
        config: config.into(),
        instance,
        share: share.into(),
        host: root.clone(),
    };
    let handle = Renderer::<App>::with_root_and_props(root, props.clone()).render();
    Widget { handle, props }
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
        gloo::console::warn!(warning.to_string());
    }
}
