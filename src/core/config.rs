//! The widget's settings, read from untrusted text: element attributes or page options.
//!
//! Every setting has a default; a value that cannot be understood falls back to it and
//! produces one [`Warning`] for the console, never an error.

use std::fmt;

use crate::core::Tree;
use crate::core::contract::{ANSWERS, DIAGRAM, PERMALINK, PERMALINK_OFF, THEME};
use crate::core::permalink;
use crate::core::session::Decision;

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the reader's `prefers-color-scheme`. The default.
    #[default]
    Auto,
}

impl Theme {
    /// The stable spelling, as used in the `theme` attribute and `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The settings of one widget instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Colour scheme; defaults to [`Theme::Auto`].
    pub theme: Theme,
    /// Whether the diagram is shown; defaults to true.
    pub show_diagram: bool,
    /// Whether this instance reads and writes the URL hash. The standalone page defaults to
    /// true, embedded instances to false.
    pub permalink: bool,
    /// The decision to start from (answers, and optionally ticked checks and a subject, in
    /// permalink form); defaults to none.
    pub answers: Decision,
}

impl Config {
    /// The defaults, with `permalink` as given.
    pub fn new(permalink: bool) -> Config {
        Config {
            theme: Theme::Auto,
            show_diagram: true,
            permalink,
            answers: Decision::default(),
        }
    }
}

/// A setting that could not be understood and was replaced by its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub setting: String,
    pub value: String,
    pub fallback: &'static str,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "integration-decision-tree: ignoring {}=\"{}\"; using {} instead",
            self.setting, self.value, self.fallback
        )
    }
}

/// Reads settings from `(name, value)` pairs, starting from `base`. Unknown names are ignored
/// (hosts add their own attributes, such as `class` or `id`).
pub fn read<K: AsRef<str>, V: AsRef<str>>(
    tree: &Tree,
    base: Config,
    settings: impl IntoIterator<Item = (K, V)>,
) -> (Config, Vec<Warning>) {
    let mut config = base;
    let mut warnings = Vec::new();
    let mut warn = |setting: &str, value: &str, fallback: &'static str| {
        warnings.push(Warning {
            setting: setting.to_string(),
            value: value.to_string(),
            fallback,
        })
    };
    for (name, raw) in settings {
        let (name, raw) = (name.as_ref(), raw.as_ref());
        let value = raw.trim().to_ascii_lowercase();
        match name {
            THEME => {
                config.theme = match value.as_str() {
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    "auto" | "" => Theme::Auto,
                    _ => {
                        warn(name, raw, "auto");
                        Theme::Auto
                    }
                }
            }
            DIAGRAM => {
                config.show_diagram = match value.as_str() {
                    "show" | "" => true,
                    "hide" => false,
                    _ => {
                        warn(name, raw, "show");
                        true
                    }
                }
            }
            PERMALINK => {
                config.permalink = match value.as_str() {
                    "" | "true" | "on" | "yes" | "permalink" => true,
                    off if PERMALINK_OFF.contains(&off) => false,
                    _ => {
                        warn(name, raw, if config.permalink { "on" } else { "off" });
                        config.permalink
                    }
                }
            }
            ANSWERS => {
                config.answers = permalink::parse(tree, raw);
                if config.answers == Decision::default() && !value.is_empty() {
                    warn(name, raw, "no answers");
                }
            }
            _ => {}
        }
    }
    (config, warnings)
}
