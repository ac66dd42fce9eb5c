//! The names the widget shares with host pages (`core::contract`) are the ones the README
//! documents, and the settings' spellings mean what the loaders assume. The loaders get the
//! names from the same constants at build time (`@idt/contract`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::config::{Config, read};
use integration_decision_tree::core::contract::{
    ANSWER_EVENT, ELEMENT, HEIGHT_MESSAGE, LOADING, OUTCOME_EVENT, PERMALINK, PERMALINK_OFF,
    RESTART_EVENT, SETTINGS,
};

const README: &str = include_str!("../README.md");

#[test]
fn the_readme_iframe_snippet_listens_for_the_message_embed_html_posts() {
    let expected = format!("event.data?.type === \"{HEIGHT_MESSAGE}\"");
    assert!(README.contains(&expected), "README lacks {expected}");
}

#[test]
fn the_readme_documents_every_event_and_setting_by_its_name() {
    for event in [ANSWER_EVENT, OUTCOME_EVENT, RESTART_EVENT] {
        assert!(
            README.contains(&format!("| `{event}` |")),
            "no row for {event}"
        );
    }
    for setting in SETTINGS.into_iter().chain([LOADING]) {
        assert!(
            README.contains(&format!("| `{setting}` |")),
            "no row for {setting}"
        );
    }
    assert!(README.contains(&format!("<{ELEMENT} ")));
    assert!(
        README.contains(&format!(
            "| `{}` |",
            integration_decision_tree::core::contract::SRC
        )),
        "README lacks the src attribute"
    );
}

#[test]
fn the_loaders_spellings_of_the_permalink_setting_mean_what_they_assume() {
    let tree = common::shipped();
    // embed.js passes "on" for the element that owns the hash and "off" for the others.
    for (value, on) in [("on", true), ("off", false), ("", true)] {
        let (config, warnings) = read(&tree, Config::new(!on), [(PERMALINK, value)]);
        assert_eq!(config.permalink, on, "{PERMALINK}={value:?}");
        assert!(warnings.is_empty());
    }
    for off in PERMALINK_OFF {
        let (config, _) = read(&tree, Config::new(true), [(PERMALINK, off)]);
        assert!(!config.permalink, "{off} turns the permalink off");
    }
}
