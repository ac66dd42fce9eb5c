//! What happens if the widget panics: instead of a frozen page, every widget on it is
//! replaced by a short message and a Reload button.
//!
//! A panic in wasm cannot be recovered from (the module's state may be broken), so the panic
//! hook does as little as possible: it logs the panic and dispatches a [`CRASH_EVENT`], with
//! the wording in its `detail`, from each widget's root. The loaders (`web/crash.js`) answer it
//! with plain DOM calls that do not depend on the wasm at all.

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use web_sys::Element;

use super::{host, tree_data};
use crate::core::contract::CRASH_EVENT;

thread_local! {
    /// The elements widgets are mounted in, so a crash can reach all of them.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook (once per page) and remembers `root` as a widget to replace.
pub fn watch(root: &Element) {
    let first = ROOTS.with(|roots| {
        let mut roots = roots.borrow_mut();
        roots.push(root.clone());
        roots.len() == 1
    });
    if first {
        yew::set_custom_panic_hook(Box::new(on_panic));
    }
}

/// Forgets `root`, whose widget was removed.
pub fn forget(root: &Element) {
    ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != root));
}

fn on_panic(info: &PanicHookInfo) {
    // The release in the message, for whoever reports it.
    let release = env!("CARGO_PKG_VERSION");
    web_sys::console::error_1(
        &format!("integration-decision-tree {release} stopped: {info}").into(),
    );
    let detail = js_sys::Object::new();
    if let Some(sentences) = tree_data::crash_sentences() {
        for (key, text) in ["message", "reload"].into_iter().zip(sentences) {
            let _ = js_sys::Reflect::set(&detail, &key.into(), &text.into());
        }
    }
    let roots = ROOTS.with(|roots| roots.try_borrow().map(|r| r.clone()).unwrap_or_default());
    for root in roots {
        host::dispatch(&root, CRASH_EVENT, &detail, false);
    }
}
