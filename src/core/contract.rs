//! Names the widget shares with the JavaScript around it and with host pages: event names,
//! message types, settings. They are kept once, here: the build hands them to the loaders
//! (`@idt/contract`, from `idt-static`), and a native test checks the README quotes them right.

/// The custom element's tag name.
pub const ELEMENT: &str = "integration-decision-tree";

/// Dispatched on the host element when a question is answered.
pub const ANSWER_EVENT: &str = "idt-answer";
/// Dispatched on the host element when an outcome is reached.
pub const OUTCOME_EVENT: &str = "idt-outcome";
/// Dispatched on the host element when the reader starts again.
pub const RESTART_EVENT: &str = "idt-restart";

/// Dispatched by the panic hook on each widget's root so that its loader shows the crash
/// screen (`web/crash.js`). Not for host pages: it neither bubbles nor leaves the shadow root.
pub const CRASH_EVENT: &str = "idt-crash";

/// The type of the message `embed.html` posts to its parent with its height.
pub const HEIGHT_MESSAGE: &str = "integration-decision-tree:height";

/// The settings an element takes as attributes (and a page as query parameters); see
/// [`crate::core::config`] for their values.
pub const SETTINGS: [&str; 4] = [THEME, ANSWERS, DIAGRAM, PERMALINK];
/// The colour scheme: `light`, `dark` or `auto`.
pub const THEME: &str = "theme";
/// Answers to start from, as in a permalink.
pub const ANSWERS: &str = "answers";
/// Whether the diagram is shown: `show` or `hide`.
pub const DIAGRAM: &str = "diagram";
/// Whether the widget reads and writes the page's URL hash.
pub const PERMALINK: &str = "permalink";

/// The values of the `permalink` setting that turn it off; any other value (the bare
/// attribute included) turns it on, within the one-owner rule.
pub const PERMALINK_OFF: [&str; 3] = ["false", "off", "no"];

/// The permalink's parameter for the readiness checks already in place:
/// `ready=idempotent,versioned`.
pub const READY_PARAM: &str = "ready";
/// The permalink's parameter for what is being integrated, percent-encoded:
/// `subject=Order%20service`.
pub const SUBJECT_PARAM: &str = "subject";
/// Parameters the permalink uses besides the questions' keys, which no question may take.
pub const RESERVED_KEYS: [&str; 3] = [READY_PARAM, SUBJECT_PARAM, LANG];

/// The element's attribute naming an author's tree file to fetch (same origin, or CORS).
pub const SRC: &str = "src";
/// `mount`'s setting with an author's tree, as JSON text (from `src`, an inline
/// `<script type="application/json">` child or the element's `tree` property).
pub const TREE: &str = "tree";
/// `mount`'s setting with where that tree came from (its URL), for the error panel.
pub const TREE_SOURCE: &str = "tree-source";
/// `mount`'s setting saying why the tree file could not be fetched, for the error panel.
pub const TREE_FAILED: &str = "tree-failed";

/// The language: the element's `lang` attribute and a page's `?lang=`.
pub const LANG: &str = "lang";
/// `mount`'s (and `prepare`'s) setting with the built-in tree in the language shown, as JSON
/// text: a file the build wrote from `data/tree.json` (and a translation), which a page carries
/// inline and the element and other languages fetch. The wasm carries no tree of its own.
pub const BUILT_IN: &str = "built-in";

/// The element's attribute that says when it loads the widget: `lazy` (the default: once it is
/// within about a screen of the viewport) or `eager` (at once). Read by `embed.js` alone.
pub const LOADING: &str = "loading";
/// The values of [`LOADING`], the default first.
pub const LOADING_VALUES: [&str; 2] = ["lazy", "eager"];
