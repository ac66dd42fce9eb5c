//! The link a reader shares: the page they are on, with the decision in its hash.

use crate::core::Tree;
use crate::core::permalink;
use crate::core::session::Decision;

/// The link to exactly this decision on `page` (a URL without a hash): `page#key=answer&…`,
/// or `page` alone before the first answer.
pub fn share_link(tree: &Tree, page: &str, decision: &Decision) -> String {
    let hash = permalink::serialise(tree, decision);
    if hash.is_empty() {
        page.to_string()
    } else {
        format!("{page}#{hash}")
    }
}

/// `link` when others can open it (an `http:` or `https:` address), else `None`: a page opened
/// from disk (`file:`) or from memory (`blob:`, `data:`) has no address worth sharing on paper or
/// in a record.
pub fn public_link(link: &str) -> Option<&str> {
    let scheme = link.split_once(':').map_or("", |(scheme, _)| scheme);
    (scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")).then_some(link)
}
