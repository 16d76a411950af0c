//! The plan as the public may see it. Schemes, investments, spend lines and risks can be
//! marked commercially sensitive; shown to an audience (present mode with the plan's
//! public setting, `placeplan paper --audience`), each sensitive item keeps every figure
//! but loses its name, id, notes and every other word that could identify it, and the
//! sensitive items of a kind share one name, "Other schemes (3)", so that lists and the
//! bridge fold them into one row. Totals never change: only words are touched.
//!
//! The audience plan is made here, once, before any screen or report sees it, so no
//! renderer has to remember to hide anything: the names are not in the plan it draws.
//! Free text elsewhere in the plan (notes, descriptions, speaker notes, option notes)
//! that mentions a sensitive item by name has the mention replaced by [`WITHHELD`]
//! (single words are ids and settings, and are left alone; case is ignored in ASCII
//! letters). The review record
//! (comments, the audit trail and the signed-off copy) is internal and left out.

use aho_corasick::{AhoCorasick, MatchKind};
use serde_json::Value;

use super::Plan;

/// What replaces a sensitive name in free text.
pub const WITHHELD: &str = "(withheld)";

/// The shortest word treated as a name worth looking for in free text; shorter ones
/// ("A", "GP") would take ordinary words with them.
const SHORTEST_NAME: usize = 4;

/// How many items of each kind are marked sensitive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sensitive {
    /// Savings schemes.
    pub schemes: usize,
    /// Investments.
    pub investments: usize,
    /// Spend lines.
    pub spend: usize,
    /// Risks.
    pub risks: usize,
}

impl Sensitive {
    /// Counts the sensitive items of `plan`.
    pub fn of(plan: &Plan) -> Self {
        Self {
            schemes: plan.schemes.iter().filter(|s| s.sensitive).count(),
            investments: plan.investments.iter().filter(|s| s.sensitive).count(),
            spend: plan.spend.iter().filter(|s| s.sensitive).count(),
            risks: plan.risks.iter().filter(|s| s.sensitive).count(),
        }
    }

    /// Whether any item is marked.
    pub fn any(&self) -> bool {
        self.total() > 0
    }

    /// How many items are marked, of every kind.
    pub fn total(&self) -> usize {
        self.schemes + self.investments + self.spend + self.risks
    }
}

/// The name every sensitive item of a kind shares in the audience plan: `"Other
/// schemes (3)"`, or `"Other scheme"` when there is one; `kind` is the singular and
/// the plural (`("scheme", "schemes")`).
pub fn folded_name((one, many): (&str, &str), count: usize) -> String {
    if count == 1 {
        format!("Other {one}")
    } else {
        format!("Other {many} ({count})")
    }
}

/// Items in order as lists show them: each on its own, except that sensitive items of
/// the same name are gathered at the first one's place. In the audience plan every
/// sensitive item of a kind shares its name, so they become one row; in the plan
/// itself their names differ and nothing is gathered. Each group is the items' indices.
pub fn gathered<T>(
    items: &[T],
    sensitive: impl Fn(&T) -> bool,
    name: impl Fn(&T) -> &str,
) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::with_capacity(items.len());
    let mut folded: Vec<(usize, &str)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if !sensitive(item) {
            groups.push(vec![i]);
            continue;
        }
        match folded.iter().find(|(_, n)| *n == name(item)) {
            Some((g, _)) => groups[*g].push(i),
            None => {
                folded.push((groups.len(), name(item)));
                groups.push(vec![i]);
            }
        }
    }
    groups
}

/// Why a plan could not be made safe for an audience.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the plan cannot be shown to an audience: {0}")]
pub struct AudienceError(String);

/// The plan as an audience may see it: every figure as in `plan`, no sensitive item
/// named, no mention of one left in free text, and no review record.
pub fn for_audience(plan: &Plan) -> Result<Plan, AudienceError> {
    let mut out = plan.clone();
    out.comments.clear();
    out.audit.clear();
    out.signed_off = None;
    let mut words = Words::default();

    let renamed = Renamed {
        schemes: rename(&mut out.schemes, ("scheme", "schemes"), &mut words, |s| {
            (s.sensitive, &mut s.id, &mut s.name, &mut s.notes)
        }),
        investments: rename(
            &mut out.investments,
            ("investment", "investments"),
            &mut words,
            |v| (v.sensitive, &mut v.id, &mut v.name, &mut v.notes),
        ),
        spend: rename(&mut out.spend, ("spend line", "spend"), &mut words, |l| {
            (l.sensitive, &mut l.id, &mut l.name, &mut l.notes)
        }),
    };
    rename(&mut out.risks, ("risk", "risks"), &mut words, |r| {
        (r.sensitive, &mut r.id, &mut r.name, &mut r.notes)
    });
    for r in out.risks.iter_mut().filter(|r| r.sensitive) {
        r.mitigation.clear();
        r.owner.clear();
    }
    renamed.apply(&mut out);
    words.scrub(&out)
}

/// Gives each sensitive item of `items` the kind's shared name (`kind` as for
/// [`folded_name`]) and an id of its own (`other-scheme-1`, `other-spend-1`), and
/// clears its notes; `parts` says whether an item is sensitive and lends its id, name
/// and notes. Their names go into `words`; returns each old id with its new one.
fn rename<T>(
    items: &mut [T],
    kind: (&str, &str),
    words: &mut Words,
    parts: impl Fn(&mut T) -> (bool, &mut String, &mut String, &mut String),
) -> Vec<(String, String)> {
    let count = items
        .iter_mut()
        .map(|item| parts(item).0)
        .filter(|s| *s)
        .count();
    let name = folded_name(kind, count);
    let stem = kind.0.split(' ').next().unwrap_or(kind.0);
    let mut pairs = Vec::with_capacity(count);
    for item in items.iter_mut() {
        let (sensitive, id, own_name, notes) = parts(item);
        if !sensitive {
            continue;
        }
        words.add(own_name);
        let new = format!("other-{stem}-{}", pairs.len() + 1);
        pairs.push((std::mem::replace(id, new.clone()), new));
        own_name.clone_from(&name);
        notes.clear();
    }
    pairs
}

