//! Names an edit the way a person would say it ("Medicines Optimisation off in
//! Downside", "Acute: growth"), from the plan before and after it, for the undo and redo
//! buttons. Only the first difference is named: an edit in the window changes one thing.

use serde::Serialize;
use serde_json::Value;

use super::diff::value_differences;
use super::{Plan, Scenario};
use crate::format::capitalised;

/// What one edit changed, in words, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeName {
    /// The field changed (`schemes[2].savings`): two edits with the same place are one
    /// gesture when they follow each other while a drag or typing goes on.
    pub place: String,
    /// The change in words, for "Undo: …".
    pub text: String,
}

impl ChangeName {
    fn new(place: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            place: place.into(),
            text: text.into(),
        }
    }
}

/// Whether two versions of a plan are the same but for their savings schemes and
/// investments, which are not compared (the long lists, of thousands of items).
pub fn same_but_items(a: &Plan, b: &Plan) -> bool {
    // Every field is listed, so a new field of the plan cannot be left out here.
    let Plan {
        format,
        title,
        organisation,
        place,
        description,
        caveat,
        notes,
        sources,
        base_year,
        horizon,
        localities,
        income,
        spend,
        one_offs,
        rules,
        criteria,
        priorities,
        schemes: _,
        stage_confidence,
        investments: _,
        trajectories,
        kpis,
        risks,
        scenarios,
        compare,
        risk,
        settings,
        story,
        audit,
        comments,
        sign_off_by,
        signed_off,
    } = a;
    format == &b.format
        && horizon == &b.horizon
        && base_year == &b.base_year
        && title == &b.title
        && organisation == &b.organisation
        && place == &b.place
        && description == &b.description
        && caveat == &b.caveat
        && notes == &b.notes
        && sources == &b.sources
        && localities == &b.localities
        && income == &b.income
        && spend == &b.spend
        && one_offs == &b.one_offs
        && rules == &b.rules
        && criteria == &b.criteria
        && priorities == &b.priorities
        && stage_confidence == &b.stage_confidence
        && trajectories == &b.trajectories
        && kpis == &b.kpis
        && risks == &b.risks
        && scenarios == &b.scenarios
        && compare == &b.compare
        && risk == &b.risk
        && settings == &b.settings
        && story == &b.story
        && audit == &b.audit
        && comments == &b.comments
        && sign_off_by == &b.sign_off_by
        && signed_off == &b.signed_off
}

/// Names the first difference from `before` to `after`; `None` when they are the same.
pub fn name_change(before: &Plan, after: &Plan) -> Option<ChangeName> {
    // Every field is listed, so a new field of the plan cannot be left out here.
    let Plan {
        format,
        title,
        organisation,
        place,
        description,
        caveat,
        notes,
        sources,
        base_year,
        horizon,
        localities,
        income,
        spend,
        one_offs,
        rules,
        criteria,
        priorities,
        schemes,
        stage_confidence,
        investments,
        trajectories,
        kpis,
        risks,
        scenarios,
        compare,
        risk,
        settings,
        story,
        audit,
        comments,
        sign_off_by,
        signed_off,
    } = before;
    let whole = |field: &str, words: &str| Some(ChangeName::new(field, words));
    if scenarios != &after.scenarios {
        return scenario_change(before, after);
    }
    if schemes != &after.schemes {
        return item_change("schemes", schemes, &after.schemes, "scheme");
    }
    if investments != &after.investments {
        return item_change("investments", investments, &after.investments, "investment");
    }
    if spend != &after.spend {
        return item_change("spend", spend, &after.spend, "spend line");
    }
    if income != &after.income {
        return Some(field_of("income", "Income", income, &after.income));
    }
    if rules != &after.rules {
        return item_change("rules", rules, &after.rules, "business rule");
    }
    if one_offs != &after.one_offs {
        return item_change("one_offs", one_offs, &after.one_offs, "one-off");
    }
    if priorities != &after.priorities {
        return item_change("priorities", priorities, &after.priorities, "priority");
    }
    if criteria != &after.criteria {
        return item_change("criteria", criteria, &after.criteria, "criterion");
    }
    if trajectories != &after.trajectories {
        return item_change(
            "trajectories",
            trajectories,
            &after.trajectories,
            "trajectory",
        );
    }
    if localities != &after.localities {
        return item_change("localities", localities, &after.localities, "locality");
    }
    if kpis != &after.kpis {
        return item_change("kpis", kpis, &after.kpis, "measure");
    }
    if risks != &after.risks {
        return item_change("risks", risks, &after.risks, "risk");
    }
    if stage_confidence != &after.stage_confidence {
        return Some(field_of(
            "stage_confidence",
            "Chance of delivery by stage",
            stage_confidence,
            &after.stage_confidence,
        ));
    }
    if compare != &after.compare {
        return whole("compare", "Options compared");
    }
    if story != &after.story {
        return whole("story", "The story told in present mode");
    }
    if title != &after.title {
        return whole("title", "Plan title");
    }
    if organisation != &after.organisation {
        return whole("organisation", "Organisation");
    }
    if place != &after.place {
        return whole("place", "Place");
    }
    if description != &after.description {
        return whole("description", "Plan description");
    }
    if caveat != &after.caveat {
        return whole("caveat", "Caveat");
    }
    if notes != &after.notes {
        return whole("notes", "Plan notes");
    }
    if sources != &after.sources {
        return whole("sources", "Sources");
    }
    if base_year != &after.base_year {
        return whole("base_year", "Base year");
    }
    if horizon != &after.horizon {
        return whole("horizon", "Planning years");
    }
    if risk != &after.risk {
        return Some(field_of("risk", "Risk range", risk, &after.risk));
    }
    if settings != &after.settings {
        return whole("settings", "KPI tolerance");
    }
    if comments != &after.comments {
        return whole("comments", "Comments");
    }
    if audit != &after.audit {
        return whole("audit", "Audit trail");
    }
    if signed_off != &after.signed_off {
        return whole("signed_off", "Sign-off");
    }
    if sign_off_by != &after.sign_off_by {
        return whole("sign_off_by", "Who signs off");
    }
    if format != &after.format {
        return whole("format", "File format");
    }
    None
}

