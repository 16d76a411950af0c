//! Synthetic plans of any size, the same for the same seed: for benchmarks and tests.

use std::collections::BTreeMap;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::{
    ActivityImpact, Criterion, Growth, Income, Investment, Kpi, Locality, Milestone,
    MilestoneStatus, Plan, Points, Priority, Risk, RiskStatus, Rule, RuleValue, Scenario, Scheme,
    SpendLine, Stage, StageConfidence, Trajectory,
};

/// The size and seed of a synthetic plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Localities.
    pub localities: usize,
    /// Planning years (horizon).
    pub years: usize,
    /// Savings schemes.
    pub schemes: usize,
    /// Investments.
    pub investments: usize,
    /// Activity trajectories.
    pub trajectories: usize,
    /// Random seed.
    pub seed: u64,
}

impl Size {
    /// 50 schemes, 20 investments, 3 years.
    pub const S: Size = Size {
        localities: 5,
        years: 3,
        schemes: 50,
        investments: 20,
        trajectories: 8,
        seed: 1,
    };
    /// 500 schemes, 100 investments, 5 years.
    pub const M: Size = Size {
        localities: 5,
        years: 5,
        schemes: 500,
        investments: 100,
        trajectories: 8,
        seed: 2,
    };
    /// 5,000 schemes, 1,000 investments, 10 years, 12 trajectories, 5 localities.
    pub const L: Size = Size {
        localities: 5,
        years: 10,
        schemes: 5000,
        investments: 1000,
        trajectories: 12,
        seed: 3,
    };
}

const PROGRAMMES: [&str; 9] = [
    "CHC",
    "Children, Young People & Maternity",
    "Medicines Management",
    "Finance & Contracting",
    "Primary Care",
    "Community Services",
    "Mental Health & Learning Disability",
    "Planned Care",
    "Unplanned Care",
];
const SERVICES: [(&str, &str, f64); 8] = [
    ("acute", "Acute", 0.55),
    ("mental_health", "Mental Health Services", 0.12),
    ("community", "Community Health Services", 0.07),
    ("continuing_care", "Continuing Care Services", 0.05),
    ("primary_care", "Primary Care Services", 0.02),
    ("medicines", "Medicines Management", 0.11),
    ("running_costs", "Running Costs", 0.02),
    ("other", "Other Expenditure", 0.05),
];
const CATEGORIES: [&str; 3] = [
    "Investments to deliver QIPP plan",
    "Investments to deliver Commissioning Intentions",
    "Transformational costs",
];
const PODS: [&str; 12] = [
    "A&E attendances",
    "GP referrals",
    "Other referrals",
    "Total referrals",
    "First outpatients",
    "Follow-up outpatients",
    "Elective spells",
    "Non-elective spells",
    "Community contacts",
    "Mental health contacts",
    "Ambulance conveyances",
    "Bed days",
];

