//! Review of a plan by its clinical chair: the fingerprint of its content, the version
//! last signed off (kept inside the plan), comments on items and sign-off or send-back
//! of the plan or of one item, recorded in the append-only audit trail.
//!
//! # Why the signed-off version travels inside the plan
//!
//! A chair receives the plan as one file, by email, and must still see what changed
//! since they signed it off. So a sign-off stores, in the plan itself, a full copy of
//! the plan's content as it was signed ([`SignedOff::plan`]) with its fingerprint.
//! A full copy rather than a patch: a plan is tens to hundreds of kilobytes, so the copy
//! costs little; it can be compared with any later version by the same item-by-item
//! comparison as two files (`placeplan diff`), needs no history of edits, survives
//! edits made by hand in a text editor, and can itself be checked against its
//! fingerprint. Only the last plan sign-off is kept as a copy; earlier ones stay in the
//! audit trail with their fingerprints.
//!
//! # The fingerprint
//!
//! SHA-256 of the plan's content in canonical form: the plan as compact JSON, fields in
//! the order the file format declares them, maps sorted by key and numbers in their
//! shortest exact form, with the review record left out (the audit trail, comments,
//! the signed-off copy and the file format's version number). So comments, sign-offs,
//! reformatting the file or converting it between RON and JSON never change it, and
//! any change to a figure, a name or a note does.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::edit::{Collection, ids};
use super::{AuditAction, AuditEntry, Comment, Plan};
use crate::format::date_time;

/// The fingerprint of a plan's content: `sha256:` and 64 hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Fingerprint(pub String);

impl Fingerprint {
    /// The fingerprint of `plan`'s content (see the module's notes on what counts).
    pub fn of(plan: &Plan) -> Self {
        let content = content_of(plan);
        // Serialising a plan to JSON cannot fail: every map key is a string and every
        // number is finite or written as null.
        let json = serde_json::to_vec(&content).unwrap_or_default();
        let digest = Sha256::digest(&json);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        Self(format!("sha256:{hex}"))
    }

    /// The first twelve hexadecimal digits, enough for people to compare by eye.
    pub fn short(&self) -> &str {
        let hex = self.0.strip_prefix("sha256:").unwrap_or(&self.0);
        hex.get(..12).unwrap_or(hex)
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The plan's content: the plan without its review record (what the fingerprint covers
/// and what a sign-off keeps a copy of).
pub fn content_of(plan: &Plan) -> Plan {
    let mut content = plan.clone();
    content.format = 0;
    content.audit.clear();
    content.comments.clear();
    content.signed_off = None;
    content
}

/// Who is reviewing: set once in the preferences (an offline tool has no accounts).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reviewer {
    /// Their name.
    pub name: String,
    /// Their role, like "Clinical Chair".
    pub role: String,
}

impl Reviewer {
    /// Whether a name is set.
    pub fn is_named(&self) -> bool {
        !self.name.trim().is_empty()
    }

    /// "Dr A Patel (Clinical Chair)", or the name alone.
    pub fn label(&self) -> String {
        who_label(&self.name, &self.role)
    }
}

/// "Dr A Patel (Clinical Chair)", or the name alone when no role is given.
pub fn who_label(name: &str, role: &str) -> String {
    if role.trim().is_empty() {
        name.to_string()
    } else {
        format!("{name} ({role})")
    }
}

/// The version of the plan last signed off, kept inside the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedOff {
    /// Who signed it off.
    pub who: String,
    /// Their role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// When, as an ISO 8601 date and time.
    pub when: String,
    /// What they said.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The fingerprint of the content signed off.
    pub fingerprint: Fingerprint,
    /// The content signed off (the plan without its review record).
    pub plan: Plan,
}

impl SignedOff {
    /// "Dr A Patel (Clinical Chair)".
    pub fn who_label(&self) -> String {
        who_label(&self.who, &self.role)
    }

    /// The date part of when it was signed off (`2026-11-23`).
    pub fn date(&self) -> &str {
        self.when.get(..10).unwrap_or(&self.when)
    }
}

