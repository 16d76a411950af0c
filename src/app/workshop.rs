//! Workshops: start writing down every change, revert one on its own, end (the record
//! kept in the plan's audit trail, the plan saved) and write the minutes out.

use std::path::Path;

use super::PlaceplanApp;
use super::files::offered_name;
use crate::model::{AuditAction, AuditEntry};
use crate::report::minutes::{latest, minutes_html, minutes_markdown};
use crate::session::chooser::{FileChooser, Purpose};
use crate::session::{Command, Notice, Workshop, chooser::is_markdown};
use crate::ui;

impl PlaceplanApp {
    /// Starts writing down every change (nothing when one is running already).
    pub(super) fn start_workshop(&mut self) {
        if self.workshop.is_none() {
            let now = crate::io::now_iso();
            self.workshop = Some(Workshop::start(
                &self.doc,
                self.view.scenario.as_deref(),
                &now,
            ));
        }
    }

    /// Ends the workshop: its record goes into the plan's audit trail (one undo step),
    /// the plan is saved, and the minutes are offered.
    pub(super) fn end_workshop(&mut self) {
        let Some(workshop) = self.workshop.take() else {
            return;
        };
        let now = crate::io::now_iso();
        let minutes = workshop.end(&self.doc, &now);
        let standing = minutes.standing().count();
        let note = match (minutes.changes.len(), standing) {
            (0, _) => "No changes".to_string(),
            (n, s) if n == s => format!("{n} change{}", if n == 1 { "" } else { "s" }),
            (n, s) => format!("{n} changes, {} reverted", n - s),
        };
        // The audit trail names who ran it: the person named in review, or the room.
        let who = self.prefs.reviewer.clone();
        let (name, role) = if who.is_named() {
            (who.name, who.role)
        } else {
            ("The workshop".to_string(), String::new())
        };
        self.doc.apply(Some("End workshop"), |plan| {
            plan.audit.push(AuditEntry {
                when: now,
                who: name,
                role,
                action: AuditAction::Workshop,
                note: note.clone(),
                item: String::new(),
                fingerprint: None,
                minutes: Some(Box::new(minutes)),
            });
        });
        self.notice = Some(Notice {
            title: "Workshop ended".into(),
            lines: vec![
                format!("{note}, kept with the plan in its audit trail."),
                "File, Export minutes… writes them as a web page or Markdown; \
                 `placeplan minutes FILE` prints them."
                    .into(),
            ],
        });
        self.queue.push(Command::Save);
        self.queue.push(Command::ExportMinutes);
    }

    /// Reverts the workshop's change at `i` on its own, or says why it cannot be.
    pub(super) fn revert_change(&mut self, i: usize) {
        let Some(workshop) = &mut self.workshop else {
            return;
        };
        if let Err(why) = workshop.revert(i, &mut self.doc) {
            self.notice = Some(Notice {
                title: format!("Change {} was not reverted", i + 1),
                lines: vec![crate::format::capitalised(&why.to_string())],
            });
        }
    }

    /// Asks where to write the minutes of the plan's latest workshop, then writes them.
    pub(super) fn export_minutes(&mut self) {
        if latest(self.doc.plan()).is_none() {
            self.notice = Some(Notice {
                title: "No minutes yet".into(),
                lines: vec![
                    "The plan has no workshop's record: start one in the File menu, make \
                     the changes, then end it."
                        .into(),
                ],
            });
            return;
        }
        let name = offered_name(&self.doc.display_name(), "minutes");
        if self.uses_desktop_chooser() {
            if let Some(path) = ui::dialogs::choose_minutes_path(&name) {
                self.write_minutes(&path);
            }
        } else {
            let folder = self.start_folder();
            self.chooser = Some(FileChooser::new(Purpose::Minutes, &folder, &name));
        }
    }

    /// Writes the latest minutes to `path` (Markdown for a `.md` file, a web page
    /// otherwise), whole or not at all, and says where they went.
    pub(super) fn write_minutes(&mut self, path: &Path) {
        let plan = self.doc.plan();
        let Some(minutes) = latest(plan) else {
            return;
        };
        let markdown = is_markdown(&path.to_string_lossy());
        let text = if markdown {
            minutes_markdown(plan, minutes)
        } else {
            minutes_html(plan, minutes)
        };
        self.notice = Some(match crate::io::save_atomic(path, text.as_bytes()) {
            Ok(()) => Notice {
                title: "Minutes exported".into(),
                lines: vec![format!("Written to {}.", path.display())],
            },
            Err(e) => Notice {
                title: "The minutes were not written".into(),
                lines: vec![e.to_string()],
            },
        });
    }
}
