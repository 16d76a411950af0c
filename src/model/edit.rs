//! Structural edits of a plan: add, duplicate and remove items by id, keeping every
//! reference valid (removing a priority clears the links to it, and so on).

use super::{
    Criterion, Growth, Investment, Kpi, Locality, OneOff, Plan, Priority, Risk, RiskStatus, Rule,
    RuleValue, Scenario, Scheme, Side, SpendLine, Stage, Trajectory,
};

/// The kinds of item that can be added, duplicated and removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Collection {
    /// Savings schemes.
    Schemes,
    /// Investments.
    Investments,
    /// Priorities.
    Priorities,
    /// Activity trajectories.
    Trajectories,
    /// Spend lines.
    Spend,
    /// One-off items.
    OneOffs,
    /// Business rules.
    Rules,
    /// Localities.
    Localities,
    /// KPIs.
    Kpis,
    /// Risks.
    Risks,
    /// Options.
    Scenarios,
    /// Scoring criteria.
    Criteria,
}

impl Collection {
    /// Every collection.
    pub const ALL: [Collection; 12] = [
        Collection::Schemes,
        Collection::Investments,
        Collection::Priorities,
        Collection::Trajectories,
        Collection::Spend,
        Collection::OneOffs,
        Collection::Rules,
        Collection::Localities,
        Collection::Kpis,
        Collection::Risks,
        Collection::Scenarios,
        Collection::Criteria,
    ];

    /// Singular name for buttons: "Add scheme".
    pub fn noun(self) -> &'static str {
        match self {
            Collection::Schemes => "scheme",
            Collection::Investments => "investment",
            Collection::Priorities => "priority",
            Collection::Trajectories => "trajectory",
            Collection::Spend => "spend line",
            Collection::OneOffs => "one-off item",
            Collection::Rules => "business rule",
            Collection::Localities => "locality",
            Collection::Kpis => "KPI",
            Collection::Risks => "risk",
            Collection::Scenarios => "option",
            Collection::Criteria => "criterion",
        }
    }

    /// The plan's field holding the collection, as problem paths name it
    /// (`schemes[id=chc].savings[1]`).
    pub fn field(self) -> &'static str {
        match self {
            Collection::Schemes => "schemes",
            Collection::Investments => "investments",
            Collection::Priorities => "priorities",
            Collection::Trajectories => "trajectories",
            Collection::Spend => "spend",
            Collection::OneOffs => "one_offs",
            Collection::Rules => "rules",
            Collection::Localities => "localities",
            Collection::Kpis => "kpis",
            Collection::Risks => "risks",
            Collection::Scenarios => "scenarios",
            Collection::Criteria => "criteria",
        }
    }

    fn id_prefix(self) -> &'static str {
        match self {
            Collection::Schemes => "scheme",
            Collection::Investments => "investment",
            Collection::Priorities => "priority",
            Collection::Trajectories => "pod",
            Collection::Spend => "spend",
            Collection::OneOffs => "one-off",
            Collection::Rules => "rule",
            Collection::Localities => "locality",
            Collection::Kpis => "kpi",
            Collection::Risks => "risk",
            Collection::Scenarios => "option",
            Collection::Criteria => "criterion",
        }
    }
}

/// Ids of the items in a collection, in order.
pub fn ids(plan: &Plan, c: Collection) -> Vec<&str> {
    fn of<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<&str> {
        items.iter().map(id).collect()
    }
    match c {
        Collection::Schemes => of(&plan.schemes, |x| &x.id),
        Collection::Investments => of(&plan.investments, |x| &x.id),
        Collection::Priorities => of(&plan.priorities, |x| &x.id),
        Collection::Trajectories => of(&plan.trajectories, |x| &x.id),
        Collection::Spend => of(&plan.spend, |x| &x.id),
        Collection::OneOffs => of(&plan.one_offs, |x| &x.id),
        Collection::Rules => of(&plan.rules, |x| &x.id),
        Collection::Localities => of(&plan.localities, |x| &x.id),
        Collection::Kpis => of(&plan.kpis, |x| &x.id),
        Collection::Risks => of(&plan.risks, |x| &x.id),
        Collection::Scenarios => of(&plan.scenarios, |x| &x.id),
        Collection::Criteria => of(&plan.criteria, |x| &x.id),
    }
}