/// Where the plan stands against its last sign-off.
#[derive(Debug, Clone, PartialEq)]
pub enum SignOffState {
    /// Never signed off.
    NotSignedOff,
    /// Signed off, and the content is as it was then.
    Unchanged,
    /// Signed off, and the content has changed since: how many values differ.
    Changed(usize),
    /// The copy kept at sign-off no longer matches the fingerprint recorded with it: the
    /// file was altered by hand, so what changed since cannot be trusted.
    CopyAltered,
}

impl SignOffState {
    /// Where `plan` stands against its last sign-off.
    pub fn of(plan: &Plan) -> Self {
        let Some(signed) = &plan.signed_off else {
            return Self::NotSignedOff;
        };
        if Fingerprint::of(&signed.plan) != signed.fingerprint {
            return Self::CopyAltered;
        }
        if Fingerprint::of(plan) == signed.fingerprint {
            return Self::Unchanged;
        }
        let (_, total) = super::diff::differences(&signed.plan, &content_of(plan));
        Self::Changed(total.max(1))
    }
}

/// Where a plan stands against its sign-off, as the banner, the status bar and the paper
/// all say it: one reading of the plan's review record, worded in one place.
#[derive(Debug, Clone, PartialEq)]
pub enum Standing<'a> {
    /// Never signed off, or only items of it were.
    NotSignedOff,
    /// Its latest decision sent the plan back, and it is not as a sign-off left it.
    SentBack(&'a AuditEntry),
    /// Signed off with a copy kept: how the content compares with that copy.
    Signed(&'a SignedOff, SignOffState),
    /// Signed off before copies were kept (a decision in the audit trail alone), so
    /// nothing can be compared.
    SignedWithoutCopy(&'a AuditEntry),
}

impl<'a> Standing<'a> {
    /// Where `plan` stands, given its [`SignOffState`] (worked out once per revision by
    /// the caller, as it compares the whole plan).
    pub fn of(plan: &'a Plan, state: &SignOffState) -> Self {
        let latest = plan.latest_decision(&Subject::Plan);
        match (latest, &plan.signed_off) {
            (Some(d), _)
                if d.action == AuditAction::SentBack && *state != SignOffState::Unchanged =>
            {
                Self::SentBack(d)
            }
            (_, Some(signed)) => Self::Signed(signed, state.clone()),
            (Some(d), None) if d.action == AuditAction::SignedOff => Self::SignedWithoutCopy(d),
            _ => Self::NotSignedOff,
        }
    }

    /// Signed off, and nothing has changed since.
    pub fn is_settled(&self) -> bool {
        matches!(self, Self::Signed(_, SignOffState::Unchanged))
    }

    /// The copy kept at sign-off cannot be trusted.
    pub fn is_untrustworthy(&self) -> bool {
        matches!(self, Self::Signed(_, SignOffState::CopyAltered))
    }

    /// The standing in a line, with whose sign-off it awaits when it awaits one:
    /// "3 changes since sign-off by Dr A Patel (Clinical Chair) on 1 Dec 2026 ·
    /// awaiting sign-off by the Governing Body".
    pub fn line(&self, plan: &Plan) -> String {
        let on = |who: &str, role: &str, when: &str| {
            format!("{} on {}", who_label(who, role), date_time(when))
        };
        let said = match self {
            Self::NotSignedOff => "Not signed off yet".to_string(),
            Self::SentBack(d) => format!("Sent back by {}", on(&d.who, &d.role, &d.when)),
            Self::Signed(s, SignOffState::Unchanged) => {
                format!(
                    "Signed off by {} · unchanged since",
                    on(&s.who, &s.role, s.date())
                )
            }
            Self::Signed(s, SignOffState::Changed(n)) => format!(
                "{n} change{} since sign-off by {}",
                if *n == 1 { "" } else { "s" },
                on(&s.who, &s.role, s.date())
            ),
            Self::Signed(..) => "The copy kept at sign-off was altered afterwards: what \
                                 changed since cannot be trusted"
                .to_string(),
            Self::SignedWithoutCopy(d) => format!(
                "Signed off by {}, with no copy kept: changes since cannot be shown",
                on(&d.who, &d.role, &d.when)
            ),
        };
        let awaits = matches!(
            self,
            Self::NotSignedOff | Self::SentBack(_) | Self::Signed(_, SignOffState::Changed(_))
        );
        if !awaits {
            return said;
        }
        match plan.sign_off_by.trim() {
            "" => format!("{said} · awaiting sign-off"),
            by => format!("{said} · awaiting sign-off by {by}"),
        }
    }
}

/// An item a comment or a sign-off is about: one item of a list, or the plan itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum Subject {
    /// The plan as a whole.
    #[default]
    Plan,
    /// One item.
    Item {
        /// Its list.
        list: Collection,
        /// Its id.
        id: String,
    },
}

impl Subject {
    /// An item of `list`.
    pub fn item(list: Collection, id: &str) -> Self {
        Self::Item {
            list,
            id: id.to_string(),
        }
    }

    /// As written in the file: empty for the plan, else `schemes[id=chc]`.
    pub fn path(&self) -> String {
        match self {
            Subject::Plan => String::new(),
            Subject::Item { list, id } => super::item_path(list.field(), id),
        }
    }

    /// Reads `text` as written in the file: empty, a path like `schemes[id=chc]`, or
    /// (as older files wrote it) a bare id, looked up in every list of `plan`. `None`
    /// when it names no item of the plan.
    pub fn parse(text: &str, plan: &Plan) -> Option<Self> {
        if text.is_empty() {
            return Some(Subject::Plan);
        }
        if let Some((field, rest)) = text.split_once("[id=") {
            let id = rest.strip_suffix(']')?;
            let list = Collection::ALL.into_iter().find(|c| c.field() == field)?;
            return ids(plan, list)
                .contains(&id)
                .then(|| Subject::item(list, id));
        }
        Collection::ALL
            .into_iter()
            .find(|c| ids(plan, *c).contains(&text))
            .map(|list| Subject::item(list, text))
    }

    /// How people name it: "the plan", "scheme CHC Optimisation".
    pub fn describe(&self, plan: &Plan) -> String {
        match self {
            Subject::Plan => "the plan".to_string(),
            Subject::Item { list, id } => {
                let name = name_of(plan, *list, id).unwrap_or(id);
                format!("{} {name}", list.noun())
            }
        }
    }
}

/// The display name of an item.
pub fn name_of<'a>(plan: &'a Plan, list: Collection, id: &str) -> Option<&'a str> {
    fn find<'a, T>(items: &'a [T], id: &str, f: impl Fn(&T) -> (&str, &str)) -> Option<&'a str>
    where
        T: 'a,
    {
        items.iter().map(f).find(|(i, _)| *i == id).map(|(_, n)| n)
    }
    match list {
        Collection::Schemes => find(&plan.schemes, id, |x| (&x.id, &x.name)),
        Collection::Investments => find(&plan.investments, id, |x| (&x.id, &x.name)),
        Collection::Priorities => find(&plan.priorities, id, |x| (&x.id, &x.name)),
        Collection::Trajectories => find(&plan.trajectories, id, |x| (&x.id, &x.name)),
        Collection::Spend => find(&plan.spend, id, |x| (&x.id, &x.name)),
        Collection::OneOffs => find(&plan.one_offs, id, |x| (&x.id, &x.name)),
        Collection::Rules => find(&plan.rules, id, |x| (&x.id, &x.name)),
        Collection::Localities => find(&plan.localities, id, |x| (&x.id, &x.name)),
        Collection::Kpis => find(&plan.kpis, id, |x| (&x.id, &x.name)),
        Collection::Risks => find(&plan.risks, id, |x| (&x.id, &x.name)),
        Collection::Scenarios => find(&plan.scenarios, id, |x| (&x.id, &x.name)),
        Collection::Criteria => find(&plan.criteria, id, |x| (&x.id, &x.name)),
    }
}

