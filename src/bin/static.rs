//! Writes the widget's static outputs from the tree file, for `make dist`:
//!
//! - `idt-static fallback [LINK]` — the questions and the decision table as plain HTML, shown
//!   where scripts cannot run, with a link to the interactive page if one is given;
//! - `idt-static svg STYLE.css` — the whole tree as a self-contained SVG image (for wikis that
//!   strip scripts and iframes), styled with the widget's own CSS.
//!
//! Both come from the same data and the same scene as the widget, never from hand-made copies.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use integration_decision_tree::core::export::fallback_html;
    use integration_decision_tree::core::layout::layout;
    use integration_decision_tree::core::scene::{overview, svg};
    use integration_decision_tree::core::source::Value;
    use integration_decision_tree::core::{TREE_JSON, load};
    use std::process::ExitCode;

    let value: Value = match serde_json::from_str(TREE_JSON) {
        Ok(value) => value,
        Err(error) => {
            eprintln!("idt-static: data/tree.json is not JSON: {error}");
            return ExitCode::FAILURE;
        }
    };
    let tree = match load(&value) {
        Ok(tree) => tree,
        Err(errors) => {
            for error in errors {
                eprintln!("idt-static: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["fallback"] => print!("{}", fallback_html(&tree, None)),
        ["fallback", link] => print!("{}", fallback_html(&tree, Some(link))),
        ["svg", style] => {
            let css = match std::fs::read_to_string(style) {
                Ok(css) => css,
                Err(error) => {
                    eprintln!("idt-static: cannot read {style}: {error}");
                    return ExitCode::FAILURE;
                }
            };
            print!(
                "{}",
                svg(&overview(&tree, &layout(&tree)), &tree.title, &css)
            );
        }
        _ => {
            eprintln!("usage: idt-static fallback [LINK] | idt-static svg STYLE.css");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

/// The tool is native only; this keeps `cargo build --target wasm32-unknown-unknown` happy.
#[cfg(target_arch = "wasm32")]
fn main() {}
