//! An interactive "REST or event-driven integration?" decision tree.
//!
//! [`core`] holds every decision, check and computation and is plain Rust; `ui` (built only
//! for the browser) renders it with Yew. See `ARCHITECTURE.md` for the map.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
