//! The clinical chair's screens: where the plan stands against its sign-off (the
//! banner and the status bar), the Review section (what changed, comments, sign-off
//! and the audit trail), and the comments and decisions on one item under its details.
//!
//! Everything here works in review mode: commenting and signing off are how a chair
//! speaks, and none of it changes a figure. It queues commands; the app records them.

use egui::{Color32, ComboBox, RichText, TextEdit, Ui};

use super::FrameInput;
use super::theme::{Palette, space};
use crate::format::{change_k, date_time, money_k};
use crate::model::edit::{Collection, ids};
use crate::model::review::{self, Decision, SignOffState, Subject, who_label};
use crate::model::{AuditAction, Comment, Plan};
use crate::report::{Pair, PlanDiff};
use crate::session::{Baseline, Command, CommentMarks, ReviewTab};

mod changes;

/// Where the plan stands against its sign-off, in words, and how it should look.
pub struct Standing {
    /// "Signed off by Dr A Patel (Clinical Chair) on 1 Dec 2026 · unchanged since".
    pub text: String,
    /// Good, a warning, or bad.
    pub tone: Tone,
}

/// How a standing looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Nothing to worry about.
    Good,
    /// Needs a look.
    Warn,
    /// Cannot be trusted.
    Bad,
}

impl Tone {
    fn colour(self, palette: &Palette) -> Color32 {
        match self {
            Tone::Good => palette.good,
            Tone::Warn => palette.warn,
            Tone::Bad => palette.bad,
        }
    }
}

/// Where `plan` stands against its last sign-off, and how that should look.
pub fn standing(plan: &Plan, state: &SignOffState) -> Standing {
    let standing = review::Standing::of(plan, state);
    let tone = if standing.is_settled() {
        Tone::Good
    } else if standing.is_untrustworthy() {
        Tone::Bad
    } else {
        Tone::Warn
    };
    Standing {
        text: standing.line(plan),
        tone,
    }
}

/// The standing in the status bar: small, on one line, cut short in a narrow window
/// and whole on hover, with the plan's fingerprint.
pub fn standing_status(ui: &mut Ui, f: &FrameInput) {
    let standing = standing(f.doc.plan(), f.review.sign_off());
    let palette = Palette::of(ui.ctx());
    let text = RichText::new(standing.text.as_str())
        .color(standing.tone.colour(&palette))
        .small();
    let response = ui.add(
        egui::Label::new(text)
            .truncate()
            .show_tooltip_when_elided(false),
    );
    let hover = match f.review.fingerprint() {
        Some(fingerprint) => format!("{}\nThe plan's fingerprint: {fingerprint}", standing.text),
        None => standing.text,
    };
    response.on_hover_text(hover);
}

/// The standing as a coloured line that wraps.
fn standing_line(ui: &mut Ui, f: &FrameInput) {
    let standing = standing(f.doc.plan(), f.review.sign_off());
    let palette = Palette::of(ui.ctx());
    ui.label(RichText::new(standing.text).color(standing.tone.colour(&palette)));
}

/// The review-mode banner above the editor: read only, and whose sign-off it awaits.
pub fn banner(ui: &mut Ui, f: &FrameInput) {
    let palette = Palette::of(ui.ctx());
    let standing = standing(f.doc.plan(), f.review.sign_off());
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Read only").strong());
                ui.label("·");
                ui.label(RichText::new(standing.text).color(standing.tone.colour(&palette)));
            });
            ui.label(
                RichText::new(
                    "Scroll, find and select to read anything. Comments and sign-off are in \
                     Review; switch to Edit to change a figure.",
                )
                .small(),
            );
        });
    ui.add_space(space::S);
}

/// The Review section.
pub fn page(ui: &mut Ui, f: &mut FrameInput) {
    // One scroll for the whole page, header included: at a large zoom in a small window
    // the header alone can fill the pane.
    egui::ScrollArea::vertical()
        .id_salt("review-page")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new("Review").heading());
            reviewer_line(ui, f);
            // In review mode the banner above already says where the plan stands.
            if f.editing() {
                standing_line(ui, f);
            }
            ui.add_space(space::S);
            tabs(ui, f);
            ui.separator();
            match f.view.review.tab {
                ReviewTab::Changes => changes::tab(ui, f),
                ReviewTab::Comments => comments_tab(ui, f),
                ReviewTab::SignOff => sign_off_tab(ui, f),
            }
        });
}

fn tabs(ui: &mut Ui, f: &mut FrameInput) {
    ui.horizontal_wrapped(|ui| {
        for tab in ReviewTab::ALL {
            let label = match tab {
                ReviewTab::Comments => {
                    format!("{} ({})", tab.label(), f.doc.plan().open_comments().count())
                }
                _ => tab.label().to_string(),
            };
            ui.selectable_value(&mut f.view.review.tab, tab, label);
        }
    });
}

