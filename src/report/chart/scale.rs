//! The one scale every chart's value axis uses: a nice range with round ticks, mapped
//! onto a span of the drawing, and tick labels in £m or plain counts.

use crate::format::grouped;

/// What a value axis measures, which decides how its ticks read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Millions of pounds: `£10m`, `-£2.5m`.
    MoneyM,
    /// A count: `12,500`.
    Count,
}

/// A linear scale from values to drawing positions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Scale {
    /// The lowest value shown.
    pub lo: f64,
    /// The highest value shown.
    pub hi: f64,
    /// The distance between ticks.
    pub step: f64,
    /// Where `lo` is drawn.
    from: f64,
    /// Where `hi` is drawn.
    to: f64,
    unit: Unit,
}

impl Scale {
    /// A scale covering `values` (and zero when `with_zero`) with about `ticks` round
    /// steps; mapped onto 0..1 until [`Scale::onto`] says where it is drawn.
    pub fn covering(
        values: impl IntoIterator<Item = f64>,
        with_zero: bool,
        ticks: usize,
        unit: Unit,
    ) -> Self {
        let (mut lo, mut hi) = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        if with_zero || !lo.is_finite() {
            lo = lo.min(0.0);
            hi = hi.max(0.0);
        }
        if hi - lo < 1e-9 {
            // One value: room around it, so it is not drawn on the frame's edge.
            let pad = if hi.abs() > 1e-9 { hi.abs() * 0.1 } else { 1.0 };
            if with_zero && lo >= 0.0 {
                hi += pad;
            } else {
                lo -= pad;
                hi += pad;
            }
        }
        let step = nice_step((hi - lo) / ticks.max(1) as f64);
        Self {
            // A value a rounding error past a tick stays on that tick.
            lo: (lo / step + 1e-9).floor() * step,
            hi: (hi / step - 1e-9).ceil() * step,
            step,
            from: 0.0,
            to: 1.0,
            unit,
        }
    }

    /// The same scale drawn from `from` (where its lowest value goes) to `to`.
    pub fn onto(self, from: f64, to: f64) -> Self {
        Self { from, to, ..self }
    }

    /// Where `value` is drawn.
    pub fn at(&self, value: f64) -> f64 {
        let span = self.hi - self.lo;
        if span <= 0.0 || !value.is_finite() {
            return self.from;
        }
        self.from + (value - self.lo) / span * (self.to - self.from)
    }

    /// Where zero is drawn, or the nearest end of the scale when zero is not on it.
    pub fn zero(&self) -> f64 {
        self.at(0.0_f64.clamp(self.lo, self.hi))
    }

    /// The ticks, lowest first.
    pub fn ticks(&self) -> Vec<f64> {
        let n = ((self.hi - self.lo) / self.step).round() as i64;
        (0..=n.clamp(0, 1000))
            .map(|k| self.lo + k as f64 * self.step)
            .map(|v| if v.abs() < self.step * 1e-9 { 0.0 } else { v })
            .collect()
    }

    /// A tick's label, with as many decimals as the step needs to tell ticks apart.
    pub fn label(&self, value: f64) -> String {
        let decimals = decimals(self.step);
        match self.unit {
            Unit::MoneyM => money_m_tick(value, decimals),
            Unit::Count => grouped(value, decimals),
        }
    }
}

/// `£10m`, `-£2.5m`, `£0m`.
fn money_m_tick(value_m: f64, decimals: usize) -> String {
    let text = grouped(value_m.abs(), decimals);
    if text.chars().all(|c| c == '0' || c == '.' || c == ',') {
        "£0m".to_string()
    } else if value_m < 0.0 {
        format!("-£{text}m")
    } else {
        format!("£{text}m")
    }
}

/// Decimals that write every multiple of `step` exactly: none for whole steps, one for
/// steps such as 0.5 or 2.5, two for 0.25, at most three.
fn decimals(step: f64) -> usize {
    if !(step.is_finite() && step > 0.0) {
        return 0;
    }
    (0..3)
        .find(|d| {
            let scaled = step * 10f64.powi(*d as i32);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
        })
        .unwrap_or(3)
}

/// The smallest step of 1, 2, 2.5 or 5 times a power of ten that is at least `at_least`.
fn nice_step(at_least: f64) -> f64 {
    if !(at_least.is_finite() && at_least > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(at_least.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| *step >= at_least * (1.0 - 1e-9))
        .unwrap_or(10.0 * power)
}

/// Positions of `n` categories (years) side by side, each in the middle of its band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Bands {
    /// Where the first band starts.
    pub left: f64,
    /// The width of one band.
    pub band: f64,
}

impl Bands {
    /// `n` bands across `width` from `left`.
    pub fn new(left: f64, width: f64, n: usize) -> Self {
        Self {
            left,
            band: width / n.max(1) as f64,
        }
    }

    /// The middle of band `i`.
    pub fn centre(&self, i: usize) -> f64 {
        self.left + (i as f64 + 0.5) * self.band
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_round_and_cover_their_values() {
        let s = Scale::covering([3.2, 27.9], true, 5, Unit::MoneyM);
        assert_eq!((s.lo, s.hi, s.step), (0.0, 30.0, 10.0));
        assert_eq!(s.ticks(), vec![0.0, 10.0, 20.0, 30.0]);
        assert_eq!(s.label(-10.0), "-£10m");
        assert_eq!(s.label(0.0), "£0m");
        let s = Scale::covering([-4.0, 6.0], true, 4, Unit::MoneyM);
        assert_eq!(s.step, 2.5);
        assert_eq!(s.label(-2.5), "-£2.5m");
        assert!(s.lo <= -4.0 && s.hi >= 6.0);
        let s = Scale::covering([120_000.0, 131_000.0], false, 5, Unit::Count);
        assert!(s.lo >= 100_000.0 && s.hi <= 140_000.0);
        assert_eq!(s.label(125_000.0), "125,000");
    }

    #[test]
    fn a_flat_or_empty_scale_still_has_room() {
        let s = Scale::covering([0.0, 0.0], true, 5, Unit::MoneyM);
        assert!(s.hi > s.lo);
        let s = Scale::covering(std::iter::empty(), false, 5, Unit::Count);
        assert!(s.hi > s.lo);
        let s = Scale::covering([f64::NAN, 5.0], false, 5, Unit::Count);
        assert!(s.lo < 5.0 && s.hi > 5.0);
    }

    #[test]
    fn values_map_onto_the_drawing() {
        let s = Scale::covering([0.0, 10.0], true, 5, Unit::MoneyM).onto(100.0, 0.0);
        assert_eq!(s.at(0.0), 100.0);
        assert_eq!(s.at(10.0), 0.0);
        assert_eq!(s.zero(), 100.0);
        let b = Bands::new(10.0, 100.0, 4);
        assert_eq!(b.centre(0), 22.5);
    }
}
