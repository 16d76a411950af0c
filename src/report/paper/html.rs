//! The paper's building blocks: sections, paragraphs, figures and tables, as HTML text.
//! Plan text only ever enters through [`esc`].

use crate::engine::Rag;
use crate::format::grouped;
use crate::report::escape_html;

/// The most year columns one table has; a plan with more years gets its table split
/// into parts of this many years, each with the labels repeated.
pub(super) const YEARS_PER_TABLE: usize = 7;

/// Plan text (or any text) made safe in HTML.
pub(super) fn esc(text: &str) -> String {
    escape_html(text)
}

/// A numbered section: its heading kept on one page with `lead` (the first thing under
/// it), then `rest`.
pub(super) fn section(id: &str, heading: &str, lead: &str, rest: &str) -> String {
    format!(
        "<section id=\"{}\">\n<div class=\"lead\"><h2>{}</h2>\n{lead}</div>\n{rest}</section>\n",
        esc(id),
        esc(heading)
    )
}

/// A subheading kept with what follows it.
pub(super) fn subsection(heading: &str, body: &str) -> String {
    format!(
        "<div class=\"lead\"><h3>{}</h3>\n{body}</div>\n",
        esc(heading)
    )
}

/// A paragraph of text.
pub(super) fn para(text: &str) -> String {
    format!("<p>{}</p>\n", esc(text))
}

/// A paragraph of smaller, quieter text.
pub(super) fn note(text: &str) -> String {
    format!("<p class=\"note\">{}</p>\n", esc(text))
}

/// A chart (SVG from [`crate::report::chart`]) as a figure that is never split across
/// pages.
pub(super) fn figure(svg: &str) -> String {
    format!("<figure>{svg}</figure>\n")
}

/// Money in £k as a table shows it: `19,235`, `-500`.
pub(super) fn k(value: f64) -> String {
    grouped(value, 0)
}

/// A red, amber or green badge, with its word (so it reads without colour).
pub(super) fn rag(rag: Rag) -> String {
    let (class, word) = match rag {
        Rag::Red => ("red", "Red"),
        Rag::Amber => ("amber", "Amber"),
        Rag::Green => ("green", "Green"),
    };
    format!("<span class=\"rag {class}\">{word}</span>")
}

/// A name with a quieter line under it: `Name` and `Category · Priority`.
pub(super) fn named(name: &str, detail: &str) -> String {
    if detail.is_empty() {
        esc(name)
    } else {
        format!("{}<span class=\"detail\">{}</span>", esc(name), esc(detail))
    }
}

/// How a column's cells line up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Align {
    /// Text, on the left.
    Left,
    /// Numbers, on the right.
    Right,
}

/// A table row.
pub(super) enum Row {
    /// Cells of HTML, one per column.
    Cells(Vec<String>),
    /// Cells of HTML shown in bold (a total).
    Total(Vec<String>),
    /// A quieter row of cells (a difference, a detail).
    Quiet(Vec<String>),
    /// A heading across every column, for a group of rows.
    Group(String),
    /// A note across every column, under the row before it.
    Note(String),
}

/// A table: its caption, columns and rows (cells are HTML).
pub(super) struct Table {
    caption: String,
    class: &'static str,
    columns: Vec<(String, Align)>,
    rows: Vec<Row>,
}

impl Table {
    /// A table with this caption (text) and columns (header text, alignment).
    pub fn new(caption: &str, columns: &[(&str, Align)]) -> Self {
        Self {
            caption: caption.to_string(),
            class: "",
            columns: columns.iter().map(|(h, a)| (h.to_string(), *a)).collect(),
            rows: Vec::new(),
        }
    }

    /// The same table with a class for its layout (`"compact"`, `"keep"`).
    pub fn class(mut self, class: &'static str) -> Self {
        self.class = class;
        self
    }

    /// Adds a row.
    pub fn push(&mut self, row: Row) {
        self.rows.push(row);
    }

