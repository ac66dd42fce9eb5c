//! `idt-bench`: what `make bench` needs from the core, natively:
//!
//! - `idt-bench generate N` — a valid tree file with N questions (2N + 1 nodes), as JSON;
//! - `idt-bench mermaid` — the tree as a Mermaid flowchart, for the page that compares the
//!   widget with Mermaid;
//! - `idt-bench fallback` — the questions and the decision table as plain HTML, for the static
//!   floor page;
//! - `idt-bench timings` — native timings of `layout` and `walk` on generated trees, as JSON.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use integration_decision_tree::core::export::{fallback_html, mermaid};
    use integration_decision_tree::core::generate::generate;
    use integration_decision_tree::core::load::Value;
    use integration_decision_tree::core::{SITE_TREE_JSON, load};
    use std::process::ExitCode;

    let value: Value = match serde_json::from_str(SITE_TREE_JSON) {
        Ok(value) => value,
        Err(error) => {
            eprintln!("idt-bench: data/tree.json is not JSON: {error}");
            return ExitCode::FAILURE;
        }
    };
    let tree = match load(&value) {
        Ok(tree) => tree,
        Err(errors) => {
            for error in errors {
                eprintln!("idt-bench: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["fallback"] => print!("{}", fallback_html(&tree, None)),
        ["generate", questions] => match questions.parse::<usize>() {
            Ok(n) => print!("{}", generate(&value, n).to_json()),
            Err(_) => {
                eprintln!("idt-bench: generate needs a number of questions");
                return ExitCode::from(2);
            }
        },
        ["mermaid"] => print!("{}", mermaid(&tree, None)),
        ["timings"] => print!("{}", native_bench(&value)),
        _ => {
            eprintln!("usage: idt-bench generate N | mermaid | fallback | timings");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

/// Median time per call of `layout` and of a full `walk`, on generated trees of 3, 101, 1,001
/// and 5,001 nodes, as JSON. Each figure is the median of 25 batches, each batch long enough
/// (at least 1 ms) for the clock to resolve it.
#[cfg(not(target_arch = "wasm32"))]
fn native_bench(base: &integration_decision_tree::core::load::Value) -> String {
    use integration_decision_tree::core::generate::generate;
    use integration_decision_tree::core::layout::layout;
    use integration_decision_tree::core::model::Answer;
    use integration_decision_tree::core::{load, walk};
    use std::hint::black_box;
    use std::time::{Duration, Instant};

    fn median_nanos(mut run: impl FnMut()) -> f64 {
        let mut per_call = Vec::with_capacity(25);
        for _ in 0..25 {
            let (mut calls, start) = (0u32, Instant::now());
            while start.elapsed() < Duration::from_millis(1) || calls < 3 {
                run();
                calls += 1;
            }
            per_call.push(start.elapsed().as_nanos() as f64 / f64::from(calls));
        }
        per_call.sort_by(f64::total_cmp);
        per_call[per_call.len() / 2]
    }

    let mut rows = Vec::new();
    for questions in [1usize, 50, 500, 2500] {
        let tree = load(&generate(base, questions)).expect("generated trees are valid");
        let answers = vec![Answer::NO; 64];
        let layout_ns = median_nanos(|| {
            black_box(layout(black_box(&tree)));
        });
        let walk_ns = median_nanos(|| {
            black_box(walk(black_box(&tree), black_box(&answers)));
        });
        rows.push(format!(
            "{{\"nodes\":{},\"height\":{},\"layout_us\":{:.2},\"walk_us\":{:.3}}}",
            tree.len(),
            tree.height(tree.root()),
            layout_ns / 1000.0,
            walk_ns / 1000.0
        ));
    }
    format!("[{}]\n", rows.join(","))
}

/// The tool is native only; this keeps `cargo build --target wasm32-unknown-unknown` happy.
#[cfg(target_arch = "wasm32")]
fn main() {}
