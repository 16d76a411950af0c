//! The story a facilitator tells from the plan in present mode: which slides, in what
//! order, with what titles and speaker notes. A plan without a story of its own is told
//! with every slide, in [`SlideKind::ALL`]'s order, each titled from its figures.

use serde::{Deserialize, Serialize};

/// What a slide shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlideKind {
    /// The position at a glance: the gap in one sentence and one chart.
    Position,
    /// Where the money goes: the bridge of the final year.
    Bridge,
    /// Our priorities, with the money behind each.
    Priorities,
    /// What we invest, by category.
    Investment,
    /// The savings programme.
    Savings,
    /// What changes for patients: activity with and without the plan.
    Activity,
    /// The risks, gravest first.
    Risks,
    /// The options compared.
    Options,
    /// The range of outcomes.
    Range,
}

impl SlideKind {
    /// Every slide, in the order a plan without a story of its own is told.
    pub const ALL: [SlideKind; 9] = [
        SlideKind::Position,
        SlideKind::Bridge,
        SlideKind::Priorities,
        SlideKind::Investment,
        SlideKind::Savings,
        SlideKind::Activity,
        SlideKind::Risks,
        SlideKind::Options,
        SlideKind::Range,
    ];

    /// A short name, for the presenter's list and the story editor.
    pub fn label(self) -> &'static str {
        match self {
            SlideKind::Position => "The position",
            SlideKind::Bridge => "Where the money goes",
            SlideKind::Priorities => "Our priorities",
            SlideKind::Investment => "What we invest",
            SlideKind::Savings => "The savings programme",
            SlideKind::Activity => "What changes for patients",
            SlideKind::Risks => "The risks",
            SlideKind::Options => "The options compared",
            SlideKind::Range => "The range of outcomes",
        }
    }
}

/// One slide of a plan's own story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorySlide {
    /// What it shows.
    pub kind: SlideKind,
    /// Its title; written from the figures when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// What the presenter means to say, seen only by them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl StorySlide {
    /// A slide of `kind`, titled from its figures, without notes.
    pub fn of(kind: SlideKind) -> Self {
        Self {
            kind,
            title: String::new(),
            notes: String::new(),
        }
    }
}

/// The slides to tell `story` with: the story itself, or every slide when it is empty.
pub fn told(story: &[StorySlide]) -> Vec<StorySlide> {
    if story.is_empty() {
        SlideKind::ALL.into_iter().map(StorySlide::of).collect()
    } else {
        story.to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_without_a_story_is_told_with_every_slide_in_order() {
        let kinds: Vec<SlideKind> = told(&[]).into_iter().map(|s| s.kind).collect();
        assert_eq!(kinds, SlideKind::ALL);
        let own = [StorySlide {
            kind: SlideKind::Risks,
            title: "What could go wrong".into(),
            notes: "Mention the CHC risk".into(),
        }];
        assert_eq!(told(&own), own);
    }
}
