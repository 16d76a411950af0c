//! The analyses that take longer than a frame (the risk range, goal seek, the tornado
//! and value for money) run on a worker thread. The window asks for them when the plan
//! or the view changes and keeps showing the last finished result, marked as updating,
//! until the new one arrives. A change is sent once it settles, and asks that come
//! faster than the worker can answer are merged: only the newest is computed.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::engine::{
    GoalSeek, RiskRange, Steps, Tornado, ValueForMoney, View, goal_seek, risk_range_on, tornado,
    value_for_money,
};
use crate::model::Plan;

/// Seconds the plan and view must stay as they are before they are sent to the worker,
/// so a drag or a burst of typing asks once, when it settles, and the window has the
/// machine to itself while it is being used.
pub const SETTLE: std::time::Duration = std::time::Duration::from_millis(250);

/// What a result was computed for: the plan as it was, the option in view and the
/// locality shown. The engine's outcome and the slow analyses are keyed by it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AnalysisKey {
    /// The plan's revision ([`crate::session::Document::revision`]).
    pub revision: u64,
    /// The option in view, or `None` for the base plan.
    pub option: Option<String>,
    /// The locality shown, or `None` for the whole plan.
    pub locality: Option<String>,
}

impl AnalysisKey {
    /// What the window shows now: the document's revision, and the option and locality
    /// in `view`.
    pub fn of(doc: &super::Document, view: &super::ViewState) -> Self {
        Self {
            revision: doc.revision(),
            option: view.scenario.clone(),
            locality: view.locality.clone(),
        }
    }

    /// The engine's view of it: which option and locality.
    pub fn view(&self) -> View<'_> {
        View {
            scenario: self.option.as_deref(),
            locality: self.locality.as_deref(),
        }
    }
}

/// The results for one plan revision, option and locality. Each part is the engine's
/// result or why there is none.
#[derive(Debug)]
pub struct Analysis {
    /// What it was computed for.
    pub key: AnalysisKey,
    /// The Monte Carlo of the do-something gap.
    pub risk: Result<RiskRange, String>,
    /// What would close the gap.
    pub goal: Result<GoalSeek, String>,
    /// The tornado.
    pub tornado: Result<Tornado, String>,
    /// Investments by value for money.
    pub value: Result<ValueForMoney, String>,
}

impl Analysis {
    /// Runs every analysis; this is what the worker does.
    pub fn compute(plan: &Plan, key: AnalysisKey) -> Self {
        let view = key.view();
        let text = |e: crate::engine::EngineError| e.to_string();
        // Leave a core for the window, so it stays smooth while the runs go on.
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let threads = cores.saturating_sub(1).max(1);
        Self {
            risk: risk_range_on(plan, &view, &plan.risk, threads).map_err(text),
            goal: goal_seek(plan, &view).map_err(text),
            tornado: tornado(plan, &view, &Steps::default()).map_err(text),
            value: value_for_money(plan, &view).map_err(text),
            key,
        }
    }
}

impl Analysis {
    /// What is shown when an analysis stopped on an internal error: the window and the
    /// plan are unaffected, and the next change tries again.
    fn failed(key: AnalysisKey) -> Self {
        let why = || {
            "could not be worked out for this plan (an internal error); the next change tries again"
                .to_string()
        };
        Self {
            key,
            risk: Err(why()),
            goal: Err(why()),
            tornado: Err(why()),
            value: Err(why()),
        }
    }
}

struct Job {
    plan: Plan,
    key: AnalysisKey,
    repaint: Option<egui::Context>,
}

/// The worker and the latest result it returned.
pub struct Analyses {
    jobs: Option<Sender<Job>>,
    results: Receiver<Analysis>,
    latest: Option<Arc<Analysis>>,
    /// The newest key asked for.
    asked: Option<AnalysisKey>,
    /// A key waiting to settle, and when it was first seen.
    waiting: Option<(AnalysisKey, f64)>,
    /// The window to wake when a result arrives.
    repaint: Option<egui::Context>,
}

