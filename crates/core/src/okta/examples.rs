//! Okta's published examples, read straight from `okta.idp.yaml` (the team's
//! `shared/real/okta/`), never copied into the project.
//!
//! No YAML crate is in the lock file, and the examples use a small block-style subset
//! of YAML (mappings, `- ` sequences, plain and quoted scalars, `[]` / `{}`), so this
//! reads that subset into JSON. Test code only: `crates/core`'s unit tests use it, and
//! the app's network tests include this same file (`#[path]`), so there is one copy.
//! Self-contained on purpose: std and serde_json only.
#![allow(dead_code, clippy::panic)]

use serde_json::{Map, Value};

/// The `value` of `components/examples/{name}` as JSON. Panics when the example is
/// missing or not in the subset: a test that needs it must never pass without it.
pub fn example(yaml: &str, name: &str) -> Value {
    let lines: Vec<&str> = yaml.lines().collect();
    let examples = lines
        .iter()
        .position(|l| *l == "  examples:")
        .unwrap_or_else(|| panic!("okta.idp.yaml has no components/examples"));
    let head = format!("    {name}:");
    let start = lines[examples..]
        .iter()
        .position(|l| *l == head)
        .map(|i| i + examples)
        .unwrap_or_else(|| panic!("okta.idp.yaml has no example {name}"));
    let value = lines[start + 1..]
        .iter()
        .take_while(|l| l.trim().is_empty() || indent(l) > 4)
        .position(|l| *l == "      value:")
        .map(|i| i + start + 1)
        .unwrap_or_else(|| panic!("example {name} has no value"));
    let body: Vec<(usize, String)> = lines[value + 1..]
        .iter()
        .take_while(|l| l.trim().is_empty() || indent(l) > 6)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| (indent(l), l.trim().to_owned()))
        .collect();
    assert!(!body.is_empty(), "example {name} is empty");
    let mut p = Parser { lines: body, i: 0 };
    let first = p.lines[0].0;
    p.block(first)
}

/// The example's value as JSON bytes (what a server answers).
pub fn example_bytes(yaml: &str, name: &str) -> Vec<u8> {
    serde_json::to_vec(&example(yaml, name)).unwrap_or_default()
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

struct Parser {
    /// (indentation, content) of each meaningful line.
    lines: Vec<(usize, String)>,
    i: usize,
}

impl Parser {
    fn block(&mut self, ind: usize) -> Value {
        match self.lines.get(self.i) {
            Some((_, c)) if c == "-" || c.starts_with("- ") => self.seq(ind),
            Some(_) => self.map(ind),
            None => Value::Null,
        }
    }

    fn seq(&mut self, ind: usize) -> Value {
        let mut out = Vec::new();
        while let Some((li, c)) = self.lines.get(self.i).cloned() {
            if li != ind || !(c == "-" || c.starts_with("- ")) {
                break;
            }
            let rest = c[1..].trim_start().to_owned();
            if rest.is_empty() {
                self.i += 1;
                let next = self.lines.get(self.i).map_or(ind + 2, |l| l.0);
                out.push(if next > ind {
                    self.block(next)
                } else {
                    Value::Null
                });
                continue;
            }
            // `- key: value` opens a mapping whose keys sit where `key` does.
            let item_ind = ind + (c.len() - rest.len());
            if split_key(&rest).is_some() {
                self.lines[self.i] = (item_ind, rest);
                out.push(self.map(item_ind));
            } else {
                self.i += 1;
                out.push(scalar(&rest));
            }
        }
        Value::Array(out)
    }

    fn map(&mut self, ind: usize) -> Value {
        let mut out = Map::new();
        while let Some((li, c)) = self.lines.get(self.i).cloned() {
            if li != ind || c.starts_with("- ") {
                break;
            }
            let Some((key, value)) = split_key(&c) else {
                panic!("not a key: {c}");
            };
            self.i += 1;
            let v = if value.is_empty() {
                match self.lines.get(self.i) {
                    Some((n, _)) if *n > ind => {
                        let n = *n;
                        self.block(n)
                    }
                    Some((n, c)) if *n == ind && (c == "-" || c.starts_with("- ")) => self.seq(ind),
                    _ => Value::Null,
                }
            } else {
                scalar(&value)
            };
            out.insert(key, v);
        }
        Value::Object(out)
    }
}

/// `key: value` or `key:` (a plain or quoted key); `None` for a plain scalar.
fn split_key(c: &str) -> Option<(String, String)> {
    if let Some(q) = c.chars().next().filter(|q| *q == '\'' || *q == '"') {
        let end = c[1..].find(q)? + 1;
        let rest = c[end + 1..].strip_prefix(':')?;
        return Some((c[1..end].to_owned(), rest.trim().to_owned()));
    }
    if let Some(k) = c.strip_suffix(':')
        && !k.contains(": ")
    {
        return Some((k.to_owned(), String::new()));
    }
    let at = c.find(": ")?;
    Some((c[..at].to_owned(), c[at + 2..].trim().to_owned()))
}

fn scalar(v: &str) -> Value {
    if let Some(inner) = v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        return Value::String(inner.replace("''", "'"));
    }
    if v.starts_with('"') {
        return serde_json::from_str(v).unwrap_or_else(|_| Value::String(v.to_owned()));
    }
    match v {
        "[]" => Value::Array(Vec::new()),
        "{}" => Value::Object(Map::new()),
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" | "~" => Value::Null,
        _ => v
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(v.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset_reads_as_json() {
        let yaml = "components:\n  examples:\n    A:\n      summary: x\n      value:\n        - id: a1\n          when: '2023-08-10T20:11:55.000Z'\n          ok: true\n          list: []\n          nested:\n            k: 'it''s: fine'\n            'y': 2\n        - id: a2\n          items:\n            - one\n            - two\n    B:\n      value:\n        errorCode: E0000006\n";
        assert_eq!(
            example(yaml, "A"),
            serde_json::json!([
                {"id": "a1", "when": "2023-08-10T20:11:55.000Z", "ok": true, "list": [],
                 "nested": {"k": "it's: fine", "y": 2}},
                {"id": "a2", "items": ["one", "two"]}
            ])
        );
        assert_eq!(
            example(yaml, "B"),
            serde_json::json!({"errorCode": "E0000006"})
        );
    }
}
