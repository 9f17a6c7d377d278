//! The hybrid logical clock: 48-bit wall milliseconds and a 16-bit counter in one u64.
//! It never goes backwards, whatever the wall clock does.

use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hlc(u64);

impl Hlc {
    pub fn from_raw(raw: u64) -> Hlc {
        Hlc(raw)
    }

    pub fn raw(self) -> u64 {
        self.0
    }

    pub fn millis(self) -> u64 {
        self.0 >> 16
    }

    pub fn counter(self) -> u16 {
        (self.0 & 0xffff) as u16
    }

    /// The next timestamp for a local event at wall time `now_ms`.
    pub fn tick_at(&mut self, now_ms: u64) -> Hlc {
        let wall = (now_ms & 0xffff_ffff_ffff) << 16;
        // A counter overflow carries into the milliseconds: still strictly increasing.
        self.0 = wall.max(self.0 + 1);
        *self
    }

    pub fn tick(&mut self) -> Hlc {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64);
        self.tick_at(now.unwrap_or(0))
    }

    /// Carry the clock forward past a timestamp received from another device.
    pub fn observe(&mut self, remote: Hlc) {
        self.0 = self.0.max(remote.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_goes_back_when_the_wall_clock_does() {
        let mut c = Hlc::default();
        let a = c.tick_at(1_000);
        let b = c.tick_at(500);
        let d = c.tick_at(500);
        assert!(a < b && b < d);
        assert_eq!(b.millis(), 1_000);
        assert_eq!(d.counter(), 2);
    }

    #[test]
    fn counter_overflow_carries_into_milliseconds() {
        let mut c = Hlc::default();
        c.tick_at(7);
        for _ in 0..70_000 {
            c.tick_at(7);
        }
        assert!(c.millis() > 7);
    }

    #[test]
    fn observing_a_later_remote_time_moves_forward() {
        let mut c = Hlc::default();
        c.tick_at(10);
        c.observe(Hlc::from_raw(99 << 16));
        assert_eq!(c.tick_at(10).millis(), 99);
    }
}
