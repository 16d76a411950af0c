//! The workshop window: one open plan, the panels that edit it, and the charts that
//! follow it live.

mod autosave;
mod files;
mod present;
mod review;
mod run;
mod workshop;

use std::path::{Path, PathBuf};

use egui::{Context, Ui, ViewportCommand};

pub use crate::session::{
    AfterConfirm, Analyses, Analysis, AnalysisKey, Baseline, ChartKind, Collection, Command,
    Document, ItemFilter, Mode, Notice, Pane, PendingSignOff, Preferences, REDO_ALT, Results,
    Review, ReviewTab, SavingsGrouping, Section, Template, ViewState, Workshop, chooser,
};
pub use autosave::{AUTOSAVE_SECONDS, Autosave};

use crate::engine::{Comparison, Outcome};
use crate::io::load_path_noting;
use crate::model::Plan;
use crate::ui;

/// How soon the window looks again for the slides' public version being made.
const PUBLIC_POLL: std::time::Duration = std::time::Duration::from_millis(30);

/// How to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Save {
    /// To the plan's own file (asking where when it has none).
    Here,
    /// Somewhere the person chooses.
    Elsewhere,
    /// To the plan's own file even though someone else changed it since.
    Overwrite,
}

/// The application: everything the window shows and does.
pub struct PlaceplanApp {
    doc: Document,
    view: ViewState,
    results: Results,
    analyses: Analyses,
    prefs: Preferences,
    queue: Vec<Command>,
    notice: Option<Notice>,
    confirm: Option<AfterConfirm>,
    /// Autosave and crash recovery, when the window has a recovery folder.
    autosave: Option<Autosave>,
    /// Unsaved work left by an earlier run, offered back: its file and contents.
    recovery_offer: Option<(PathBuf, crate::io::Recovered)>,
    /// The recovered work against its saved file, once asked for.
    recovery_comparison: Option<ui::dialogs::RecoveryComparison>,
    /// Whether this frame added, duplicated or removed something.
    structural_edit: bool,
    /// A save refused because someone else changed the file: ask what to do, then
    /// carry on with what the save was for.
    conflict: Option<(PathBuf, Option<AfterConfirm>)>,
    /// Whether Open and Save As use the desktop's file chooser; when not, the window's
    /// own ([`chooser`]).
    desktop_chooser: bool,
    /// The window's own file chooser, while open.
    chooser: Option<chooser::FileChooser>,
    /// Where the plan stands against its sign-off, and what changed since a baseline.
    review: Review,
    /// A sign-off of the plan waiting on the answer to "sign off with comments open?".
    pending_sign_off: Option<PendingSignOff>,
    /// The workshop running, writing down every change.
    workshop: Option<Workshop>,
    allow_close: bool,
    applied_style: Option<(ui::theme::Look, f32)>,
    title: String,
}

impl PlaceplanApp {
    /// A window on `plan`, read from `path` if it came from a file.
    pub fn new(plan: Plan, path: Option<PathBuf>, prefs: Preferences) -> Self {
        let mut app = Self {
            doc: Document::new(plan, path),
            view: ViewState::default(),
            results: Results::default(),
            analyses: Analyses::new(),
            prefs,
            queue: Vec::new(),
            notice: None,
            confirm: None,
            conflict: None,
            desktop_chooser: chooser::desktop_has_chooser(),
            chooser: None,
            autosave: None,
            recovery_offer: None,
            recovery_comparison: None,
            structural_edit: false,
            review: Review::default(),
            pending_sign_off: None,
            workshop: None,
            allow_close: false,
            applied_style: None,
            title: String::new(),
        };
        app.results.refresh(&app.doc, &mut app.view);
        app
    }

    /// Opens `path`, or the bundled example when none is given. A file that cannot be
    /// read opens the example instead and says why in the window.
    pub fn open(path: Option<&Path>, prefs: Preferences) -> Self {
        let example = crate::io::example_or_blank;
        match path {
            None => {
                let mut app = Self::new(example(), None, prefs);
                app.doc.mark_saved_as_untitled();
                app
            }
            Some(path) => match load_path_noting(path) {
                Ok((plan, migrated_from)) => {
                    let mut prefs = prefs;
                    prefs.remember(path);
                    let mut app = Self::new(plan, Some(path.to_path_buf()), prefs);
                    if let Some(from) = migrated_from {
                        app.doc.mark_unsaved(migration_note(from));
                    }
                    app
                }
                Err(err) => {
                    let mut app = Self::new(example(), None, prefs);
                    app.doc.mark_saved_as_untitled();
                    app.notice = Some(Notice {
                        title: "The plan could not be opened".into(),
                        lines: err.lines(),
                    });
                    app
                }
            },
        }
    }

