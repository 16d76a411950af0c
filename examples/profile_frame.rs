//! Draws idle frames of the whole workspace on the generated L plan, for profiling.

use egui::{Context, Pos2, RawInput, Rect, vec2};
use placeplan::app::{PlaceplanApp, Preferences};
use placeplan::generate::{Size, generate};

fn main() {
    let ctx = Context::default();
    let mut app = PlaceplanApp::new(generate(&Size::L), None, Preferences::default());
    let input = || RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 1000.0))),
        ..Default::default()
    };
    let start = std::time::Instant::now();
    let frames: u32 = std::env::var("FRAMES")
        .ok()
        .and_then(|f| f.parse().ok())
        .unwrap_or(1000);
    for _ in 0..frames {
        let out = ctx.run_ui(input(), |ui| app.show(ui));
        std::hint::black_box(ctx.tessellate(out.shapes, out.pixels_per_point).len());
    }
    eprintln!("frame {:?}", start.elapsed() / frames);
}
