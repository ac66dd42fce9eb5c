//! The diagram as a self-contained SVG file: the same scene the widget draws, written down as
//! text for places that cannot run scripts (a wiki page, a README).

use super::markup::escape;
use crate::core::scene::{Scene, Shape};

/// The scene as a self-contained SVG document, for pages that cannot run the widget (wikis
/// that strip scripts and iframes). `style` is CSS for the shapes' classes, `title` the
/// image's accessible name. All text is escaped.
pub fn svg(scene: &Scene, title: &str, style: &str) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"idt idt-svg\" viewBox=\"0 0 {w} {h}\" \
         width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{title}\">\n<title>{title}</title>\n\
         <style>{style}</style>\n",
        w = scene.width,
        h = scene.height,
        title = escape(title),
        style = style.replace("</", "<\\/"),
    );
    for item in &scene.items {
        out.push_str(&format!("<g class=\"{}\">", item.class));
        for shape in &item.shapes {
            match shape {
                Shape::Rect { class: "idt-ring", .. } => {}
                Shape::Rect { class, rect, radius } => out.push_str(&format!(
                    "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{radius}\"/>",
                    rect.x, rect.y, rect.width, rect.height
                )),
                Shape::Circle { class, x, y, radius } => {
                    out.push_str(&format!("<circle class=\"{class}\" cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"/>"))
                }
                Shape::Path { class, d } => out.push_str(&format!("<path class=\"{class}\" d=\"{d}\"/>")),
                Shape::Text { class, x, y, text } => out.push_str(&format!(
                    "<text class=\"{class}\" x=\"{x}\" y=\"{y}\">{}</text>",
                    escape(text)
                )),
            }
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}