/// An id not yet used in the collection, made from `stem`: `stem`, `stem-2`, `stem-3`, ...
pub fn unique_id(plan: &Plan, c: Collection, stem: &str) -> String {
    let taken = ids(plan, c);
    if !taken.contains(&stem) && stem != super::BASE_SCENARIO {
        return stem.to_string();
    }
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or_else(|| stem.to_string())
}

/// Adds a new item with sensible defaults; returns its id.
pub fn add(plan: &mut Plan, c: Collection) -> String {
    let id = unique_id(plan, c, &format!("new-{}", c.id_prefix()));
    let h = plan.horizon;
    let zeros = vec![0.0; h];
    let name = format!("New {}", c.noun());
    match c {
        Collection::Schemes => plan.schemes.push(Scheme {
            sensitive: false,
            id: id.clone(),
            name,
            programme: plan
                .schemes
                .first()
                .map_or_else(|| "Unassigned".to_string(), |s| s.programme.clone()),
            provider: None,
            priority: None,
            locality: None,
            stage: Stage::Pipeline,
            savings: zeros,
            recurrent: true,
            confidence: None,
            stretch: None,
            activity: Vec::new(),
            active: true,
            notes: String::new(),
        }),
        Collection::Investments => plan.investments.push(Investment {
            sensitive: false,
            id: id.clone(),
            name,
            category: plan
                .investments
                .first()
                .map_or_else(|| "Transformation".to_string(), |v| v.category.clone()),
            priority: None,
            locality: None,
            amounts: zeros,
            recurrent: false,
            benefit: None,
            active: true,
            notes: String::new(),
        }),
        Collection::Priorities => plan.priorities.push(Priority {
            id: id.clone(),
            name,
            group: String::new(),
            lead: String::new(),
            description: String::new(),
            actions: Vec::new(),
            impact: String::new(),
            scores: Default::default(),
            milestones: Vec::new(),
            notes: String::new(),
        }),
        Collection::Trajectories => plan.trajectories.push(Trajectory {
            id: id.clone(),
            name,
            unit: "activity".into(),
            base: 0.0,
            growth: zeros,
            mitigation: None,
            unit_cost: None,
            notes: String::new(),
        }),
        Collection::Spend => plan.spend.push(SpendLine {
            sensitive: false,
            id: id.clone(),
            name,
            base: 0.0,
            growth: Growth::Percent(zeros),
            notes: String::new(),
        }),
        Collection::OneOffs => plan.one_offs.push(OneOff {
            id: id.clone(),
            name,
            side: Side::Spend,
            amounts: zeros,
            notes: String::new(),
        }),
        Collection::Rules => plan.rules.push(Rule {
            id: id.clone(),
            name,
            value: RuleValue::Percent(0.0),
            base: None,
            notes: String::new(),
        }),
        Collection::Localities => plan.localities.push(Locality {
            id: id.clone(),
            name,
            population: 0.0,
            practices: 0,
            weight: None,
            notes: String::new(),
        }),
        Collection::Kpis => plan.kpis.push(Kpi {
            id: id.clone(),
            name,
            unit: String::new(),
            target: None,
            higher_is_better: true,
            baseline: None,
            periods: Vec::new(),
            plan: Vec::new(),
            actual: Vec::new(),
            notes: String::new(),
        }),
        Collection::Risks => plan.risks.push(Risk {
            sensitive: false,
            id: id.clone(),
            name,
            likelihood: 3,
            impact: 3,
            exposure: 0.0,
            mitigation: String::new(),
            owner: String::new(),
            status: RiskStatus::Open,
            notes: String::new(),
        }),
        Collection::Scenarios => plan.scenarios.push(Scenario {
            id: id.clone(),
            name,
            ..Scenario::default()
        }),
        Collection::Criteria => plan.criteria.push(Criterion {
            id: id.clone(),
            name,
            weight: 1.0,
            notes: String::new(),
        }),
    }
    id
}