impl Comment {
    /// Whether this comment is about `subject` in `plan`.
    pub fn is_on(&self, subject: &Subject, plan: &Plan) -> bool {
        match subject {
            Subject::Plan => self.item.is_empty(),
            // Written as a path (as this release writes them): compared as text, with
            // no need to look through the plan's lists.
            Subject::Item { .. } if self.item.contains("[id=") => self.item == subject.path(),
            Subject::Item { id, .. } => {
                self.item == *id && Subject::parse(&self.item, plan).as_ref() == Some(subject)
            }
        }
    }
}

impl Plan {
    /// The comments not yet resolved, with their place in [`Plan::comments`].
    pub fn open_comments(&self) -> impl Iterator<Item = (usize, &Comment)> {
        self.comments
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.resolved)
    }

    /// How many open comments there are on `subject`.
    pub fn open_comments_on(&self, subject: &Subject) -> usize {
        self.open_comments()
            .filter(|(_, c)| c.is_on(subject, self))
            .count()
    }

    /// Ids of the items of `list` with open comments (for marks in sheets and tables).
    pub fn ids_with_open_comments(&self, list: Collection) -> std::collections::HashSet<String> {
        self.open_comments()
            .filter_map(|(_, c)| match Subject::parse(&c.item, self) {
                Some(Subject::Item { list: l, id }) if l == list => Some(id),
                _ => None,
            })
            .collect()
    }

    /// The latest sign-off or send-back of `subject`, if any.
    pub fn latest_decision(&self, subject: &Subject) -> Option<&AuditEntry> {
        let path = subject.path();
        self.audit
            .iter()
            .rev()
            .filter(|a| matches!(a.action, AuditAction::SignedOff | AuditAction::SentBack))
            .find(|a| a.item == path)
    }
}

