//! Present mode: the window goes full screen on the story's first slide, and comes back
//! as it was; the what-ifs the room asks are put to the plan (an option shown, a scheme
//! or investment switched, growth moved) and taken back in turn.

use egui::{Context, ViewportCommand};

use super::PlaceplanApp;
use crate::model::edit::{self, GrowthOf};
use crate::model::{BASE_SCENARIO, Plan};
use crate::session::{Asked, Back, Presenting, WhatIf};

impl PlaceplanApp {
    /// Full screen, from the first slide.
    pub(super) fn start_presenting(&mut self, ctx: &Context) {
        if self.view.present.is_none() {
            self.view.present = Some(Presenting {
                started_at: ctx.input(|i| i.time),
                was_maximized: ctx.input(|i| i.viewport().maximized.unwrap_or(false)),
                ..Presenting::default()
            });
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
    }

    /// Back to the workshop window.
    pub(super) fn stop_presenting(&mut self, ctx: &Context) {
        if let Some(p) = self.view.present.take() {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
            if p.was_maximized {
                ctx.send_viewport_cmd(ViewportCommand::Maximized(true));
            }
        }
    }

    /// Puts `what_if` to the plan, in the option shown: the slides move to the new
    /// figures, and say the question over them until it is taken back.
    pub(super) fn ask(&mut self, ctx: &Context, what_if: WhatIf) {
        if self.view.present.is_none() {
            return;
        }
        let option = self.view.scenario.clone();
        let question = question(self.doc.plan(), option.as_deref(), &what_if);
        let back = match what_if {
            WhatIf::Option(id) => {
                if id == option {
                    return;
                }
                self.view.scenario = id;
                Back::Option(option)
            }
            change => {
                let before = self.doc.revision();
                self.doc.apply(Some(&question), |plan| {
                    put(plan, option.as_deref(), &change);
                });
                if self.doc.revision() == before {
                    return;
                }
                Back::Undo
            }
        };
        if let Some(p) = &mut self.view.present {
            p.asked.push(Asked { question, back });
            p.changed_at = ctx.input(|i| i.time);
        }
    }

    /// Asks what if of the option after the one shown (the base plan after the last).
    pub(super) fn ask_next_option(&mut self, ctx: &Context) {
        let plan = self.doc.plan();
        let ids: Vec<Option<String>> = std::iter::once(None)
            .chain(plan.scenarios.iter().map(|s| Some(s.id.clone())))
            .collect();
        let at = ids
            .iter()
            .position(|id| *id == self.view.scenario)
            .unwrap_or(0);
        let next = ids[(at + 1) % ids.len()].clone();
        self.ask(ctx, WhatIf::Option(next));
    }

    /// Takes the newest what-if back.
    pub(super) fn take_back_what_if(&mut self, ctx: &Context) {
        let Some(asked) = self.view.present.as_mut().and_then(|p| p.asked.pop()) else {
            return;
        };
        match asked.back {
            Back::Option(id) => self.view.scenario = id,
            Back::Undo => self.doc.undo(),
        }
        if let Some(p) = &mut self.view.present {
            p.changed_at = ctx.input(|i| i.time);
        }
    }
}

/// Makes the change `what_if` asks for in option `option` (or the base plan).
fn put(plan: &mut Plan, option: Option<&str>, what_if: &WhatIf) {
    match what_if {
        WhatIf::Option(_) => {}
        WhatIf::Scheme { id, on } => {
            edit::switch_scheme(plan, option, id, *on);
        }
        WhatIf::Investment { id, on } => {
            edit::switch_investment(plan, option, id, *on);
        }
        WhatIf::Growth { of, pp } => {
            if let Some(option) = option {
                edit::add_growth_points(plan, option, *of, *pp);
            }
        }
    }
}

/// The question a what-if asks, as the slide says it: "What if: Downside?", "What if
/// CHC Optimisation did not go ahead?".
fn question(plan: &Plan, option: Option<&str>, what_if: &WhatIf) -> String {
    let option_name = |id: Option<&str>| {
        id.filter(|id| *id != BASE_SCENARIO)
            .and_then(|id| plan.scenario(id))
            .map_or("the base plan".to_string(), |s| s.name.clone())
    };
    let name_of = |list: Vec<(&str, &str)>, id: &str| {
        list.into_iter()
            .find(|(i, _)| *i == id)
            .map_or(id.to_string(), |(_, n)| n.to_string())
    };
    match what_if {
        WhatIf::Option(id) => format!("What if: {}?", option_name(id.as_deref())),
        WhatIf::Scheme { id, on } => {
            let schemes = plan.schemes.iter().map(|s| (&*s.id, &*s.name)).collect();
            let name = name_of(schemes, id);
            if *on {
                format!("What if {name} went ahead?")
            } else {
                format!("What if {name} did not go ahead?")
            }
        }
        WhatIf::Investment { id, on } => {
            let investments = plan
                .investments
                .iter()
                .map(|v| (&*v.id, &*v.name))
                .collect();
            let name = name_of(investments, id);
            if *on {
                format!("What if we invested in {name}?")
            } else {
                format!("What if we did not invest in {name}?")
            }
        }
        WhatIf::Growth { of, pp } => {
            let what = match of {
                GrowthOf::Income => "income",
                GrowthOf::Spend => "spend",
            };
            let pace = if *pp >= 0.0 { "faster" } else { "slower" };
            format!(
                "What if {what} grew {} point{} a year {pace} ({})?",
                crate::format::grouped(pp.abs(), 1),
                if (pp.abs() - 1.0).abs() < 1e-9 {
                    ""
                } else {
                    "s"
                },
                option_name(option)
            )
        }
    }
}