/// Copies an item, placing the copy after it with a new id and " (copy)" on its name.
/// Returns the new id, or `None` when there is no item with that id.
pub fn duplicate(plan: &mut Plan, c: Collection, id: &str) -> Option<String> {
    let new_id = unique_id(plan, c, &format!("{id}-copy"));
    macro_rules! dup {
        ($items:expr) => {{
            let i = $items.iter().position(|x| x.id == id)?;
            let mut copy = $items[i].clone();
            copy.id = new_id.clone();
            copy.name = format!("{} (copy)", copy.name);
            $items.insert(i + 1, copy);
        }};
    }
    match c {
        Collection::Schemes => dup!(plan.schemes),
        Collection::Investments => dup!(plan.investments),
        Collection::Priorities => dup!(plan.priorities),
        Collection::Trajectories => dup!(plan.trajectories),
        Collection::Spend => dup!(plan.spend),
        Collection::OneOffs => dup!(plan.one_offs),
        Collection::Rules => dup!(plan.rules),
        Collection::Localities => dup!(plan.localities),
        Collection::Kpis => dup!(plan.kpis),
        Collection::Risks => dup!(plan.risks),
        Collection::Scenarios => dup!(plan.scenarios),
        Collection::Criteria => dup!(plan.criteria),
    }
    Some(new_id)
}

/// Removes an item and every reference to it; returns whether it existed.
pub fn remove(plan: &mut Plan, c: Collection, id: &str) -> bool {
    let before = ids(plan, c).len();
    match c {
        Collection::Schemes => {
            plan.schemes.retain(|x| x.id != id);
            for s in &mut plan.scenarios {
                s.schemes_off.retain(|x| x != id);
                s.schemes_on.retain(|x| x != id);
                s.confidence.remove(id);
            }
        }
        Collection::Investments => {
            plan.investments.retain(|x| x.id != id);
            for s in &mut plan.scenarios {
                s.investments_off.retain(|x| x != id);
                s.investments_on.retain(|x| x != id);
            }
        }
        Collection::Priorities => {
            plan.priorities.retain(|x| x.id != id);
            let unlink = |p: &mut Option<String>| {
                if p.as_deref() == Some(id) {
                    *p = None;
                }
            };
            plan.schemes
                .iter_mut()
                .for_each(|s| unlink(&mut s.priority));
            plan.investments
                .iter_mut()
                .for_each(|v| unlink(&mut v.priority));
        }
        Collection::Trajectories => {
            plan.trajectories.retain(|x| x.id != id);
            for s in &mut plan.schemes {
                s.activity.retain(|a| a.pod != id);
            }
            for s in &mut plan.scenarios {
                s.trajectory_growth_pp.remove(id);
            }
        }
        Collection::Spend => {
            plan.spend.retain(|x| x.id != id);
            for s in &mut plan.scenarios {
                s.spend_line_growth_pp.remove(id);
            }
        }
        Collection::OneOffs => plan.one_offs.retain(|x| x.id != id),
        Collection::Rules => plan.rules.retain(|x| x.id != id),
        Collection::Localities => {
            plan.localities.retain(|x| x.id != id);
            let unlink = |p: &mut Option<String>| {
                if p.as_deref() == Some(id) {
                    *p = None;
                }
            };
            plan.schemes
                .iter_mut()
                .for_each(|s| unlink(&mut s.locality));
            plan.investments
                .iter_mut()
                .for_each(|v| unlink(&mut v.locality));
        }
        Collection::Kpis => plan.kpis.retain(|x| x.id != id),
        Collection::Risks => plan.risks.retain(|x| x.id != id),
        Collection::Scenarios => {
            plan.scenarios.retain(|x| x.id != id);
            plan.compare.retain(|x| x != id);
        }
        Collection::Criteria => {
            plan.criteria.retain(|x| x.id != id);
            for p in &mut plan.priorities {
                p.scores.remove(id);
            }
        }
    }
    ids(plan, c).len() != before
}

/// Sets the number of planning years, padding every per-year list with zeros or
/// cutting it, so the plan stays valid.
pub fn set_horizon(plan: &mut Plan, horizon: usize) {
    let fit = |v: &mut Vec<f64>| v.resize(horizon, 0.0);
    plan.horizon = horizon;
    fit(plan.income.growth.values_mut());
    for s in &mut plan.spend {
        fit(s.growth.values_mut());
    }
    plan.one_offs.iter_mut().for_each(|o| fit(&mut o.amounts));
    for s in &mut plan.schemes {
        fit(&mut s.savings);
        if let Some(x) = &mut s.stretch {
            fit(x);
        }
        s.activity.iter_mut().for_each(|a| fit(&mut a.change));
    }
    plan.investments
        .iter_mut()
        .for_each(|v| fit(&mut v.amounts));
    for t in &mut plan.trajectories {
        fit(&mut t.growth);
        if let Some(m) = &mut t.mitigation {
            fit(m);
        }
    }
}

