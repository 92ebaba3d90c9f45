//! Hybrid logical clock: the per-field change clock that lets two copies of a file merge.
//!
//! A stamp is wall time in ms, a counter and the replica (device) id. Stamps are written
//! as fixed-width text so that comparing two strings compares the clocks; a replica whose
//! wall clock runs ahead cannot win forever because every replica moves past any stamp it
//! has seen.

use std::cmp::Ordering;
use std::fmt;

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

    /// The next stamp for a local change at `now_ms`.
    pub fn tick(&self, now_ms: i64) -> Hlc {
        if now_ms > self.wall_ms {
            Hlc {
                wall_ms: now_ms,
                counter: 0,
                device: self.device.clone(),
            }
        } else {
            Hlc {
                wall_ms: self.wall_ms,
                counter: self.counter + 1,
                device: self.device.clone(),
            }
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

    pub fn parse(text: &str) -> Option<Hlc> {
        let mut parts = text.splitn(3, '-');
        let wall_ms = parts.next()?.parse().ok()?;
        let counter = parts.next()?.parse().ok()?;
        let device = parts.next()?.to_string();
        Some(Hlc {
            wall_ms,
            counter,
            device,
        })
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:015}-{:06}-{}",
            self.wall_ms, self.counter, self.device
        )
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

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn text_order_is_clock_order(w1 in 0i64..10_000_000_000_000, c1 in 0u32..1000,
                                     w2 in 0i64..10_000_000_000_000, c2 in 0u32..1000) {
            let a = Hlc { wall_ms: w1, counter: c1, device: "x".into() };
            let b = Hlc { wall_ms: w2, counter: c2, device: "y".into() };
            prop_assert_eq!(a.cmp(&b), a.to_string().cmp(&b.to_string()));
            prop_assert_eq!(Hlc::parse(&a.to_string()), Some(a));
        }
    }
}