/// Who is reviewing, kept in the preferences: shown, or asked for once.
fn reviewer_line(ui: &mut Ui, f: &mut FrameInput) {
    let kept = &f.prefs.reviewer;
    let draft = &mut f.view.review.reviewer;
    let editing_name = draft.is_named() || !kept.is_named();
    ui.horizontal_wrapped(|ui| {
        if !editing_name {
            ui.label(format!("Reviewing as {}", kept.label()));
            if ui.button("Change").clicked() {
                *draft = kept.clone();
            }
            return;
        }
        ui.label("Your name");
        ui.add(TextEdit::singleline(&mut draft.name).desired_width(180.0))
            .accessible_name("Your name");
        ui.label("Role");
        ui.add(
            TextEdit::singleline(&mut draft.role)
                .desired_width(160.0)
                .hint_text("Clinical Chair"),
        )
        .accessible_name("Your role");
        let can_keep = draft.is_named();
        if ui
            .add_enabled(can_keep, egui::Button::new("Keep"))
            .on_hover_text("Comments and sign-offs carry this name; it is kept for next time")
            .clicked()
        {
            f.commands.push(Command::SetReviewer(draft.clone()));
            *draft = Default::default();
        }
    });
}

/// Picks what a comment or a decision is about: the plan or any item.
fn subject_picker(ui: &mut Ui, plan: &Plan, subject: &mut Subject, salt: &str) {
    ComboBox::from_id_salt(salt)
        .selected_text(subject.describe(plan))
        .width(320.0_f32.min(ui.available_width()))
        .truncate()
        .height(400.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(subject, Subject::Plan, "The plan as a whole");
            for list in Collection::ALL {
                for id in ids(plan, list) {
                    let item = Subject::item(list, id);
                    let text = item.describe(plan);
                    ui.selectable_value(subject, item, text);
                }
            }
        })
        .response
        .accessible_name("About");
}

fn comments_tab(ui: &mut Ui, f: &mut FrameInput) {
    ui.label(RichText::new("New comment").strong());
    let mut subject = f.view.review.about.clone();
    ui.horizontal_wrapped(|ui| {
        ui.label("About");
        subject_picker(ui, f.doc.plan(), &mut subject, "comment-subject");
    });
    f.view.review.about = subject.clone();
    f.view.review.write_about(&subject);
    new_comment(ui, f, &subject);
    ui.add_space(space::M);
    ui.horizontal(|ui| {
        let open = f.doc.plan().open_comments().count();
        let all = f.doc.plan().comments.len();
        ui.label(RichText::new(format!("{} open, {} resolved", open, all - open)).strong());
        ui.checkbox(&mut f.view.review.show_resolved, "Show resolved");
    });
    let show_resolved = f.view.review.show_resolved;
    let shown: Vec<usize> = (0..f.doc.plan().comments.len())
        .filter(|&i| show_resolved || !f.doc.plan().comments[i].resolved)
        .collect();
    if shown.is_empty() {
        ui.label("No open comments.");
    }
    for at in shown {
        comment_card(ui, f, at, true);
    }
}

/// The box for a new comment on `subject`, with its button.
fn new_comment(ui: &mut Ui, f: &mut FrameInput, subject: &Subject) {
    ui.add(
        TextEdit::multiline(&mut f.view.review.draft)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text("What you would like looked at or answered"),
    )
    .accessible_name("Comment");
    let ready = !f.view.review.draft.trim().is_empty();
    if ui
        .add_enabled(ready, egui::Button::new("Add comment"))
        .clicked()
    {
        f.commands.push(Command::Comment(
            subject.clone(),
            f.view.review.draft.clone(),
        ));
    }
}

/// One comment with its replies, a reply box and Resolve or Reopen; with the item it is
/// on and a way to go there when `with_subject`.
fn comment_card(ui: &mut Ui, f: &mut FrameInput, at: usize, with_subject: bool) {
    let plan = f.doc.plan();
    let Some(comment) = plan.comments.get(at) else {
        return;
    };
    let subject = Subject::parse(&comment.item, plan);
    let about = subject
        .as_ref()
        .map_or_else(|| comment.item.clone(), |s| s.describe(plan));
    let palette = Palette::of(ui.ctx());
    let mut queued = Vec::new();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            if with_subject {
                ui.label(RichText::new(format!("On {about}")).strong());
                if let Some(s) = subject.as_ref().filter(|s| **s != Subject::Plan)
                    && ui.small_button("Go to").clicked()
                {
                    queued.push(Command::GoTo(s.clone()));
                }
            }
            if comment.resolved {
                ui.label(RichText::new("Resolved").color(palette.good).small());
            }
        });
        written(
            ui,
            &comment.author,
            &comment.role,
            &comment.when,
            &comment.text,
        );
        for reply in &comment.replies {
            ui.indent(("reply", at), |ui| {
                written(ui, &reply.author, &reply.role, &reply.when, &reply.text);
            });
        }
        comment_actions(ui, f.view, comment, at, &mut queued);
    });
    f.commands.extend(queued);
}

