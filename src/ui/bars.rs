//! The top bar (file and edit menus, option, locality view, mode) and the status bar
//! (file, unsaved state, validation).

use egui::{Panel, RichText, Ui};

use super::FrameInput;
use super::theme::{Palette, space};
use crate::engine::locality_shares;
use crate::session::{Command, Mode, Template};

fn menu_item(ui: &mut Ui, commands: &mut Vec<Command>, command: Command, enabled: bool) {
    let mut button = egui::Button::new(command.label());
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(command);
        ui.close();
    }
}

/// The menus and pickers along the top.
pub fn top_bar(ui: &mut Ui, f: &mut FrameInput) {
    Panel::top("top-bar").show(ui, |ui| {
        ui.add_space(space::S / 2.0);
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu(ui, f));
            ui.menu_button("Edit", |ui| {
                let editing = f.view.mode == Mode::Edit;
                menu_item(ui, f.commands, Command::Undo, editing && f.doc.can_undo());
                menu_item(ui, f.commands, Command::Redo, editing && f.doc.can_redo());
            });
            ui.menu_button("View", |ui| {
                menu_item(ui, f.commands, Command::ToggleTheme, true);
                menu_item(ui, f.commands, Command::ZoomIn, true);
                menu_item(ui, f.commands, Command::ZoomOut, true);
                menu_item(ui, f.commands, Command::ZoomReset, true);
            });
            ui.separator();
            option_picker(ui, f);
            ui.toggle_value(&mut f.view.comparing, "Compare")
                .on_hover_text("Show the options side by side");
            ui.menu_button("Compared options", |ui| {
                ui.label(format!(
                    "Options compared (two to {})",
                    crate::model::MAX_COMPARED
                ));
                super::compare::checkboxes(ui, f);
            })
            .response
            .on_hover_text("Pick the options to compare");
            locality_picker(ui, f);
            ui.separator();
            ui.label("Mode");
            ui.selectable_value(&mut f.view.mode, Mode::Edit, "Edit")
                .on_hover_text("Change the plan");
            ui.selectable_value(&mut f.view.mode, Mode::Review, "Review")
                .on_hover_text("Read only: nothing can be changed");
        });
        ui.add_space(space::S / 2.0);
    });
}

fn file_menu(ui: &mut Ui, f: &mut FrameInput) {
    menu_item(ui, f.commands, Command::New(Template::Blank), true);
    menu_item(ui, f.commands, Command::New(Template::Example), true);
    menu_item(ui, f.commands, Command::Open, true);
    ui.menu_button("Open recent", |ui| {
        if f.prefs.recent_files.is_empty() {
            ui.label("No recent files");
        }
        for path in &f.prefs.recent_files {
            if ui.button(path.display().to_string()).clicked() {
                f.commands.push(Command::OpenPath(path.clone()));
                ui.close();
            }
        }
    });
    ui.separator();
    menu_item(ui, f.commands, Command::Save, true);
    menu_item(ui, f.commands, Command::SaveAs, true);
    ui.separator();
    let mut own = f.prefs.own_file_chooser;
    if ui
        .checkbox(&mut own, Command::ToggleOwnFileChooser.label())
        .on_hover_text(
            "Open and Save As show placeplan's own chooser instead of the desktop's. \
             It is used anyway on desktops that have none.",
        )
        .changed()
    {
        f.commands.push(Command::ToggleOwnFileChooser);
    }
    ui.separator();
    menu_item(ui, f.commands, Command::Quit, true);
}

fn option_picker(ui: &mut Ui, f: &mut FrameInput) {
    let plan = &f.doc.plan;
    let current = f
        .view
        .scenario
        .as_deref()
        .and_then(|id| plan.scenario(id))
        .map_or("Base plan", |s| s.name.as_str());
    ui.label("Option");
    egui::ComboBox::from_id_salt("option-picker")
        .selected_text(current)
        .width(200.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut f.view.scenario, None, "Base plan");
            for s in &plan.scenarios {
                ui.selectable_value(&mut f.view.scenario, Some(s.id.clone()), &s.name)
                    .on_hover_text(&s.description);
            }
        })
        .response
        .accessible_name("Option");
}

fn locality_picker(ui: &mut Ui, f: &mut FrameInput) {
    let plan = &f.doc.plan;
    if plan.localities.is_empty() {
        return;
    }
    let shares = locality_shares(plan);
    let current = f
        .view
        .locality
        .as_deref()
        .and_then(|id| plan.localities.iter().find(|l| l.id == id))
        .map_or("Whole plan", |l| l.name.as_str());
    ui.label("View");
    egui::ComboBox::from_id_salt("locality-picker")
        .selected_text(current)
        .width(180.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut f.view.locality, None, "Whole plan");
            for (l, share) in plan.localities.iter().zip(shares) {
                ui.selectable_value(
                    &mut f.view.locality,
                    Some(l.id.clone()),
                    format!("{} ({:.1}%)", l.name, share * 100.0),
                );
            }
        })
        .response
        .accessible_name("Locality view");
}

/// The plan's caveat, on screen whenever it has one (above every panel, in every mode).
pub fn caveat_bar(ui: &mut Ui, f: &FrameInput) {
    let caveat = &f.doc.plan.caveat;
    if caveat.trim().is_empty() {
        return;
    }
    let palette = Palette::of(ui.ctx());
    Panel::top("caveat-bar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Caveat").color(palette.warn).strong());
            ui.label(RichText::new(caveat.as_str()).color(palette.warn));
        });
    });
}

/// The status bar: the file, whether it is saved, problems, notices and the mode.
pub fn status_bar(ui: &mut Ui, f: &mut FrameInput) {
    let palette = Palette::of(ui.ctx());
    Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let file = f.doc.path.as_ref().map_or_else(
                || "Not saved to a file yet".to_string(),
                |p| p.display().to_string(),
            );
            ui.label(RichText::new(file).small());
            ui.separator();
            if f.doc.is_dirty() {
                ui.label(RichText::new("Unsaved changes").color(palette.warn).small());
            } else if f.doc.path.is_some() {
                ui.label(RichText::new("All changes saved").small());
            } else {
                ui.label(RichText::new("No changes").small());
            }
            ui.separator();
            let problems = f.doc.problems();
            if problems.is_empty() {
                ui.label(RichText::new("Plan is valid").color(palette.good).small());
            } else {
                ui.label(
                    RichText::new(format!("{} problem(s)", problems.len()))
                        .color(palette.bad)
                        .small(),
                )
                .on_hover_text(
                    problems
                        .iter()
                        .take(30)
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
            if let Err(e) = &f.outcome {
                ui.separator();
                ui.label(RichText::new(e.as_str()).color(palette.bad).small());
            }
            if let Some(note) = &f.doc.note {
                ui.separator();
                ui.label(RichText::new(note).color(palette.warn).small());
            }
            if f.view.mode == Mode::Review {
                ui.separator();
                ui.label(RichText::new("Review mode: read only").small().strong());
            }
        });
    });
}
