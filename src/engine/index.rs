//! Every scheme's and investment's group keys (programme, stage, provider stream,
//! category, locality, priority) resolved once to small integers, so the passes that
//! total them walk flat arrays instead of hashing strings again.

use rustc_hash::FxHashMap;

use crate::model::{Plan, Stage};

/// Group name for schemes that do not say which provider stream they fall on.
pub const PROVIDER_NOT_STATED: &str = "Not stated";

/// Distinct names in order of first appearance, each with its number.
#[derive(Debug, Default)]
pub(crate) struct Keys<'a> {
    lookup: FxHashMap<&'a str, u32>,
    pub names: Vec<&'a str>,
}

impl<'a> Keys<'a> {
    fn slot(&mut self, name: &'a str) -> u32 {
        if let Some(i) = self.lookup.get(name) {
            return *i;
        }
        let i = self.names.len() as u32;
        self.lookup.insert(name, i);
        self.names.push(name);
        i
    }
}

/// Position of each id in its list.
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> FxHashMap<&'a str, u32> {
    ids.enumerate().map(|(i, id)| (id, i as u32)).collect()
}

fn find(map: &FxHashMap<&str, u32>, id: Option<&str>) -> Option<u32> {
    id.and_then(|id| map.get(id).copied())
}

/// Resolved keys, one entry per scheme or investment in plan order.
#[derive(Debug)]
pub(crate) struct PlanIndex<'a> {
    pub programmes: Keys<'a>,
    pub providers: Keys<'a>,
    pub categories: Keys<'a>,
    pub scheme_programme: Vec<u32>,
    pub scheme_stage: Vec<u32>,
    pub scheme_provider: Vec<u32>,
    pub scheme_locality: Vec<Option<u32>>,
    pub scheme_priority: Vec<Option<u32>>,
    /// Schemes that change activity.
    pub schemes_with_activity: Vec<usize>,
    /// Schemes asked for stretch savings.
    pub schemes_with_stretch: Vec<usize>,
    pub investment_category: Vec<u32>,
    pub investment_locality: Vec<Option<u32>>,
    pub investment_priority: Vec<Option<u32>>,
}

impl<'a> PlanIndex<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let localities = positions(plan.localities.iter().map(|l| l.id.as_str()));
        let priorities = positions(plan.priorities.iter().map(|p| p.id.as_str()));
        let mut programmes = Keys::default();
        let mut providers = Keys::default();
        let mut categories = Keys::default();
        let n = plan.schemes.len();
        let mut index = Self {
            scheme_programme: Vec::with_capacity(n),
            scheme_stage: Vec::with_capacity(n),
            scheme_provider: Vec::with_capacity(n),
            scheme_locality: Vec::with_capacity(n),
            scheme_priority: Vec::with_capacity(n),
            schemes_with_activity: Vec::new(),
            schemes_with_stretch: Vec::new(),
            investment_category: Vec::with_capacity(plan.investments.len()),
            investment_locality: Vec::with_capacity(plan.investments.len()),
            investment_priority: Vec::with_capacity(plan.investments.len()),
            programmes: Keys::default(),
            providers: Keys::default(),
            categories: Keys::default(),
        };
        for (i, s) in plan.schemes.iter().enumerate() {
            index.scheme_programme.push(programmes.slot(&s.programme));
            index.scheme_stage.push(stage_number(s.stage));
            index
                .scheme_provider
                .push(providers.slot(s.provider.as_deref().unwrap_or(PROVIDER_NOT_STATED)));
            index
                .scheme_locality
                .push(find(&localities, s.locality.as_deref()));
            index
                .scheme_priority
                .push(find(&priorities, s.priority.as_deref()));
            if !s.activity.is_empty() {
                index.schemes_with_activity.push(i);
            }
            if s.stretch.is_some() {
                index.schemes_with_stretch.push(i);
            }
        }
        for v in &plan.investments {
            index.investment_category.push(categories.slot(&v.category));
            index
                .investment_locality
                .push(find(&localities, v.locality.as_deref()));
            index
                .investment_priority
                .push(find(&priorities, v.priority.as_deref()));
        }
        index.programmes = programmes;
        index.providers = providers;
        index.categories = categories;
        index
    }
}

fn stage_number(stage: Stage) -> u32 {
    Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0) as u32
}
