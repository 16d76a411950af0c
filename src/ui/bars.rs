//! The top bar (file and edit menus, option, locality view, mode) and the status bar
//! (file, unsaved state, validation).

use crate::report::Readers;
use egui::{Panel, RichText, Ui};

use super::FrameInput;
use super::theme::{Palette, bar, space};
use crate::engine::locality_shares;
use crate::session::{Command, Mode, Pane, Section, Template};

fn menu_item(ui: &mut Ui, commands: &mut Vec<Command>, command: Command, enabled: bool) {
    let label = command.label();
    labelled_item(ui, commands, command, label.into(), enabled);
}

/// A menu item with its own wording (Undo and Redo name the step they take).
fn labelled_item(
    ui: &mut Ui,
    commands: &mut Vec<Command>,
    command: Command,
    label: String,
    enabled: bool,
) {
    let mut button = egui::Button::new(label);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(command);
        ui.close();
    }
}

/// The menus and pickers along the top. They wrap onto another row when the window is
/// too narrow for one (a small window, or a large zoom), so every control stays in reach.
pub fn top_bar(ui: &mut Ui, f: &mut FrameInput) {
    Panel::top("top-bar").show(ui, |ui| {
        ui.add_space(space::S / 2.0);
        egui::MenuBar::new().ui(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                group(ui, "menus", Gap::None, |ui| {
                    ui.menu_button("File", |ui| file_menu(ui, f));
                    ui.menu_button("Edit", |ui| {
                        let editing = f.view.mode == Mode::Edit;
                        let undo = step_label("Undo", f.doc.undo_name());
                        let redo = step_label("Redo", f.doc.redo_name());
                        let (can_undo, can_redo) = (f.doc.can_undo(), f.doc.can_redo());
                        labelled_item(ui, f.commands, Command::Undo, undo, editing && can_undo);
                        labelled_item(ui, f.commands, Command::Redo, redo, editing && can_redo);
                    });
                    ui.menu_button("View", |ui| {
                        menu_item(ui, f.commands, Command::Present, true);
                        ui.separator();
                        menu_item(ui, f.commands, Command::ToggleTheme, true);
                        menu_item(ui, f.commands, Command::ZoomIn, true);
                        menu_item(ui, f.commands, Command::ZoomOut, true);
                        menu_item(ui, f.commands, Command::ZoomReset, true);
                    });
                });
                group(ui, "option", Gap::Separator, |ui| option_picker(ui, f));
                group(ui, "compare", Gap::Space, |ui| {
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
                });
                group(ui, "locality", Gap::Space, |ui| locality_picker(ui, f));
                group(ui, "mode", Gap::Separator, |ui| {
                    ui.label("Mode");
                    ui.selectable_value(&mut f.view.mode, Mode::Edit, "Edit")
                        .on_hover_text("Change the plan");
                    ui.selectable_value(&mut f.view.mode, Mode::Review, "Review")
                        .on_hover_text("Read only: nothing can be changed");
                });
            });
        });
        ui.add_space(space::S / 2.0);
    });
}

/// What goes before a group of the top bar when it follows another on the same row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Nothing: the first group.
    None,
    /// The usual space between controls.
    Space,
    /// A line, between groups of a different kind.
    Separator,
}

/// One group of the top bar's controls, kept together on one row: it starts a new row
/// when it would not fit in what is left of this one (its width as of last frame).
fn group(ui: &mut Ui, key: &str, gap: Gap, content: impl FnOnce(&mut Ui)) {
    let id = ui.make_persistent_id(("top-bar-group", key));
    let known: Option<f32> = ui.data(|d| d.get_temp(id));
    let separator = if gap == Gap::Separator {
        ui.spacing().item_spacing.x + 1.0
    } else {
        0.0
    };
    if gap != Gap::None {
        if known.is_some_and(|w| w + separator > ui.available_size_before_wrap().x) {
            ui.end_row();
        } else if gap == Gap::Separator {
            ui.separator();
        }
    }
    let width = ui.horizontal(content).response.rect.width();
    if known.is_none_or(|w| (w - width).abs() > 0.5) {
        ui.data_mut(|d| d.insert_temp(id, width));
        // Laid out again with the width known.
        ui.ctx().request_repaint();
    }
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
    menu_item(
        ui,
        f.commands,
        Command::ExportPaper(Readers::GoverningBody),
        true,
    );
    menu_item(ui, f.commands, Command::ExportPaper(Readers::Public), true);
    ui.separator();
    let running = f.workshop.is_some();
    let editing = f.view.mode == Mode::Edit;
    menu_item(ui, f.commands, Command::StartWorkshop, editing && !running);
    menu_item(ui, f.commands, Command::NoteChange, running);
    menu_item(ui, f.commands, Command::EndWorkshop, running);
    menu_item(ui, f.commands, Command::ExportMinutes, true);
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
    let plan = f.doc.plan();
    let current = f
        .view
        .scenario
        .as_deref()
        .and_then(|id| plan.scenario(id))
        .map_or("Base plan", |s| s.name.as_str());
    ui.label("Option");
    egui::ComboBox::from_id_salt("option-picker")
        .selected_text(current)
        .width(bar::OPTION_PICKER)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut f.view.scenario, None, "Base plan");
            for s in &plan.scenarios {
                ui.selectable_value(&mut f.view.scenario, Some(s.id.clone()), &s.name)
                    .on_hover_text(&s.description);
            }
        })
        .response
        .accessible_name("Option");
    edit_target(ui, f);
}

