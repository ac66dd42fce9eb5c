//! Languages: every shipped translation fits its tree (complete, nothing unknown, the same
//! placeholders), walks every row of the golden table to the same outcome, and speaks its
//! language everywhere the widget writes; a translation that does not fit is refused with the
//! place of each problem; an author's tree is translated the same way.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::TRANSLATIONS_JSON;
use integration_decision_tree::core::export::{decision_record, fallback_html, mermaid};
use integration_decision_tree::core::flip::flips;
use integration_decision_tree::core::load::{TreeSource, Value, extract_translation};
use integration_decision_tree::core::permalink;
use integration_decision_tree::core::session::Decision;
use integration_decision_tree::core::strings::Str;
use integration_decision_tree::core::{
    SITE_TREE_JSON, Tree, TreeError, check_translation, load, load_translated, translated_tree,
    walk,
};

fn value(json: &str) -> Value {
    serde_json::from_str(json).expect("JSON parses")
}

/// The shipped translations, by language.
fn shipped_translations() -> Vec<(String, Value)> {
    match value(TRANSLATIONS_JSON) {
        Value::Object(entries) => entries,
        _ => panic!("the translations are an object"),
    }
}

fn dutch() -> Value {
    value(include_str!("../data/tree.nl.json"))
}

fn in_dutch() -> Tree {
    load_translated(&value(SITE_TREE_JSON), &dutch()).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The problems of a Dutch translation edited by `edit`, as (path, message) pairs.
fn problems_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<(String, String)> {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("../data/tree.nl.json")).unwrap();
    edit(&mut file);
    check_translation(&value(SITE_TREE_JSON), &value(&file.to_string()), None)
        .iter()
        .map(|e| (e.path().unwrap_or_default(), e.to_string()))
        .collect()
}

#[test]
fn dutch_is_shipped_and_every_shipped_translation_fits() {
    let languages: Vec<String> = shipped_translations().into_iter().map(|(l, _)| l).collect();
    assert!(languages.contains(&"nl".to_string()), "{languages:?}");
    for (lang, translation) in shipped_translations() {
        let problems = check_translation(&value(SITE_TREE_JSON), &translation, None);
        assert!(problems.is_empty(), "{lang}: {problems:#?}");
        let tree = load_translated(&value(SITE_TREE_JSON), &translation).unwrap();
        assert_eq!(tree.lang, lang);
    }
}

#[test]
fn every_row_walks_to_the_same_outcome_in_dutch() {
    let (english, dutch) = (common::shipped(), in_dutch());
    for row in common::golden_table() {
        let answers = row.answers();
        let (en, nl) = (walk(&english, &answers), walk(&dutch, &answers));
        let node = |tree: &Tree, w: &integration_decision_tree::core::Walk| {
            let outcome = w.outcome(tree).expect("every row reaches an outcome");
            tree.pattern(outcome.pattern).key.clone()
        };
        assert_eq!(node(&dutch, &nl), row.pattern, "{}", row.link);
        assert_eq!(node(&english, &en), node(&dutch, &nl), "{}", row.link);
        // The same permalink means the same path in both languages.
        let link = permalink::serialise(&dutch, &Decision::with_answers(answers.clone()));
        assert_eq!(link, row.link);
        assert_eq!(permalink::parse(&dutch, &row.link).answers, answers);
        // "What would change this" flips the same answers to the same places.
        let keys = |tree: &Tree| {
            flips(tree, &answers)
                .iter()
                .map(|f| format!("{:?}", f.lands))
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(&english), keys(&dutch), "{}", row.link);
    }
}

