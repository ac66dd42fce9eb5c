//! The pure core: everything the widget decides, computes or writes, with no browser in sight.
//!
//! Nothing in here imports a browser crate, so all of it is tested natively with `cargo test`.
//! The UI (`crate::ui`) only renders what these functions return and dispatches
//! [`session::Action`]s.

pub mod announce;
pub mod config;
pub mod contract;
pub mod export;
pub mod flip;
pub mod generate;
pub mod host_event;
pub mod layout;
pub mod load;
pub mod model;
pub mod path_state;
pub mod permalink;
pub mod readiness;
pub mod scene;
pub mod session;
pub mod share;
pub mod strings;
pub mod template;
pub mod walk;

pub use model::{Answer, NodeId, Pattern};
pub use walk::{Walk, walk};

/// The tree the site is built around, with all its wording: `data/tree.json`, or the file
/// `TREE` names with the sentences it borrows (see `build.rs`). For the native tools and the
/// tests; the widget's wasm never reads it (the loaders give it the tree), so it is not in it.
///
/// It is validated by the native tests, so the shipped widget can never load a broken tree.
pub const SITE_TREE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/site-tree.json"));

/// The interface sentences the build for authors' trees carries, as `{"strings": {…}}`: what an
/// author's tree falls back on (see `build.rs` and [`load::authored_defaults`]).
#[cfg(feature = "authoring")]
pub const AUTHOR_WORDING_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/author-wording.json"));

/// Interface sentences for authors' trees where the shipped tree's speak of its own framework:
/// `data/authored-strings.json`, compact (see `build.rs` and [`load::authored_defaults`]).
pub const AUTHORED_STRINGS_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/authored-strings.json"));

/// The tree's translations by language, `{"nl": {…}}`, from the files beside the tree file
/// (`data/tree.nl.json`; see `build.rs`). For the native tools and tests: the wasm never
/// carries them, the loaders fetch the one a reader needs.
#[cfg(not(target_arch = "wasm32"))]
pub const TRANSLATIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/translations.json"));

pub use load::{Tree, TreeError, authored_defaults, load, load_authored};
pub use load::{check_translation, load_translated, translated_tree};