/// A decision a reviewer records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Signed off.
    SignOff,
    /// Sent back for changes.
    SendBack,
}

impl Decision {
    /// The audit trail's action.
    pub fn action(self) -> AuditAction {
        match self {
            Decision::SignOff => AuditAction::SignedOff,
            Decision::SendBack => AuditAction::SentBack,
        }
    }

    /// "Signed off" or "Sent back".
    pub fn label(self) -> &'static str {
        match self {
            Decision::SignOff => "Signed off",
            Decision::SendBack => "Sent back",
        }
    }
}

/// Records `decision` about `subject` by `reviewer` at `when` in the audit trail; a
/// sign-off of the whole plan also keeps a copy of the content signed off, replacing
/// the previous copy.
pub fn decide(
    plan: &mut Plan,
    subject: &Subject,
    decision: Decision,
    reviewer: &Reviewer,
    note: &str,
    when: &str,
) {
    let fingerprint = Fingerprint::of(plan);
    plan.audit.push(AuditEntry {
        minutes: None,
        when: when.to_string(),
        who: reviewer.name.clone(),
        role: reviewer.role.clone(),
        action: decision.action(),
        note: note.to_string(),
        item: subject.path(),
        fingerprint: Some(fingerprint.clone()),
    });
    if decision == Decision::SignOff && *subject == Subject::Plan {
        plan.signed_off = Some(Box::new(SignedOff {
            who: reviewer.name.clone(),
            role: reviewer.role.clone(),
            when: when.to_string(),
            note: note.to_string(),
            fingerprint,
            plan: content_of(plan),
        }));
    }
}