/// "Undo: Medicines Optimisation off in Downside", or just "Undo" with nothing to undo.
fn step_label(verb: &str, step: Option<&str>) -> String {
    step.map_or_else(|| verb.to_string(), |step| format!("{verb}: {step}"))
}

/// What an edit changes now, always in view: the base plan, or an option (the one in
/// view, whose switches and chances the scheme and investment sheets show, or the one
/// open in the option editor); nothing in review mode.
fn edit_target(ui: &mut Ui, f: &FrameInput) {
    let palette = Palette::of(ui.ctx());
    let plan = f.doc.plan();
    let in_view = f.view.scenario.as_deref().and_then(|id| plan.scenario(id));
    let (text, hint, colour) = match (f.view.mode, f.view.section) {
        (Mode::Review, _) => (
            "Reading: nothing can be changed".to_string(),
            "Review mode: switch to Edit to change the plan".to_string(),
            palette.muted,
        ),
        (Mode::Edit, Section::Options) => {
            match f.view.selected.as_deref().and_then(|id| plan.scenario(id)) {
                Some(option) => (
                    format!("Editing option {}", option.name),
                    "The option editor changes the option it shows".to_string(),
                    palette.accent,
                ),
                None => (
                    "Editing the base plan".to_string(),
                    "Pick an option to edit it".to_string(),
                    palette.muted,
                ),
            }
        }
        (Mode::Edit, Section::Schemes | Section::Investments) if in_view.is_some() => {
            let name = in_view.map_or("", |o| o.name.as_str());
            (
                format!("Editing option {name}"),
                format!(
                    "Switches and chances of delivery change {name}; amounts, names and \
                     everything else an option cannot override change the base plan"
                ),
                palette.accent,
            )
        }
        (Mode::Edit, _) => match in_view {
            Some(option) => (
                format!("Editing the base plan ({} in view)", option.name),
                format!(
                    "This section changes the base plan; {}'s own changes are in Options",
                    option.name
                ),
                palette.muted,
            ),
            None => (
                "Editing the base plan".to_string(),
                "Edits change the base plan".to_string(),
                palette.muted,
            ),
        },
    };
    ui.label(RichText::new(text).color(colour).strong())
        .on_hover_text(hint);
}

fn locality_picker(ui: &mut Ui, f: &mut FrameInput) {
    let plan = f.doc.plan();
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
        .width(bar::LOCALITY_PICKER)
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

/// In a narrow window, the choice of pane (the plan or the charts) and, with the plan
/// in view, of its section: what the outline and the side panels offer in a wide one.
pub fn pane_bar(ui: &mut Ui, f: &mut FrameInput) {
    Panel::top("pane-bar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(&mut f.view.pane, Pane::Plan, "Plan")
                .on_hover_text("The plan's sections, to read and change");
            ui.selectable_value(&mut f.view.pane, Pane::Charts, "Charts")
                .on_hover_text("The headline figures and the charts");
            if f.view.pane == Pane::Plan && !f.view.comparing {
                ui.separator();
                egui::ComboBox::from_id_salt("section-picker")
                    .selected_text(f.view.section.label())
                    .show_ui(ui, |ui| {
                        for section in Section::ALL {
                            ui.selectable_value(&mut f.view.section, section, section.label());
                        }
                    })
                    .response
                    .accessible_name("Section");
            }
        });
    });
}

/// The plan's caveat, on screen whenever it has one (above every panel, in every mode).
pub fn caveat_bar(ui: &mut Ui, f: &FrameInput) {
    let caveat = &f.doc.plan().caveat;
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
            // Last, so in a narrow window it is the one cut short (whole on hover).
            ui.separator();
            super::review::standing_status(ui, f);
        });
    });
}
