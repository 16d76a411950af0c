//! Present mode: the window goes full screen on the story's first slide, and comes back
//! as it was.

use egui::{Context, ViewportCommand};

use super::PlaceplanApp;
use crate::session::Presenting;

impl PlaceplanApp {
    /// Full screen, from the first slide.
    pub(super) fn start_presenting(&mut self, ctx: &Context) {
        if self.view.present.is_none() {
            self.view.present = Some(Presenting::default());
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
    }

    /// Back to the workshop window.
    pub(super) fn stop_presenting(&mut self, ctx: &Context) {
        if self.view.present.take().is_some() {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        }
    }
}
