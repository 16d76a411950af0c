//! What the review screens show that takes work to find: where the plan stands against
//! its last sign-off, and what changed since another version of it (the version signed
//! off, the backup beside the file, or any plan file). Both are worked out once per
//! revision of the plan, before the frame is drawn, never by a widget.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::io::{backup_path, load_path};
use crate::model::edit::Collection;
use crate::model::review::Subject;
use crate::model::review::{Fingerprint, SignOffState, content_of};
use crate::model::{Plan, item_path};
use crate::report::PlanDiff;

use super::Document;

/// The version the open plan is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Baseline {
    /// The version last signed off, kept inside the plan.
    SignedOff,
    /// The previous save, kept beside the plan's file.
    Backup,
    /// Any plan file.
    File(PathBuf),
}

impl Baseline {
    /// How the choice is named in the window.
    pub fn label(&self) -> String {
        match self {
            Baseline::SignedOff => "The version last signed off".to_string(),
            Baseline::Backup => "The previous save (backup)".to_string(),
            Baseline::File(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into(),
            ),
        }
    }
}

/// What changed from a baseline to the plan as it is now.
#[derive(Debug, Clone)]
pub struct Changes {
    /// What the plan was compared with.
    pub baseline: Baseline,
    /// The differences, or why there are none to show (no sign-off yet, no backup, a
    /// file that cannot be read).
    pub diff: Result<PlanDiff, String>,
}

/// The review screens' findings, kept up to date with the document.
#[derive(Default)]
pub struct Review {
    /// The version to compare with, once one is chosen.
    baseline: Option<Baseline>,
    /// A baseline read from a file, kept so it is not read again every revision.
    loaded: Option<(Baseline, Result<Plan, String>)>,
    /// The changes, and the revision they are of.
    changes: Option<(u64, Changes)>,
    /// Where the plan stands against its sign-off, and the revision that is of.
    sign_off: Option<(u64, SignOffState)>,
    /// The plan's fingerprint, and the revision it is of.
    fingerprint: Option<(u64, Fingerprint)>,
    /// The items with open comments, and the revision that is of.
    marks: (u64, CommentMarks),
}

/// The items with open comments, for the marks in sheets and tables: each item's path
/// (`kpis[id=nel]`) with what its comments say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CommentMarks(HashMap<String, Vec<String>>);

impl CommentMarks {
    /// The marks of `plan`'s open comments.
    pub fn of(plan: &Plan) -> Self {
        let mut marks: HashMap<String, Vec<String>> = HashMap::new();
        for (_, c) in plan.open_comments() {
            if let Some(subject) = Subject::parse(&c.item, plan) {
                marks
                    .entry(subject.path())
                    .or_default()
                    .push(format!("{}: {}", c.author, c.text));
            }
        }
        Self(marks)
    }

    /// What the open comments on item `id` of `list` say, if it has any.
    pub fn on(&self, list: Collection, id: &str) -> Option<&[String]> {
        self.0.get(&item_path(list.field(), id)).map(Vec::as_slice)
    }
}

impl Review {
    /// Forgets everything (another plan was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Compares the plan with `baseline` from now on.
    pub fn compare_with(&mut self, baseline: Baseline) {
        if self.baseline.as_ref() != Some(&baseline) {
            self.loaded = None;
            self.changes = None;
        }
        self.baseline = Some(baseline);
    }

    /// The version the plan is compared with: the one chosen, else the one the changes
    /// on screen are of.
    pub fn baseline(&self) -> Option<&Baseline> {
        self.baseline
            .as_ref()
            .or_else(|| self.changes().map(|c| &c.baseline))
    }

