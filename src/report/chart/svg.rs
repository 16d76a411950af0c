//! A small writer of SVG text: shapes, lines and text, with every piece of text escaped.

use super::Size;
use crate::report::escape_html;

/// A colour with its opacity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Colour {
    r: u8,
    g: u8,
    b: u8,
    /// Opacity, 0 to 1.
    alpha: f64,
}

impl Colour {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self {
            r,
            g,
            b,
            alpha: 1.0,
        }
    }

    /// A see-through colour.
    pub const fn rgba(r: u8, g: u8, b: u8, alpha: f64) -> Self {
        Self { r, g, b, alpha }
    }

    /// A grey.
    pub const fn grey(level: u8) -> Self {
        Self::rgb(level, level, level)
    }

    /// The same colour mixed towards black (`amount` < 0) or white (> 0).
    pub fn shade(self, amount: f64) -> Self {
        let (target, amount) = if amount < 0.0 {
            (0.0, -amount)
        } else {
            (255.0, amount)
        };
        let mix = |c: u8| (f64::from(c) + (target - f64::from(c)) * amount).round() as u8;
        Self::rgb(mix(self.r), mix(self.g), mix(self.b))
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// The attributes that paint a fill in this colour.
    fn fill(self) -> String {
        if self.alpha < 1.0 {
            format!(
                r#"fill="{}" fill-opacity="{}""#,
                self.hex(),
                num(self.alpha)
            )
        } else {
            format!(r#"fill="{}""#, self.hex())
        }
    }

    /// The attributes that paint a line in this colour.
    fn stroke(self) -> String {
        if self.alpha < 1.0 {
            format!(
                r#"stroke="{}" stroke-opacity="{}""#,
                self.hex(),
                num(self.alpha)
            )
        } else {
            format!(r#"stroke="{}""#, self.hex())
        }
    }
}

/// How a line is drawn, so lines can be told apart in black and white too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dash {
    /// Unbroken.
    Solid,
    /// Long dashes.
    Dashed,
    /// Dots.
    Dotted,
}

/// A line's colour, width and dashes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Stroke {
    /// Its colour.
    pub colour: Colour,
    /// Its width in user units.
    pub width: f64,
    /// Its dashes.
    pub dash: Dash,
}

impl Stroke {
    /// An unbroken line.
    pub const fn solid(colour: Colour, width: f64) -> Self {
        Self {
            colour,
            width,
            dash: Dash::Solid,
        }
    }

    /// The same line with other dashes.
    pub const fn dashed(self, dash: Dash) -> Self {
        Self { dash, ..self }
    }

    fn attributes(&self) -> String {
        let dash = match self.dash {
            Dash::Solid => String::new(),
            Dash::Dashed => format!(
                r#" stroke-dasharray="{} {}""#,
                num(self.width * 3.0),
                num(self.width * 2.0)
            ),
            Dash::Dotted => format!(
                r#" stroke-dasharray="{} {}" stroke-linecap="round""#,
                num(self.width * 0.1),
                num(self.width * 2.0)
            ),
        };
        format!(
            r#"{} stroke-width="{}"{dash}"#,
            self.colour.stroke(),
            num(self.width)
        )
    }
}

/// Where a text's anchor point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// Its start.
    Start,
    /// Its middle.
    Middle,
    /// Its end.
    End,
}

/// How a text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Font {
    /// Size in user units.
    pub size: f64,
    /// Where the anchor point is.
    pub anchor: Anchor,
    /// Bold or regular.
    pub bold: bool,
    /// Its colour.
    pub colour: Colour,
}

impl Font {
    /// Regular text of `size` in `colour`, anchored at its start.
    pub const fn new(size: f64, colour: Colour) -> Self {
        Self {
            size,
            anchor: Anchor::Start,
            bold: false,
            colour,
        }
    }

    /// The same font anchored elsewhere.
    pub const fn anchored(self, anchor: Anchor) -> Self {
        Self { anchor, ..self }
    }

    /// The same font in bold.
    pub const fn bold(self) -> Self {
        Self { bold: true, ..self }
    }
}

/// An SVG document being written.
pub(crate) struct Svg {
    out: String,
    size: Size,
}

