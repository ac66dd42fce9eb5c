//! The widget's first state as HTML, rendered natively by Yew's server renderer from the same
//! components the browser runs, for the pages to show before the wasm arrives. The live widget
//! then replaces it with an identical render in one task, so nothing moves and nothing flashes.

use std::rc::Rc;

use super::state::TreeRef;
use super::{App, AppProps};
use crate::core::Tree;
use crate::core::config::Config;
use crate::core::layout::layout;
use crate::core::session::Decision;

/// The HTML of the widget at its first question, as the first widget on a page (`instance` 1)
/// with `config`, marked as prerendered: its controls are inert and the root is `aria-busy`
/// until the wasm takes over.
pub fn prerender(tree: Rc<Tree>, config: Config) -> String {
    let props = AppProps {
        layout: layout(&tree).into(),
        tree: TreeRef(tree),
        config: config.into(),
        initial: Decision::default().into(),
        instance: 1,
        share: "".into(),
        host: None,
        prerendered: true,
    };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map(|runtime| runtime.block_on(renderer.render()))
        .unwrap_or_default()
}
