//! What the window is showing: section, selection, option, locality, mode and filters.
//! None of it is plan data; the plan lives only in the document.

use crate::model::Stage;
use crate::model::edit::Collection;
use crate::model::review::{Reviewer, Subject};

/// The editor sections of the outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Income, spend lines, one-offs, business rules, stage confidence.
    Assumptions,
    /// Savings (QIPP) schemes.
    Schemes,
    /// Investments.
    Investments,
    /// Priorities, criteria and milestones.
    Priorities,
    /// Activity trajectories.
    Trajectories,
    /// Localities.
    Localities,
    /// Performance measures.
    Kpis,
    /// Risks.
    Risks,
    /// Options (scenarios).
    Options,
    /// Review: what changed, comments, sign-off and the audit trail.
    Review,
}

impl Section {
    /// Every section in outline order.
    pub const ALL: [Section; 10] = [
        Section::Assumptions,
        Section::Schemes,
        Section::Investments,
        Section::Priorities,
        Section::Trajectories,
        Section::Localities,
        Section::Kpis,
        Section::Risks,
        Section::Options,
        Section::Review,
    ];

    /// Name in the outline.
    pub fn label(self) -> &'static str {
        match self {
            Section::Assumptions => "Assumptions",
            Section::Schemes => "Savings schemes",
            Section::Investments => "Investments",
            Section::Priorities => "Priorities",
            Section::Trajectories => "Activity",
            Section::Localities => "Localities",
            Section::Kpis => "KPIs",
            Section::Risks => "Risks",
            Section::Options => "Options",
            Section::Review => "Review and sign-off",
        }
    }

    /// The section showing items of `list`.
    pub fn of(list: Collection) -> Self {
        match list {
            Collection::Schemes => Section::Schemes,
            Collection::Investments => Section::Investments,
            Collection::Priorities | Collection::Criteria => Section::Priorities,
            Collection::Trajectories => Section::Trajectories,
            Collection::Spend | Collection::OneOffs | Collection::Rules => Section::Assumptions,
            Collection::Localities => Section::Localities,
            Collection::Kpis => Section::Kpis,
            Collection::Risks => Section::Risks,
            Collection::Scenarios => Section::Options,
        }
    }
}

/// Edit the plan, or review it read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Everything can be changed.
    Edit,
    /// Nothing can be changed.
    Review,
}

/// The chart under the gap chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Bridge (waterfall) for a year.
    Bridge,
    /// Savings by programme or stage.
    Savings,
    /// Activity trajectory of a point of delivery.
    Activity,
    /// Spend mix by service area.
    Spend,
    /// Money per priority.
    Priorities,
    /// The risk range: the chance of closing a year's gap, and what would close it.
    Risk,
    /// The tornado: which assumptions move the final year's gap most.
    Sensitivity,
    /// Investments by benefit per pound, and the package that fits the headroom.
    Value,
}

impl ChartKind {
    /// Every chart, in tab order.
    pub const ALL: [ChartKind; 8] = [
        ChartKind::Bridge,
        ChartKind::Savings,
        ChartKind::Activity,
        ChartKind::Spend,
        ChartKind::Priorities,
        ChartKind::Risk,
        ChartKind::Sensitivity,
        ChartKind::Value,
    ];

    /// Tab label.
    pub fn label(self) -> &'static str {
        match self {
            ChartKind::Bridge => "Bridge",
            ChartKind::Savings => "Savings",
            ChartKind::Activity => "Activity",
            ChartKind::Spend => "Spend mix",
            ChartKind::Priorities => "Priorities",
            ChartKind::Risk => "Risk range",
            ChartKind::Sensitivity => "Sensitivity",
            ChartKind::Value => "Value for money",
        }
    }
}

/// Savings grouped by programme or by stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavingsGrouping {
    /// By programme.
    Programme,
    /// By delivery stage.
    Stage,
}

/// Filters over the schemes or investments sheet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemFilter {
    /// Words in the name or id.
    pub text: String,
    /// Programme (schemes) or category (investments).
    pub group: Option<String>,
    /// Stage.
    pub stage: Option<Stage>,
    /// Locality id.
    pub locality: Option<String>,
    /// Priority id.
    pub priority: Option<String>,
}

impl ItemFilter {
    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }
}