/// Old ids and new of the sensitive items the options refer to.
struct Renamed {
    schemes: Vec<(String, String)>,
    investments: Vec<(String, String)>,
    spend: Vec<(String, String)>,
}

impl Renamed {
    /// Points every option at the items' new ids.
    fn apply(&self, plan: &mut Plan) {
        let swap = |ids: &mut Vec<String>, pairs: &[(String, String)]| {
            for id in ids.iter_mut() {
                if let Some((_, new)) = pairs.iter().find(|(old, _)| old == id) {
                    id.clone_from(new);
                }
            }
        };
        fn rekey<V>(map: &mut std::collections::BTreeMap<String, V>, pairs: &[(String, String)]) {
            for (old, new) in pairs {
                if let Some(v) = map.remove(old) {
                    map.insert(new.clone(), v);
                }
            }
        }
        for s in &mut plan.scenarios {
            swap(&mut s.schemes_off, &self.schemes);
            swap(&mut s.schemes_on, &self.schemes);
            swap(&mut s.investments_off, &self.investments);
            swap(&mut s.investments_on, &self.investments);
            rekey(&mut s.confidence, &self.schemes);
            rekey(&mut s.spend_line_growth_pp, &self.spend);
        }
    }
}

/// The words that name sensitive items, looked for in free text.
#[derive(Default)]
struct Words(Vec<String>);

impl Words {
    fn add(&mut self, word: &str) {
        let word = word.trim().to_lowercase();
        if word.chars().count() >= SHORTEST_NAME && !self.0.contains(&word) {
            self.0.push(word);
        }
    }

    /// `plan` with every mention replaced, in every piece of text it holds, whatever
    /// field it sits in: the plan is walked as data, so a field added later is covered
    /// too. All the names are looked for at once, the longest first where two overlap.
    fn scrub(self, plan: &Plan) -> Result<Plan, AudienceError> {
        if self.0.is_empty() {
            return Ok(plan.clone());
        }
        let finder = finder(&self.0).map_err(|e| AudienceError(e.to_string()))?;
        let mut value = serde_json::to_value(plan).map_err(|e| AudienceError(e.to_string()))?;
        walk(&finder, &mut value);
        // A name that is also a word of the file's own (a stage, a status) would have
        // been taken out of it: say which names could be, rather than show it.
        serde_json::from_value(value).map_err(|_| {
            AudienceError(format!(
                "a sensitive item's name is also a word the plan file uses for a setting; \
                 rename the item ({})",
                self.0.join(", ")
            ))
        })
    }
}

/// Finds every one of `words` at once, ignoring ASCII case, the longest where two
/// start at the same place.
fn finder(words: &[String]) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(words)
}

fn walk(finder: &AhoCorasick, value: &mut Value) {
    match value {
        // A single word is an id, a setting or a label, not a sentence naming
        // anything; changing it could break the plan's references.
        Value::String(text) if text.contains(char::is_whitespace) => {
            if let Some(clean) = clean(finder, text) {
                *text = clean;
            }
        }
        Value::String(_) => {}
        Value::Array(items) => items.iter_mut().for_each(|v| walk(finder, v)),
        // Keys are field names, or ids the options refer to (renamed already).
        Value::Object(map) => map.values_mut().for_each(|v| walk(finder, v)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// `text` with every whole-word mention replaced, or `None` when it mentions none.
/// Case is ignored in ASCII letters.
fn clean(finder: &AhoCorasick, text: &str) -> Option<String> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = String::new();
    let mut from = 0;
    for m in finder.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if is_word(before) || is_word(after) {
            continue;
        }
        out.push_str(&text[from..m.start()]);
        out.push_str(WITHHELD);
        from = m.end();
    }
    if from == 0 {
        return None;
    }
    out.push_str(&text[from..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_whole_and_in_any_case() {
        let mut words = Words::default();
        words.add("Circle MSK");
        words.add("Circle MSK contract");
        let finder = finder(&words.0).expect("builds");
        let clean = |t: &str| clean(&finder, t);
        assert_eq!(
            clean("The circle MSK contract ends").as_deref(),
            Some("The (withheld) ends")
        );
        assert_eq!(clean("Encircle MSK"), None);
        assert_eq!(
            clean("£2m to CIRCLE MSK.").as_deref(),
            Some("£2m to (withheld).")
        );
        assert_eq!(
            clean("Circle MSK and Circle MSK").as_deref(),
            Some("(withheld) and (withheld)")
        );
    }

    #[test]
    fn sensitive_items_of_one_name_are_gathered_where_the_first_stands() {
        let items = [
            ("a", false),
            ("x", true),
            ("b", false),
            ("x", true),
            ("y", true),
        ];
        let groups = gathered(&items, |i| i.1, |i| i.0);
        assert_eq!(groups, vec![vec![0], vec![1, 3], vec![2], vec![4]]);
        let open = [("a", false), ("a", false)];
        assert_eq!(gathered(&open, |i| i.1, |i| i.0), vec![vec![0], vec![1]]);
    }
}
