//! What differs between two versions of a plan, item by item: lists of items with ids
//! are matched by id, so a scheme moved in its list is not a change, and every changed
//! value is named by its field path (`schemes[id=chc].savings[1]`) and belongs to one
//! [`Item`]: an item of a top-level list (`schemes[id=chc]`) or a top-level field
//! (`income`).

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{
    Criterion, Investment, Kpi, Locality, OneOff, Plan, Priority, Risk, Rule, Scenario, Scheme,
    Source, SpendLine, Trajectory,
};

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
    /// The part of the plan the change belongs to.
    pub item: Item,
}

/// The part of a plan a change belongs to: one item of a top-level list of items with
/// ids (`schemes[id=chc]`), or a top-level field as a whole (`income`, `title`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Item {
    /// The top-level field (`schemes`, `income`, `title`).
    pub field: String,
    /// The item's id in the field's list; `None` for the field as a whole.
    pub id: Option<String>,
}

impl Item {
    /// The item's field path: `schemes[id=chc]`, or the field (`income`).
    pub fn path(&self) -> String {
        match &self.id {
            Some(id) => format!("{}[id={id}]", self.field),
            None => self.field.clone(),
        }
    }

    /// The item's serialised value in `plan` (a whole plan as a serde value), if it is
    /// there.
    pub fn value_in<'a>(&self, plan: &'a Value) -> Option<&'a Value> {
        let field = plan.get(&self.field)?;
        match &self.id {
            None => Some(field),
            Some(id) => field
                .as_array()?
                .iter()
                .find(|v| id_of(v) == Some(id.as_str())),
        }
    }

    /// Runs `f` on `plan` with only this item as it is in `from` (another version of
    /// the plan as a serde value): replaced, inserted (at its place in `from`) or
    /// removed; then puts `plan` back as it was. An item of a list is swapped in place;
    /// a whole field goes through the plan as a serde value. An error when the item as
    /// it is in `from` does not read as its type.
    pub fn run_with<R>(
        &self,
        plan: &mut Plan,
        from: &Value,
        f: impl FnOnce(&Plan) -> R,
    ) -> Result<R, serde_json::Error> {
        let Some(id) = self.id.as_deref() else {
            return self.run_on_value(plan, from, f);
        };
        let swap = Swap {
            id,
            wanted: self.value_in(from),
            place: from
                .get(&self.field)
                .and_then(Value::as_array)
                .and_then(|list| list.iter().position(|x| id_of(x) == Some(id)))
                .unwrap_or(usize::MAX),
        };
        match self.field.as_str() {
            "localities" => swap.run(plan, |p| &mut p.localities, f),
            "sources" => swap.run(plan, |p| &mut p.sources, f),
            "spend" => swap.run(plan, |p| &mut p.spend, f),
            "one_offs" => swap.run(plan, |p| &mut p.one_offs, f),
            "rules" => swap.run(plan, |p| &mut p.rules, f),
            "criteria" => swap.run(plan, |p| &mut p.criteria, f),
            "priorities" => swap.run(plan, |p| &mut p.priorities, f),
            "schemes" => swap.run(plan, |p| &mut p.schemes, f),
            "investments" => swap.run(plan, |p| &mut p.investments, f),
            "trajectories" => swap.run(plan, |p| &mut p.trajectories, f),
            "kpis" => swap.run(plan, |p| &mut p.kpis, f),
            "risks" => swap.run(plan, |p| &mut p.risks, f),
            "scenarios" => swap.run(plan, |p| &mut p.scenarios, f),
            _ => self.run_on_value(plan, from, f),
        }
    }

    /// [`Item::run_with`] through the whole plan as a serde value.
    fn run_on_value<R>(
        &self,
        plan: &Plan,
        from: &Value,
        f: impl FnOnce(&Plan) -> R,
    ) -> Result<R, serde_json::Error> {
        let mut value = serde_json::to_value(plan)?;
        self.copy_into(&mut value, from);
        let changed: Plan = serde_json::from_value(value)?;
        Ok(f(&changed))
    }

    /// Makes the item in `plan` as it is in `from` (both whole plans as serde values):
    /// replaced, inserted (at its place in `from`, or at the end) or removed.
    fn copy_into(&self, plan: &mut Value, from: &Value) {
        let wanted = self.value_in(from).cloned();
        let Some(map) = plan.as_object_mut() else {
            return;
        };
        let Some(id) = &self.id else {
            match wanted {
                Some(v) => map.insert(self.field.clone(), v),
                None => map.remove(&self.field),
            };
            return;
        };
        let list = map
            .entry(self.field.clone())
            .or_insert_with(|| Value::Array(Vec::new()));
        let Some(items) = list.as_array_mut() else {
            return;
        };
        let at = items.iter().position(|v| id_of(v) == Some(id.as_str()));
        match (at, wanted) {
            (Some(i), Some(v)) => items[i] = v,
            (Some(i), None) => {
                items.remove(i);
            }
            (None, Some(v)) => {
                let place = from
                    .get(&self.field)
                    .and_then(Value::as_array)
                    .and_then(|list| list.iter().position(|x| id_of(x) == Some(id.as_str())))
                    .map_or(items.len(), |i| i.min(items.len()));
                items.insert(place, v);
            }
            (None, None) => {}
        }
    }
}

