//! The link a reader shares: the page they are on, with the answers in its hash.

use crate::core::Tree;
use crate::core::model::Answer;
use crate::core::permalink;

/// The link to exactly these answers on `page` (a URL without a hash): `page#key=answer&…`, or
/// `page` alone before the first answer.
pub fn share_link(tree: &Tree, page: &str, answers: &[Answer]) -> String {
    let hash = permalink::serialise(tree, answers);
    if hash.is_empty() {
        page.to_string()
    } else {
        format!("{page}#{hash}")
    }
}
