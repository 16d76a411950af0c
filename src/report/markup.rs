//! Text made safe inside HTML and SVG: the one escape every piece of plan text goes
//! through before it is written into the paper or a chart.

/// `text` escaped for HTML and SVG, in element content and in quoted attribute values
/// alike: `&`, `<`, `>`, `"` and `'` become character references, so plan text can
/// never open a tag, close an attribute or start an entity.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than white space are not allowed in HTML or XML.
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn every_special_character_is_escaped() {
        assert_eq!(
            escape_html(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(escape_html("&amp;"), "&amp;amp;");
        assert_eq!(escape_html("]]>"), "]]&gt;");
        assert_eq!(escape_html("£19.2m"), "£19.2m");
        assert_eq!(escape_html("a\u{0}b"), "a\u{FFFD}b");
    }
}