fn written(ui: &mut Ui, author: &str, role: &str, when: &str, text: &str) {
    ui.label(RichText::new(format!("{} · {}", who_label(author, role), date_time(when))).small());
    ui.label(text);
}

/// Reply, and Resolve or Reopen, under a comment.
fn comment_actions(
    ui: &mut Ui,
    view: &mut crate::session::ViewState,
    comment: &Comment,
    at: usize,
    queued: &mut Vec<Command>,
) {
    let replying = view.review.reply.as_ref().is_some_and(|(i, _)| *i == at);
    if replying {
        if let Some((_, text)) = view.review.reply.as_mut() {
            ui.add(
                TextEdit::multiline(text)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name("Reply");
        }
        ui.horizontal(|ui| {
            let text = view
                .review
                .reply
                .as_ref()
                .map_or_else(String::new, |(_, t)| t.clone());
            if ui
                .add_enabled(!text.trim().is_empty(), egui::Button::new("Send reply"))
                .clicked()
            {
                queued.push(Command::Reply(at, text));
            }
            if ui.button("Cancel").clicked() {
                view.review.reply = None;
            }
        });
        return;
    }
    ui.horizontal(|ui| {
        if ui.small_button("Reply").clicked() {
            view.review.reply = Some((at, String::new()));
        }
        let (label, resolved) = if comment.resolved {
            ("Reopen", false)
        } else {
            ("Resolve", true)
        };
        if ui.small_button(label).clicked() {
            queued.push(Command::SetResolved(at, resolved));
        }
    });
}

fn sign_off_tab(ui: &mut Ui, f: &mut FrameInput) {
    sign_off_by(ui, f);
    ui.add_space(space::M);
    ui.label(RichText::new("Record a decision").strong());
    let mut subject = f.view.review.about.clone();
    ui.horizontal_wrapped(|ui| {
        ui.label("On");
        subject_picker(ui, f.doc.plan(), &mut subject, "decision-subject");
    });
    f.view.review.about = subject.clone();
    f.view.review.write_about(&subject);
    decision_box(ui, f, &subject);
    ui.add_space(space::M);
    fingerprints(ui, f);
    ui.add_space(space::M);
    timeline(ui, f.doc.plan());
}

/// Who is to sign the plan off: part of the plan, changed in edit mode only.
fn sign_off_by(ui: &mut Ui, f: &mut FrameInput) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Who signs the plan off");
        if f.editing() {
            ui.add(
                TextEdit::singleline(&mut f.doc.plan_mut_but_items().sign_off_by)
                    .desired_width(320.0)
                    .hint_text("Name, role (e.g. Dr A Patel, Clinical Chair)"),
            )
            .accessible_name("Who signs the plan off");
        } else {
            let by = &f.doc.plan().sign_off_by;
            ui.label(
                RichText::new(if by.is_empty() {
                    "Nobody named yet"
                } else {
                    by
                })
                .strong(),
            );
        }
    });
}

/// The note and the Sign off and Send back buttons for `subject`.
fn decision_box(ui: &mut Ui, f: &mut FrameInput, subject: &Subject) {
    ui.add(
        TextEdit::multiline(&mut f.view.review.note)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text(
                "A note for the record (optional for a sign-off; say why when sending back)",
            ),
    )
    .accessible_name("Decision note");
    let note = f.view.review.note.clone();
    ui.horizontal(|ui| {
        if ui.button("Sign off").clicked() {
            f.commands.push(Command::Decide(
                subject.clone(),
                Decision::SignOff,
                note.clone(),
            ));
        }
        let can_send_back = !note.trim().is_empty();
        if ui
            .add_enabled(can_send_back, egui::Button::new("Send back"))
            .on_disabled_hover_text("Say in the note what should change")
            .clicked()
        {
            f.commands
                .push(Command::Decide(subject.clone(), Decision::SendBack, note));
        }
    });
    if let Some(latest) = f.doc.plan().latest_decision(subject) {
        ui.label(
            RichText::new(format!(
                "Last: {} by {} on {}",
                latest.action.label().to_lowercase(),
                who_label(&latest.who, &latest.role),
                date_time(&latest.when)
            ))
            .small(),
        );
    }
}

