//! The engine's results the panels draw from, each computed once per change of what it
//! depends on: the outcome of the option and locality in view, and the comparison of
//! the options compared. Charts and headlines only read them.

use std::sync::mpsc::{Receiver, TryRecvError};

use super::{AnalysisKey, Document, ViewState};
use crate::engine::{Comparison, Outcome, compare, compute};
use crate::model::audience::for_audience;
use crate::model::story::told;
use crate::model::{Plan, SlideKind, edit};

/// What a comparison was computed for: the plan as it was, the options compared and
/// the locality shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareKey {
    /// The plan's revision.
    pub revision: u64,
    /// The options compared (`base` for the base plan), in order.
    pub options: Vec<String>,
    /// The locality shown, or `None` for the whole plan.
    pub locality: Option<String>,
}

/// The plan as the public may see it ([`crate::model::audience`]) and its figures under
/// the option and locality in view: what present mode tells a plan whose public setting
/// is on.
#[derive(Debug, Clone)]
pub struct Public {
    /// The plan with sensitive items folded and unnamed.
    pub plan: Plan,
    /// Its outcome: every figure as the plan's own.
    pub outcome: Outcome,
}

/// The engine's results for the plan and view as they are now.
pub struct Results {
    outcome_key: Option<AnalysisKey>,
    outcome: Result<Outcome, String>,
    comparison_key: Option<CompareKey>,
    comparison: Result<Comparison, String>,
    public_key: Option<AnalysisKey>,
    public: Result<Public, String>,
    /// The public version being made on a worker thread, and what for.
    public_job: Option<(AnalysisKey, Receiver<Result<Public, String>>)>,
}

impl Default for Results {
    fn default() -> Self {
        Self {
            outcome_key: None,
            outcome: Err(String::new()),
            comparison_key: None,
            comparison: Err(String::new()),
            public_key: None,
            public: Err("the slides for the public are being prepared".into()),
            public_job: None,
        }
    }
}

impl Results {
    /// Brings the results up to date with the plan and the view: recomputes only what
    /// a change of plan revision, option, locality or options compared affects. An
    /// option or locality that no longer exists is taken out of the view first. Returns
    /// what the outcome is now computed for.
    pub fn refresh(&mut self, doc: &Document, view: &mut ViewState) -> AnalysisKey {
        let plan = doc.plan();
        if let Some(id) = &view.scenario
            && plan.scenario(id).is_none()
        {
            view.scenario = None;
        }
        if let Some(id) = &view.locality
            && !plan.localities.iter().any(|l| &l.id == id)
        {
            view.locality = None;
        }
        let key = AnalysisKey::of(doc, view);
        if self.outcome_key.as_ref() != Some(&key) {
            self.outcome = compute(plan, &key.view()).map_err(|e| e.to_string());
            self.outcome_key = Some(key.clone());
        }
        if view.present.is_some() && plan.settings.public {
            self.refresh_public(plan, &key);
        }
        // Present mode tells the options compared on a slide of its own: they are
        // compared while that slide is on screen (or next, in the presenter's view).
        if view.comparing
            || view
                .present
                .as_ref()
                .is_some_and(|p| options_shown(plan, p))
        {
            let compared = CompareKey {
                revision: doc.revision(),
                options: edit::compared(plan),
                locality: view.locality.clone(),
            };
            if self.comparison_key.as_ref() != Some(&compared) {
                let ids: Vec<&str> = compared.options.iter().map(String::as_str).collect();
                self.comparison =
                    compare(plan, &ids, compared.locality.as_deref()).map_err(|e| e.to_string());
                self.comparison_key = Some(compared);
            }
        }
        key
    }

    /// Makes the public version of `plan` for `key` on a worker thread (it walks every
    /// piece of text in the plan, too slow for a frame on a large plan), and takes it
    /// once made. Until then the slides keep the last one made, whose names are as safe.
    fn refresh_public(&mut self, plan: &Plan, key: &AnalysisKey) {
        if let Some((made_for, job)) = &self.public_job {
            match job.try_recv() {
                Ok(public) => {
                    self.public = public;
                    self.public_key = Some(made_for.clone());
                    self.public_job = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.public_job = None,
            }
        }
        let wanted = |k: Option<&AnalysisKey>| k == Some(key);
        if wanted(self.public_key.as_ref()) || wanted(self.public_job.as_ref().map(|(k, _)| k)) {
            return;
        }
        let (send, receive) = std::sync::mpsc::channel();
        let plan = plan.clone();
        let for_key = key.clone();
        std::thread::spawn(move || {
            let public = for_audience(&plan)
                .map_err(|e| e.to_string())
                .and_then(|plan| {
                    let outcome = compute(&plan, &for_key.view()).map_err(|e| e.to_string())?;
                    Ok(Public { plan, outcome })
                });
            // The window may have moved on; then nobody is listening.
            let _ = send.send(public);
        });
        self.public_job = Some((key.clone(), receive));
    }

    /// Whether the public version is still being made (the window should look again
    /// soon).
    pub fn public_pending(&self) -> bool {
        self.public_job.is_some()
    }

    /// Forgets every result (a new plan was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// The outcome of the option and locality in view, or why there is none.
    pub fn outcome(&self) -> Result<&Outcome, &String> {
        self.outcome.as_ref()
    }

    /// The plan as the public may see it, with its outcome, while present mode shows a
    /// plan whose public setting is on; `None` otherwise.
    pub fn public(&self, doc: &Document, view: &ViewState) -> Option<Result<&Public, &String>> {
        (view.present.is_some() && doc.plan().settings.public).then_some(self.public.as_ref())
    }

    /// The comparison of the options compared, or why there is none.
    pub fn comparison(&self) -> Result<&Comparison, &String> {
        self.comparison.as_ref()
    }
}

/// Whether present mode shows the options compared now: on the slide on screen, or on
/// the next one in the presenter's view.
fn options_shown(plan: &Plan, p: &super::Presenting) -> bool {
    let story = told(&plan.story);
    let kind = |i: usize| story.get(i).map(|s| s.kind);
    kind(p.slide) == Some(SlideKind::Options)
        || (p.presenter && kind(p.slide + 1) == Some(SlideKind::Options))
}