impl Default for Analyses {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyses {
    /// Starts the worker thread. Without a thread (the system refused one), analyses run
    /// on the window's thread instead.
    pub fn new() -> Self {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, results) = channel();
        let spawned = std::thread::Builder::new()
            .name("placeplan-analysis".into())
            .spawn(move || {
                while let Ok(mut job) = inbox.recv() {
                    // Only the newest ask matters.
                    while let Ok(newer) = inbox.try_recv() {
                        job = newer;
                    }
                    let key = job.key.clone();
                    let plan = &job.plan;
                    let analysis = std::panic::catch_unwind(|| Analysis::compute(plan, key))
                        .unwrap_or_else(|_| Analysis::failed(job.key));
                    if outbox.send(analysis).is_err() {
                        break;
                    }
                    if let Some(ctx) = job.repaint {
                        ctx.request_repaint();
                    }
                }
            });
        Self {
            jobs: spawned.is_ok().then_some(jobs),
            results,
            latest: None,
            asked: None,
            waiting: None,
            repaint: None,
        }
    }

    /// The last finished result, whatever it was computed for.
    pub fn latest(&self) -> Option<&Analysis> {
        self.latest.as_deref()
    }

    /// Whether the last finished result is for `key`.
    pub fn is_current(&self, key: &AnalysisKey) -> bool {
        self.latest.as_ref().is_some_and(|a| &a.key == key)
    }

    /// Takes in finished results and, once `key` has stayed the same for a moment and is
    /// neither finished nor asked for, asks for it. `now` is the window's clock in
    /// seconds. Returns whether the window should look again shortly (an ask is waiting
    /// for the change to settle).
    pub fn want(&mut self, plan: &Plan, key: AnalysisKey, now: f64, ctx: &egui::Context) -> bool {
        if self.repaint.is_none() {
            self.repaint = Some(ctx.clone());
        }
        self.collect();
        if self.is_current(&key) {
            return false;
        }
        if self.asked.as_ref() == Some(&key) {
            return false;
        }
        // The first result is asked for at once; later ones once the change settles.
        let first = self.asked.is_none();
        match &self.waiting {
            Some((waiting, since)) if *waiting == key => {
                if now - since < SETTLE.as_secs_f64() && !first {
                    return true;
                }
            }
            _ => {
                self.waiting = Some((key, now));
                return true;
            }
        }
        self.waiting = None;
        self.ask(plan, &key);
        false
    }

    /// Sends `key` to the worker (or computes it here when there is no worker).
    fn ask(&mut self, plan: &Plan, key: &AnalysisKey) {
        match &self.jobs {
            Some(jobs) => {
                let job = Job {
                    plan: plan.clone(),
                    key: key.clone(),
                    repaint: self.repaint.clone(),
                };
                if jobs.send(job).is_err() {
                    self.jobs = None;
                    self.latest = Some(Arc::new(Analysis::compute(plan, key.clone())));
                }
            }
            None => self.latest = Some(Arc::new(Analysis::compute(plan, key.clone()))),
        }
        self.asked = Some(key.clone());
    }

    /// Takes in whatever the worker has finished.
    pub fn collect(&mut self) {
        while let Ok(a) = self.results.try_recv() {
            self.latest = Some(Arc::new(a));
        }
    }

    /// Waits until the result for `key` arrives or `timeout` passes (for tests and
    /// scripts that drive the window without a person).
    pub fn wait_for(
        &mut self,
        plan: &Plan,
        key: &AnalysisKey,
        timeout: std::time::Duration,
    ) -> bool {
        self.collect();
        if !self.is_current(key) && self.asked.as_ref() != Some(key) {
            self.waiting = None;
            self.ask(plan, key);
        }
        let deadline = std::time::Instant::now() + timeout;
        while !self.is_current(key) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.results.recv_timeout(left) {
                Ok(a) => self.latest = Some(Arc::new(a)),
                Err(_) => return false,
            }
        }
        true
    }
}