/// Rounds to £000 with one decimal, so files stay short and readable.
fn r1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A valid synthetic plan of the given size.
pub fn generate(size: &Size) -> Plan {
    let mut rng = ChaCha8Rng::seed_from_u64(size.seed);
    let h = size.years.max(1);
    let localities: Vec<Locality> = (0..size.localities)
        .map(|i| Locality {
            id: format!("loc{}", i + 1),
            name: format!("Locality {}", i + 1),
            population: (rng.random_range(30_000..170_000) as f64).round(),
            practices: rng.random_range(8..30),
            weight: None,
            notes: String::new(),
        })
        .collect();
    let income_base = 550_000.0;
    let spend: Vec<SpendLine> = SERVICES
        .iter()
        .map(|(id, name, share)| SpendLine {
            sensitive: false,
            id: id.to_string(),
            name: name.to_string(),
            base: r1(income_base * 0.985 * share),
            growth: Growth::Percent((0..h).map(|_| r1(rng.random_range(1.0..7.0))).collect()),
            notes: String::new(),
        })
        .collect();
    let criteria = vec![
        criterion("impact", "Impact on health outcomes", 3.0),
        criterion("finance", "Financial benefit", 2.0),
        criterion("deliver", "Deliverability", 1.0),
    ];
    let priorities: Vec<Priority> = (0..5)
        .map(|i| Priority {
            id: format!("p{}", i + 1),
            name: format!("Priority {}", i + 1),
            group: "STP priority".into(),
            lead: format!("Lead {}", i + 1),
            description: String::new(),
            actions: Vec::new(),
            impact: String::new(),
            scores: criteria
                .iter()
                .map(|c| (c.id.clone(), f64::from(rng.random_range(0..=5u8))))
                .collect::<BTreeMap<_, _>>(),
            notes: String::new(),
            milestones: vec![Milestone {
                name: "Business case approved".into(),
                due: format!("Year 1 Q{}", i % 4 + 1),
                status: MilestoneStatus::ALL[i % 5],
            }],
        })
        .collect();
    let trajectories: Vec<Trajectory> = (0..size.trajectories)
        .map(|i| Trajectory {
            id: format!("pod{}", i + 1),
            name: PODS[i % PODS.len()].to_string(),
            unit: "activity".into(),
            base: (rng.random_range(20_000..230_000) as f64).round(),
            growth: (0..h).map(|_| r1(rng.random_range(0.0..6.0))).collect(),
            mitigation: None,
            unit_cost: Some((rng.random_range(100..2_000) as f64).round()),
            notes: String::new(),
        })
        .collect();
    let schemes: Vec<Scheme> = (0..size.schemes)
        .map(|i| {
            let stage = Stage::ALL[rng.random_range(0..Stage::ALL.len())];
            let saving = rng.random_range(20.0..400.0);
            let activity = if size.trajectories > 0 && rng.random_bool(0.3) {
                vec![ActivityImpact {
                    pod: format!("pod{}", rng.random_range(0..size.trajectories) + 1),
                    change: (0..h).map(|_| -r1(rng.random_range(0.0..50.0))).collect(),
                }]
            } else {
                Vec::new()
            };
            Scheme {
                sensitive: false,
                id: format!("s{}", i + 1),
                name: format!("Scheme {}", i + 1),
                programme: PROGRAMMES[rng.random_range(0..PROGRAMMES.len())].to_string(),
                provider: None,
                priority: rng
                    .random_bool(0.5)
                    .then(|| format!("p{}", rng.random_range(0..5) + 1)),
                locality: (size.localities > 0 && rng.random_bool(0.4))
                    .then(|| format!("loc{}", rng.random_range(0..size.localities) + 1)),
                stage,
                savings: (0..h).map(|t| r1(saving / (t + 1) as f64)).collect(),
                recurrent: rng.random_bool(0.8),
                confidence: rng.random_bool(0.1).then(|| r1(rng.random_range(0.0..1.0))),
                stretch: rng
                    .random_bool(0.1)
                    .then(|| (0..h).map(|_| r1(rng.random_range(0.0..50.0))).collect()),
                activity,
                active: true,
                notes: String::new(),
            }
        })
        .collect();
    let investments: Vec<Investment> = (0..size.investments)
        .map(|i| Investment {
            sensitive: false,
            id: format!("v{}", i + 1),
            name: format!("Investment {}", i + 1),
            category: CATEGORIES[rng.random_range(0..CATEGORIES.len())].to_string(),
            priority: rng
                .random_bool(0.7)
                .then(|| format!("p{}", rng.random_range(0..5) + 1)),
            locality: (size.localities > 0 && rng.random_bool(0.3))
                .then(|| format!("loc{}", rng.random_range(0..size.localities) + 1)),
            amounts: (0..h).map(|_| r1(rng.random_range(10.0..300.0))).collect(),
            recurrent: rng.random_bool(0.5),
            benefit: Some((rng.random_range(0..=100) as f64).round()),
            active: true,
            notes: String::new(),
        })
        .collect();
    let risks = (0..10)
        .map(|i| Risk {
            sensitive: false,
            id: format!("r{}", i + 1),
            name: format!("Risk {}", i + 1),
            likelihood: rng.random_range(1..=5),
            impact: rng.random_range(1..=5),
            exposure: r1(rng.random_range(0.0..5_000.0)),
            mitigation: String::new(),
            owner: String::new(),
            status: RiskStatus::ALL[i % 3],
            notes: String::new(),
        })
        .collect();
    let kpis = vec![Kpi {
        id: "nel".into(),
        name: "Non-elective admissions".into(),
        unit: "admissions".into(),
        target: Some(28_100.0),
        higher_is_better: false,
        baseline: None,
        periods: vec!["Year 1".into()],
        plan: Vec::new(),
        actual: vec![(rng.random_range(26_000..31_000) as f64).round()],
        notes: String::new(),
    }];
    let scenarios = vec![Scenario {
        id: "downside".into(),
        name: "Downside".into(),
        description: "Higher growth and weaker delivery".into(),
        spend_growth_pp: Points::Every(1.0),
        schemes_off: schemes.iter().take(5).map(|s| s.id.clone()).collect(),
        ..Scenario::default()
    }];
    Plan {
        format: crate::model::FORMAT_VERSION,
        title: format!("Synthetic plan ({} schemes)", size.schemes),
        organisation: "Synthetic CCG".into(),
        place: "Synthetic place".into(),
        description: format!("Generated with seed {}", size.seed),
        caveat: String::new(),
        notes: Vec::new(),
        sources: Vec::new(),
        base_year: 2016,
        horizon: h,
        localities,
        income: Income {
            base: income_base,
            growth: Growth::Percent((0..h).map(|_| r1(rng.random_range(2.0..4.0))).collect()),
            notes: String::new(),
        },
        spend,
        one_offs: Vec::new(),
        rules: vec![
            rule("contingency", "Contingency", RuleValue::Percent(0.5)),
            rule(
                "surplus",
                "Surplus (control total)",
                RuleValue::Percent(1.0),
            ),
        ],
        criteria,
        priorities,
        schemes,
        stage_confidence: StageConfidence::default(),
        investments,
        trajectories,
        kpis,
        risks,
        scenarios,
        compare: Vec::new(),
        risk: Default::default(),
        settings: Default::default(),
        story: Vec::new(),
        audit: Vec::new(),
        comments: Vec::new(),
        sign_off_by: String::new(),
        signed_off: None,
    }
}

fn criterion(id: &str, name: &str, weight: f64) -> Criterion {
    Criterion {
        id: id.into(),
        name: name.into(),
        weight,
        notes: String::new(),
    }
}

fn rule(id: &str, name: &str, value: RuleValue) -> Rule {
    Rule {
        id: id.into(),
        name: name.into(),
        value,
        base: None,
        notes: String::new(),
    }
}
