//! What the window tests share: the window in a headless harness, which fails any
//! frame that changed the plan behind the document's back.

use egui_kittest::Harness;
use placeplan::app::PlaceplanApp;

/// `app` in a harness of `width` × `height` points, after its first frames. Every
/// frame is checked: whatever changed the plan must have gone through the document,
/// which records it (revision, undo, unsaved marker, validation) by the frame's end.
pub fn window(app: PlaceplanApp, width: f32, height: f32) -> Harness<'static, PlaceplanApp> {
    // The window comes back by itself while the risk range is being worked out (to ask
    // for it once edits settle, and when it arrives), so allow it a few more frames.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .with_max_steps(64)
        .build_ui_state(
            |ui, app: &mut PlaceplanApp| {
                app.show(ui);
                assert!(
                    !app.document().has_unrecorded_change(),
                    "a frame changed the plan without the document recording it"
                );
            },
            app,
        );
    harness.run();
    harness
}
