//! The widget's build: the built-in tree, which the loader passes in the language shown (the
//! page's inline copy, or a file the build wrote), read once per page and language with the
//! strict loader.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;

use super::to_value;
use crate::core::Tree;
use crate::core::contract::BUILT_IN;
use crate::core::strings::Str;

thread_local! {
    /// The built-in tree last read, with the text it was read from.
    static LAST: RefCell<Option<(String, Rc<Tree>)>> = const { RefCell::new(None) };
}

/// Reads the built-in tree from `json` ahead of the first mount; whether it loads.
pub fn prepare(json: &str) -> bool {
    built_in(json).is_ok()
}

/// The tree `mount`'s settings give (`setting` looks one up by name): the built-in one, or none,
/// with the reason as text in `root`.
pub fn tree<'a>(root: &Element, setting: impl Fn(&str) -> Option<&'a str>) -> Option<Rc<Tree>> {
    let loaded = match setting(BUILT_IN) {
        Some(json) => built_in(json),
        None => Err("integration-decision-tree: no tree was given".into()),
    };
    loaded
        .map_err(|reason| root.set_text_content(Some(&reason)))
        .ok()
}

/// The crash screen's two sentences (its message and the Reload button's), in the language of
/// the tree last read.
pub fn crash_sentences() -> Option<[String; 2]> {
    let tree = LAST.with(|last| last.borrow().as_ref().map(|(_, tree)| tree.clone()))?;
    Some([
        tree.strings[Str::CrashMessage].to_string(),
        tree.strings[Str::Reload].to_string(),
    ])
}

/// The built-in tree from `json`, a file the build wrote from `data/tree.json` (and, for another
/// language, a translation it checked), read once. Such a file only fails here if it was
/// damaged after the build: it is reported by the number of its problems, and `idt-check` names
/// each one. The loader's messages stay out of this wasm (about 0.8 KB gzip); the build for
/// authors' trees, which loads unchecked files, has them.
fn built_in(json: &str) -> Result<Rc<Tree>, String> {
    let known = LAST.with(|last| match &*last.borrow() {
        Some((text, tree)) if text == json => Some(tree.clone()),
        _ => None,
    });
    if let Some(tree) = known {
        return Ok(tree);
    }
    let broken = |problems: usize| {
        format!(
            "integration-decision-tree: the tree file does not load ({problems} problems); check it with idt-check"
        )
    };
    let value = js_sys::JSON::parse(json).map_err(|_| broken(1))?;
    let tree = crate::core::load(&to_value(&value, 0))
        .map(Rc::new)
        .map_err(|errors| broken(errors.len()))?;
    LAST.with(|last| *last.borrow_mut() = Some((json.to_string(), tree.clone())));
    Ok(tree)
}
