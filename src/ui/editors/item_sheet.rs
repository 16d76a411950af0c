//! The item-sheet screen that serves both the savings schemes and the investments: a
//! title with "Add", the filter bar, what the filter leaves, a word on what an edit
//! changes when an option is in view, the sheet, and the selected item's details.

use egui::{RichText, Ui};

use super::filter::{self, Bar, Filterable};
use super::items::Items;
use super::{row_to_reveal, sheet_height, title_with_add};
use crate::format::money_m;
use crate::model::Plan;
use crate::model::review::Subject;
use crate::session::{Collection, ItemFilter, ViewState};
use crate::ui::FrameInput;
use crate::ui::sheet::{Column, Rows, Sheet};
use crate::ui::theme::Palette;

/// What the schemes screen and the investments screen differ in.
pub trait ItemScreen: Filterable + Sized + 'static {
    /// The plan's list the screen edits.
    const COLLECTION: Collection;
    /// The screen's title.
    const TITLE: &'static str;
    /// The filter bar.
    const BAR: Bar<'static>;
    /// What one item is called ("scheme").
    const NOUN: &'static str;
    /// What a click on a row shows ("details", "notes").
    const DETAILS: &'static str;
    /// What an option in view changes in this sheet ("On and Chance").
    const OPTION_COLUMNS: &'static str;
    /// The sheet's rows.
    type Rows<'a>: Rows;

    /// The items of the plan.
    fn list(plan: &Plan) -> &[Self];
    /// The screen's filter.
    fn filter(view: &ViewState) -> &ItemFilter;
    /// The screen's filter, to change.
    fn filter_mut(view: &mut ViewState) -> &mut ItemFilter;
    /// The rows of the items shown.
    fn rows(items: Items<'_>) -> Self::Rows<'_>;
    /// The columns of those rows.
    fn columns(rows: &Self::Rows<'_>) -> Vec<Column>;
    /// The details of item `i` (its position in the plan's list), below the sheet.
    fn details(ui: &mut Ui, f: &mut FrameInput, i: usize);
}

/// The screen of items of kind `K`.
pub fn show<K: ItemScreen>(ui: &mut Ui, f: &mut FrameInput) {
    // In review mode the sheet is read, found in and selected from, not changed.
    let editing = f.editing();
    ui.add_enabled_ui(editing, |ui| {
        title_with_add(ui, K::TITLE, K::COLLECTION, f.commands);
    });
    let plan = f.doc.plan();
    let revision = f.doc.revision();
    if filter::bar(
        ui,
        (plan, revision),
        K::list(plan),
        &K::BAR,
        K::filter_mut(f.view),
    ) {
        // A new filter lets the selected item go if it no longer matches.
        f.view.selected = None;
    }
    let listing = filter::listing(
        ui,
        K::BAR.salt,
        (f.doc.revision(), K::list(f.doc.plan())),
        K::filter(f.view),
        f.view.selected.as_deref(),
    );
    ui.label(
        RichText::new(format!(
            "{} of {} {} shown · {} over the plan · click a {} for its {}, right-click for \
             more",
            listing.rows.len(),
            K::list(f.doc.plan()).len(),
            K::BAR.items,
            money_m(listing.total),
            K::NOUN,
            K::DETAILS,
        ))
        .small(),
    );
    option_note::<K>(ui, f);
    let reveal = row_to_reveal(
        f.view,
        listing.rows.iter().map(|&i| K::list(f.doc.plan())[i].id()),
    );
    let height = sheet_height(ui, f.view.selected.is_some());
    ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| {
        let mut rows = K::rows(Items::new(
            f.doc,
            f.view.scenario.as_deref(),
            K::COLLECTION,
            &listing.rows,
            &mut f.view.selected,
            f.commands,
        ));
        let columns = K::columns(&rows);
        Sheet::new(K::BAR.salt, &columns)
            .editable(editing)
            .frozen(2)
            .marked(1)
            .scroll_to(reveal)
            .show(ui, &mut rows);
    });
    let selected = f.view.selected.as_deref();
    if let Some(i) = selected.and_then(|id| K::list(f.doc.plan()).iter().position(|x| x.id() == id))
    {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt((K::BAR.salt, "details"))
            .show(ui, |ui| {
                ui.add_enabled_ui(editing, |ui| K::details(ui, f, i));
                // Comments and sign-off are open in review mode too.
                let subject = Subject::item(K::COLLECTION, K::list(f.doc.plan())[i].id());
                crate::ui::review::item_block(ui, f, &subject);
            });
    }
}

/// With an option in view, says which columns change the option and that the rest
/// change the base plan.
fn option_note<K: ItemScreen>(ui: &mut Ui, f: &FrameInput) {
    let Some(option) = f
        .view
        .scenario
        .as_deref()
        .and_then(|id| f.doc.plan().scenario(id))
    else {
        return;
    };
    let colour = Palette::of(ui.ctx()).accent;
    ui.label(
        RichText::new(format!(
            "{} in view: {} change {}, marked in the corner where they differ from the base \
             plan. The other columns change the base plan.",
            option.name,
            K::OPTION_COLUMNS,
            option.name
        ))
        .small()
        .color(colour),
    );
}
