//! The widget's first state as HTML, rendered natively by Yew's server renderer from the same
//! components the browser runs, for the pages to show before the wasm arrives. The live widget
//! then replaces it with an identical render in one task, so nothing moves and nothing flashes.

use std::rc::Rc;

use super::state::TreeRef;
use super::{App, AppProps};
use crate::core::Tree;
use crate::core::config::Config;
use crate::core::layout::layout;
use crate::core::session::Decision;

/// The HTML of the widget at its first question, as the first widget on a page (`instance` 1)
/// with `config`, marked as prerendered: its controls are inert but for the card's answers,
/// whose taps the loader holds until the wasm takes over.
///
/// Without accessible names (`aria-label`): an inert subtree is out of the accessibility tree,
/// so no one could hear them, and every page and `embed.js` would carry them (about 0.25 KB
/// gzip). The live widget, which replaces this one, has them all.
pub fn prerender(tree: Rc<Tree>, config: Config) -> String {
    let props = AppProps {
        layout: layout(&tree).into(),
        tree: TreeRef(tree),
        config: config.into(),
        initial: Decision::default().into(),
        instance: 1,
        share: "".into(),
        host: None,
        prerendered: true,
    };
    let renderer = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map(|runtime| runtime.block_on(renderer.render()))
        .map(|html| without_names(&html))
        .unwrap_or_default()
}

/// `html` without its `aria-label` attributes. Yew writes attribute values with `"` escaped,
/// so the first `"` after the opening one ends the value; text that merely reads like one (not
/// inside a tag) is kept.
fn without_names(html: &str) -> String {
    const NAME: &str = " aria-label=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some((before, after)) = rest.split_once(NAME) {
        out.push_str(before);
        let in_tag = out.rfind('<') > out.rfind('>');
        match after.split_once('"') {
            Some((_, tail)) if in_tag => rest = tail,
            _ => {
                out.push_str(NAME);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::without_names;

    #[test]
    fn drops_accessible_names_and_nothing_else() {
        let html = r#"<g role="button" aria-label="Answer &quot;Yes&quot; to 1" tabindex="0"><text>Yes</text></g>"#;
        assert_eq!(
            without_names(html),
            r#"<g role="button" tabindex="0"><text>Yes</text></g>"#
        );
        let text = "<p>a aria-label=\"x\" b</p><i aria-label=\"y\">z</i>";
        assert_eq!(without_names(text), "<p>a aria-label=\"x\" b</p><i>z</i>");
    }
}
