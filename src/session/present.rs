//! Present mode's place in the story: the slide on screen, whether the screen is
//! blanked, how it looks, whether the presenter's view is up, and the what-ifs the room
//! has asked, newest last, each with how to take it back. Stepping never runs off
//! either end of the story.

use crate::model::edit::GrowthOf;

/// Present mode, while it lasts.
#[derive(Debug, Clone, PartialEq)]
pub struct Presenting {
    /// The slide shown, counted from 0 in the story's order.
    pub slide: usize,
    /// Whether the screen is blanked (B), so the room looks at the speaker.
    pub blank: bool,
    /// White on black with bright colours (for a projector), or the light look.
    pub high_contrast: bool,
    /// Whether the presenter's view (this slide and the next, notes, clock, what-ifs)
    /// is on screen instead of the slide (P).
    pub presenter: bool,
    /// The what-ifs asked, oldest first.
    pub asked: Vec<Asked>,
    /// When the figures last changed under a what-if (the window's clock, seconds), for
    /// the slide's short transition.
    pub changed_at: f64,
    /// When present mode began (the window's clock, seconds), for the presenter's clock.
    pub started_at: f64,
    /// Whether the window filled the screen (maximised) before, to be so again after.
    pub was_maximized: bool,
}

impl Default for Presenting {
    fn default() -> Self {
        Self {
            slide: 0,
            blank: false,
            high_contrast: true,
            presenter: false,
            asked: Vec::new(),
            changed_at: f64::NEG_INFINITY,
            started_at: 0.0,
            was_maximized: false,
        }
    }
}

/// A what-if the room can ask.
#[derive(Debug, Clone, PartialEq)]
pub enum WhatIf {
    /// Show this option (`None` for the base plan).
    Option(Option<String>),
    /// Switch this scheme on or off in the option shown.
    Scheme {
        /// Its id.
        id: String,
        /// On or off.
        on: bool,
    },
    /// Switch this investment on or off in the option shown.
    Investment {
        /// Its id.
        id: String,
        /// On or off.
        on: bool,
    },
    /// Move growth in the option shown by this many percentage points a year.
    Growth {
        /// Of income, or of every spend line.
        of: GrowthOf,
        /// The points added (negative for slower).
        pp: f64,
    },
}

/// A what-if asked: the question as the slide says it, and how to take it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    /// "What if: Downside?"
    pub question: String,
    /// How to take it back.
    pub back: Back,
}

/// How to take a what-if back.
#[derive(Debug, Clone, PartialEq)]
pub enum Back {
    /// Show this option again (`None` for the base plan).
    Option(Option<String>),
    /// Undo the plan's newest step.
    Undo,
}

impl Presenting {
    /// The question the newest what-if asked, while one stands.
    pub fn question(&self) -> Option<&str> {
        self.asked.last().map(|a| a.question.as_str())
    }
}

/// A step through the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The next slide.
    Next,
    /// The slide before.
    Back,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// The slide at this place, counted from 0.
    To(usize),
}

impl Presenting {
    /// Takes `step` through a story of `slides` slides, staying within it; any step
    /// brings the screen back from blank.
    pub fn step(&mut self, step: Step, slides: usize) {
        let last = slides.saturating_sub(1);
        self.slide = match step {
            Step::Next => (self.slide + 1).min(last),
            Step::Back => self.slide.saturating_sub(1),
            Step::First => 0,
            Step::Last => last,
            Step::To(i) => i.min(last),
        };
        self.blank = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_stays_within_the_story_and_unblanks() {
        let mut p = Presenting::default();
        p.step(Step::Back, 9);
        assert_eq!(p.slide, 0);
        p.step(Step::Last, 9);
        assert_eq!(p.slide, 8);
        p.step(Step::Next, 9);
        assert_eq!(p.slide, 8);
        p.blank = true;
        p.step(Step::To(3), 9);
        assert_eq!((p.slide, p.blank), (3, false));
        p.step(Step::To(40), 9);
        assert_eq!(p.slide, 8);
        p.step(Step::First, 0);
        assert_eq!(p.slide, 0);
    }
}
