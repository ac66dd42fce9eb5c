//! The names the widget shares with host pages (`core::contract`) are the ones the README
//! documents, and the settings' spellings mean what the loaders assume. The loaders get the
//! names from the same constants at build time (`@idt/contract`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::config::{Config, read};
use integration_decision_tree::core::contract::{
    ANSWER_EVENT, ANSWERS_IN_HASH, CHOICES, ELEMENT, HEIGHT_MESSAGE, LOADING, OUTCOME_EVENT,
    PERMALINK, PERMALINK_CHOICE, RESTART_EVENT, SETTINGS,
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
    for off in PERMALINK_CHOICE.words[1] {
        let (config, _) = read(&tree, Config::new(true), [(PERMALINK, off)]);
        assert!(!config.permalink, "{off} turns the permalink off");
    }
}

#[test]
fn a_value_no_choice_takes_keeps_the_default_where_it_is_read() {
    let tree = common::shipped();
    for page in [true, false] {
        let (config, warnings) = read(&tree, Config::new(page), [(PERMALINK, "maybe")]);
        assert_eq!(
            config.permalink, page,
            "the default of a page is on, of an embed off"
        );
        let fallback = if page { "on" } else { "off" };
        assert_eq!(
            warnings[0].to_string(),
            format!(
                "integration-decision-tree: ignoring permalink=\"maybe\"; using {fallback} instead"
            )
        );
    }
}

#[test]
fn every_choice_names_each_word_first_and_no_spelling_twice() {
    for choice in CHOICES {
        let spellings: Vec<&str> = choice
            .words
            .iter()
            .flat_map(|w| w.iter().copied())
            .collect();
        let mut unique = spellings.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            spellings.len(),
            "{}: a spelling means two words",
            choice.name
        );
        for word in choice.words {
            assert_eq!(choice.read(&word[0].to_uppercase()), Some(word[0]));
        }
        assert_eq!(choice.read("nonsense"), None);
    }
}

#[test]
fn a_hash_the_loaders_take_for_answers_is_one_the_core_reads_answers_from() {
    let tree = common::shipped();
    // The loaders' test, written without a regex engine: `#`, a key's characters, then `=`.
    let looks_like_answers = |hash: &str| {
        assert_eq!(ANSWERS_IN_HASH, "^#[a-z0-9-]+=");
        let Some(rest) = hash.strip_prefix('#') else {
            return false;
        };
        let key_end = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(rest.len());
        key_end > 0 && rest[key_end..].starts_with('=')
    };
    for hash in [
        "#immediate=yes",
        "#immediate=no&fan-out=yes",
        "#fan-out=yes&immediate=no",
    ] {
        assert!(looks_like_answers(hash), "{hash}");
        let decision = integration_decision_tree::core::permalink::parse(&tree, hash);
        assert!(!decision.answers.is_empty(), "{hash} holds answers");
    }
    for hash in ["", "#", "#?secret=abc", "#top", "#=yes"] {
        assert!(!looks_like_answers(hash), "{hash}");
        let decision = integration_decision_tree::core::permalink::parse(&tree, hash);
        assert!(decision.answers.is_empty(), "{hash} holds no answers");
    }
}
