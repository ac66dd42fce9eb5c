//! An interactive "REST or event-driven integration?" decision tree.
//!
//! [`core`] holds every decision, check and computation and is plain Rust; `ui` (built only
//! for the browser) renders it with Yew. See `ARCHITECTURE.md` for the map.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// A small free-list allocator instead of dlmalloc: about 3 KB gzip less wasm, and plenty fast
/// for a widget that allocates little (the benchmark measures it on a 1,000-node tree).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the widget runs on the browser's main thread only; wasm32-unknown-unknown without
// the atomics feature has no threads, so nothing can allocate concurrently.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
