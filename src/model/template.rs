//! The starting point for a new plan: a blank plan. (The bundled example is a file,
//! read by [`crate::io::example`].)

use super::{
    FORMAT_VERSION, Growth, Income, Plan, RiskSettings, Rule, RuleValue, Settings, SpendLine,
    StageConfidence,
};

/// An empty two-year plan with the usual service areas and business rules.
pub fn blank() -> Plan {
    let line = |id: &str, name: &str| SpendLine {
        sensitive: false,
        id: id.into(),
        name: name.into(),
        base: 0.0,
        growth: Growth::Percent(vec![0.0, 0.0]),
        notes: String::new(),
    };
    let rule = |id: &str, name: &str, pct: f64| Rule {
        id: id.into(),
        name: name.into(),
        value: RuleValue::Percent(pct),
        base: None,
        notes: String::new(),
    };
    Plan {
        format: FORMAT_VERSION,
        title: "New locality plan".into(),
        organisation: String::new(),
        place: String::new(),
        description: String::new(),
        caveat: String::new(),
        notes: Vec::new(),
        sources: Vec::new(),
        base_year: 2025,
        horizon: 2,
        localities: Vec::new(),
        income: Income {
            base: 0.0,
            growth: Growth::Percent(vec![0.0, 0.0]),
            notes: String::new(),
        },
        spend: vec![
            line("acute", "Acute"),
            line("mental_health", "Mental Health Services"),
            line("community", "Community Health Services"),
            line("continuing_care", "Continuing Care Services"),
            line("primary_care", "Primary Care Services"),
            line("medicines", "Medicines Management"),
            line("running_costs", "Running Costs"),
            line("other", "Other Expenditure"),
        ],
        one_offs: Vec::new(),
        rules: vec![
            rule("contingency", "Contingency", 0.5),
            rule("surplus", "Surplus (control total)", 1.0),
        ],
        criteria: Vec::new(),
        priorities: Vec::new(),
        schemes: Vec::new(),
        stage_confidence: StageConfidence::default(),
        investments: Vec::new(),
        trajectories: Vec::new(),
        kpis: Vec::new(),
        risks: Vec::new(),
        scenarios: Vec::new(),
        compare: Vec::new(),
        risk: RiskSettings::default(),
        settings: Settings::default(),
        story: Vec::new(),
        audit: Vec::new(),
        comments: Vec::new(),
        sign_off_by: String::new(),
        signed_off: None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_blank_plan_is_valid() {
        assert!(crate::model::validate(&super::blank()).is_empty());
    }
}
