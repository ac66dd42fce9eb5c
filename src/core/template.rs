//! `{name}` placeholders in wording, filled in at render time.
//!
//! Templates come from the tree file, so the loader ([`crate::core::load`]) checks that each
//! one only uses the placeholders its place allows; filling a template therefore never leaves
//! a placeholder behind.

/// Replaces each `{name}` in `template` with its value from `values`.
///
/// A placeholder with no value, and a lone `{` or `}`, is kept as written. (Written with
/// `split_once` rather than string indexing: nothing here can panic, which also keeps the
/// panic-message machinery out of the wasm.)
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
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
    while let Some((name, tail)) = rest
        .split_once('{')
        .and_then(|(_, after)| after.split_once('}'))
    {
        names.push(name);
        rest = tail;
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
