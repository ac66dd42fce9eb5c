//! An interactive "REST or event-driven integration?" decision tree.
//!
//! [`core`] holds every decision, check and computation and is plain Rust; `ui` renders it with
//! Yew, in the browser, and natively for the pages' prerendered first state. See
//! `ARCHITECTURE.md` for the map.

pub mod core;

#[cfg(feature = "widget")]
pub mod ui;

/// Talc instead of the default dlmalloc: smaller in the wasm (about 2 KB gzip) and as fast.
/// (A plain free-list allocator was smaller still but went quadratic on large trees: answers
/// on a 1,001-node tree took seconds. The benchmark's scale rows watch for that.)
#[cfg(all(
    target_arch = "wasm32",
    feature = "widget",
    not(target_feature = "atomics")
))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
