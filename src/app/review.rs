//! What the review commands do: comments, replies, sign-off and send-back, the version
//! compared with, and going to an item. All of them work in review mode too: they are
//! how a chair speaks, and none changes a figure.

use egui::Context;

use super::{Baseline, Command, PlaceplanApp, Section, chooser};
use crate::io::now_iso;
use crate::model::review::{self, Decision, Subject};
use crate::session::{Notice, PendingSignOff, ReviewTab};
use crate::ui;

impl PlaceplanApp {
    /// Runs a review command (any other command is not one of these, and is left).
    pub(super) fn run_review(&mut self, ctx: &Context, command: Command) {
        match command {
            Command::Comment(subject, text) => self.comment(&subject, &text),
            Command::Reply(at, text) => self.reply(at, &text),
            Command::SetResolved(at, resolved) => self.set_resolved(at, resolved),
            Command::Decide(subject, decision, note) => {
                let open = self.doc.plan().open_comments().count();
                if subject == Subject::Plan && decision == Decision::SignOff && open > 0 {
                    self.pending_sign_off = Some(PendingSignOff {
                        note,
                        open_comments: open,
                    });
                } else {
                    self.decide(&subject, decision, &note);
                }
            }
            Command::CompareWith(baseline) => {
                self.review.compare_with(baseline);
                self.view.section = Section::Review;
                self.view.review.tab = ReviewTab::Changes;
            }
            Command::ChooseBaseline => self.choose_baseline(ctx),
            Command::GoTo(subject) => self.go_to(subject),
            Command::SetReviewer(reviewer) => self.prefs.reviewer = reviewer,
            _ => {}
        }
    }

    /// Asks, when a sign-off of the plan waits on open comments, whether to go on.
    pub(super) fn sign_off_question(&mut self, ctx: &Context) {
        let Some(pending) = &self.pending_sign_off else {
            return;
        };
        match ui::dialogs::confirm_sign_off(ctx, pending.open_comments) {
            Some(true) => {
                let note = pending.note.clone();
                self.pending_sign_off = None;
                self.decide(&Subject::Plan, Decision::SignOff, &note);
            }
            Some(false) => self.pending_sign_off = None,
            None => {}
        }
    }

    /// Whether a reviewer is named; says how to name one when not.
    fn reviewer_named(&mut self) -> bool {
        if self.prefs.reviewer.is_named() {
            return true;
        }
        self.notice = Some(Notice {
            title: "Who is reviewing?".into(),
            lines: vec![
                "Comments and sign-offs carry the reviewer's name and role.".into(),
                "Type yours at the top of the Review screen; it is kept for next time.".into(),
            ],
        });
        self.view.section = Section::Review;
        false
    }

    fn comment(&mut self, subject: &Subject, text: &str) {
        let text = text.trim();
        if text.is_empty() || !self.reviewer_named() {
            return;
        }
        let name = format!("Comment on {}", subject.describe(self.doc.plan()));
        let reviewer = self.prefs.reviewer.clone();
        self.doc.apply(Some(&name), |plan| {
            review::comment(plan, subject, &reviewer, text, &now_iso());
        });
        self.view.review.draft.clear();
    }

    fn reply(&mut self, at: usize, text: &str) {
        let text = text.trim();
        if text.is_empty() || at >= self.doc.plan().comments.len() || !self.reviewer_named() {
            return;
        }
        let reviewer = self.prefs.reviewer.clone();
        self.doc.apply(Some("Reply to a comment"), |plan| {
            if let Some(comment) = plan.comments.get_mut(at) {
                comment.replies.push(crate::model::Reply {
                    author: reviewer.name.clone(),
                    role: reviewer.role.clone(),
                    when: now_iso(),
                    text: text.to_string(),
                });
            }
        });
        self.view.review.reply = None;
    }

    fn set_resolved(&mut self, at: usize, resolved: bool) {
        if self
            .doc
            .plan()
            .comments
            .get(at)
            .is_none_or(|c| c.resolved == resolved)
        {
            return;
        }
        let name = if resolved {
            "Resolve a comment"
        } else {
            "Reopen a comment"
        };
        self.doc.apply(Some(name), |plan| {
            if let Some(comment) = plan.comments.get_mut(at) {
                comment.resolved = resolved;
            }
        });
    }

    fn decide(&mut self, subject: &Subject, decision: Decision, note: &str) {
        if !self.reviewer_named() {
            return;
        }
        let name = format!("{} {}", decision.label(), subject.describe(self.doc.plan()));
        let reviewer = self.prefs.reviewer.clone();
        self.doc.apply(Some(&name), |plan| {
            review::decide(plan, subject, decision, &reviewer, note.trim(), &now_iso());
        });
        self.view.review.note.clear();
    }

    fn choose_baseline(&mut self, ctx: &Context) {
        if self.uses_desktop_chooser() {
            if let Some(path) = ui::dialogs::choose_open_path() {
                self.run(ctx, Command::CompareWith(Baseline::File(path)));
            }
        } else {
            let folder = self.start_folder();
            self.chooser = Some(chooser::FileChooser::new(
                chooser::Purpose::Compare,
                &folder,
                "",
            ));
        }
    }

    fn go_to(&mut self, subject: Subject) {
        match subject {
            Subject::Plan => self.view.section = Section::Assumptions,
            Subject::Item { list, id } => {
                self.view.section = Section::of(list);
                self.view.selected = Some(id);
                self.view.reveal_selected = true;
            }
        }
        self.view.comparing = false;
    }
}