/// Switches the scheme with id `id` on or off in option `scenario`, or in the base plan
/// when there is none; false when there is no such scheme or option.
pub fn switch_scheme(plan: &mut Plan, scenario: Option<&str>, id: &str, on: bool) -> bool {
    let Plan {
        scenarios, schemes, ..
    } = plan;
    let Some(scheme) = schemes.iter_mut().find(|s| s.id == id) else {
        return false;
    };
    match scenario {
        Some(option) => match scenarios.iter_mut().find(|s| s.id == option) {
            Some(s) => s.set_scheme(scheme, on),
            None => return false,
        },
        None => scheme.active = on,
    }
    true
}

/// Switches the investment with id `id` on or off in option `scenario`, or in the base
/// plan when there is none; false when there is no such investment or option.
pub fn switch_investment(plan: &mut Plan, scenario: Option<&str>, id: &str, on: bool) -> bool {
    let Plan {
        scenarios,
        investments,
        ..
    } = plan;
    let Some(investment) = investments.iter_mut().find(|v| v.id == id) else {
        return false;
    };
    match scenario {
        Some(option) => match scenarios.iter_mut().find(|s| s.id == option) {
            Some(s) => s.set_investment(investment, on),
            None => return false,
        },
        None => investment.active = on,
    }
    true
}

/// Whose growth an option moves: the income's or every spend line's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrowthOf {
    /// Income.
    Income,
    /// Every spend line.
    Spend,
}

/// Adds `pp` percentage points a year to the growth option `scenario` gives `of`, within
/// the limits; false when there is no such option.
pub fn add_growth_points(plan: &mut Plan, scenario: &str, of: GrowthOf, pp: f64) -> bool {
    let Some(s) = plan.scenarios.iter_mut().find(|s| s.id == scenario) else {
        return false;
    };
    let points = match of {
        GrowthOf::Income => &mut s.income_growth_pp,
        GrowthOf::Spend => &mut s.spend_growth_pp,
    };
    let add = |x: &mut f64| *x = super::limits::GROWTH_CHANGE_PP.clamp(*x + pp);
    match points {
        super::Points::Every(x) => add(x),
        super::Points::ByYear(v) => v.iter_mut().for_each(add),
    }
    true
}

/// The options shown side by side: the plan's choice, or when it has made none, the base
/// plan and its first options, up to [`super::MAX_COMPARED`].
pub fn compared(plan: &Plan) -> Vec<String> {
    if !plan.compare.is_empty() {
        return plan.compare.clone();
    }
    std::iter::once(super::BASE_SCENARIO.to_string())
        .chain(plan.scenarios.iter().map(|s| s.id.clone()))
        .take(super::MAX_COMPARED)
        .collect()
}

/// Adds the option to the comparison or takes it out, keeping the plan's order of
/// options. Returns false, changing nothing, when four are already compared.
pub fn toggle_compared(plan: &mut Plan, id: &str) -> bool {
    let mut chosen = compared(plan);
    if let Some(i) = chosen.iter().position(|x| x == id) {
        chosen.remove(i);
    } else if chosen.len() >= super::MAX_COMPARED {
        return false;
    } else {
        chosen.push(id.to_string());
    }
    let order: Vec<&str> = std::iter::once(super::BASE_SCENARIO)
        .chain(plan.scenarios.iter().map(|s| s.id.as_str()))
        .collect();
    chosen.sort_by_key(|x| order.iter().position(|o| o == x));
    plan.compare = chosen;
    true
}

/// A package of investments the value-for-money analysis suggests: of the investments
/// it considered, the ones chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// The investments considered, by id.
    pub considered: Vec<String>,
    /// Those chosen, by id.
    pub chosen: Vec<String>,
}

