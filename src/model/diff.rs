//! What differs between two versions of a plan, item by item: lists of items with ids
//! are matched by id, so a scheme moved in its list is not a change, and every changed
//! value is named by its field path (`schemes[id=chc].savings[1]`).

use serde_json::Value;

use super::Plan;

/// The most changes listed; a plan rewritten from scratch is summed up by the count.
pub const MAX_CHANGES: usize = 500;

/// One difference between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where: a field path in the plan.
    pub path: String,
    /// The value in the first version (`absent` when the item was added).
    pub before: String,
    /// The value in the second version (`absent` when the item was removed).
    pub after: String,
}

/// Every difference from `before` to `after`, in plan order, at most [`MAX_CHANGES`];
/// the second value is the total number found.
pub fn differences(before: &Plan, after: &Plan) -> (Vec<Change>, usize) {
    let (Ok(a), Ok(b)) = (serde_json::to_value(before), serde_json::to_value(after)) else {
        return (Vec::new(), 0);
    };
    let mut out = Diff {
        changes: Vec::new(),
        total: 0,
    };
    out.value("", &a, &b);
    (out.changes, out.total)
}

/// The differences between two serialised values (two versions of one item), named by
/// field paths under `path`; at most [`MAX_CHANGES`].
pub fn value_differences(path: &str, before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Diff {
        changes: Vec::new(),
        total: 0,
    };
    out.value(path, before, after);
    out.changes
}

struct Diff {
    changes: Vec<Change>,
    total: usize,
}

const ABSENT: &str = "absent";

fn short(v: &Value) -> String {
    let text = match v {
        Value::Null => "none".to_string(),
        Value::String(s) => format!("\"{s}\""),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => format!("{} items", items.len()),
        Value::Object(map) => match map.get("name").and_then(Value::as_str) {
            Some(name) => format!("\"{name}\""),
            None => format!("{} fields", map.len()),
        },
    };
    if text.chars().count() > 80 {
        let cut: String = text.chars().take(79).collect();
        format!("{cut}…")
    } else {
        text
    }
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

impl Diff {
    fn push(&mut self, path: String, before: String, after: String) {
        self.total += 1;
        if self.changes.len() < MAX_CHANGES {
            self.changes.push(Change {
                path,
                before,
                after,
            });
        }
    }

    fn value(&mut self, path: &str, a: &Value, b: &Value) {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for (k, va) in x {
                    let p = join(path, k);
                    match y.get(k) {
                        Some(vb) => self.value(&p, va, vb),
                        None => self.push(p, short(va), ABSENT.into()),
                    }
                }
                for (k, vb) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                    self.push(join(path, k), ABSENT.into(), short(vb));
                }
            }
            (Value::Array(x), Value::Array(y))
                if !x.is_empty()
                    && !y.is_empty()
                    && x.iter().chain(y).all(|v| id_of(v).is_some()) =>
            {
                self.by_id(path, x, y);
            }
            (Value::Array(x), Value::Array(y)) => {
                for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                    self.value(&format!("{path}[{i}]"), va, vb);
                }
                for (i, v) in x.iter().enumerate().skip(y.len()) {
                    self.push(format!("{path}[{i}]"), short(v), ABSENT.into());
                }
                for (i, v) in y.iter().enumerate().skip(x.len()) {
                    self.push(format!("{path}[{i}]"), ABSENT.into(), short(v));
                }
            }
            (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => {}
            _ if a == b => {}
            _ => self.push(path.to_string(), short(a), short(b)),
        }
    }

    /// Lists of items with ids: matched by id, whatever their order.
    fn by_id(&mut self, path: &str, x: &[Value], y: &[Value]) {
        for va in x {
            let id = id_of(va).unwrap_or_default();
            let p = format!("{path}[id={id}]");
            match y.iter().find(|vb| id_of(vb) == Some(id)) {
                Some(vb) => self.value(&p, va, vb),
                None => self.push(p, short(va), ABSENT.into()),
            }
        }
        for vb in y {
            let id = id_of(vb).unwrap_or_default();
            if !x.iter().any(|va| id_of(va) == Some(id)) {
                self.push(format!("{path}[id={id}]"), ABSENT.into(), short(vb));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Size, generate};

    #[test]
    fn the_same_plan_has_no_differences() {
        let plan = generate(&Size::S);
        assert_eq!(differences(&plan, &plan), (Vec::new(), 0));
    }

    #[test]
    fn changes_are_named_by_path_and_items_matched_by_id() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        after.schemes[3].savings[1] += 10.0;
        after.schemes.swap(0, 1);
        let removed = after.investments.remove(2);
        after.title = "Renamed".into();
        let (changes, total) = differences(&before, &after);
        assert_eq!(total, 3, "{changes:#?}");
        let id = &before.schemes[3].id;
        assert!(
            changes
                .iter()
                .any(|c| c.path == format!("schemes[id={id}].savings[1]"))
        );
        assert!(
            changes
                .iter()
                .any(|c| c.path == "title" && c.after == "\"Renamed\"")
        );
        let gone = changes
            .iter()
            .find(|c| c.path == format!("investments[id={}]", removed.id))
            .expect("the removed investment");
        assert_eq!(gone.after, ABSENT);
        assert_eq!(gone.before, format!("\"{}\"", removed.name));
    }
}
