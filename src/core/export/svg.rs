//! The diagram as a self-contained SVG file: the same scene the widget draws, written down as
//! text for places that cannot run scripts (a wiki page, a README).

use super::markup::escape;
use crate::core::scene::{Scene, Shape};

/// The scene as a self-contained SVG document, for pages that cannot run the widget (wikis
/// that strip scripts and iframes). `style` is CSS for the shapes (the widget's own, keyed on
/// the same `data-` attributes), `title` the image's accessible name and `description` what it
/// shows in words (its `<desc>`). All text is escaped.
pub fn svg(scene: &Scene, title: &str, description: &str, style: &str) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"idt idt-svg\" viewBox=\"0 0 {w} {h}\" \
         width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{title}\">\n<title>{title}</title>\n\
         <desc>{description}</desc>\n<style>{style}</style>\n",
        w = scene.width,
        h = scene.height,
        title = escape(title),
        description = escape(description),
        style = style.replace("</", "<\\/"),
    );
    for item in &scene.items {
        let (hook, id) = match (&item.node, &item.edge) {
            (Some(node), _) => ("data-node", node.as_str()),
            (None, Some(edge)) => ("data-edge", edge.as_str()),
            (None, None) => ("data-item", ""),
        };
        out.push_str(&format!(
            "<g {hook}=\"{}\" data-state=\"{}\">",
            escape(id),
            item.state
        ));
        if let Some(whole) = &item.tooltip {
            out.push_str(&format!("<title>{}</title>", escape(whole)));
        }
        for shape in &item.shapes {
            match shape {
                Shape::Rect { part: "ring", .. } => {}
                Shape::Rect { part, rect, radius } => out.push_str(&format!(
                    "<rect data-part=\"{part}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{radius}\"/>",
                    rect.x, rect.y, rect.width, rect.height
                )),
                Shape::Circle { part, x, y, radius } => {
                    out.push_str(&format!("<circle data-part=\"{part}\" cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"/>"))
                }
                Shape::Path { part, d } => out.push_str(&format!("<path data-part=\"{part}\" d=\"{d}\"/>")),
                Shape::Text { part, x, y, text } => out.push_str(&format!(
                    "<text data-part=\"{part}\" x=\"{x}\" y=\"{y}\">{}</text>",
                    escape(text)
                )),
            }
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}