#[test]
fn dutch_answers_are_ja_and_nee_and_the_record_has_dutch_headings() {
    let tree = in_dutch();
    assert_eq!(&tree.strings[Str::Yes], "Ja");
    assert_eq!(&tree.strings[Str::No], "Nee");
    let row = &common::golden_table()[0];
    let decision = Decision::with_answers(row.answers());
    let record = decision_record(&tree, &decision, "https://example.org/", "2026-11-28").unwrap();
    for heading in [
        "## Context en probleemstelling",
        "## Besluit",
        "## Gevolgen",
        "## Bevestiging",
    ] {
        assert!(record.contains(heading), "{heading} missing from\n{record}");
    }
    for english in ["## Decision Outcome", "## Consequences", "Chosen option"] {
        assert!(!record.contains(english), "{english} left in\n{record}");
    }
    // The Mermaid export and the plain version speak Dutch too.
    assert!(mermaid(&tree, None).contains("Nu antwoord nodig?"));
    assert!(fallback_html(&tree, None).contains("Ja"));
}

#[test]
fn no_english_is_left_in_the_dutch_wording() {
    // Every text of the translation differs from the English, except names that are the same
    // in both languages (REST, Event-driven, REST + events), empty ones, and those made of
    // placeholders and punctuation only.
    let english = TreeSource::read(&value(SITE_TREE_JSON)).unwrap();
    let template = extract_translation(&english, "English");
    let dutch = dutch();
    let mut same = Vec::new();
    compare(&template, &dutch, String::new(), &mut same);
    let allowed = ["REST", "Event-driven", "REST + events", ""];
    let words_of_its_own = |text: &str| {
        text.split('{')
            .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
            .any(|rest| rest.chars().any(char::is_alphabetic))
    };
    same.retain(|(_, text)| !allowed.contains(&text.as_str()) && words_of_its_own(text));
    assert!(same.is_empty(), "untranslated: {same:#?}");
}

fn compare(english: &Value, dutch: &Value, path: String, same: &mut Vec<(String, String)>) {
    match (english, dutch) {
        (Value::Text(a), Value::Text(b)) if a == b && !path.ends_with("/lang") => {
            same.push((path, a.clone()))
        }
        (Value::Object(entries), _) => {
            for (key, inner) in entries {
                if let Some(other) = dutch.get(key) {
                    compare(inner, other, format!("{path}/{key}"), same);
                }
            }
        }
        (Value::List(items), Value::List(others)) => {
            for (i, (a, b)) in items.iter().zip(others).enumerate() {
                compare(a, b, format!("{path}/{i}"), same);
            }
        }
        _ => {}
    }
}

#[test]
fn a_missing_text_is_named_by_its_place() {
    let problems = problems_after(|f| {
        f["questions"]["fan-out"]
            .as_object_mut()
            .unwrap()
            .remove("caution");
        f["nodes"]["combined"]["caveats"]
            .as_array_mut()
            .unwrap()
            .pop();
    });
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert!(
        paths.contains(&"/questions/fan-out/caution"),
        "{problems:#?}"
    );
    assert!(
        paths.contains(&"/nodes/combined/caveats/0"),
        "{problems:#?}"
    );
    assert!(
        problems.iter().all(|(_, m)| m.contains("not translated")),
        "{problems:#?}"
    );
}

#[test]
fn an_unknown_key_is_refused() {
    let problems = problems_after(|f| {
        f["questions"]["fan-out"]["statements"]["maybe"] = "Misschien.".into();
        f["nodes"]["no-such-node"] = serde_json::json!({ "label": "Nergens" });
        f["strings"]["no_such_sentence"] = "Niets".into();
    });
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    for path in [
        "/questions/fan-out/statements/maybe",
        "/nodes/no-such-node/label",
        "/strings/no_such_sentence",
    ] {
        assert!(paths.contains(&path), "{path}: {problems:#?}");
    }
}

#[test]
fn a_sentence_must_keep_its_placeholders() {
    let problems = problems_after(|f| {
        f["strings"]["progress"] = "Vraag {n}".into();
        f["strings"]["change_label"] = "Wijzig {question} ({n}) {n}".into();
    });
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains(&"/strings/progress"), "{problems:#?}");
    assert!(paths.contains(&"/strings/change_label"), "{problems:#?}");
    let progress = problems
        .iter()
        .find(|(p, _)| p == "/strings/progress")
        .unwrap();
    assert!(progress.1.contains("{n} {total}"), "{}", progress.1);
}

