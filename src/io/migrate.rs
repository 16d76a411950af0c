//! Opening plans written in older formats. Each format change gets a step here, so a
//! plan saved by any release opens in every later one.
//!
//! Format 0 is the pre-release draft format: options were called `options` (read through
//! a serde alias on `scenarios`), and stage confidence was written as a percentage.

use crate::model::{AuditAction, AuditEntry, FORMAT_VERSION, Plan, Stage};

/// The oldest format this release opens.
pub const OLDEST_FORMAT: u32 = 0;

/// Brings a plan read from format `plan.format` up to [`FORMAT_VERSION`], step by step,
/// and records it in the audit trail. Does nothing to a current plan.
pub fn migrate(plan: &mut Plan) {
    let from = plan.format;
    if from >= FORMAT_VERSION {
        return;
    }
    if plan.format == 0 {
        from_0_to_1(plan);
    }
    plan.audit.push(AuditEntry {
        minutes: None,
        when: now_iso(),
        who: "placeplan".into(),
        role: String::new(),
        action: AuditAction::Migrated,
        note: format!(
            "Opened from format {from} and brought up to format {FORMAT_VERSION}; \
             saving keeps it in the new format"
        ),
        item: String::new(),
        fingerprint: None,
    });
}

/// Format 0 wrote stage confidence in percent (95 for 0.95).
fn from_0_to_1(plan: &mut Plan) {
    for stage in Stage::ALL {
        let c = plan.stage_confidence.get_mut(stage);
        if *c > 1.0 {
            *c /= 100.0;
        }
    }
    plan.format = 1;
}

/// The current time as ISO 8601 UTC, `2026-11-23T14:05:00Z`.
pub fn now_iso() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let rest = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn now_is_an_iso_date() {
        let now = super::now_iso();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.starts_with("20"), "{now}");
        assert!(now.ends_with('Z'));
    }
}
