//! The widget's settings from untrusted attribute and query strings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::config::{Config, Diagram, Theme, read};
use integration_decision_tree::core::model::Answer;

#[test]
fn settings_fall_back_to_defaults_with_one_warning_each() {
    let tree = common::shipped();
    let (config, warnings) = read(
        &tree,
        Config::new(false),
        [
            ("theme", "Dark"),
            ("diagram", "hide"),
            ("answers", "immediate=no"),
            ("class", "x"),
        ],
    );
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.diagram, Diagram::Hide);
    assert_eq!(config.answers.answers, [Answer::NO]);
    assert!(warnings.is_empty());

    let (config, warnings) = read(
        &tree,
        Config::new(true),
        [
            ("theme", "purple"),
            ("diagram", "maybe"),
            ("permalink", "sometimes"),
            ("answers", "zzz"),
        ],
    );
    assert_eq!(config, Config::new(true));
    assert_eq!(warnings.len(), 4);
    assert!(warnings[0].to_string().contains("theme=\"purple\""));

    let (config, _) = read(&tree, Config::new(false), [("permalink", "")]);
    assert!(config.permalink, "a bare permalink attribute turns it on");
}
