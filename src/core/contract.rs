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

/// Dispatched by a page's loader when its widget cannot load (its wasm, glue or tree missing,
/// refused or damaged), so that the page's early script (`web/early.js`) shows the failure
/// panel. Not for host pages: the element shows its own.
pub const LOAD_FAILED_EVENT: &str = "idt-load-failed";

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

/// A setting that takes one of a few words. The core reads it with [`Choice::read`]; the
/// loaders get the same table (`CHOICES` in `@idt/contract`) and read it the same way, so a
/// spelling means one thing on a page, in an iframe and on an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The setting's name (attribute and query parameter).
    pub name: &'static str,
    /// Each word it takes, as the spellings that mean it: the word itself first. An empty
    /// spelling is the bare attribute (`<… permalink>`) or an empty value.
    pub words: &'static [&'static [&'static str]],
}

impl Choice {
    /// The word `raw` means (trimmed, in any case), or `None` for a value it does not take.
    pub fn read(&self, raw: &str) -> Option<&'static str> {
        self.position(raw).map(|word| self.words[word][0])
    }

    /// The position among [`Choice::words`] of the word `raw` means, as [`Choice::read`].
    pub fn position(&self, raw: &str) -> Option<usize> {
        let value = raw.trim();
        self.words
            .iter()
            .position(|spellings| spellings.iter().any(|s| s.eq_ignore_ascii_case(value)))
    }
}

/// [`THEME`]: `auto` follows the reader's system.
pub const THEME_CHOICE: Choice = Choice {
    name: THEME,
    words: &[&["auto", ""], &["light"], &["dark"], &["system"]],
};
/// [`DIAGRAM`]: shown unless hidden (the words' order is what `core::config` reads).
pub const DIAGRAM_CHOICE: Choice = Choice {
    name: DIAGRAM,
    words: &[&["show", ""], &["hide"], &["folded"], &["open"]],
};
/// [`PERMALINK`]: the bare attribute turns it on. Off by default on an element and in an
/// iframe, on by default on a page of its own (the site table's `permalink`). On first, off
/// second: `core::config` reads the words' order.
pub const PERMALINK_CHOICE: Choice = Choice {
    name: PERMALINK,
    words: &[
        &["on", "", "true", "yes", "permalink"],
        &["off", "false", "no"],
    ],
};
/// [`LOADING`]: `lazy`, the default, waits until the element is about a screen away.
pub const LOADING_CHOICE: Choice = Choice {
    name: LOADING,
    words: &[&["lazy", ""], &["eager"]],
};
/// Every setting that takes one of a few words.
pub const CHOICES: [Choice; 4] = [
    THEME_CHOICE,
    DIAGRAM_CHOICE,
    PERMALINK_CHOICE,
    LOADING_CHOICE,
];

/// The console warning for a setting that could not be understood: `{setting}`, `{value}` and
/// `{fallback}` are filled in. One per setting and widget.
pub const SETTING_WARNING: &str =
    "integration-decision-tree: ignoring {setting}=\"{value}\"; using {fallback} instead";

/// The settings that change what the first state shows (a page given one of them in its query
/// hides its prerendered first state until the live widget has replaced it).
pub const SHOWN_SETTINGS: [&str; 3] = [THEME, ANSWERS, DIAGRAM];

/// A URL hash that holds answers starts like this (a question's key, then `=`), as a regular
/// expression for the loaders: they hide a first state the link will replace. The core's
/// reading of it is [`crate::core::permalink::parse`]; a WordPress `#?secret=…` is no link.
pub const ANSWERS_IN_HASH: &str = "^#[a-z0-9-]+=";

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
