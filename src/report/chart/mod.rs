//! Charts as inline SVG: the gap by year, the bridge, savings by programme or stage,
//! activity trajectories, the risk range and the options compared, drawn as the window
//! draws them, for the paper and for anything else that needs a chart in a file.
//!
//! Each chart is data in, SVG text out: one `<svg>` element with a title, axes in £m
//! (counts for activity), a key and the window's colours, which colour-blind readers
//! can tell apart; lines also differ by dashes, so the charts read in black and white.
//! The SVG has no scripts and refers to nothing outside itself (fonts are the
//! system's), and every piece of plan text in it is escaped. It scales to any width
//! (it has a `viewBox`); its `width` and `height` are its natural size in pixels.

mod activity;
mod bridge;
mod frame;
mod gap;
mod options;
mod palette;
mod risk;
mod savings;
mod scale;
mod svg;

pub use activity::activity_svg;
pub use bridge::bridge_svg;
pub use gap::{gap_svg, gap_years_svg};
pub use options::options_svg;
pub use risk::risk_svg;
pub use savings::{Grouping, savings_svg};

/// About how many ticks a value axis has.
const TICKS: usize = 5;

/// A chart's size in SVG user units (pixels at its natural size).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Size {
    /// A chart across a page of the paper.
    pub const WIDE: Size = Size::new(720.0, 340.0);
    /// A chart half across a page, two side by side.
    pub const HALF: Size = Size::new(355.0, 250.0);

    /// A size.
    pub const fn new(width: f64, height: f64) -> Self {
        Self { width, height }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{View, compare, compute, risk_range};
    use crate::model::RiskSettings;

    fn plans() -> Vec<crate::model::Plan> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans");
        [
            "bedfordshire-2017-19.ron",
            "blmk-2016-21.ron",
            "bedfordshire-2018-19.ron",
        ]
        .iter()
        .map(|f| crate::io::load_path(&dir.join(f)).expect("a sample plan loads"))
        .collect()
    }

    /// Whether `svg` is one element with balanced tags and nothing active in it.
    fn well_formed(svg: &str) {
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"), "{svg}");
        assert_eq!(svg.matches("<svg").count(), 1);
        assert!(!svg.contains("<script") && !svg.contains("href"));
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        for tag in ["text", "title"] {
            let open = svg.matches(&format!("<{tag}")).count();
            assert_eq!(open, svg.matches(&format!("</{tag}>")).count(), "{tag}");
        }
    }

    #[test]
    fn every_chart_of_the_sample_plans_is_well_formed() {
        for plan in plans() {
            let o = compute(&plan, &View::default()).expect("computes");
            let settings = RiskSettings {
                runs: 200,
                ..plan.risk
            };
            let risk = risk_range(&plan, &View::default(), &settings).expect("runs");
            well_formed(&gap_svg(&o, Some(&risk.years), Size::WIDE));
            well_formed(&gap_svg(&o, None, Size::WIDE));
            for b in &o.bridges {
                well_formed(&bridge_svg(b, Size::WIDE));
            }
            for g in [Grouping::Programme, Grouping::Stage] {
                well_formed(&savings_svg(&o, &plan, g, Size::WIDE));
            }
            for t in &o.trajectories {
                well_formed(&activity_svg(t, &o.years, Size::HALF));
            }
            well_formed(&risk_svg(&risk.years, Size::WIDE));
            let ids = crate::model::edit::compared(&plan);
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let c = compare(&plan, &ids, None).expect("compares");
            well_formed(&options_svg(&c, &plan, Size::WIDE));
        }
    }

    #[test]
    fn axes_read_in_millions_of_pounds() {
        let plan = &plans()[0];
        let o = compute(plan, &View::default()).expect("computes");
        let svg = gap_svg(&o, None, Size::WIDE);
        assert!(svg.contains(">£0m<"));
        assert!(svg.contains(">£10m<") || svg.contains(">£20m<"));
        for year in &o.years {
            assert!(svg.contains(&format!(">{year}<")), "{year}");
        }
    }
}
