//! Checks tree files as the widget would load them: `idt-check FILE...` prints every problem
//! of each file, naming what it is about, and exits with 1 if any file has one.
//!
//! An author's tree gets the same fallback wording as on a page (`core::authored_defaults`);
//! `--strict` checks a file the way the shipped tree is checked, with every sentence required.
//!
//! A translation is a file named after its tree with the language before `.json`
//! (`api-style.nl.json` beside `api-style.json`): it is checked against that tree (every text
//! translated, nothing unknown, the same placeholders; see `core::load::translation`).
//! `idt-check --template nl FILE` prints the tree's wording as a translation to start from.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use integration_decision_tree::core::load::{Value, is_language_tag};
    use integration_decision_tree::core::{
        AUTHORED_STRINGS_JSON, SITE_TREE_JSON, authored_defaults, check_translation, load,
        load_authored,
    };
    use std::process::ExitCode;

    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--template") {
        return template(&args[1..]);
    }
    let strict = args.first().is_some_and(|a| a == "--strict");
    if strict {
        args.remove(0);
    }
    if args.is_empty() {
        eprintln!("usage: idt-check [--strict] FILE...\n       idt-check --template LANG FILE");
        return ExitCode::from(2);
    }
    let parse = |text: &str| serde_json::from_str::<Value>(text);
    let shipped = load(&parse(SITE_TREE_JSON).expect("the built-in tree is JSON"))
        .expect("the built-in tree is valid (cargo test checks it)");
    let overrides = parse(AUTHORED_STRINGS_JSON).expect("the generic wording is JSON");
    let defaults = authored_defaults(&shipped.strings, &overrides);
    let mut failed = false;
    for path in &args {
        let problems: Vec<String> = match std::fs::read_to_string(path) {
            Err(error) => vec![format!("cannot read it: {error}")],
            Ok(text) => match parse(&text) {
                Err(error) => vec![format!(
                    "not valid JSON: {error} (line {}, column {})",
                    error.line(),
                    error.column()
                )],
                Ok(translation) if tree_of(path).is_some() => {
                    let tree = tree_of(path).and_then(|tree| std::fs::read_to_string(tree).ok());
                    match tree.as_deref().map(parse) {
                        Some(Ok(tree)) => {
                            let defaults = (!strict).then_some(&defaults);
                            let mut problems: Vec<String> =
                                check_translation(&tree, &translation, defaults)
                                    .iter()
                                    .map(ToString::to_string)
                                    .collect();
                            // The file's name says its language; its `lang` must agree.
                            let named = language_of(path);
                            if translation.get("lang") != Some(&Value::Text(named.clone())) {
                                problems.push(format!(
                                    "\"lang\" must be \"{named}\", the language in the file's name"
                                ));
                            }
                            problems
                        }
                        _ => vec![format!(
                            "the tree it translates, {:?}, cannot be read as JSON",
                            tree_of(path)
                        )],
                    }
                }
                Ok(value) => {
                    let loaded = if strict {
                        load(&value)
                    } else {
                        load_authored(&value, &defaults)
                    };
                    let mut problems: Vec<String> = match loaded {
                        Ok(_) => Vec::new(),
                        Err(errors) => errors.iter().map(ToString::to_string).collect(),
                    };
                    // The loader reads `lang` as it is (it only ever becomes an attribute).
                    if let Some(Value::Text(lang)) = value.get("lang") {
                        if !is_language_tag(lang) {
                            problems.push(format!("\"lang\" is \"{lang}\"; it must be a language tag such as \"en\" or \"pt-BR\""));
                        }
                    }
                    problems
                }
            },
        };
        if problems.is_empty() {
            println!("{path}: ok");
        } else {
            failed = true;
            for problem in problems {
                println!("{path}: {problem}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The language a translation file's name gives: `nl` for `tree.nl.json`.
#[cfg(not(target_arch = "wasm32"))]
fn language_of(path: &str) -> String {
    let name = std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let name = name.strip_suffix(".json").unwrap_or(name);
    name.rsplit_once('.')
        .map_or("", |(_, lang)| lang)
        .to_string()
}

/// The tree a translation file translates: `tree.json` for `tree.nl.json`, if there is one.
#[cfg(not(target_arch = "wasm32"))]
fn tree_of(path: &str) -> Option<std::path::PathBuf> {
    let path = std::path::Path::new(path);
    let name = path.file_name()?.to_str()?.strip_suffix(".json")?;
    let (stem, lang) = name.rsplit_once('.')?;
    if !integration_decision_tree::core::load::is_language_tag(lang) {
        return None;
    }
    let tree = path.with_file_name(format!("{stem}.json"));
    tree.exists().then_some(tree)
}

/// `--template LANG FILE`: the tree's wording as a translation into LANG, to translate.
#[cfg(not(target_arch = "wasm32"))]
fn template(args: &[String]) -> std::process::ExitCode {
    use integration_decision_tree::core::load::{
        TreeSource, Value, extract_translation, is_language_tag,
    };
    use std::process::ExitCode;

    let [lang, path] = args else {
        eprintln!("usage: idt-check --template LANG FILE");
        return ExitCode::from(2);
    };
    if !is_language_tag(lang) {
        eprintln!("idt-check: {lang:?} is not a language tag such as \"nl\" or \"pt-BR\"");
        return ExitCode::from(2);
    }
    let source = std::fs::read_to_string(path)
        .map_err(|error| error.to_string())
        .and_then(|text| serde_json::from_str::<Value>(&text).map_err(|error| error.to_string()))
        .and_then(|value| {
            TreeSource::read(&value).map_err(|errors| {
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        });
    match source {
        Ok(mut source) => {
            source.lang = lang.clone();
            // The language's own name, in that language: for the translator to fill in.
            let template = extract_translation(&source, "");
            let pretty: serde_json::Value =
                serde_json::from_str(&template.to_json()).expect("the template is JSON");
            println!(
                "{}",
                serde_json::to_string_pretty(&pretty).expect("JSON serialises")
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("idt-check: {path}: {error}");
            ExitCode::FAILURE
        }
    }
}
