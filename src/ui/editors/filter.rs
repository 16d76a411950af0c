//! Finding items in the long sheets: the filter bar (words, programme or category,
//! stage, locality, priority) and the list of items it leaves, worked out once per
//! change of the plan, the filter or the selection.

use std::sync::Arc;

use egui::Ui;

use super::{localities, priorities_of};
use crate::model::{Investment, Plan, Scheme, Stage};
use crate::session::ItemFilter;
use crate::ui::memo::memo;
use crate::ui::widgets;

/// What the filter looks at in an item.
pub trait Filterable {
    /// Id.
    fn id(&self) -> &str;
    /// Name.
    fn name(&self) -> &str;
    /// Programme (a scheme's) or category (an investment's).
    fn group(&self) -> &str;
    /// Delivery stage, for items that have one.
    fn stage(&self) -> Option<Stage>;
    /// Locality id.
    fn locality(&self) -> Option<&str>;
    /// Priority id.
    fn priority(&self) -> Option<&str>;
    /// The amount the list totals (£000 over the plan).
    fn amount(&self) -> f64;
}

impl Filterable for Scheme {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn group(&self) -> &str {
        &self.programme
    }
    fn stage(&self) -> Option<Stage> {
        Some(self.stage)
    }
    fn locality(&self) -> Option<&str> {
        self.locality.as_deref()
    }
    fn priority(&self) -> Option<&str> {
        self.priority.as_deref()
    }
    fn amount(&self) -> f64 {
        self.savings.iter().sum()
    }
}

impl Filterable for Investment {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn group(&self) -> &str {
        &self.category
    }
    fn stage(&self) -> Option<Stage> {
        None
    }
    fn locality(&self) -> Option<&str> {
        self.locality.as_deref()
    }
    fn priority(&self) -> Option<&str> {
        self.priority.as_deref()
    }
    fn amount(&self) -> f64 {
        self.amounts.iter().sum()
    }
}

/// Whether `item` passes `filter`; `words` is the filter's text, trimmed and in lower
/// case.
fn matches(item: &impl Filterable, filter: &ItemFilter, words: &str) -> bool {
    (words.is_empty()
        || item.name().to_lowercase().contains(words)
        || item.id().to_lowercase().contains(words))
        && filter.group.as_deref().is_none_or(|g| item.group() == g)
        && filter.stage.is_none_or(|s| item.stage() == Some(s))
        && filter
            .locality
            .as_deref()
            .is_none_or(|l| item.locality() == Some(l))
        && filter
            .priority
            .as_deref()
            .is_none_or(|p| item.priority() == Some(p))
}

/// The items a filter leaves, in plan order, and their amounts added up.
pub struct Listing {
    /// Positions in the plan's list.
    pub rows: Vec<usize>,
    /// The amounts of those items, added up.
    pub total: f64,
}

/// The items of `items` that pass `filter`, plus the selected one even when it does not
/// (so editing it out of the filter does not take it away mid-edit). Worked out once per
/// change of the plan (`revision`), the filter or the selection.
pub fn listing<T: Filterable>(
    ui: &Ui,
    salt: &str,
    (revision, items): (u64, &[T]),
    filter: &ItemFilter,
    selected: Option<&str>,
) -> Arc<Listing> {
    let key = (filter.clone(), selected.map(str::to_string));
    memo(ui, salt, revision, &key, || {
        let words = filter.text.trim().to_lowercase();
        let rows: Vec<usize> = (0..items.len())
            .filter(|&i| matches(&items[i], filter, &words) || selected == Some(items[i].id()))
            .collect();
        let total = rows.iter().map(|&i| items[i].amount()).sum();
        Listing { rows, total }
    })
}

/// The positions of the items whose name, id or group (programme or category) contains
/// `words`, in any case; all of them when `words` is empty. Worked out once per change
/// of the plan (`revision`) or the words.
pub fn found<T: Filterable>(
    ui: &Ui,
    salt: &str,
    (revision, items): (u64, &[T]),
    words: &str,
) -> Arc<Vec<usize>> {
    let words = words.to_lowercase();
    memo(ui, salt, revision, &words, || {
        (0..items.len())
            .filter(|&i| {
                let item = &items[i];
                words.is_empty()
                    || [item.name(), item.id(), item.group()]
                        .iter()
                        .any(|t| t.to_lowercase().contains(&words))
            })
            .collect()
    })
}

/// The groups (programmes or categories) of `items`, in order of first appearance.
fn groups<T: Filterable>(items: &[T]) -> Vec<(String, String)> {
    let mut seen = rustc_hash::FxHashSet::default();
    items
        .iter()
        .map(Filterable::group)
        .filter(|g| seen.insert(*g))
        .map(|g| (g.to_string(), g.to_string()))
        .collect()
}

/// What a filter bar is for.
pub struct Bar<'a> {
    /// The id salt of its pickers.
    pub salt: &'a str,
    /// What the items are called ("schemes").
    pub items: &'a str,
    /// What their groups are called ("programmes", "categories").
    pub groups: &'a str,
    /// Whether the items have a stage to filter on.
    pub stages: bool,
}

/// The filter bar for `items` of the plan at `revision`; returns whether the filter
/// changed.
pub fn bar<T: Filterable>(
    ui: &mut Ui,
    (plan, revision): (&Plan, u64),
    items: &[T],
    bar: &Bar<'_>,
    filter: &mut ItemFilter,
) -> bool {
    let before = filter.clone();
    // Found once per change of the plan, not every frame: thousands of items.
    let groups = memo(ui, &format!("{}-groups", bar.salt), revision, &(), || {
        groups(items)
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("Find");
        widgets::text(ui, &mut filter.text, 140.0, &format!("Find {}", bar.items));
        let all_groups = format!("All {}", bar.groups);
        widgets::pick_id(
            ui,
            (bar.salt, "group"),
            &mut filter.group,
            &groups,
            &all_groups,
            &format!("{} filter", capitalised(bar.groups)),
            170.0,
        );
        if bar.stages {
            let mut stage = filter.stage;
            egui::ComboBox::from_id_salt((bar.salt, "stage"))
                .selected_text(stage.map_or("All stages", Stage::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut stage, None, "All stages");
                    for s in Stage::ALL {
                        ui.selectable_value(&mut stage, Some(s), s.label());
                    }
                })
                .response
                .accessible_name("Stage filter");
            filter.stage = stage;
        }
        if !plan.localities.is_empty() {
            widgets::pick_id(
                ui,
                (bar.salt, "locality"),
                &mut filter.locality,
                &localities(plan),
                "All localities",
                "Locality filter",
                140.0,
            );
        }
        if !plan.priorities.is_empty() {
            widgets::pick_id(
                ui,
                (bar.salt, "priority"),
                &mut filter.priority,
                &priorities_of(plan),
                "All priorities",
                "Priority filter",
                160.0,
            );
        }
        if filter.is_active() && ui.button("Clear filters").clicked() {
            *filter = ItemFilter::default();
        }
    });
    *filter != before
}

/// "programmes" → "Programme": the singular, capitalised, for a filter's name.
fn capitalised(groups: &str) -> String {
    let singular = groups
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| groups.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| groups.to_string());
    crate::format::capitalised(&singular)
}

#[cfg(test)]
mod tests {
    use super::capitalised;

    #[test]
    fn filter_names() {
        assert_eq!(capitalised("programmes"), "Programme");
        assert_eq!(capitalised("categories"), "Category");
    }
}
