//! Draws frames of the whole workspace on the generated L plan, for profilers such as
//! `perf record` or `valgrind --tool=callgrind`: idle frames, or with `EDIT=1` a frame
//! after an edit each time. `FRAMES` sets how many (1,000 by default).

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
    let frames: u32 = std::env::var("FRAMES")
        .ok()
        .and_then(|f| f.parse().ok())
        .unwrap_or(1000);
    let edit = std::env::var_os("EDIT").is_some();
    let start = std::time::Instant::now();
    for n in 0..frames {
        if edit {
            app.edit_plan(|plan| plan.schemes[0].savings[0] = 100.0 + f64::from(n));
        }
        let out = ctx.run_ui(input(), |ui| app.show(ui));
        std::hint::black_box(ctx.tessellate(out.shapes, out.pixels_per_point).len());
    }
    eprintln!("frame {:?}", start.elapsed() / frames);
}
