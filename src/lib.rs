//! placeplan: NHS locality planning — the plan model, its engine, file handling,
//! the command line and the workshop window.

pub mod cli;
pub mod io;
pub mod model;