/// A change in an option: a switch or a chance names the scheme or investment it is
/// for; anything else names the field.
fn scenario_change(before: &Plan, after: &Plan) -> Option<ChangeName> {
    let (was, now) = (&before.scenarios, &after.scenarios);
    if was.len() != now.len() {
        return item_change("scenarios", was, now, "option");
    }
    let (a, b) = was.iter().zip(now).find(|(a, b)| a != b)?;
    let place = format!("scenarios[{}]", b.id);
    let option = &b.name;
    let scheme_name = |id: &str| name_in(&after.schemes, id, |s| (&s.id, &s.name));
    let investment_name = |id: &str| name_in(&after.investments, id, |v| (&v.id, &v.name));
    if a.schemes_off != b.schemes_off || a.schemes_on != b.schemes_on {
        let id = switched(a, b, |s| (&s.schemes_on, &s.schemes_off))?;
        let on = after
            .schemes
            .iter()
            .find(|s| s.id == id)
            .is_some_and(|s| b.scheme_counts(s));
        let word = if on { "on" } else { "off" };
        return Some(ChangeName::new(
            format!("{place}.schemes.{id}"),
            format!("{} {word} in {option}", scheme_name(&id)),
        ));
    }
    if a.investments_off != b.investments_off || a.investments_on != b.investments_on {
        let id = switched(a, b, |s| (&s.investments_on, &s.investments_off))?;
        let on = after
            .investments
            .iter()
            .find(|v| v.id == id)
            .is_some_and(|v| b.investment_counts(v));
        let word = if on { "on" } else { "off" };
        return Some(ChangeName::new(
            format!("{place}.investments.{id}"),
            format!("{} {word} in {option}", investment_name(&id)),
        ));
    }
    if a.confidence != b.confidence {
        let id = a
            .confidence
            .keys()
            .chain(b.confidence.keys())
            .find(|k| a.confidence.get(*k) != b.confidence.get(*k))?;
        return Some(ChangeName::new(
            format!("{place}.confidence.{id}"),
            format!("Chance of {} in {option}", scheme_name(id)),
        ));
    }
    let field = first_field(a, b).unwrap_or_default();
    Some(ChangeName::new(
        format!("{place}.{field}"),
        format!("{} in {option}", capitalised(&words(&field))),
    ))
}

/// The id switched on or off between two versions of an option.
fn switched(
    a: &Scenario,
    b: &Scenario,
    lists: impl Fn(&Scenario) -> (&Vec<String>, &Vec<String>),
) -> Option<String> {
    let (a_on, a_off) = lists(a);
    let (b_on, b_off) = lists(b);
    let differs = |x: &Vec<String>, y: &Vec<String>| {
        x.iter()
            .find(|id| !y.contains(id))
            .or_else(|| y.iter().find(|id| !x.contains(id)))
            .cloned()
    };
    differs(a_on, b_on).or_else(|| differs(a_off, b_off))
}

/// The name of the item with this id, or the id when there is none.
fn name_in<T>(items: &[T], id: &str, key: impl Fn(&T) -> (&String, &String)) -> String {
    items
        .iter()
        .map(&key)
        .find(|(i, _)| i.as_str() == id)
        .map_or_else(|| id.to_string(), |(_, name)| name.clone())
}

