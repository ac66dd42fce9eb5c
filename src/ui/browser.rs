//! The widget's entry points in the browser, called by the loaders (`web/`): mount a widget,
//! change its settings, remove it.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Renderer};

use super::state::TreeRef;
use super::{App, AppProps, crash, host, tree_data};
use crate::core::config::{self, Config};
use crate::core::layout::layout;
use crate::core::permalink;

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
        if let Some(host) = &props.host {
            crash::forget(host);
        }
        handle.destroy();
        // Yew leaves a destroyed app's markup in place; a removed widget leaves nothing.
        if let Some(host) = &props.host {
            host.set_text_content(None);
        }
    }
}

/// Reads and checks the built-in tree (`tree`, as [`mount`]'s `built-in` setting will give it)
/// ahead of the first [`mount`], which then finds it ready (nothing to do in the build for
/// authors' trees). The loaders call it in a task of its own, so that the work before the
/// widget can take over from its prerendered first state is spread over short tasks instead
/// of one long one.
/// Returns whether the tree loads (always true in the build for authors' trees).
#[wasm_bindgen]
pub fn prepare(tree: &str) -> bool {
    tree_data::prepare(tree)
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
    let given = pairs(settings);
    let setting = |name: &str| {
        given
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    // The built-in tree in the widget's build; an author's tree, untrusted, in the build for
    // authors' trees. A tree that cannot be used gives its reasons in the widget's place.
    let Some(tree) = tree_data::tree(&root, setting) else {
        return 0;
    };
    let (config, warnings) = config::read(&tree, Config::new(page), given);
    warn_all(&warnings);
    // A permalink in the URL wins over the `answers` setting.
    let from_link = config
        .permalink
        .then(|| permalink::parse(&tree, &host::hash()))
        .filter(|decision| !decision.answers.is_empty());
    let mut initial = from_link.unwrap_or_else(|| config.answers.clone());
    // The record's number: the next one after the last downloaded in this browser.
    initial.number = host::next_record_number();
    let props = AppProps {
        layout: layout(&tree).into(),
        tree: TreeRef(tree),
        config: config.into(),
        initial: initial.into(),
        instance,
        share: share.into(),
        host: Some(root.clone()),
        prerendered: false,
    };
    crash::watch(&root);
    #[cfg(feature = "test-hooks")]
    super::test_hooks::listen(&root);
    let handle = Renderer::<App>::with_root_and_props(root, props.clone()).render();
    WIDGETS.with(|widgets| widgets.borrow_mut().push(Some((handle, props))));
    instance
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