#[test]
fn a_translation_says_which_language_it_is() {
    let problems = problems_after(|f| {
        f["lang"] = "nederlands".into();
        f.as_object_mut().unwrap().remove("language");
    });
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains(&"/lang"), "{problems:#?}");
    assert!(paths.contains(&"/language"), "{problems:#?}");
}

#[test]
fn a_translated_tree_file_loads_as_the_tree_in_that_language() {
    // What the build ships for a language: the tree file with the translation's wording.
    let file = translated_tree(&value(SITE_TREE_JSON), &dutch()).unwrap();
    assert_eq!(load(&file).unwrap(), in_dutch());
    // A translation that does not fit gives no file.
    let mut broken: serde_json::Value =
        serde_json::from_str(include_str!("../data/tree.nl.json")).unwrap();
    broken["strings"]["progress"] = "Vraag {x}".into();
    let errors: Vec<TreeError> =
        translated_tree(&value(SITE_TREE_JSON), &value(&broken.to_string())).unwrap_err();
    assert!(!errors.is_empty());
}

#[test]
fn a_tree_translated_into_its_own_words_is_itself() {
    // The template a translator starts from (`idt-check --template`) is a complete translation.
    for json in [
        SITE_TREE_JSON,
        include_str!("../examples/build-or-buy.json"),
    ] {
        let tree = value(json);
        let source = TreeSource::read(&tree).unwrap();
        let template = extract_translation(&source, "English");
        assert!(check_translation(&tree, &template, Some(&common::shipped().strings)).is_empty());
        if json == SITE_TREE_JSON {
            assert_eq!(
                load_translated(&tree, &template).unwrap(),
                load(&tree).unwrap()
            );
        }
    }
}

#[test]
fn an_authors_tree_is_translated_the_same_way() {
    let tree = value(include_str!("../examples/api-style.json"));
    let translation = value(include_str!("../examples/api-style.nl.json"));
    let defaults = common::shipped().strings;
    let problems = check_translation(&tree, &translation, Some(&defaults));
    assert!(problems.is_empty(), "{problems:#?}");
    // It must translate what the author wrote, and only that.
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("../examples/api-style.nl.json")).unwrap();
    file["questions"]["callers"]["options"]["services"]
        .as_object_mut()
        .unwrap()
        .remove("label");
    file["questions"]["callers"]["options"]["robots"] = serde_json::json!({ "label": "Robots" });
    let problems: Vec<String> =
        check_translation(&tree, &value(&file.to_string()), Some(&defaults))
            .iter()
            .filter_map(TreeError::path)
            .collect();
    assert!(problems.contains(&"/questions/callers/options/services/label".to_string()));
    assert!(problems.contains(&"/questions/callers/options/robots/label".to_string()));
}

#[test]
fn a_text_is_translated_by_a_text_and_nothing_by_nothing() {
    let problems = problems_after(|f| {
        f["questions"]["fan-out"]["caution"] = " ".into();
        f["patterns"]["rest"]["example"] = "Een voorbeeld dat het Engels niet heeft.".into();
    });
    let find = |path: &str| {
        problems
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, m)| m.clone())
    };
    assert!(
        find("/questions/fan-out/caution").is_some_and(|m| m.contains("is empty")),
        "{problems:#?}"
    );
    assert!(
        find("/patterns/rest/example").is_some_and(|m| m.contains("has none")),
        "{problems:#?}"
    );
}

#[test]
fn the_dutch_record_continues_a_quoted_word_in_lower_case() {
    let tree = in_dutch();
    let row = common::golden_table()
        .into_iter()
        .find(|row| row.node == "rest-point-to-point")
        .expect("the golden table has the row");
    let decision = Decision::with_answers(row.answers());
    let record = decision_record(&tree, &decision, "https://example.org/", "2026-11-28").unwrap();
    assert!(record.contains("Slecht, want ‘voorlopig’"), "{record}");
    assert!(!record.contains("want ‘Voorlopig’"), "{record}");
}
