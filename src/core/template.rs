//! `{name}` placeholders in wording, filled in at render time.
//!
//! Templates come from the tree file, so [`crate::core::validate`] checks that each one only
//! uses the placeholders its place allows; filling a template therefore never leaves a
//! placeholder behind.

/// Replaces each `{name}` in `template` with its value from `values`.
///
/// A placeholder with no value, and a lone `{` or `}`, is kept as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The names of the placeholders in `template`, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_known_placeholders_and_keeps_the_rest() {
        assert_eq!(
            fill("Question {n} of {total}", &[("n", "2"), ("total", "3")]),
            "Question 2 of 3"
        );
        assert_eq!(fill("{x} and {n}", &[("n", "1")]), "{x} and 1");
        assert_eq!(fill("a { b", &[("n", "1")]), "a { b");
        assert_eq!(fill("}{", &[]), "}{");
        assert_eq!(fill("{n}{n}", &[("n", "é")]), "éé");
    }

    #[test]
    fn lists_placeholders() {
        assert_eq!(placeholders("Q{n}: {question} {"), vec!["n", "question"]);
        assert!(placeholders("plain").is_empty());
    }
}
