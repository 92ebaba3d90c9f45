//! Hybrid logical clock: the per-field change clock that lets two copies of a file merge.
//!
//! A stamp is wall time in ms, a counter and the replica (device) id. Stamps are written
//! as text whose order is the clocks' order, so that SQL and stored maps can compare
//! them as strings; a replica whose wall clock runs ahead cannot win forever because
//! every replica moves past any stamp it has seen.
//!
//! The text is `WWWWWWWWWWWWWWW-CCCCCC-device`: fifteen digits of wall time, then the
//! counter. A counter below a million takes six digits, as every stamp written before
//! counters could grow did; from a million up it is `x` and ten digits, and `x` sorts
//! after every digit, so old and new stamps compare correctly as text. Only this exact
//! form parses: anything else is not a clock.

use chrono::{DateTime, TimeZone, Utc};
use std::cmp::Ordering;
use std::fmt;

/// The latest wall time a stamp can hold: fifteen digits of milliseconds (year 33658).
pub const MAX_WALL_MS: i64 = 999_999_999_999_999;

/// Counters from here up are written `x` and ten digits.
const WIDE_COUNTER: u32 = 1_000_000;

/// The longest device id a stamp may carry.
const MAX_DEVICE_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hlc {
    pub wall_ms: i64,
    pub counter: u32,
    pub device: String,
}

impl Hlc {
    pub fn zero(device: &str) -> Hlc {
        Hlc {
            wall_ms: 0,
            counter: 0,
            device: device.to_string(),
        }
    }

    /// The earliest clock there is, below every stamp any device writes: what a
    /// clock that cannot be trusted counts as, so that it never wins.
    pub fn lowest() -> Hlc {
        Hlc::zero("")
    }

    /// The next stamp for a local change at `now_ms`.
    pub fn tick(&self, now_ms: i64) -> Hlc {
        let now_ms = now_ms.min(MAX_WALL_MS);
        let (wall_ms, counter) = if now_ms > self.wall_ms {
            (now_ms, 0)
        } else {
            match self.counter.checked_add(1) {
                Some(counter) => (self.wall_ms, counter),
                // Four billion changes in one millisecond: the next millisecond.
                None => ((self.wall_ms + 1).min(MAX_WALL_MS), 0),
            }
        };
        Hlc {
            wall_ms,
            counter,
            device: self.device.clone(),
        }
    }

    /// Moves this clock past a stamp received from another replica.
    pub fn observe(&self, seen: &Hlc) -> Hlc {
        if (seen.wall_ms, seen.counter) > (self.wall_ms, self.counter) {
            Hlc {
                wall_ms: seen.wall_ms,
                counter: seen.counter,
                device: self.device.clone(),
            }
        } else {
            self.clone()
        }
    }

    /// When the write stamped `clock` happened, by the writer's wall clock; the
    /// epoch for text that is not a clock.
    pub fn wall_time(clock: &str) -> DateTime<Utc> {
        let wall_ms = Hlc::parse(clock).map_or(0, |c| c.wall_ms);
        Utc.timestamp_millis_opt(wall_ms)
            .single()
            .unwrap_or_default()
    }

    /// A stamp in exactly the form `Display` writes, or None: a clock with another
    /// width, sign, counter form or device characters is not one.
    pub fn parse(text: &str) -> Option<Hlc> {
        let (wall, rest) = text.split_once('-')?;
        let (counter, device) = rest.split_once('-')?;
        if wall.len() != 15 || !all_digits(wall) {
            return None;
        }
        let counter = match counter.strip_prefix('x') {
            Some(wide) if wide.len() == 10 && all_digits(wide) => {
                Some(wide.parse::<u32>().ok()?).filter(|c| *c >= WIDE_COUNTER)?
            }
            Some(_) => return None,
            None if counter.len() == 6 && all_digits(counter) => counter.parse().ok()?,
            None => return None,
        };
        let device_ok = device.len() <= MAX_DEVICE_LEN
            && device
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !device_ok {
            return None;
        }
        Some(Hlc {
            wall_ms: wall.parse().ok()?,
            counter,
            device: device.to_string(),
        })
    }
}

