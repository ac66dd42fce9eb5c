//! The widget: Yew components that render the core's results and dispatch actions.
//!
//! Everything here is thin on purpose. Decisions, checks and text live in [`crate::core`];
//! this module owns only what needs a browser: the DOM, focus, the URL, the clipboard and
//! events for the host page. In the browser, [`browser::mount`] is the one entry point for
//! pages and embeds; natively, [`prerender`] renders the first state with Yew's server renderer,
//! from the same components, for the pages to show before the wasm arrives.

mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
mod card;
#[cfg(target_arch = "wasm32")]
mod crash;
mod diagram_panel;
mod hooks;
mod host;
mod outcome;
#[cfg(not(target_arch = "wasm32"))]
mod prerender;
mod state;
mod summary;
#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
mod test_hooks;
#[cfg(target_arch = "wasm32")]
mod tree_data;
mod view;

pub use app::{App, AppProps};
#[cfg(target_arch = "wasm32")]
pub use browser::{configure, mount, unmount};
#[cfg(not(target_arch = "wasm32"))]
pub use prerender::prerender;
