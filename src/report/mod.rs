//! Reports of a computed plan: JSON (a contract for scripts), CSV (tidy rows for
//! spreadsheets), plain text and Markdown (for people).

mod csv;
mod json;
mod text;

pub use csv::{csv, safe_cell};
pub use json::json;
pub use text::{markdown, text};

/// The notation of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Aligned tables for a terminal.
    Text,
    /// The JSON contract for scripts.
    Json,
    /// Tidy rows: section, item, year, measure, value.
    Csv,
    /// Markdown tables for papers.
    Md,
}

/// Renders a report in the chosen notation.
pub fn render(
    plan: &crate::model::Plan,
    outcome: &crate::engine::Outcome,
    format: ReportFormat,
) -> Result<String, serde_json::Error> {
    Ok(match format {
        ReportFormat::Text => text(plan, outcome),
        ReportFormat::Json => json(plan, outcome)?,
        ReportFormat::Csv => csv(plan, outcome),
        ReportFormat::Md => markdown(plan, outcome),
    })
}
