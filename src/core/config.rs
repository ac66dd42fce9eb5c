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
    /// Follow the host page: its `color-scheme`, else its background; the reader's
    /// `prefers-color-scheme` only where the page says nothing (the element's loader reads the
    /// page). The default.
    #[default]
    Auto,
    /// Follow the reader's `prefers-color-scheme`, whatever the page.
    System,
}

impl Theme {
    /// The stable spelling, as used in the `theme` attribute and `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
            Theme::System => "system",
        }
    }
}

/// Whether and how the diagram is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Diagram {
    /// Beside the card when the widget is wide enough, folded under it (opened on demand) when
    /// it is not. The default.
    #[default]
    Show,
    Hide,
    /// Always folded under the card: the compact layout, whatever the width.
    Folded,
    /// Always open, under the card when narrow.
    Open,
}

impl Diagram {
    /// The stable spelling, as used in the `diagram` attribute and `data-diagram`.
    pub fn as_str(self) -> &'static str {
        match self {
            Diagram::Show => "show",
            Diagram::Hide => "hide",
            Diagram::Folded => "folded",
            Diagram::Open => "open",
        }
    }
}

/// The settings of one widget instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Colour scheme; defaults to [`Theme::Auto`].
    pub theme: Theme,
    /// Whether and how the diagram is shown; defaults to [`Diagram::Show`].
    pub diagram: Diagram,
    /// Whether this instance is a page of its own (not an element in someone's page): only
    /// then does it name the step in the page's title.
    pub page: bool,
    /// Whether this instance reads and writes the URL hash. The standalone page defaults to
    /// true, embedded instances to false.
    pub permalink: bool,
    /// The decision to start from (answers, and optionally ticked checks and a subject, in
    /// permalink form); defaults to none.
    pub answers: Decision,
}

impl Config {
    /// The defaults for a page of its own (`page`, the permalink on) or an element.
    pub fn new(page: bool) -> Config {
        Config {
            theme: Theme::Auto,
            diagram: Diagram::Show,
            page,
            permalink: page,
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
    const THEMES: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Dark, Theme::System];
    // The diagram's ways, in the order of DIAGRAM_CHOICE's words.
    const DIAGRAMS: [Diagram; 4] = [Diagram::Show, Diagram::Hide, Diagram::Folded, Diagram::Open];
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
                let current = DIAGRAMS.iter().position(|d| *d == config.diagram);
                config.diagram = DIAGRAMS[choose(&DIAGRAM_CHOICE, current.unwrap_or(0))];
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