/// A change in a list of items: one added or removed, or one item's field changed.
fn item_change<T: Serialize + PartialEq>(
    list: &str,
    before: &[T],
    after: &[T],
    noun: &str,
) -> Option<ChangeName> {
    if before.len() != after.len() {
        let (verb, longer, shorter) = if after.len() > before.len() {
            ("Add", after, before)
        } else {
            ("Remove", before, after)
        };
        let extra = longer
            .iter()
            .find(|item| !shorter.contains(item))
            .map(label_of)
            .unwrap_or_default();
        return Some(ChangeName::new(list, format!("{verb} {noun} {extra}")));
    }
    let (i, (a, b)) = before
        .iter()
        .zip(after)
        .enumerate()
        .find(|(_, (a, b))| a != b)?;
    let field = first_field(a, b).unwrap_or_default();
    let name = label_of(a);
    let text = match field.as_str() {
        "" => name,
        // Whether a scheme or investment counts in the base plan: said as on or off.
        "active" => {
            let on = serde_json::to_value(b)
                .ok()
                .and_then(|v| v.get("active").and_then(Value::as_bool))
                .unwrap_or(true);
            format!("{name} {} in the base plan", if on { "on" } else { "off" })
        }
        _ => format!("{name}: {}", words(&field)),
    };
    Some(ChangeName::new(format!("{list}[{i}].{field}"), text))
}

/// A change inside one structured field (income, the risk settings).
fn field_of<T: Serialize>(place: &str, title: &str, before: &T, after: &T) -> ChangeName {
    let field = first_field(before, after).unwrap_or_default();
    ChangeName::new(
        format!("{place}.{field}"),
        format!("{title}: {}", words(&field)),
    )
}

/// The top field in which two versions of an item first differ (`savings`).
fn first_field<T: Serialize>(a: &T, b: &T) -> Option<String> {
    let (Ok(a), Ok(b)) = (serde_json::to_value(a), serde_json::to_value(b)) else {
        return None;
    };
    let change = value_differences("", &a, &b).into_iter().next()?;
    let end = change.path.find(['.', '[']).unwrap_or(change.path.len());
    Some(change.path[..end].to_string())
}

/// An item's name, or its id when it has no name.
fn label_of<T: Serialize>(item: &T) -> String {
    let value = serde_json::to_value(item).unwrap_or(Value::Null);
    ["name", "id", "text"]
        .iter()
        .find_map(|k| value.get(*k).and_then(Value::as_str))
        .map_or_else(String::new, str::to_string)
}

/// A field name in words: `income_growth_pp` → "income growth change".
fn words(field: &str) -> String {
    let spaced = field.replace('_', " ");
    match spaced.strip_suffix(" pp") {
        Some(stem) => format!("{stem} change"),
        None => spaced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Size, generate};
    use crate::model::Points;

    #[test]
    fn the_long_lists_alone_are_left_out_of_the_quick_comparison() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        after.schemes[0].savings[0] += 1.0;
        after.investments[0].amounts[0] += 1.0;
        assert!(same_but_items(&before, &after));
        after.kpis[0].name.push('!');
        assert!(!same_but_items(&before, &after));
    }

    #[test]
    fn the_same_plan_has_no_change() {
        let plan = generate(&Size::S);
        assert_eq!(name_change(&plan, &plan), None);
    }

    #[test]
    fn a_switch_in_an_option_names_the_scheme_and_the_option() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        let scheme = after.schemes[0].clone();
        let was_on = after.scenarios[0].scheme_counts(&scheme);
        after.scenarios[0].set_scheme(&scheme, !was_on);
        let on = after.scenarios[0].scheme_counts(&scheme);
        let name = name_change(&before, &after).expect("a change");
        let word = if on { "on" } else { "off" };
        assert_eq!(
            name.text,
            format!("{} {word} in {}", scheme.name, after.scenarios[0].name)
        );
    }

    #[test]
    fn a_value_names_the_item_and_the_field() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        after.schemes[3].savings[1] += 10.0;
        let name = name_change(&before, &after).expect("a change");
        assert_eq!(name.text, format!("{}: savings", before.schemes[3].name));
        assert_eq!(name.place, "schemes[3].savings");
        after.scenarios[0].income_growth_pp = Points::Every(0.5);
        let name = name_change(&before, &after).expect("a change");
        assert_eq!(
            name.text,
            format!("Income growth change in {}", before.scenarios[0].name)
        );
    }

    #[test]
    fn adding_and_removing_name_the_item() {
        let before = generate(&Size::S);
        let mut after = before.clone();
        let gone = after.risks.remove(0);
        let name = name_change(&before, &after).expect("a change");
        assert_eq!(name.text, format!("Remove risk {}", gone.name));
        let mut after = before.clone();
        after.horizon += 1;
        let name = name_change(&before, &after).expect("a change");
        assert_eq!(name.text, "Planning years");
    }
}