/// Fonts every system has, so nothing is fetched.
const FONTS: &str = "'Segoe UI', Arial, 'Helvetica Neue', Helvetica, 'Liberation Sans', sans-serif";

impl Svg {
    /// A chart of `size` described to screen readers as `label`.
    pub fn new(size: Size, label: &str) -> Self {
        let label = escape_html(label);
        let out = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{label}" font-family="{FONTS}"><title>{label}</title>"#,
            w = num(size.width),
            h = num(size.height),
        );
        Self { out, size }
    }

    /// The chart's size.
    pub fn size(&self) -> Size {
        self.size
    }

    /// A rectangle filled with `colour`.
    pub fn rect(&mut self, (x, y): (f64, f64), (w, h): (f64, f64), colour: Colour) {
        self.out.push_str(&format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" {}/>"#,
            num(x),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0)),
            colour.fill()
        ));
    }

    /// A straight line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), stroke: Stroke) {
        self.out.push_str(&format!(
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" {}/>"#,
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
            stroke.attributes()
        ));
    }

    /// A line through the points.
    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: Stroke) {
        if points.len() < 2 {
            return;
        }
        self.out.push_str(&format!(
            r#"<polyline points="{}" fill="none" stroke-linejoin="round" {}/>"#,
            point_list(points),
            stroke.attributes()
        ));
    }

    /// A shape filled with `colour`.
    pub fn polygon(&mut self, points: &[(f64, f64)], colour: Colour) {
        if points.len() < 3 {
            return;
        }
        self.out.push_str(&format!(
            r#"<polygon points="{}" {}/>"#,
            point_list(points),
            colour.fill()
        ));
    }

    /// A dot with a white rim.
    pub fn dot(&mut self, (x, y): (f64, f64), radius: f64, colour: Colour) {
        self.out.push_str(&format!(
            r##"<circle cx="{}" cy="{}" r="{}" {} stroke="#ffffff" stroke-width="1"/>"##,
            num(x),
            num(y),
            num(radius),
            colour.fill()
        ));
    }

    /// A diamond marking a point.
    pub fn diamond(&mut self, (x, y): (f64, f64), radius: f64, colour: Colour) {
        let points = [
            (x, y - radius),
            (x + radius, y),
            (x, y + radius),
            (x - radius, y),
        ];
        self.polygon(&points, colour);
    }

    /// `text` at `(x, y)` (its baseline), escaped.
    pub fn text(&mut self, (x, y): (f64, f64), text: &str, font: Font) {
        self.text_titled((x, y), text, None, font);
    }

    /// `text` at `(x, y)`, with `full` shown on hover (where a label was shortened).
    pub fn text_titled(&mut self, (x, y): (f64, f64), text: &str, full: Option<&str>, font: Font) {
        let anchor = match font.anchor {
            Anchor::Start => "",
            Anchor::Middle => r#" text-anchor="middle""#,
            Anchor::End => r#" text-anchor="end""#,
        };
        let weight = if font.bold {
            r#" font-weight="bold""#
        } else {
            ""
        };
        let title = full.map_or_else(String::new, |f| {
            format!("<title>{}</title>", escape_html(f))
        });
        self.out.push_str(&format!(
            r#"<text x="{}" y="{}" font-size="{}"{anchor}{weight} {}>{title}{}</text>"#,
            num(x),
            num(y),
            num(font.size),
            font.colour.fill(),
            escape_html(text)
        ));
    }

    /// The finished SVG.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

fn point_list(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A coordinate with at most two decimals; anything not finite is 0.
pub(crate) fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let text = format!("{v:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" || text.is_empty() {
        "0".to_string()
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_numbers_are_short() {
        let mut svg = Svg::new(Size::new(100.0, 50.0), "A <b> & \"c\"");
        svg.text(
            (1.0, 2.5),
            "</text><script>",
            Font::new(10.0, Colour::grey(0)),
        );
        let out = svg.finish();
        assert!(!out.contains("<script>"));
        assert!(!out.contains("<b>"));
        assert!(out.contains("&lt;/text&gt;&lt;script&gt;"));
        assert!(out.contains(r#"x="1" y="2.5""#));
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(12.345), "12.35");
    }
}