/// An item of a list with ids.
trait Keyed: DeserializeOwned {
    fn key(&self) -> &str;
}

macro_rules! keyed {
    ($($t:ty),*) => {
        $(impl Keyed for $t {
            fn key(&self) -> &str {
                &self.id
            }
        })*
    };
}

keyed!(
    Locality, Source, SpendLine, OneOff, Rule, Criterion, Priority, Scheme, Investment, Trajectory,
    Kpi, Risk, Scenario
);

/// What puts a list back as it was after a [`Swap`].
enum Undo<T> {
    /// Put the old item back at this place.
    Put(usize, T),
    /// Insert the removed item back at this place.
    Reinsert(usize, T),
    /// Take out the item inserted at this place.
    Take(usize),
    /// Nothing was changed.
    Nothing,
}

/// One item of a list swapped for its value in another version, for a while.
struct Swap<'a> {
    id: &'a str,
    /// Its value in the other version (`None` when it is not there).
    wanted: Option<&'a Value>,
    /// Its place in the other version's list.
    place: usize,
}

impl Swap<'_> {
    fn run<T: Keyed, R>(
        &self,
        plan: &mut Plan,
        list: fn(&mut Plan) -> &mut Vec<T>,
        f: impl FnOnce(&Plan) -> R,
    ) -> Result<R, serde_json::Error> {
        let wanted = self.wanted.map(T::deserialize).transpose()?;
        let items = list(plan);
        let at = items.iter().position(|x| x.key() == self.id);
        let undo = match (at, wanted) {
            (Some(i), Some(new)) => Undo::Put(i, std::mem::replace(&mut items[i], new)),
            (Some(i), None) => Undo::Reinsert(i, items.remove(i)),
            (None, Some(new)) => {
                let place = self.place.min(items.len());
                items.insert(place, new);
                Undo::Take(place)
            }
            (None, None) => Undo::Nothing,
        };
        let out = f(plan);
        let items = list(plan);
        match undo {
            Undo::Put(i, old) => items[i] = old,
            Undo::Reinsert(i, old) => items.insert(i, old),
            Undo::Take(i) => {
                items.remove(i);
            }
            Undo::Nothing => {}
        }
        Ok(out)
    }
}

/// `plan` with each of `items` as it is in `from`: replaced, inserted (at its place in
/// `from`) or removed, everything else as it is in `plan`. An error when the result
/// does not read as a plan.
pub fn with_items_from(
    plan: &Plan,
    items: &[Item],
    from: &Plan,
) -> Result<Plan, serde_json::Error> {
    let mut value = serde_json::to_value(plan)?;
    let from = serde_json::to_value(from)?;
    for item in items {
        item.copy_into(&mut value, &from);
    }
    serde_json::from_value(value)
}

/// Every difference from `before` to `after`, in plan order, at most [`MAX_CHANGES`];
/// the second value is the total number found.
pub fn differences(before: &Plan, after: &Plan) -> (Vec<Change>, usize) {
    let (Ok(a), Ok(b)) = (serde_json::to_value(before), serde_json::to_value(after)) else {
        return (Vec::new(), 0);
    };
    value_pair_differences(&a, &b)
}

/// Every difference between two whole plans already serialised (as by
/// `serde_json::to_value`), as [`differences`] finds them.
pub fn value_pair_differences(before: &Value, after: &Value) -> (Vec<Change>, usize) {
    let mut out = Diff::default();
    out.value("", before, after);
    (out.changes, out.total)
}

/// The differences between two serialised values (two versions of one item), named by
/// field paths under `path`; at most [`MAX_CHANGES`].
pub fn value_differences(path: &str, before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Diff::default();
    out.value(path, before, after);
    out.changes
}