/// The window's view state.
#[derive(Debug, Clone)]
pub struct ViewState {
    /// Editor section shown in the middle.
    pub section: Section,
    /// Selected item id within the section.
    pub selected: Option<String>,
    /// Whether the editor should scroll the selected item into view (it was just added
    /// or copied, and may be far down a long list).
    pub reveal_selected: bool,
    /// Whether the workshop panel should put the cursor in the newest change's "who
    /// and why" (Ctrl+M), once.
    pub note_change: bool,
    /// Active option id; none for the base plan.
    pub scenario: Option<String>,
    /// Locality in view; none for the whole plan.
    pub locality: Option<String>,
    /// Edit or review.
    pub mode: Mode,
    /// Chart under the gap chart.
    pub chart: ChartKind,
    /// Planning year of the bridge (1 = first planning year).
    pub bridge_year: usize,
    /// Trajectory shown in the activity chart.
    pub pod: Option<String>,
    /// Savings chart grouping.
    pub savings_grouping: SavingsGrouping,
    /// Scheme table filters.
    pub scheme_filter: ItemFilter,
    /// Investment sheet filters.
    pub investment_filter: ItemFilter,
    /// Whether the middle shows the options compared instead of an editor.
    pub comparing: bool,
    /// Planning year of the risk range's S-curve (1 = first planning year).
    pub risk_year: usize,
    /// The chance of closing the gap that goal seek aims for (0-1).
    pub target_chance: f64,
    /// Words that narrow the option editor's lists of schemes and investments.
    pub option_filter: String,
    /// In a narrow window (a small screen, a large zoom), which pane fills it.
    pub pane: Pane,
    /// The review screen's tab and what is being written there.
    pub review: ReviewView,
    /// Present mode's slide and look, while presenting.
    pub present: Option<super::Presenting>,
}

/// The tabs of the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReviewTab {
    /// What changed since another version.
    #[default]
    Changes,
    /// Comments on the plan and its items.
    Comments,
    /// Sign-off, send-back and the audit trail as a timeline.
    SignOff,
}

impl ReviewTab {
    /// Every tab, in order.
    pub const ALL: [ReviewTab; 3] = [ReviewTab::Changes, ReviewTab::Comments, ReviewTab::SignOff];

    /// Tab label.
    pub fn label(self) -> &'static str {
        match self {
            ReviewTab::Changes => "What changed",
            ReviewTab::Comments => "Comments",
            ReviewTab::SignOff => "Sign-off and history",
        }
    }
}

/// The review screen's state: not plan data, only what is on screen and being typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewView {
    /// The tab shown.
    pub tab: ReviewTab,
    /// Only the changes that move the gap.
    pub only_moving: bool,
    /// Resolved comments are shown too.
    pub show_resolved: bool,
    /// What the review page's new comment or decision is about: the plan unless
    /// another is chosen there (an item's details have their own, the item).
    pub about: Subject,
    /// What the comment and note being written are about; they are cleared when the
    /// window shows the box for another.
    pub writing_on: Option<Subject>,
    /// The new comment being written.
    pub draft: String,
    /// A reply being written, to the comment at this place.
    pub reply: Option<(usize, String)>,
    /// The note for a sign-off or send-back.
    pub note: String,
    /// Who is reviewing, as being typed before it is kept in the preferences.
    pub reviewer: Reviewer,
}

impl ReviewView {
    /// Makes the comment and note being written ones about `subject`: cleared when
    /// they were about another.
    pub fn write_about(&mut self, subject: &Subject) {
        if self.writing_on.as_ref() != Some(subject) {
            self.writing_on = Some(subject.clone());
            self.draft.clear();
            self.note.clear();
        }
    }
}

/// The two panes a narrow window shows one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The editor (or the options compared), with a section picker.
    Plan,
    /// The headline figures and charts.
    Charts,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            section: Section::Schemes,
            selected: None,
            reveal_selected: false,
            note_change: false,
            scenario: None,
            locality: None,
            mode: Mode::Edit,
            chart: ChartKind::Bridge,
            bridge_year: 1,
            pod: None,
            savings_grouping: SavingsGrouping::Programme,
            scheme_filter: ItemFilter::default(),
            investment_filter: ItemFilter::default(),
            comparing: false,
            risk_year: usize::MAX,
            target_chance: 0.8,
            option_filter: String::new(),
            pane: Pane::Plan,
            review: ReviewView::default(),
            present: None,
        }
    }
}