    /// Brings the findings up to date with `doc`: the fingerprint only while the review
    /// screen is `shown`, and the changes only while they are (they run the engine once
    /// per changed item).
    pub fn refresh(&mut self, doc: &Document, shown: bool, changes: bool) {
        let revision = doc.revision();
        if self.sign_off.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.sign_off = Some((revision, SignOffState::of(doc.plan())));
        }
        if self.marks.0 != revision {
            self.marks = (revision, CommentMarks::of(doc.plan()));
        }
        if shown
            && self
                .fingerprint
                .as_ref()
                .is_none_or(|(r, _)| *r != revision)
        {
            self.fingerprint = Some((revision, Fingerprint::of(doc.plan())));
        }
        if !changes {
            return;
        }
        // Until one is chosen, the version signed off when there is one, else the backup.
        let baseline = self
            .baseline
            .clone()
            .unwrap_or_else(|| default_baseline(doc));
        if self
            .changes
            .as_ref()
            .is_some_and(|(r, c)| *r == revision && c.baseline == baseline)
        {
            return;
        }
        let diff = self.baseline_plan(doc, &baseline).and_then(|before| {
            let after = comparable(doc.plan(), &baseline);
            PlanDiff::between(&before, &after).map_err(|e| e.to_string())
        });
        self.changes = Some((revision, Changes { baseline, diff }));
    }

    /// Where the plan stands against its last sign-off (as of the last refresh).
    pub fn sign_off(&self) -> &SignOffState {
        self.sign_off
            .as_ref()
            .map_or(&SignOffState::NotSignedOff, |(_, s)| s)
    }

    /// The items with open comments (as of the last refresh).
    pub fn marks(&self) -> &CommentMarks {
        &self.marks.1
    }

    /// The plan's fingerprint (as of the last refresh).
    pub fn fingerprint(&self) -> Option<&Fingerprint> {
        self.fingerprint.as_ref().map(|(_, f)| f)
    }

    /// What changed since the baseline (as of the last refresh).
    pub fn changes(&self) -> Option<&Changes> {
        self.changes.as_ref().map(|(_, c)| c)
    }

    fn baseline_plan(&mut self, doc: &Document, baseline: &Baseline) -> Result<Plan, String> {
        match baseline {
            Baseline::SignedOff => doc.plan().signed_off.as_ref().map_or_else(
                || Err("The plan has not been signed off yet.".to_string()),
                |s| Ok(s.plan.clone()),
            ),
            Baseline::Backup | Baseline::File(_) => {
                if self.loaded.as_ref().is_none_or(|(b, _)| b != baseline) {
                    self.loaded = Some((baseline.clone(), read_baseline(doc, baseline)));
                }
                match &self.loaded {
                    Some((_, plan)) => plan.clone().map(|p| comparable(&p, baseline)),
                    None => Err("Nothing to compare with.".to_string()),
                }
            }
        }
    }
}

/// The sign-off when there is one, else the backup.
fn default_baseline(doc: &Document) -> Baseline {
    if doc.plan().signed_off.is_some() || doc.path.is_none() {
        Baseline::SignedOff
    } else {
        Baseline::Backup
    }
}

/// The plan as compared with `baseline`: against the version signed off, its content
/// only (that copy keeps no comments or trail); against another file, everything but
/// the signed-off copy (whose own differences would repeat the plan's).
fn comparable(plan: &Plan, baseline: &Baseline) -> Plan {
    match baseline {
        Baseline::SignedOff => content_of(plan),
        Baseline::Backup | Baseline::File(_) => {
            let mut plan = plan.clone();
            plan.signed_off = None;
            plan
        }
    }
}

fn read_baseline(doc: &Document, baseline: &Baseline) -> Result<Plan, String> {
    let path: PathBuf = match baseline {
        Baseline::SignedOff => return Err("not a file".to_string()),
        Baseline::Backup => match &doc.path {
            Some(path) => backup_path(path),
            None => return Err("The plan has not been saved to a file yet.".to_string()),
        },
        Baseline::File(path) => path.clone(),
    };
    if *baseline == Baseline::Backup && !Path::new(&path).exists() {
        return Err(format!(
            "There is no backup yet: {} is written when the plan is saved a second time.",
            path.display()
        ));
    }
    load_path(&path).map_err(|e| e.to_string())
}
