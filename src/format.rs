//! Number formatting shared by reports and screens: thousands separators, £k and £m.

/// Rounds to `decimals` places and groups the whole part in thousands: `-1234.5` → `-1,235`
/// (with 0 decimals) or `-1,234.50` (with 2).
pub fn grouped(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, frac) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    let rounds_to_zero = text.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !rounds_to_zero {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Thousands of pounds as millions: what the charts plot (their axes read £m).
pub fn k_to_m(amount_k: f64) -> f64 {
    amount_k / THOUSANDS_IN_A_MILLION
}

/// Millions of pounds back to thousands: a chart position as the £000 the plan holds.
pub fn m_to_k(amount_m: f64) -> f64 {
    amount_m * THOUSANDS_IN_A_MILLION
}

const THOUSANDS_IN_A_MILLION: f64 = 1000.0;

/// £000 as `£19,235k`.
pub fn money_k(amount_k: f64) -> String {
    signed_money(amount_k, |a| format!("{}k", grouped(a, 0)))
}

/// A change in £000, signed: `+£94k`, `-£1,500k`, `£0k` for none. Changes are said in
/// thousands, like the tables they sit in.
pub fn change_k(delta_k: f64) -> String {
    let text = money_k(delta_k);
    if delta_k > 0.0 && text != "£0k" {
        format!("+{text}")
    } else {
        text
    }
}

/// £000 as `£19.2m` (one decimal place; two below £10m; `£0m` for nothing), the unit of
/// headlines and charts. Tables speak £k ([`money_k`]); a screen never mixes the two
/// for one kind of figure.
pub fn money_m(amount_k: f64) -> String {
    signed_money(amount_k, |a| {
        let m = k_to_m(a);
        let decimals = if m < 10.0 { 2 } else { 1 };
        let text = grouped(m, decimals);
        if text.chars().all(|c| c == '0' || c == '.') {
            "0m".to_string()
        } else {
            format!("{text}m")
        }
    })
}

fn signed_money(amount_k: f64, body: impl Fn(f64) -> String) -> String {
    let text = body(amount_k.abs());
    let is_zero = text.chars().all(|c| !c.is_ascii_digit() || c == '0');
    if amount_k < 0.0 && !is_zero {
        format!("-£{text}")
    } else {
        format!("£{text}")
    }
}

/// The text with its first letter in capitals: `moves the gap` → `Moves the gap`.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A percentage with one decimal place: `4.9%`.
pub fn percent(pct: f64) -> String {
    format!("{}%", grouped(pct, 1))
}

/// An ISO 8601 date and time (`2026-12-01T10:05:00Z`) as people read it:
/// `1 Dec 2026, 10:05`; the date alone when there is no time or it is midnight exactly; the text as it is when it
/// is not such a date.
pub fn date_time(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts = (
        iso.get(..4).and_then(|y| y.parse::<u32>().ok()),
        iso.get(5..7).and_then(|m| m.parse::<usize>().ok()),
        iso.get(8..10).and_then(|d| d.parse::<u32>().ok()),
    );
    let (Some(year), Some(month @ 1..=12), Some(day)) = parts else {
        return iso.to_string();
    };
    let date = format!("{day} {} {year}", MONTHS[month - 1]);
    match iso.get(10..16) {
        // Midnight exactly is how a date alone is written in a timestamp.
        Some("T00:00") => date,
        Some(time) if time.starts_with('T') => format!("{date}, {}", &time[1..]),
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(
            super::date_time("2026-12-01T10:05:00Z"),
            "1 Dec 2026, 10:05"
        );
        assert_eq!(super::date_time("2018-03-31"), "31 Mar 2018");
        assert_eq!(super::date_time("2016-12-22T00:00:00Z"), "22 Dec 2016");
        assert_eq!(super::date_time("soon"), "soon");
    }

    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0.0, 0), "0");
        assert_eq!(grouped(999.4, 0), "999");
        assert_eq!(grouped(1000.0, 0), "1,000");
        assert_eq!(grouped(-1234567.891, 2), "-1,234,567.89");
        assert_eq!(grouped(-0.4, 0), "0");
        assert_eq!(grouped(123456.0, 0), "123,456");
    }

    #[test]
    fn money_units() {
        assert_eq!(money_k(19235.0), "£19,235k");
        assert_eq!(money_k(-500.0), "-£500k");
        assert_eq!(money_m(544800.0), "£544.8m");
        assert_eq!(money_m(9654.0), "£9.65m");
        assert_eq!(money_m(-311000.0), "-£311.0m");
        assert_eq!(money_m(-0.2), "£0m");
        assert_eq!(money_m(3.0), "£0m");
        assert_eq!(money_m(9.0), "£0.01m");
        assert_eq!(percent(4.94), "4.9%");
    }
}
