//! The widget's settings, read from untrusted text: element attributes or page options.
//!
//! Every setting has a default; a value that cannot be understood falls back to it and
//! produces one [`Warning`] for the console, never an error.

use std::fmt;

use crate::core::Tree;
use crate::core::contract::{
    ANSWERS, Choice, DIAGRAM, DIAGRAM_CHOICE, PERMALINK, PERMALINK_CHOICE, SETTING_WARNING, THEME,
    THEME_CHOICE,
};
use crate::core::permalink;
use crate::core::session::Decision;
use crate::core::template::fill;

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
        let text = fill(
            SETTING_WARNING,
            &[
                ("setting", &self.setting),
                ("value", &self.value),
                ("fallback", self.fallback),
            ],
        );
        f.write_str(&text)
    }
}

/// Reads settings from `(name, value)` pairs, starting from `base`. Unknown names are ignored
/// (hosts add their own attributes, such as `class` or `id`). A value a setting does not take
/// keeps the setting's value in `base` (its default) and gives one [`Warning`].
pub fn read<K: AsRef<str>, V: AsRef<str>>(
    tree: &Tree,
    base: Config,
    settings: impl IntoIterator<Item = (K, V)>,
) -> (Config, Vec<Warning>) {
    // The themes in the order of THEME_CHOICE's words.
    const THEMES: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
    let mut config = base;
    let mut warnings = Vec::new();
    for (name, raw) in settings {
        let (name, raw) = (name.as_ref(), raw.as_ref());
        // The position of the word a choice means, or of its current one with a warning.
        let mut choose = |choice: &Choice, current: usize| {
            choice.position(raw).unwrap_or_else(|| {
                warnings.push(Warning {
                    setting: name.to_string(),
                    value: raw.to_string(),
                    fallback: choice.words[current][0],
                });
                current
            })
        };
        match name {
            THEME => {
                let current = THEMES.iter().position(|t| *t == config.theme).unwrap_or(0);
                config.theme = THEMES[choose(&THEME_CHOICE, current)];
            }
            DIAGRAM => {
                config.show_diagram = choose(&DIAGRAM_CHOICE, !config.show_diagram as usize) == 0
            }
            PERMALINK => {
                config.permalink = choose(&PERMALINK_CHOICE, !config.permalink as usize) == 0
            }
            ANSWERS => {
                config.answers = permalink::parse(tree, raw);
                if config.answers == Decision::default() && !raw.trim().is_empty() {
                    warnings.push(Warning {
                        setting: name.to_string(),
                        value: raw.to_string(),
                        fallback: "no answers",
                    });
                }
            }
            _ => {}
        }
    }
    (config, warnings)
}