/// Accepts a suggested package of investments: of the investments it considered, the
/// chosen ones count and the rest do not, in the option with id `scenario` (or the base
/// plan for `None` or `base`). Other investments are left as they are.
pub fn apply_package(plan: &mut Plan, scenario: Option<&str>, package: &Package) {
    let Package { considered, chosen } = package;
    let option = scenario
        .filter(|id| *id != super::BASE_SCENARIO)
        .and_then(|id| plan.scenarios.iter().position(|s| s.id == id));
    for investment in plan.investments.iter_mut() {
        if !considered.contains(&investment.id) {
            continue;
        }
        let want = chosen.contains(&investment.id);
        match option {
            Some(i) => plan.scenarios[i].set_investment(investment, want),
            None => investment.active = want,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Size, generate};
    use crate::model::validate;

    const ALL: [Collection; 12] = Collection::ALL;

    #[test]
    fn add_duplicate_remove_keep_the_plan_valid() {
        let mut plan = generate(&Size::S);
        for c in ALL {
            let id = add(&mut plan, c);
            assert!(
                validate(&plan).is_empty(),
                "after add {c:?}: {:?}",
                validate(&plan)
            );
            let copy = duplicate(&mut plan, c, &id).expect("duplicates");
            assert_ne!(copy, id);
            assert!(validate(&plan).is_empty(), "after duplicate {c:?}");
            assert!(remove(&mut plan, c, &id));
            assert!(remove(&mut plan, c, &copy));
            assert!(!remove(&mut plan, c, &copy));
        }
        // Removing things that are referenced clears the references.
        for c in [
            Collection::Priorities,
            Collection::Localities,
            Collection::Trajectories,
        ] {
            let first = ids(&plan, c)[0].to_string();
            assert!(remove(&mut plan, c, &first));
            assert!(
                validate(&plan).is_empty(),
                "after removing {first}: {:?}",
                validate(&plan)
            );
        }
        let scheme = plan.scenarios[0].schemes_off[0].clone();
        assert!(remove(&mut plan, Collection::Schemes, &scheme));
        assert!(validate(&plan).is_empty());
    }

    #[test]
    fn horizon_changes_resize_every_list() {
        let mut plan = generate(&Size::S);
        set_horizon(&mut plan, 5);
        assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
        set_horizon(&mut plan, 1);
        assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    }

    #[test]
    fn unique_ids_never_clash() {
        let mut plan = generate(&Size::S);
        let a = add(&mut plan, Collection::Schemes);
        let b = add(&mut plan, Collection::Schemes);
        assert_ne!(a, b);
        assert_eq!(unique_id(&plan, Collection::Scenarios, "base"), "base-2");
    }

    #[test]
    fn comparing_keeps_at_most_four_in_plan_order() {
        let mut plan = generate(&Size::S);
        for _ in 0..4 {
            add(&mut plan, Collection::Scenarios);
        }
        let ids: Vec<String> = plan.scenarios.iter().map(|s| s.id.clone()).collect();
        assert_eq!(compared(&plan).len(), 4);
        assert_eq!(compared(&plan)[0], "base");
        assert!(toggle_compared(&mut plan, "base"));
        assert!(toggle_compared(&mut plan, &ids[4]));
        assert!(!toggle_compared(&mut plan, "base"), "a fifth is refused");
        assert_eq!(plan.compare.last(), Some(&ids[4]));
        assert!(toggle_compared(&mut plan, &ids[0]));
        assert!(toggle_compared(&mut plan, "base"));
        assert_eq!(plan.compare[0], "base");
        assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
        remove(&mut plan, Collection::Scenarios, &ids[4]);
        assert!(!plan.compare.contains(&ids[4]));
    }

    #[test]
    fn accepting_a_package_switches_only_the_considered_investments() {
        let mut plan = generate(&Size::S);
        let option = add(&mut plan, Collection::Scenarios);
        let ids: Vec<String> = plan.investments.iter().map(|v| v.id.clone()).collect();
        let package = |chosen: &[String]| Package {
            considered: ids[..3].to_vec(),
            chosen: chosen.to_vec(),
        };
        let before = plan.clone();
        apply_package(&mut plan, Some(&option), &package(&ids[..1]));
        assert_eq!(
            plan.investments, before.investments,
            "the base plan is untouched"
        );
        let s = plan.scenario(&option).expect("option");
        assert!(s.investment_counts(&plan.investments[0]));
        assert!(!s.investment_counts(&plan.investments[1]));
        assert!(!s.investment_counts(&plan.investments[2]));
        assert_eq!(
            s.investment_counts(&plan.investments[3]),
            plan.investments[3].active
        );
        apply_package(&mut plan, None, &package(&ids[1..2]));
        assert!(!plan.investments[0].active && plan.investments[1].active);
        assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
    }
}
