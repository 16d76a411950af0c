//! placeplan: NHS locality planning — the plan model, its engine, file handling,
//! the command line and the workshop window.

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod engine;
pub mod format;
pub mod generate;
pub mod io;
pub mod model;
pub mod report;
#[cfg(feature = "gui")]
pub mod session;
#[cfg(feature = "gui")]
pub mod ui;
