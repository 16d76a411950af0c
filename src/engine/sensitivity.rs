//! Sensitivity: how far the final year's gap moves when each driver moves by a step.

use serde::Serialize;

use super::context::Context;
use super::inputs::Inputs;
use super::{EngineError, View};
use crate::model::years::FromBase;
use crate::model::{Plan, RuleValue};

/// How far each kind of driver is moved, either way.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Steps {
    /// Income and spend growth, percentage points.
    pub growth_pp: f64,
    /// Chance of delivery of every scheme in a programme (0-1), capped at 0 and 1.
    pub confidence: f64,
    /// Business rules set as a percentage of income, percentage points.
    pub rule_pp: f64,
    /// Business rules set as an amount, percent of the amount.
    pub rule_amount_pct: f64,
}

impl Default for Steps {
    fn default() -> Self {
        Self {
            growth_pp: 1.0,
            confidence: 0.1,
            rule_pp: 0.5,
            rule_amount_pct: 10.0,
        }
    }
}

/// What kind of input a driver is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DriverKind {
    /// Growth of the recurrent allocation.
    IncomeGrowth,
    /// Growth of one spend line.
    SpendGrowth,
    /// Chance of delivery of one programme's schemes.
    Confidence,
    /// One business rule.
    Rule,
}

/// One bar of the tornado. Money in £000.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Driver {
    /// What kind of input it is.
    pub kind: DriverKind,
    /// The spend line, programme or rule (empty for income growth).
    pub id: String,
    /// What the bar is called.
    pub label: String,
    /// The step, in words (`±1.0 pp`).
    pub step: String,
    /// Change in the final year's gap when the driver moves down by the step.
    pub down: f64,
    /// Change in the final year's gap when the driver moves up by the step.
    pub up: f64,
}

impl Driver {
    /// The larger of the two changes, ignoring sign.
    pub fn swing(&self) -> f64 {
        self.down.abs().max(self.up.abs())
    }
}

/// The tornado: every driver, largest swing first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tornado {
    /// The final year's label.
    pub year: String,
    /// The final year's gap with nothing moved.
    pub gap: f64,
    /// The steps used.
    pub steps: Steps,
    /// The drivers, largest swing first.
    pub drivers: Vec<Driver>,
}

/// Runs the sensitivity for one option and view.
pub fn tornado(plan: &Plan, view: &View, steps: &Steps) -> Result<Tornado, EngineError> {
    let ctx = Context::new(plan, view)?;
    let horizon = plan.horizon;
    let gap = ctx.gaps(&ctx.inputs)[horizon];
    let change = |moved: &Inputs| ctx.gaps(moved)[horizon] - gap;
    let both = |apply: &dyn Fn(&mut Inputs, f64)| {
        let [down, up] = [-1.0, 1.0].map(|sign| {
            let mut moved = ctx.inputs.clone();
            apply(&mut moved, sign);
            change(&moved)
        });
        (down, up)
    };
    let growth_step = format!("±{} pp", crate::format::grouped(steps.growth_pp, 1));
    let mut drivers = Vec::new();
    let shift = |pp: &mut [f64], by: f64| pp.iter_mut().for_each(|p| *p += by);
    let (down, up) = both(&|i, sign| shift(&mut i.income_pp, sign * steps.growth_pp));
    drivers.push(Driver {
        kind: DriverKind::IncomeGrowth,
        id: String::new(),
        label: "Income growth".into(),
        step: growth_step.clone(),
        down,
        up,
    });
    for (l, line) in plan.spend.iter().enumerate() {
        let (down, up) = both(&|i, sign| shift(&mut i.spend_pp[l], sign * steps.growth_pp));
        drivers.push(Driver {
            kind: DriverKind::SpendGrowth,
            id: line.id.clone(),
            label: format!("Spend growth: {}", line.name),
            step: growth_step.clone(),
            down,
            up,
        });
    }
    for (p, programme) in ctx.index.programmes.names.iter().enumerate() {
        let members: Vec<usize> = (0..plan.schemes.len())
            .filter(|i| {
                ctx.index.scheme_programme[*i] as usize == p && ctx.inputs.scheme_active[*i]
            })
            .collect();
        if members.is_empty() {
            continue;
        }
        let (down, up) = both(&|i, sign| {
            for k in &members {
                let c = &mut i.scheme_confidence[*k];
                *c = (*c + sign * steps.confidence).clamp(0.0, 1.0);
            }
        });
        drivers.push(Driver {
            kind: DriverKind::Confidence,
            id: programme.to_string(),
            label: format!("Confidence: {programme}"),
            step: format!(
                "±{} pp",
                crate::format::grouped(steps.confidence * 100.0, 0)
            ),
            down,
            up,
        });
    }
    for (r, rule) in ctx.inputs.rules.iter().enumerate() {
        let step = match rule.value {
            RuleValue::Percent(_) => {
                format!("±{} pp", crate::format::grouped(steps.rule_pp, 1))
            }
            RuleValue::Amount(_) => {
                format!("±{}%", crate::format::grouped(steps.rule_amount_pct, 0))
            }
        };
        let (down, up) = both(&|i, sign| {
            let value = &mut i.rules[r].value;
            *value = moved_rule(*value, sign, steps);
        });
        drivers.push(Driver {
            kind: DriverKind::Rule,
            id: rule.id.to_string(),
            label: format!("Rule: {}", rule.name),
            step,
            down,
            up,
        });
    }
    drivers.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    Ok(Tornado {
        year: plan.year_label(FromBase(horizon)),
        gap,
        steps: *steps,
        drivers,
    })
}

/// A rule moved by one step down (`sign` −1) or up (+1).
pub fn moved_rule(value: RuleValue, sign: f64, steps: &Steps) -> RuleValue {
    match value {
        RuleValue::Percent(x) => RuleValue::Percent(x + sign * steps.rule_pp),
        RuleValue::Amount(x) => RuleValue::Amount(x * (1.0 + sign * steps.rule_amount_pct / 100.0)),
    }
}
