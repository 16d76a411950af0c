//! Plain-language messages for RON syntax errors: what was wrong, what was expected,
//! and the nearest valid name when a field or value is misspelt.

use ron::error::Error;

/// The valid name closest to `found`, if one is close enough to be a likely misspelling.
pub fn nearest<'a>(found: &str, expected: &[&'a str]) -> Option<&'a str> {
    let found = found.to_lowercase();
    expected
        .iter()
        .map(|e| (strsim::jaro_winkler(&found, &e.to_lowercase()), *e))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, e)| e)
}

/// "; did you mean `x`?" for a likely misspelling, else a full stop.
fn hint(found: &str, expected: &[&str]) -> String {
    nearest(found, expected).map_or_else(|| ".".to_string(), |n| format!("; did you mean `{n}`?"))
}

/// The file's name for a kind of value: `Stage` → "stage".
fn value_noun(type_name: &str) -> &str {
    match type_name {
        "Stage" => "stage",
        "MilestoneStatus" => "milestone status",
        "RiskStatus" => "risk status",
        "Side" => "side",
        "Growth" => "kind of growth",
        "RuleValue" => "kind of rule value",
        "AuditAction" => "audit action",
        other => other,
    }
}

fn one_of(expected: &[&str]) -> String {
    let names: Vec<String> = expected.iter().map(|e| format!("`{e}`")).collect();
    names.join(", ")
}

fn within(outer: &Option<String>) -> String {
    outer
        .as_ref()
        .map_or_else(String::new, |o| format!(" in {}", describe(o)))
}

/// The file's name for a type: `Scheme` → "a scheme".
fn describe(type_name: &str) -> String {
    match type_name {
        "Plan" => "the plan".to_string(),
        "Income" => "income".to_string(),
        "SpendLine" => "a spend line".to_string(),
        "OneOff" => "a one-off item".to_string(),
        "Rule" => "a business rule".to_string(),
        "Scheme" => "a scheme".to_string(),
        "Investment" => "an investment".to_string(),
        "Trajectory" => "a trajectory".to_string(),
        "ActivityImpact" => "an activity impact".to_string(),
        "Priority" => "a priority".to_string(),
        "Criterion" => "a criterion".to_string(),
        "Milestone" => "a milestone".to_string(),
        "Kpi" => "a KPI".to_string(),
        "Risk" => "a risk".to_string(),
        "Scenario" => "an option (scenario)".to_string(),
        "Locality" => "a locality".to_string(),
        other => format!("`{other}`"),
    }
}

/// The line of the first string before `error_line` that runs over a line break, if
/// any. Plans rarely hold such strings, so after a syntax error it usually means a
/// closing quote is missing there, and the parser only noticed lines later.
pub fn open_string_before(text: &str, error_line: usize) -> Option<usize> {
    let mut line = 1;
    let mut chars = text.chars().peekable();
    // The line the current string opened on.
    let mut string: Option<usize> = None;
    while let Some(c) = chars.next() {
        if line >= error_line {
            return None;
        }
        match (string, c) {
            (Some(opened), '\n') => return Some(opened),
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(_), '"') => string = None,
            (Some(_), _) => {}
            (None, '"') => string = Some(line),
            (None, '/') if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            (None, '\n') => line += 1,
            (None, _) => {}
        }
    }
    None
}

/// What to tell a person about a RON error.
pub fn ron_message(error: &Error) -> String {
    match error {
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            format!(
                "unknown field `{found}`{}{} Expected one of: {}",
                within(outer),
                hint(found, expected),
                one_of(expected)
            )
        }
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let noun = outer.as_deref().map_or("value", value_noun);
            format!(
                "`{found}` is not a valid {noun}{} Expected one of: {}",
                hint(found, expected),
                one_of(expected)
            )
        }
        Error::MissingStructField { field, outer } => {
            format!("missing field `{field}`{}", within(outer))
        }
        Error::DuplicateStructField { field, outer } => {
            format!("field `{field}` is given twice{}", within(outer))
        }
        Error::SuggestRawIdentifier(text) | Error::InvalidIdentifier(text) => {
            if text.starts_with(|c: char| c.is_ascii_digit()) {
                format!(
                    "unexpected `{text}`: write numbers without thousands separators or units \
                     (550000.0, not 550,000.0)"
                )
            } else {
                format!(
                    "`{text}` is not a valid name: names have no hyphens or spaces \
                     (PreProject, not Pre-Project)"
                )
            }
        }
        Error::Eof => "the file ends too early: a bracket, list or string is not closed".into(),
        Error::IntegerOutOfBounds => {
            "the whole number is out of range for this field (for example a negative count)".into()
        }
        Error::ExceededRecursionLimit => {
            "nested too deeply: a plan is never more than a few levels deep".into()
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn suggests_the_nearest_name() {
        let fields = ["savings", "stretch", "stage", "programme"];
        assert_eq!(nearest("saving", &fields), Some("savings"));
        assert_eq!(nearest("programe", &fields), Some("programme"));
        assert_eq!(nearest("zzz", &fields), None);
    }
}

#[cfg(test)]
mod open_string_tests {
    use super::open_string_before;

    #[test]
    fn finds_a_string_left_open_lines_before_the_error() {
        let text = "(\n  a: \"x\",\n  b: \"y,\n  c: 1,\n  d: \"z\",\n)";
        assert_eq!(open_string_before(text, 5), Some(3));
        let closed = "(\n  a: \"x\",\n  b: \"y\", // a \"quote\" in a comment\n  c: )";
        assert_eq!(open_string_before(closed, 4), None);
        assert_eq!(open_string_before("(a: \"esc \\\" still\")", 1), None);
    }
}
