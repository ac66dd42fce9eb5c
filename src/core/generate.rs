//! Synthetic trees of any size, for benchmarks and scale tests.
//!
//! A generated tree is balanced: question node `i` has children `2i + 1` and `2i + 2`, so
//! `q` questions give `2q + 1` nodes and a height of about log2(q). Each question asks its own
//! question (so permalinks stay unambiguous); outcomes cycle through the three patterns. The
//! wording of the patterns, their checks and the interface is taken from the tree file passed
//! in.

use crate::core::load::Value;

/// A valid tree file with `questions` question nodes (`2 × questions + 1` nodes in all),
/// reusing `base`'s patterns and strings.
pub fn generate(base: &Value, questions: usize) -> Value {
    let questions = questions.max(1);
    let text = |s: String| Value::Text(s);
    let node_id = |i: usize| {
        if i < questions {
            format!("q{i}")
        } else {
            format!("o{i}")
        }
    };
    let mut question_list = Vec::with_capacity(questions);
    let mut nodes = Vec::with_capacity(2 * questions + 1);
    for i in 0..2 * questions + 1 {
        if i < questions {
            question_list.push((
                format!("k{i}"),
                Value::Object(vec![
                    ("label".into(), text(format!("Question {i}?"))),
                    (
                        "text".into(),
                        text(format!("Is generated condition {i} true?")),
                    ),
                    (
                        "explanation".into(),
                        text(format!("Generated question number {i}.")),
                    ),
                    (
                        "examples".into(),
                        Value::List(vec![text(format!("Example for {i}."))]),
                    ),
                    (
                        "statements".into(),
                        Value::Object(vec![
                            ("yes".into(), text(format!("Condition {i} is true."))),
                            ("no".into(), text(format!("Condition {i} is false."))),
                        ]),
                    ),
                ]),
            ));
            nodes.push(Value::Object(vec![
                ("id".into(), text(node_id(i))),
                ("ask".into(), text(format!("k{i}"))),
                ("yes".into(), text(node_id(2 * i + 1))),
                ("no".into(), text(node_id(2 * i + 2))),
            ]));
        } else {
            let pattern = ["rest", "event-driven", "combined"][i % 3];
            nodes.push(Value::Object(vec![
                ("id".into(), text(node_id(i))),
                ("outcome".into(), text(pattern.to_string())),
                ("label".into(), text(format!("Outcome {i}"))),
                ("headline".into(), text(format!("Generated outcome {i}"))),
                (
                    "why".into(),
                    text(format!("The answers on the way lead to outcome {i}.")),
                ),
            ]));
        }
    }
    let copy = |key: &str| base.get(key).cloned().unwrap_or(Value::Object(Vec::new()));
    Value::Object(vec![
        (
            "title".into(),
            text(format!("Generated tree of {} nodes", 2 * questions + 1)),
        ),
        ("start".into(), text(node_id(0))),
        ("questions".into(), Value::Object(question_list)),
        ("patterns".into(), copy("patterns")),
        ("checks".into(), checks(base)),
        ("nodes".into(), Value::List(nodes)),
        ("strings".into(), copy("strings")),
    ])
}

/// The base file's checks, without the answers they take for granted: a generated tree asks
/// other questions.
fn checks(base: &Value) -> Value {
    let Some(Value::Object(entries)) = base.get("checks") else {
        return Value::Object(Vec::new());
    };
    Value::Object(
        entries
            .iter()
            .map(|(key, check)| {
                let text = match check {
                    Value::Text(_) => check.clone(),
                    _ => check.get("text").cloned().unwrap_or(Value::Other),
                };
                (key.clone(), text)
            })
            .collect(),
    )
}