    /// Whether it has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as HTML.
    pub fn html(&self) -> String {
        let mut out = format!("<table class=\"{}\">", self.class);
        if !self.caption.is_empty() {
            out.push_str(&format!("<caption>{}</caption>", esc(&self.caption)));
        }
        out.push_str("<thead><tr>");
        for (header, align) in &self.columns {
            out.push_str(&format!("<th{}>{}</th>", align_class(*align), esc(header)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        let span = self.columns.len();
        for row in &self.rows {
            out.push_str(&self.row_html(row, span));
        }
        out.push_str("</tbody></table>\n");
        out
    }

    fn row_html(&self, row: &Row, span: usize) -> String {
        let cells = |class: &str, cells: &[String]| {
            let mut out = format!("<tr{class}>");
            for (i, cell) in cells.iter().enumerate() {
                let align = self.columns.get(i).map_or(Align::Left, |c| c.1);
                out.push_str(&format!("<td{}>{cell}</td>", align_class(align)));
            }
            out.push_str("</tr>\n");
            out
        };
        match row {
            Row::Cells(c) => cells("", c),
            Row::Total(c) => cells(" class=\"total\"", c),
            Row::Quiet(c) => cells(" class=\"quiet\"", c),
            Row::Group(html) => {
                format!("<tr class=\"group\"><th colspan=\"{span}\">{html}</th></tr>\n")
            }
            Row::Note(html) => {
                format!("<tr class=\"note-row\"><td colspan=\"{span}\">{html}</td></tr>\n")
            }
        }
    }
}

fn align_class(align: Align) -> &'static str {
    match align {
        Align::Left => "",
        Align::Right => " class=\"num\"",
    }
}

/// A row of a table by year: its label (HTML) and one value per year column, or a group
/// heading.
pub(super) enum YearRow {
    /// An ordinary row.
    Values(String, Vec<f64>),
    /// A total, in bold.
    Total(String, Vec<f64>),
    /// A quieter row: a difference.
    Quiet(String, Vec<String>),
    /// A heading across the table for the rows under it.
    Group(String),
}

/// A table of money (£k) by year, split into parts of [`YEARS_PER_TABLE`] years each
/// with the labels repeated, so it always fits the page.
pub(super) fn year_table(caption: &str, first: &str, years: &[String], rows: &[YearRow]) -> String {
    let parts: Vec<(usize, &[String])> = years
        .chunks(YEARS_PER_TABLE)
        .enumerate()
        .map(|(i, c)| (i * YEARS_PER_TABLE, c))
        .collect();
    let many = parts.len() > 1;
    let mut out = String::new();
    for (n, (from, chunk)) in parts.iter().enumerate() {
        let caption = if many {
            format!("{caption} (part {} of {})", n + 1, parts.len())
        } else {
            caption.to_string()
        };
        let mut columns = vec![(first, Align::Left)];
        columns.extend(chunk.iter().map(|y| (y.as_str(), Align::Right)));
        let class = if chunk.len() > 5 {
            "years compact"
        } else {
            "years"
        };
        let mut table = Table::new(&caption, &columns).class(class);
        let pick = |values: &[f64]| -> Vec<String> {
            (*from..from + chunk.len())
                .map(|t| values.get(t).map_or_else(String::new, |v| k(*v)))
                .collect()
        };
        for row in rows {
            table.push(match row {
                YearRow::Values(label, v) => Row::Cells(with_label(label, pick(v))),
                YearRow::Total(label, v) => Row::Total(with_label(label, pick(v))),
                YearRow::Quiet(label, v) => {
                    let cells = (*from..from + chunk.len())
                        .map(|t| v.get(t).map_or_else(String::new, |s| esc(s)))
                        .collect();
                    Row::Quiet(with_label(label, cells))
                }
                YearRow::Group(html) => Row::Group(html.clone()),
            });
        }
        out.push_str(&table.html());
    }
    out
}

fn with_label(label: &str, cells: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(cells.len() + 1);
    out.push(label.to_string());
    out.extend(cells);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_years_split_into_parts_that_fit() {
        let years: Vec<String> = (0..17).map(|y| format!("Y{y}")).collect();
        let values: Vec<f64> = (0..17).map(f64::from).collect();
        let html = year_table("Gap", "", &years, &[YearRow::Values(esc("<Gap>"), values)]);
        assert_eq!(html.matches("<table").count(), 3);
        assert!(html.contains("(part 3 of 3)"));
        assert!(html.contains("&lt;Gap&gt;"));
        let first = html.split("</table>").next().unwrap_or_default();
        assert_eq!(first.matches("<th class=\"num\">").count(), YEARS_PER_TABLE);
    }
}
