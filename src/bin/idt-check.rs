//! Checks tree files as the widget would load them: `idt-check FILE...` prints every problem
//! of each file, naming what it is about, and exits with 1 if any file has one.
//!
//! An author's tree gets the same fallback wording as on a page (`core::authored_defaults`);
//! `--strict` checks a file the way the shipped tree is checked, with every sentence required.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use integration_decision_tree::core::load::Value;
    use integration_decision_tree::core::{
        AUTHORED_STRINGS_JSON, TREE_JSON, authored_defaults, load, load_authored,
    };
    use std::process::ExitCode;

    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let strict = args.first().is_some_and(|a| a == "--strict");
    if strict {
        args.remove(0);
    }
    if args.is_empty() {
        eprintln!("usage: idt-check [--strict] FILE...");
        return ExitCode::from(2);
    }
    let parse = |text: &str| serde_json::from_str::<Value>(text);
    let shipped = load(&parse(TREE_JSON).expect("the built-in tree is JSON"))
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
                Ok(value) => {
                    let loaded = if strict {
                        load(&value)
                    } else {
                        load_authored(&value, &defaults)
                    };
                    match loaded {
                        Ok(_) => Vec::new(),
                        Err(errors) => errors.iter().map(ToString::to_string).collect(),
                    }
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