#[derive(Default)]
struct Diff {
    changes: Vec<Change>,
    total: usize,
    /// The item the values being compared belong to.
    item: Item,
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
                item: self.item.clone(),
            });
        }
    }

    fn value(&mut self, path: &str, a: &Value, b: &Value) {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for (k, va) in x {
                    self.enter(path, k);
                    let p = join(path, k);
                    match y.get(k) {
                        Some(vb) => self.value(&p, va, vb),
                        None => self.one_side(p, va, true),
                    }
                }
                for (k, vb) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                    self.enter(path, k);
                    self.one_side(join(path, k), vb, false);
                }
            }
            (Value::Array(x), Value::Array(y))
                if !(x.is_empty() && y.is_empty()) && x.iter().chain(y).all(has_id) =>
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

    /// Starts the item of a top-level field (`path` is empty at the top).
    fn enter(&mut self, path: &str, field: &str) {
        if path.is_empty() {
            self.item = Item {
                field: field.to_string(),
                id: None,
            };
        }
    }

    /// A field in one version only (`was` when it is in the first): a list of items
    /// with ids is listed item by item, as against an empty list; anything else is one
    /// change.
    fn one_side(&mut self, path: String, v: &Value, was: bool) {
        match v {
            Value::Array(items) if !items.is_empty() && items.iter().all(has_id) => {
                let (x, y): (&[Value], &[Value]) = if was { (items, &[]) } else { (&[], items) };
                self.by_id(&path, x, y);
            }
            _ if was => self.push(path, short(v), ABSENT.into()),
            _ => self.push(path, ABSENT.into(), short(v)),
        }
    }

    /// Lists of items with ids: matched by id, whatever their order. The items of a
    /// top-level list are each an [`Item`] of their own.
    fn by_id(&mut self, path: &str, x: &[Value], y: &[Value]) {
        let top = self.item.id.is_none() && path == self.item.field;
        for va in x {
            let id = id_of(va).unwrap_or_default();
            let p = format!("{path}[id={id}]");
            self.item_of_list(top, id);
            match y.iter().find(|vb| id_of(vb) == Some(id)) {
                Some(vb) => self.value(&p, va, vb),
                None => self.push(p, short(va), ABSENT.into()),
            }
        }
        for vb in y {
            let id = id_of(vb).unwrap_or_default();
            if !x.iter().any(|va| id_of(va) == Some(id)) {
                self.item_of_list(top, id);
                self.push(format!("{path}[id={id}]"), ABSENT.into(), short(vb));
            }
        }
    }

    fn item_of_list(&mut self, top: bool, id: &str) {
        if top {
            self.item.id = Some(id.to_string());
        }
    }
}

fn has_id(v: &Value) -> bool {
    id_of(v).is_some()
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

    #[test]
    fn each_change_belongs_to_its_top_level_item() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        after.schemes[3].savings[1] += 10.0;
        after.schemes[3].name.push('!');
        after.income.base += 1.0;
        after.notes.push("new".into());
        let (changes, _) = differences(&before, &after);
        let id = before.schemes[3].id.clone();
        let items: Vec<String> = changes.iter().map(|c| c.item.path()).collect();
        assert_eq!(
            items
                .iter()
                .filter(|p| **p == format!("schemes[id={id}]"))
                .count(),
            2
        );
        assert!(items.contains(&"income".to_string()), "{items:?}");
        assert!(items.contains(&"notes".to_string()), "{items:?}");
        let scheme = changes
            .iter()
            .find(|c| c.item.field == "schemes")
            .expect("one");
        assert_eq!(scheme.item.id.as_deref(), Some(id.as_str()));
    }

    #[test]
    fn items_added_to_an_empty_list_are_named_by_id() {
        let mut before = generate(&Size::S);
        before.risks.clear();
        let after = generate(&Size::S);
        let (changes, total) = differences(&before, &after);
        assert_eq!(total, after.risks.len(), "{changes:#?}");
        let first = &after.risks[0];
        assert_eq!(changes[0].path, format!("risks[id={}]", first.id));
        assert_eq!(changes[0].before, ABSENT);
        assert_eq!(changes[0].item.id.as_deref(), Some(first.id.as_str()));
    }

    #[test]
    fn an_item_is_swapped_in_for_a_while_and_put_back() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        after.schemes[1].savings[0] += 7.0;
        let gone = after.schemes.remove(4);
        let mut added = after.schemes[0].clone();
        added.id = "added".into();
        after.schemes.insert(2, added);
        after.income.base += 5.0;
        let to = serde_json::to_value(&after).expect("serialises");
        let mut plan = before.clone();
        let key = |field: &str, id: Option<&str>| Item {
            field: field.into(),
            id: id.map(str::to_string),
        };
        let seen = |item: Item, plan: &mut Plan| {
            item.run_with(plan, &to, |p| (p.schemes.clone(), p.income.base))
                .expect("reads")
        };
        let (schemes, _) = seen(key("schemes", Some(&before.schemes[1].id)), &mut plan);
        assert_eq!(schemes[1], after.schemes[1]);
        let (schemes, _) = seen(key("schemes", Some(&gone.id)), &mut plan);
        assert!(schemes.iter().all(|s| s.id != gone.id));
        let (schemes, _) = seen(key("schemes", Some("added")), &mut plan);
        assert_eq!(schemes[2].id, "added");
        assert_eq!(schemes.len(), before.schemes.len() + 1);
        let (_, income) = seen(key("income", None), &mut plan);
        assert_eq!(income, after.income.base);
        assert_eq!(plan, before, "put back as it was");
    }
}