fn all_digits(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:015}-", self.wall_ms)?;
        if self.counter < WIDE_COUNTER {
            write!(f, "{:06}", self.counter)?;
        } else {
            write!(f, "x{:010}", self.counter)?;
        }
        write!(f, "-{}", self.device)
    }
}

impl PartialOrd for Hlc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Hlc {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.wall_ms, self.counter, &self.device).cmp(&(
            other.wall_ms,
            other.counter,
            &other.device,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tick_is_monotonic_even_when_the_wall_clock_goes_back() {
        let a = Hlc::zero("dev").tick(1_000);
        let b = a.tick(500);
        assert!(b > a);
        assert_eq!(b.wall_ms, 1_000);
        assert_eq!(b.counter, 1);
    }

    #[test]
    fn observing_a_skewed_clock_moves_past_it() {
        let local = Hlc::zero("a").tick(1_000);
        let remote = Hlc::zero("b").tick(9_000);
        let next = local.observe(&remote).tick(1_001);
        assert!(next > remote);
    }

    #[test]
    fn a_counter_past_a_million_still_sorts_after_every_six_digit_one() {
        let old = "000001700000000-999999-a"; // as stamps were written before
        let wide = Hlc {
            wall_ms: 1_700_000_000,
            counter: 1_000_000,
            device: "a".into(),
        };
        assert_eq!(wide.to_string(), "000001700000000-x0001000000-a");
        assert!(old < wide.to_string().as_str());
        assert!(Hlc::parse(old).unwrap() < wide);
    }

    #[test]
    fn only_the_exact_written_form_is_a_clock() {
        for garbage in [
            "~~~~",
            "",
            "---",
            "00000000000001-000000-a",   // wall one digit short
            "0000000000000001-000000-a", // wall one digit long
            "-00000000000001-000000-a",
            "000000000000001-00001-a",
            "000000000000001-x0000000001-a", // wide form for a small counter
            "000000000000001-x9999999999-a", // past u32
            "000000000000001-+00001-a",
            "000000000000001-000001-dev-ice",
            "000000000000001-000001-dév",
            "999999999999999999999-000001-a",
        ] {
            assert_eq!(Hlc::parse(garbage), None, "{garbage:?}");
        }
        assert_eq!(
            Hlc::parse("000000000000000-000000-"),
            Some(Hlc::lowest()),
            "a file without a device id still has clocks"
        );
    }

    #[test]
    fn ticking_at_the_largest_counter_moves_to_the_next_millisecond() {
        let full = Hlc {
            wall_ms: 5,
            counter: u32::MAX,
            device: "a".into(),
        };
        let next = full.tick(1);
        assert!(next > full);
        assert_eq!((next.wall_ms, next.counter), (6, 0));
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn text_order_is_clock_order(
            w1 in prop_oneof![0i64..=MAX_WALL_MS, 1_700_000_000_000i64..1_700_000_000_010],
            c1 in prop_oneof![any::<u32>(), 999_990u32..1_000_010, (u32::MAX - 5)..=u32::MAX],
            d1 in "[A-Za-z0-9_]{0,12}",
            w2 in prop_oneof![0i64..=MAX_WALL_MS, 1_700_000_000_000i64..1_700_000_000_010],
            c2 in prop_oneof![any::<u32>(), 999_990u32..1_000_010, (u32::MAX - 5)..=u32::MAX],
            d2 in "[A-Za-z0-9_]{0,12}",
        ) {
            let a = Hlc { wall_ms: w1, counter: c1, device: d1 };
            let b = Hlc { wall_ms: w2, counter: c2, device: d2 };
            prop_assert_eq!(a.cmp(&b), a.to_string().cmp(&b.to_string()));
            prop_assert_eq!(Hlc::parse(&a.to_string()), Some(a));
        }
    }
}
