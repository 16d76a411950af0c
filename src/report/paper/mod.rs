//! The paper for the governing body: one self-contained HTML5 document (styles inline,
//! charts as inline SVG, no scripts, nothing fetched) laid out for A4, so any browser's
//! Print makes it a PDF.
//!
//! In order: the title block with the plan's caveat; the position in words; the gap by
//! year; the bridge; savings by programme and stage; investments; activity; priorities
//! and milestones; KPIs; risks; the options compared; the risk range; the assumptions
//! with their notes and sources; open comments; the sign-off record; and the
//! fingerprint of the plan's content. Every piece of plan text is escaped.

mod governance;
mod html;
mod money;
mod position;
mod record;

use crate::engine::{Comparison, EngineError, Outcome, RiskRange, View, compare, compute};
use crate::model::audience::{AudienceError, for_audience};
use crate::model::review::SignOffState;
use crate::model::{BASE_SCENARIO, Plan};

/// Why a paper cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PaperError {
    /// The option asked for is not in the plan.
    #[error("no option (scenario) with id `{id}`; {}", known_options(.known))]
    UnknownOption {
        /// The id asked for.
        id: String,
        /// The ids the plan has, `base` first.
        known: Vec<String>,
    },
    /// The engine could not compute the plan.
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// The plan could not be made safe for the public.
    #[error(transparent)]
    Audience(#[from] AudienceError),
}

fn known_options(known: &[String]) -> String {
    match known {
        [] | [_] => format!("the plan has no options besides `{BASE_SCENARIO}` (the base plan)"),
        ids => {
            let list: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
            format!("the plan has {}", list.join(", "))
        }
    }
}

/// Who a paper is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readers {
    /// The governing body: everything, with the review record.
    GoverningBody,
    /// The public: items marked commercially sensitive folded into "Other schemes (n)"
    /// and the like, never named ([`crate::model::audience`]), and no review record.
    Public,
}

/// The paper of `plan` for `readers` showing option `scenario` (`None` or `base` for the
/// base plan), dated today.
pub fn paper(plan: &Plan, scenario: Option<&str>, readers: Readers) -> Result<String, PaperError> {
    let today = crate::io::now_iso();
    paper_dated(plan, scenario, readers, today.get(..10).unwrap_or(&today))
}

/// The paper of `plan` for `readers` showing option `scenario`, dated `date` (ISO 8601,
/// `2017-01-26`): the same plan, option and date always give the same document.
pub fn paper_dated(
    plan: &Plan,
    scenario: Option<&str>,
    readers: Readers,
    date: &str,
) -> Result<String, PaperError> {
    match readers {
        Readers::GoverningBody => Ok(Paper::compute(plan, scenario, date, readers)?.document()),
        Readers::Public => {
            let public = for_audience(plan)?;
            Ok(Paper::compute(&public, scenario, date, readers)?.document())
        }
    }
}

/// Everything the paper shows, computed once.
struct Paper<'a> {
    plan: &'a Plan,
    /// The option shown.
    outcome: Outcome,
    /// Its name: "Base plan" or the option's.
    option: String,
    /// The risk range of the option shown, with the plan's settings.
    risk: RiskRange,
    /// The plan's options side by side; `None` when it has no options.
    comparison: Option<Comparison>,
    /// The date on the paper, ISO 8601.
    date: String,
    /// Where the plan stands against its last sign-off.
    sign_off: SignOffState,
    /// Who it is for.
    readers: Readers,
}

impl<'a> Paper<'a> {
    fn compute(
        plan: &'a Plan,
        scenario: Option<&str>,
        date: &str,
        readers: Readers,
    ) -> Result<Self, PaperError> {
        let scenario = scenario.filter(|id| *id != BASE_SCENARIO);
        let option = match scenario {
            None => "Base plan".to_string(),
            Some(id) => match plan.scenario(id) {
                Some(s) => s.name.clone(),
                None => {
                    return Err(PaperError::UnknownOption {
                        id: id.to_string(),
                        known: std::iter::once(BASE_SCENARIO)
                            .chain(plan.scenarios.iter().map(|s| s.id.as_str()))
                            .map(str::to_string)
                            .collect(),
                    });
                }
            },
        };
        let view = View {
            scenario,
            locality: None,
        };
        let outcome = compute(plan, &view)?;
        let risk = crate::engine::risk_range(plan, &view, &plan.risk)?;
        let comparison = if plan.scenarios.is_empty() {
            None
        } else {
            let ids = crate::model::edit::compared(plan);
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            Some(compare(plan, &ids, None)?)
        };
        Ok(Self {
            sign_off: SignOffState::of(plan),
            plan,
            outcome,
            option,
            risk,
            comparison,
            date: date.to_string(),
            readers,
        })
    }

    /// The final year's label, or the base year's for a plan without planning years.
    fn final_year(&self) -> &str {
        self.outcome.years.last().map_or("", String::as_str)
    }

    /// The whole document.
    fn document(&self) -> String {
        let sections = [
            position::title_block(self),
            position::position(self),
            money::gap(self),
            money::bridge(self),
            money::savings(self),
            money::investments(self),
            money::activity(self),
            governance::priorities(self),
            governance::kpis(self),
            governance::risks(self),
            money::options(self),
            money::risk_range(self),
            record::assumptions(self),
        ];
        // The review record is the governing body's, not the public's.
        let record = match self.readers {
            Readers::GoverningBody => [
                record::comments(self),
                record::sign_off(self),
                record::fingerprint(self),
            ]
            .concat(),
            Readers::Public => String::new(),
        };
        format!(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n{}</main>\n</body>\n</html>\n",
            html::esc(&self.plan.title),
            sections.concat() + &record
        )
    }
}

/// The paper's styles: A4 pages, print rules, the type and the tables.
const STYLE: &str = include_str!("paper.css");
