//! `idt-static`: the static forms of the tree for `make dist`, written from the tree file by the
//! same core that runs in the widget, never from hand-made copies.
//!
//! `idt-static site SVG-STYLE.css` prints one JSON object with everything the build puts into
//! the pages besides the widget itself:
//!
//! - `lang`, `title` and `page`: the page's language, the tree's title and the page wording
//!   (title, description, eyebrow, intro, footer);
//! - `languages` (each with its name) and `trees`: the tree file the widget is given in each
//!   language, the pages' own first (the wasm carries no tree);
//! - `fallbacks`: in every language, the questions and the decision table as plain HTML with a
//!   link to the interactive page in that language (`./index.html?lang=nl`), shown where
//!   scripts cannot run, with that language's page wording;
//! - `fallback_alone`: the first language's without the link, for the single file that has no
//!   page beside it;
//! - `svg`: the whole tree as a self-contained SVG picture, styled with the given stylesheet
//!   (the widget's own palette and diagram rules);
//! - `mermaid`: the whole tree as a Mermaid flowchart, no path marked;
//! - `prerender`: the widget's first state as HTML, rendered by the widget's own components
//!   (Yew's server renderer), for the pages to show before the wasm arrives;
//! - `contract`: the names the loaders share with the wasm (`core::contract`): event names,
//!   the height message, the settings and the values that turn the permalink off.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use integration_decision_tree::core::config::Config;
    use integration_decision_tree::core::contract;
    use integration_decision_tree::core::export::{description, fallback_html, mermaid, svg};
    use integration_decision_tree::core::layout::layout;
    use integration_decision_tree::core::load::Value;
    use integration_decision_tree::core::scene::overview;
    use integration_decision_tree::core::strings::Str;
    use integration_decision_tree::core::{
        SITE_TREE_JSON, TRANSLATIONS_JSON, Tree, load, translated_tree,
    };
    use integration_decision_tree::ui::prerender;
    use serde_json::json;
    use std::process::ExitCode;
    use std::rc::Rc;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let ["site", style] = args.iter().map(String::as_str).collect::<Vec<_>>()[..] else {
        eprintln!("usage: idt-static site SVG-STYLE.css");
        return ExitCode::from(2);
    };
    let css = match std::fs::read_to_string(style) {
        Ok(css) => css,
        Err(error) => {
            eprintln!("idt-static: cannot read {style}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let value: Value = match serde_json::from_str(SITE_TREE_JSON) {
        Ok(value) => value,
        Err(error) => {
            eprintln!("idt-static: data/tree.json is not JSON: {error}");
            return ExitCode::FAILURE;
        }
    };
    let translations: Vec<(String, Value)> = match serde_json::from_str(TRANSLATIONS_JSON) {
        Ok(Value::Object(entries)) => entries,
        _ => {
            eprintln!("idt-static: the translations are not JSON");
            return ExitCode::FAILURE;
        }
    };
    // The site's first language: the tree's own, or the one `SITE_LANG=nl make dist` names,
    // which must be one the tree is written in.
    let own = |v: &Value, field| match v.get(field) {
        Some(Value::Text(text)) => text.clone(),
        _ => String::new(),
    };
    let tree_lang = Some(own(&value, "lang"))
        .filter(|l| !l.is_empty())
        .unwrap_or("en".into());
    let wanted = std::env::var("SITE_LANG").unwrap_or_default();
    // The tree in each language: its own, and one per translation (each must fit, or the build
    // fails: the widget trusts these files).
    let mut trees = vec![(tree_lang.clone(), own(&value, "language"), value.clone())];
    for (lang, translation) in &translations {
        if translation.get("lang") != Some(&Value::Text(lang.clone())) {
            eprintln!(
                "idt-static: {lang}: \"lang\" must be \"{lang}\", the language in the file's name"
            );
            return ExitCode::FAILURE;
        }
        match translated_tree(&value, translation) {
            Ok(tree) => trees.push((lang.clone(), own(translation, "language"), tree)),
            Err(errors) => {
                for error in errors {
                    eprintln!("idt-static: {lang}: {error}");
                }
                return ExitCode::FAILURE;
            }
        }
    }
    // The site's first language first.
    if !wanted.is_empty() && !trees.iter().any(|(lang, _, _)| *lang == wanted) {
        let have: Vec<&str> = trees.iter().map(|(lang, _, _)| lang.as_str()).collect();
        eprintln!(
            "idt-static: SITE_LANG={wanted}, but the tree comes in {}",
            have.join(", ")
        );
        return ExitCode::FAILURE;
    }
    trees.sort_by_key(|(lang, _, _)| *lang != wanted);
    let tree = match load(&trees[0].2) {
        Ok(tree) => tree,
        Err(errors) => {
            for error in errors {
                eprintln!("idt-static: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let languages: Vec<(String, String)> = trees
        .iter()
        .map(|(lang, name, _)| (lang.clone(), name.clone()))
        .collect();
    // The tree the widget is given in each language (it carries none of its own): without the
    // sentences it never shows (`Str::build_only`), except, in the languages but the first,
    // the page's own, which the page sets from it (web/wording.js).
    let mut files = serde_json::Map::new();
    for (i, (lang, _, tree)) in trees.iter().enumerate() {
        let mut tree = tree.clone();
        if let Value::Object(top) = &mut tree {
            for (key, strings) in top.iter_mut() {
                if let (true, Value::Object(strings)) = (key == "strings", strings) {
                    strings.retain(|(name, _)| {
                        let shown = Str::from_name(name).is_some_and(|s| !s.build_only());
                        shown || (i > 0 && name.starts_with("page_"))
                    });
                }
            }
        }
        files.insert(lang.clone(), tree.to_json().into());
    }
    // What the pages say around the widget, in a tree's language.
    let page_wording = |tree: &Tree| {
        let s = &tree.strings;
        json!({
            "title": &s[Str::PageTitle],
            "description": &s[Str::PageDescription],
            "eyebrow": &s[Str::PageEyebrow],
            "intro": &s[Str::PageIntro],
            "footer": &s[Str::PageFooter],
            "author_link": &s[Str::PageAuthorLink],
            "languages": &s[Str::PageLanguages],
            "foreign_tree": &s[Str::PageForeignTree],
            "load_failed": &s[Str::PageLoadFailed],
            "retry": &s[Str::PageRetry],
        })
    };
    // The plain version in every language, each linking to the interactive page in its own.
    let mut fallbacks = Vec::new();
    for (i, (lang, _, file)) in trees.iter().enumerate() {
        let Ok(tree) = load(file) else {
            eprintln!("idt-static: {lang}: the tree does not load");
            return ExitCode::FAILURE;
        };
        let link = if i == 0 {
            "./index.html".to_string()
        } else {
            format!("./index.html?lang={lang}")
        };
        fallbacks.push(json!({
            "lang": lang,
            "title": tree.title,
            "page": page_wording(&tree),
            "fallback": fallback_html(&tree, Some(&link)),
        }));
    }
    let site = json!({
        "fallbacks": fallbacks,
        "lang": tree.lang,
        "languages": languages.iter().map(|(lang, name)| json!({ "lang": lang, "name": name })).collect::<Vec<_>>(),
        "trees": files,
        "title": tree.title,
        "page": page_wording(&tree),
        "fallback_alone": fallback_html(&tree, None),
        "svg": svg(&overview(&tree, &layout(&tree)), &tree.title, &description(&tree, None), &css),
        "mermaid": mermaid(&tree, None),
        "prerender": prerender(Rc::new(tree.clone()), Config::new(false)),
        "contract": {
            "ELEMENT": contract::ELEMENT,
            "ANSWER_EVENT": contract::ANSWER_EVENT,
            "OUTCOME_EVENT": contract::OUTCOME_EVENT,
            "RESTART_EVENT": contract::RESTART_EVENT,
            "CRASH_EVENT": contract::CRASH_EVENT,
            "LOAD_FAILED_EVENT": contract::LOAD_FAILED_EVENT,
            "HEIGHT_MESSAGE": contract::HEIGHT_MESSAGE,
            "SETTINGS": contract::SETTINGS,
            "THEME": contract::THEME,
            "ANSWERS": contract::ANSWERS,
            "DIAGRAM": contract::DIAGRAM,
            "PERMALINK": contract::PERMALINK,
            "CHOICES": contract::CHOICES.iter().map(|c| (c.name.to_string(), json!(c.words))).collect::<serde_json::Map<_, _>>(),
            "SETTING_WARNING": contract::SETTING_WARNING,
            "SHOWN_SETTINGS": contract::SHOWN_SETTINGS,
            "ANSWERS_IN_HASH": contract::ANSWERS_IN_HASH,
            "LOADING": contract::LOADING,
            "SRC": contract::SRC,
            "TREE": contract::TREE,
            "TREE_SOURCE": contract::TREE_SOURCE,
            "TREE_FAILED": contract::TREE_FAILED,
            "MAX_TREE_BYTES": integration_decision_tree::core::load::MAX_TREE_BYTES,
            "LANG": contract::LANG,
            "BUILT_IN": contract::BUILT_IN,
            "LANGUAGES": languages.iter().map(|(lang, _)| lang).collect::<Vec<_>>(),
            "TREE_LANG": tree_lang,
        },
    });
    println!("{site}");
    ExitCode::SUCCESS
}

/// The tool is native only; this keeps `cargo build --target wasm32-unknown-unknown` happy.
#[cfg(target_arch = "wasm32")]
fn main() {}
