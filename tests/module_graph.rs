//! The core's modules form a DAG (no two modules need each other), and the core imports no
//! browser crate: read off the sources, so a new import that breaks either fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

/// Each module of `src/core/` (a file, or a folder with its files) and the core modules its
/// sources name through `crate::core::…`.
fn core_imports() -> BTreeMap<String, BTreeSet<String>> {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    // Items the core re-exports at its root, by the module that defines them.
    let root = fs::read_to_string(core.join("mod.rs")).unwrap();
    let mut reexports = BTreeMap::new();
    for line in root.lines().filter_map(|l| l.strip_prefix("pub use ")) {
        let (module, items) = line.split_once("::").unwrap();
        for item in items.trim_matches(|c| "{};".contains(c)).split(',') {
            reexports.insert(item.trim().to_string(), module.to_string());
        }
    }
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in fs::read_dir(&core).unwrap() {
        let path = entry.unwrap().path();
        let module = path.file_stem().unwrap().to_string_lossy().to_string();
        if module == "mod" {
            continue;
        }
        let files: Vec<_> = if path.is_dir() {
            fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect()
        } else {
            vec![path]
        };
        let uses = graph.entry(module.clone()).or_default();
        for file in files {
            // Code only: a doc comment may name any module without depending on it.
            let text: String = fs::read_to_string(&file)
                .unwrap()
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for (_, rest) in text
                .match_indices("crate::core::")
                .map(|(i, _)| ((), &text[i + 13..]))
            {
                let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                    group.split('}').next().unwrap().split(',').collect()
                } else {
                    vec![rest]
                };
                for name in names {
                    let name: String = name
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    let target = reexports.get(&name).cloned().unwrap_or(name);
                    if !target.is_empty() && target != module {
                        uses.insert(target);
                    }
                }
            }
            for krate in BROWSER_CRATES {
                assert!(
                    !text.contains(&format!("{krate}::")),
                    "{} names the browser crate {krate}",
                    file.display()
                );
            }
        }
    }
    graph
}

#[test]
fn the_core_modules_form_a_dag() {
    let graph = core_imports();
    assert!(graph.len() > 15, "the scan found the modules: {graph:?}");
    // Depth-first search for a back edge.
    fn visit<'g>(
        at: &'g str,
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        on_path: &mut Vec<&'g str>,
        done: &mut BTreeSet<&'g str>,
    ) {
        if done.contains(at) {
            return;
        }
        if let Some(start) = on_path.iter().position(|m| *m == at) {
            panic!("import cycle: {} -> {at}", on_path[start..].join(" -> "));
        }
        on_path.push(at);
        for next in graph.get(at).into_iter().flatten() {
            assert!(
                graph.contains_key(next),
                "{at} names core::{next}, which is not a module"
            );
            visit(next, graph, on_path, done);
        }
        on_path.pop();
        done.insert(at);
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done);
    }
}
