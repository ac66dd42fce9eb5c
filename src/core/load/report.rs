//! The loader's errors as problems to show an author: the message, the path into the file
//! (`/nodes/fan-out/next/yes`, see [`super::Place::path`]), the node concerned, and where the
//! path is in the file's text ([`super::locate`]).

use super::TreeError;

/// One problem with a tree file, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub path: Option<String>,
    pub node: Option<String>,
    /// 1-based line and column in the file's text, where it could be found.
    pub at: Option<(usize, usize)>,
}

/// The most problems reported for one file: beyond it, one more line says how many were left
/// out (a hostile file can have a problem per node, each to be found in the text).
pub const MAX_PROBLEMS: usize = 100;

/// The loader's errors for the file `text`, as problems with their places found in the text.
pub fn report(text: &str, errors: &[TreeError]) -> Vec<Problem> {
    let mut problems: Vec<Problem> = errors
        .iter()
        .take(MAX_PROBLEMS)
        .map(|error| {
            let path = error.path();
            Problem {
                message: error.to_string(),
                at: path.as_deref().and_then(|p| super::locate(text, p)),
                node: error.node().map(str::to_string),
                path,
            }
        })
        .collect();
    if errors.len() > MAX_PROBLEMS {
        let mut message = String::from("… and ");
        message.push_str(&(errors.len() - MAX_PROBLEMS).to_string());
        message.push_str(" more problems");
        problems.push(Problem {
            message,
            path: None,
            node: None,
            at: None,
        });
    }
    problems
}
