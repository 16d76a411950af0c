//! Present mode's place in the story: the slide on screen, whether the screen is
//! blanked, and how it looks. Stepping never runs off either end of the story.

/// Present mode, while it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presenting {
    /// The slide shown, counted from 0 in the story's order.
    pub slide: usize,
    /// Whether the screen is blanked (B), so the room looks at the speaker.
    pub blank: bool,
    /// White on black with bright colours (for a projector), or the light look.
    pub high_contrast: bool,
}

impl Default for Presenting {
    fn default() -> Self {
        Self {
            slide: 0,
            blank: false,
            high_contrast: true,
        }
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
