//! Every text the widget writes down rather than draws: the decision record (Markdown), the
//! decision table and the plain-HTML fallback, the static SVG picture and the Mermaid
//! flowchart. Each is built on the core's plain data (the walk, the scene), never the other
//! way round.

mod markup;
mod mermaid;
mod record;
mod svg;
mod table;

pub use markup::escape;
pub use mermaid::{description, mermaid};
pub use record::{decision_record, record_file_name};
pub use svg::svg;
pub use table::{TableRow, decision_table, fallback_html};