    /// Keeps unsaved work safe in `dir` (autosave and crash copies), and offers back
    /// the newest unsaved work an earlier run left there.
    pub fn with_recovery(mut self, dir: crate::io::RecoveryDir) -> Self {
        let autosave = Autosave::new(dir);
        self.recovery_offer = autosave.left_behind().into_iter().next();
        self.autosave = Some(autosave);
        self
    }

    /// The recovery file of this window, when it has one.
    pub fn recovery_file(&self) -> Option<&Path> {
        self.autosave.as_ref().map(Autosave::file)
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The view state (section, option, locality, ...).
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// Mutable view state, for tests and embedding.
    pub fn view_mut(&mut self) -> &mut ViewState {
        &mut self.view
    }

    /// The computed result for the current option and view.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.results.outcome().ok()
    }

    /// The options compared side by side, when the comparison is on screen.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.results.comparison().ok()
    }

    /// What the view is computed for now (plan revision, option, locality): the key of
    /// the cached outcome and of the risk range and the other slow analyses.
    pub fn analysis_key(&self) -> AnalysisKey {
        AnalysisKey::of(&self.doc, &self.view)
    }

    /// The last finished analyses (risk range, goal seek, tornado, value for money),
    /// whatever they were computed for.
    pub fn analysis(&self) -> Option<&Analysis> {
        self.analyses.latest()
    }

    /// Waits up to `timeout` for the analyses of the plan as it is now; false if they did
    /// not arrive in time. The window asks for them itself; this is for tests and scripts.
    pub fn wait_for_analysis(&mut self, timeout: std::time::Duration) -> bool {
        let key = self.analysis_key();
        self.analyses.wait_for(self.doc.plan(), &key, timeout)
    }

    /// The message on screen, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Preferences to keep between runs.
    pub fn preferences(&self) -> &Preferences {
        &self.prefs
    }

    /// Changes the plan from outside the panels (scripts, tests, benchmarks), as a
    /// command does: it is recorded at once, as one undo step.
    pub fn edit_plan(&mut self, edit: impl FnOnce(&mut Plan)) {
        self.doc.apply(None, edit);
    }

    /// Whether Open and Save As use the desktop's file chooser (when it has one) or the
    /// window's own. Found out at start; tests and kiosks can choose.
    pub fn use_desktop_chooser(&mut self, desktop: bool) {
        self.desktop_chooser = desktop;
    }

    /// Whether Open and Save As use the desktop's file chooser now.
    fn uses_desktop_chooser(&self) -> bool {
        self.desktop_chooser && !self.prefs.own_file_chooser
    }

    /// Queues a command to run at the end of the frame.
    pub fn queue(&mut self, command: Command) {
        self.queue.push(command);
    }

    /// Draws the whole window and handles this frame's input and commands.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        self.handle_input(&ctx);
        let key = self.results.refresh(&self.doc, &mut self.view);
        if self.results.public_pending() {
            ctx.request_repaint_after(PUBLIC_POLL);
        }
        let review_shown = self.view.section == Section::Review;
        let changes_shown = review_shown && self.view.review.tab == ReviewTab::Changes;
        self.review.refresh(&self.doc, review_shown, changes_shown);
        let now = ctx.input(|i| i.time);
        if self.analyses.want(self.doc.plan(), key.clone(), now, &ctx) {
            ctx.request_repaint_after(crate::session::ANALYSIS_SETTLE);
        }

        {
            let outcome = self.results.outcome();
            let public = self.results.public(&self.doc, &self.view);
            let analysis = self.analyses.latest();
            let mut frame = ui::FrameInput {
                analysis_current: analysis.is_some_and(|a| a.key == key),
                analysis,
                comparison: (self.view.comparing || self.view.present.is_some())
                    .then_some(self.results.comparison()),
                doc: &mut self.doc,
                view: &mut self.view,
                outcome,
                prefs: &self.prefs,
                commands: &mut self.queue,
                review: &self.review,
                public,
                workshop: self.workshop.as_mut(),
            };
            if frame.view.present.is_some() {
                ui::present::show(ui, &mut frame);
            } else {
                workspace(&ctx, ui, &mut frame);
            }
        }
        // Whatever the panels changed becomes one named undo step, recorded here once;
        // a drag or typing that goes on keeps adding to the same step.
        let gesture = ctx.input(|i| i.pointer.any_down()) || ctx.text_edit_focused();
        self.doc.end_frame(gesture);
        if !gesture && let Some(w) = &mut self.workshop {
            w.follow(
                &self.doc,
                self.view.scenario.as_deref(),
                &crate::io::now_iso(),
            );
        }
        self.dialogs(&ctx);
        self.run_commands(&ctx);
        if let Some(autosave) = &mut self.autosave {
            autosave.tick(&self.doc, now, std::mem::take(&mut self.structural_edit));
        }
        self.update_title(&ctx);
    }

    fn apply_style(&mut self, ctx: &Context) {
        let look = match &self.view.present {
            Some(p) if p.high_contrast => ui::theme::Look::HighContrast,
            Some(_) => ui::theme::Look::Light,
            None => ui::theme::Look::from_dark(self.prefs.dark),
        };
        let wanted = (look, self.prefs.zoom);
        if self.applied_style != Some(wanted) {
            ui::theme::apply(ctx, look);
            ctx.set_zoom_factor(self.prefs.zoom);
            self.applied_style = Some(wanted);
        }
    }

    fn handle_input(&mut self, ctx: &Context) {
        let typing = ctx.text_edit_focused();
        for command in Command::with_shortcuts() {
            if let Some(shortcut) = command.shortcut() {
                let is_undo_redo = matches!(command, Command::Undo | Command::Redo);
                if (!typing || !is_undo_redo) && ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                    self.queue.push(command);
                }
            }
        }
        if !typing && ctx.input_mut(|i| i.consume_shortcut(&REDO_ALT)) {
            self.queue.push(Command::Redo);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.queue.push(Command::OpenPath(path));
        }
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.confirm = Some(AfterConfirm::Quit);
        }
    }

    fn update_title(&mut self, ctx: &Context) {
        let marker = if self.doc.is_dirty() { " •" } else { "" };
        let title = format!(
            "{}{marker} — {} — placeplan",
            self.doc.display_name(),
            self.doc.plan().title
        );
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

/// The workshop window: the bars, the outline, the editor and the charts.
fn workspace(ctx: &Context, ui: &mut Ui, frame: &mut ui::FrameInput) {
    ui::top_bar(ui, frame);
    ui::caveat_bar(ui, frame);
    ui::status_bar(ui, frame);
    // A narrow window shows one pane at a time: the plan (with a section picker) or
    // the charts.
    let narrow = ui::is_narrow(ctx);
    if narrow {
        ui::pane_bar(ui, frame);
    } else {
        ui::outline(ui, frame);
        ui::charts_panel(ui, frame);
    }
    ui::workshop::panel(ui, frame);
    if narrow && frame.view.pane == Pane::Charts {
        ui::charts_pane(ui, frame);
    } else if frame.view.comparing {
        ui::compare::show(ui, frame);
    } else {
        ui::editor(ui, frame);
    }
}

/// The status bar's word on a plan opened from an older format.
fn migration_note(from: u32) -> String {
    format!(
        "Opened from format {from} and brought up to format {}; save to keep it",
        crate::model::FORMAT_VERSION
    )
}

impl eframe::App for PlaceplanApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}

/// Starts the window on `path`, or on the bundled example; in present mode, full
/// screen on the first slide, when `present` is set.
pub fn run(path: Option<PathBuf>, present: bool) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("placeplan")
            .with_inner_size([1400.0, 860.0])
            .with_maximized(true)
            .with_min_inner_size([960.0, 600.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "placeplan",
        options,
        Box::new(move |cc| {
            let prefs: Preferences = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            let mut app = PlaceplanApp::open(path.as_deref(), prefs);
            if present {
                app.queue(Command::Present);
            }
            let app = match eframe::storage_dir("placeplan") {
                Some(dir) => app.with_recovery(crate::io::RecoveryDir::new(dir.join("recovery"))),
                None => app,
            };
            Ok(Box::new(app))
        }),
    )
}
