//! What each command does: files, undo and redo, structural edits, the options
//! compared, theme and zoom. Commands come from menus, shortcuts and panels during a
//! frame and run at its end.

use egui::{Context, ViewportCommand};

use super::{AfterConfirm, Collection, Command, Mode, PlaceplanApp, Save, Section, chooser};
use crate::model::edit;
use crate::ui;

impl PlaceplanApp {
    pub(super) fn run_commands(&mut self, ctx: &Context) {
        let queue = std::mem::take(&mut self.queue);
        if !queue.is_empty() {
            // What a command did is drawn in the next frame, whatever asked for it.
            ctx.request_repaint();
        }
        for command in queue {
            self.run(ctx, command);
        }
    }

    pub(super) fn run(&mut self, ctx: &Context, command: Command) {
        let read_only = self.view.mode == Mode::Review;
        match command {
            // The window's own file chooser is answered first.
            Command::New(_)
            | Command::Open
            | Command::OpenPath(_)
            | Command::Save
            | Command::SaveAs
            | Command::ExportPaper(_)
                if self.chooser.is_some() => {}
            Command::New(t) => self.unless_dirty(AfterConfirm::New(t), |app| app.new_now(t)),
            Command::Open if self.uses_desktop_chooser() => {
                if let Some(path) = ui::dialogs::choose_open_path() {
                    self.run(ctx, Command::OpenPath(path));
                }
            }
            Command::Open => {
                let folder = self.start_folder();
                self.chooser = Some(chooser::FileChooser::new(
                    chooser::Purpose::Open,
                    &folder,
                    "",
                ));
            }
            Command::OpenPath(path) => {
                let after = AfterConfirm::Open(path.clone());
                self.unless_dirty(after, |app| app.open_now(&path));
            }
            Command::Save => {
                self.save(ctx, Save::Here, None);
            }
            Command::SaveAs => {
                self.save(ctx, Save::Elsewhere, None);
            }
            Command::ExportPaper(readers) => self.export_paper(readers),
            Command::Undo if !read_only => self.doc.undo(),
            Command::Redo if !read_only => self.doc.redo(),
            Command::Quit => self.unless_dirty(AfterConfirm::Quit, |app| {
                app.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }),
            Command::Add(c) if !read_only => {
                self.structural_edit = true;
                let id = self.doc.apply(None, |plan| edit::add(plan, c));
                self.select_new(c, id);
            }
            Command::Duplicate(c, id) if !read_only => {
                self.structural_edit = true;
                if let Some(new_id) = self.doc.apply(None, |plan| edit::duplicate(plan, c, &id)) {
                    self.select_new(c, new_id);
                }
            }
            Command::Remove(c, id) if !read_only => {
                self.structural_edit = true;
                if self.doc.apply(None, |plan| edit::remove(plan, c, &id))
                    && self.view.selected.as_deref() == Some(id.as_str())
                {
                    self.view.selected = None;
                }
            }
            Command::UsePackage(package) if !read_only => {
                let option = self.view.scenario.as_deref();
                let name = match option.and_then(|id| self.doc.plan().scenario(id)) {
                    Some(scenario) => format!("Best package in {}", scenario.name),
                    None => "Best package in the base plan".to_string(),
                };
                self.doc.apply(Some(&name), |plan| {
                    edit::apply_package(plan, option, &package);
                });
            }
            Command::ToggleCompared(id) if !read_only => {
                self.doc
                    .apply(None, |plan| edit::toggle_compared(plan, &id));
            }
            Command::ToggleTheme => self.prefs.dark = !self.prefs.dark,
            Command::ToggleOwnFileChooser => {
                self.prefs.own_file_chooser = !self.prefs.own_file_chooser;
            }
            Command::ZoomIn => self.prefs.step_zoom(1.0),
            Command::ZoomOut => self.prefs.step_zoom(-1.0),
            Command::ZoomReset => self.prefs.zoom = 1.0,
            Command::Present => self.start_presenting(ctx),
            Command::EndPresent => self.stop_presenting(ctx),
            Command::WhatIf(what_if) if !read_only => self.ask(ctx, what_if),
            Command::NextOption => self.ask_next_option(ctx),
            Command::TakeBackWhatIf => self.take_back_what_if(ctx),
            Command::StartWorkshop => self.start_workshop(),
            Command::EndWorkshop => self.end_workshop(),
            Command::RevertChange(i) if !read_only => self.revert_change(i),
            Command::NoteChange => self.view.note_change = self.workshop.is_some(),
            Command::ExportMinutes if self.chooser.is_none() => self.export_minutes(),
            Command::ExportMinutes => {}
            review @ (Command::Comment(..)
            | Command::Reply(..)
            | Command::SetResolved(..)
            | Command::Decide(..)
            | Command::CompareWith(_)
            | Command::ChooseBaseline
            | Command::GoTo(_)
            | Command::SetReviewer(_)) => self.run_review(ctx, review),
            // Editing commands do nothing in review mode.
            Command::Undo
            | Command::Redo
            | Command::Add(_)
            | Command::Duplicate(..)
            | Command::Remove(..)
            | Command::UsePackage(..)
            | Command::ToggleCompared(_)
            | Command::RevertChange(_)
            | Command::WhatIf(_) => {}
        }
    }

    fn select_new(&mut self, c: Collection, id: String) {
        if c == Collection::Scenarios {
            self.view.section = Section::Options;
        }
        self.view.selected = Some(id);
        self.view.reveal_selected = true;
    }
}