/// Adds a comment on `subject`.
pub fn comment(plan: &mut Plan, subject: &Subject, reviewer: &Reviewer, text: &str, when: &str) {
    plan.comments.push(Comment {
        item: subject.path(),
        author: reviewer.name.clone(),
        role: reviewer.role.clone(),
        when: when.to_string(),
        text: text.to_string(),
        resolved: false,
        replies: Vec::new(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::blank;

    fn chair() -> Reviewer {
        Reviewer {
            name: "Dr A Patel".into(),
            role: "Clinical Chair".into(),
        }
    }

    #[test]
    fn the_review_record_does_not_change_the_fingerprint_and_content_does() {
        let mut plan = blank();
        let before = Fingerprint::of(&plan);
        comment(
            &mut plan,
            &Subject::Plan,
            &chair(),
            "Why 3%?",
            "2026-12-01T10:00:00Z",
        );
        decide(
            &mut plan,
            &Subject::Plan,
            Decision::SignOff,
            &chair(),
            "",
            "2026-12-01T10:05:00Z",
        );
        assert_eq!(Fingerprint::of(&plan), before);
        assert_eq!(SignOffState::of(&plan), SignOffState::Unchanged);
        plan.title.push('!');
        assert_ne!(Fingerprint::of(&plan), before);
        assert_eq!(SignOffState::of(&plan), SignOffState::Changed(1));
    }

    #[test]
    fn an_altered_copy_is_never_silent() {
        let mut plan = blank();
        decide(
            &mut plan,
            &Subject::Plan,
            Decision::SignOff,
            &chair(),
            "",
            "2026-12-01T10:05:00Z",
        );
        if let Some(signed) = plan.signed_off.as_mut() {
            signed.plan.income.base += 1.0;
        }
        assert_eq!(SignOffState::of(&plan), SignOffState::CopyAltered);
    }

    #[test]
    fn a_fingerprint_is_the_same_after_a_round_trip_through_either_notation() {
        let plan = crate::io::example().expect("the example plan reads");
        let ron = crate::io::to_ron(&plan).expect("writes");
        let json = crate::io::to_json(&plan).expect("writes");
        let from_ron =
            crate::io::parse_plan(ron.as_bytes(), "a", crate::io::Notation::Ron).expect("reads");
        let from_json =
            crate::io::parse_plan(json.as_bytes(), "b", crate::io::Notation::Json).expect("reads");
        assert_eq!(Fingerprint::of(&from_ron), Fingerprint::of(&plan));
        assert_eq!(Fingerprint::of(&from_json), Fingerprint::of(&plan));
    }

    #[test]
    fn subjects_read_paths_and_bare_ids() {
        let plan = crate::io::example().expect("the example plan reads");
        let scheme = &plan.schemes[0].id;
        let subject = Subject::item(Collection::Schemes, scheme);
        assert_eq!(
            Subject::parse(&subject.path(), &plan),
            Some(subject.clone())
        );
        assert_eq!(Subject::parse(scheme, &plan), Some(subject));
        assert_eq!(Subject::parse("", &plan), Some(Subject::Plan));
        assert_eq!(Subject::parse("schemes[id=nope]", &plan), None);
    }

    #[test]
    fn the_standing_says_whose_sign_off_is_awaited_and_what_happened_last() {
        let mut plan = blank();
        plan.sign_off_by = "the Governing Body".into();
        let line = |plan: &Plan| Standing::of(plan, &SignOffState::of(plan)).line(plan);
        assert_eq!(
            line(&plan),
            "Not signed off yet · awaiting sign-off by the Governing Body"
        );
        // A decision from before copies were kept is said, with what cannot be shown.
        plan.audit.push(AuditEntry {
            minutes: None,
            when: "2016-12-22".into(),
            who: "Executive Committee".into(),
            role: String::new(),
            action: AuditAction::SignedOff,
            note: String::new(),
            item: String::new(),
            fingerprint: None,
        });
        assert_eq!(
            line(&plan),
            "Signed off by Executive Committee on 22 Dec 2016, with no copy kept: changes \
             since cannot be shown"
        );
        let signed = |plan: &mut Plan, decision| {
            decide(
                plan,
                &Subject::Plan,
                decision,
                &chair(),
                "",
                "2026-12-01T00:00:00Z",
            );
        };
        signed(&mut plan, Decision::SignOff);
        assert!(Standing::of(&plan, &SignOffState::of(&plan)).is_settled());
        assert_eq!(
            line(&plan),
            "Signed off by Dr A Patel (Clinical Chair) on 1 Dec 2026 · unchanged since"
        );
        plan.title.push('!');
        assert_eq!(
            line(&plan),
            "1 change since sign-off by Dr A Patel (Clinical Chair) on 1 Dec 2026 · awaiting \
             sign-off by the Governing Body"
        );
        signed(&mut plan, Decision::SendBack);
        assert_eq!(
            line(&plan),
            "Sent back by Dr A Patel (Clinical Chair) on 1 Dec 2026 · awaiting sign-off by \
             the Governing Body"
        );
    }
}