/// The plan's fingerprint now and at sign-off.
fn fingerprints(ui: &mut Ui, f: &FrameInput) {
    let plan = f.doc.plan();
    egui::Grid::new("fingerprints")
        .num_columns(2)
        .show(ui, |ui| {
            if let Some(now) = f.review.fingerprint() {
                ui.label("Fingerprint now");
                ui.label(RichText::new(now.short()).monospace())
                    .on_hover_text(now.to_string());
                ui.end_row();
            }
            if let Some(signed) = &plan.signed_off {
                ui.label("Fingerprint signed off");
                ui.label(RichText::new(signed.fingerprint.short()).monospace())
                    .on_hover_text(signed.fingerprint.to_string());
                ui.end_row();
            }
        });
    ui.label(
        RichText::new(
            "The fingerprint is a hash of the plan's content, without comments and the audit \
             trail: any change to a figure, a name or a note changes it.",
        )
        .small(),
    );
}

/// The audit trail, newest first.
fn timeline(ui: &mut Ui, plan: &Plan) {
    ui.label(RichText::new(format!("Audit trail ({})", plan.audit.len())).strong());
    if plan.audit.is_empty() {
        ui.label("Nothing recorded yet.");
        return;
    }
    let palette = Palette::of(ui.ctx());
    for entry in plan.audit.iter().rev() {
        let colour = match entry.action {
            AuditAction::SignedOff => palette.good,
            AuditAction::SentBack => palette.warn,
            _ => ui.visuals().text_color(),
        };
        let on = match Subject::parse(&entry.item, plan) {
            Some(Subject::Plan) => String::new(),
            Some(s) => format!(" {}", s.describe(plan)),
            None => format!(" {} (since removed)", entry.item),
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(date_time(&entry.when)).small().monospace());
            ui.label(RichText::new(format!("{}{on}", entry.action.label())).color(colour));
            ui.label(format!("by {}", who_label(&entry.who, &entry.role)));
            if let Some(fp) = &entry.fingerprint {
                ui.label(RichText::new(fp.short()).small().monospace())
                    .on_hover_text(format!("Fingerprint of the plan then: {fp}"));
            }
        });
        if !entry.note.is_empty() {
            ui.indent(("audit-note", &entry.when), |ui| ui.label(&entry.note));
        }
    }
}

/// Comments and decisions on one item, under its details: open comments, a new comment,
/// and Sign off or Send back for the item. Works in review mode.
pub fn item_block(ui: &mut Ui, f: &mut FrameInput, subject: &Subject) {
    ui.separator();
    let plan = f.doc.plan();
    let on: Vec<usize> = plan
        .comments
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.resolved && c.is_on(subject, plan))
        .map(|(i, _)| i)
        .collect();
    ui.label(RichText::new(format!("Comments ({})", on.len())).strong());
    for at in on {
        comment_card(ui, f, at, false);
    }
    f.view.review.write_about(subject);
    new_comment(ui, f, subject);
    ui.add_space(space::S);
    decision_box(ui, f, subject);
}

/// A mark for an item with open comments, for tables: a bubble and the count, with the
/// comments on hover (in review mode too).
pub fn comment_mark(ui: &mut Ui, marks: &CommentMarks, list: Collection, id: &str) {
    let Some(open) = marks.on(list, id) else {
        return;
    };
    let hover = format!("Open comments:\n{}", open.join("\n"));
    super::widgets::comment_mark(ui, open.len(), &hover);
}

/// A figure now, with how far it moved since the other version: "£1,100k (-£134k)".
fn now_and_change(pair: Pair) -> String {
    match (pair.before, pair.after) {
        (Some(b), Some(a)) if (a - b).abs() >= 0.5 => {
            format!("{} ({})", money_k(a), change_k(a - b))
        }
        (_, Some(a)) => money_k(a),
        (Some(b), None) => format!("none (was {})", money_k(b)),
        (None, None) => String::new(),
    }
}

/// "Was £1,234k".
fn was(pair: Pair) -> Option<String> {
    pair.before.map(|b| format!("Was {}", money_k(b)))
}

/// The choices of version to compare with.
fn baseline_choices(plan: &Plan, has_file: bool) -> Vec<Baseline> {
    let mut choices = Vec::new();
    if plan.signed_off.is_some() {
        choices.push(Baseline::SignedOff);
    }
    if has_file {
        choices.push(Baseline::Backup);
    }
    choices
}

/// Whether any figure of the diff moved.
fn figures_moved(diff: &PlanDiff) -> bool {
    diff.figures.iter().any(|y| {
        y.gap_do_nothing.differs()
            || y.savings.differs()
            || y.investment.differs()
            || y.still_to_find.differs()
    })
}
