//! The engine's results the panels draw from, each computed once per change of what it
//! depends on: the outcome of the option and locality in view, and the comparison of
//! the options compared. Charts and headlines only read them.

use super::{AnalysisKey, Document, ViewState};
use crate::engine::{Comparison, Outcome, compare, compute};
use crate::model::audience::for_audience;
use crate::model::{Plan, edit};

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
}

impl Default for Results {
    fn default() -> Self {
        Self {
            outcome_key: None,
            outcome: Err(String::new()),
            comparison_key: None,
            comparison: Err(String::new()),
            public_key: None,
            public: Err(String::new()),
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
        if view.present.is_some() && plan.settings.public && self.public_key.as_ref() != Some(&key)
        {
            self.public = for_audience(plan)
                .map_err(|e| e.to_string())
                .and_then(|plan| {
                    let outcome = compute(&plan, &key.view()).map_err(|e| e.to_string())?;
                    Ok(Public { plan, outcome })
                });
            self.public_key = Some(key.clone());
        }
        // Present mode tells the options compared on a slide of its own.
        if view.comparing || view.present.is_some() {
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
