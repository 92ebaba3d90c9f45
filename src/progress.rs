//! How far a long job got (an import, `gen`, a rescore, a merge, a sync, an export),
//! told to whoever shows it. The library knows nothing of bars: the command line
//! gives an indicatif bar, the desk its own, and everyone else nothing.

/// Hears `done` of `total` items, now and then while a job runs and once at its
/// end; `done` never goes back. A total that was not known at first may grow.
pub trait Progress {
    fn reached(&mut self, done: u64, total: u64);
}

impl<F: FnMut(u64, u64)> Progress for F {
    fn reached(&mut self, done: u64, total: u64) {
        self(done, total)
    }
}

/// Nobody listening.
pub struct Unseen;

impl Progress for Unseen {
    fn reached(&mut self, _: u64, _: u64) {}
}

/// How many items pass between two reports: often enough for a smooth bar, rarely
/// enough that a hot loop does not notice.
pub const EVERY: usize = 512;

/// Reports item `index` (counting from 0) when it is one of every [`EVERY`].
pub fn now_and_then(progress: &mut dyn Progress, index: usize, total: usize) {
    if index.is_multiple_of(EVERY) {
        progress.reached(index as u64, total as u64);
    }
}

/// Reports the end: all `total` items done.
pub fn all_done(progress: &mut dyn Progress, total: usize) {
    progress.reached(total as u64, total as u64);
}

/// A job of several parts done in turn (a sync: each file merged, then the
/// publish), each part telling its own progress from 0: told on as one job, each
/// part's items after those of the parts before it. The total grows as parts begin.
pub struct InTurn<'a> {
    to: &'a mut dyn Progress,
    before: u64,
    part_total: u64,
}

impl<'a> InTurn<'a> {
    pub fn new(to: &'a mut dyn Progress) -> InTurn<'a> {
        InTurn {
            to,
            before: 0,
            part_total: 0,
        }
    }

    /// The part told until now is over: the next one counts after all of it.
    pub fn next_part(&mut self) {
        self.before += self.part_total;
        self.part_total = 0;
    }

    /// The whole job is over: everything told is done.
    pub fn all_done(mut self) {
        self.next_part();
        self.to.reached(self.before, self.before);
    }
}

impl Progress for InTurn<'_> {
    fn reached(&mut self, done: u64, total: u64) {
        // A part that reaches past its own total only makes the total grow.
        self.part_total = self.part_total.max(total).max(done);
        self.to
            .reached(self.before + done, self.before + self.part_total);
    }
}

#[cfg(test)]
pub mod recorded {
    //! A listener that keeps everything it heard, for tests of the jobs.

    /// What a job said of its progress, in order.
    #[derive(Debug, Default)]
    pub struct Recorded(pub Vec<(u64, u64)>);

    impl super::Progress for Recorded {
        fn reached(&mut self, done: u64, total: u64) {
            self.0.push((done, total));
        }
    }

    impl Recorded {
        /// Holds the job to its word: it was told something, never went back, and
        /// ended with everything done.
        pub fn assert_monotonic_to(&self, total: u64) {
            assert!(!self.0.is_empty(), "no progress was told");
            for pair in self.0.windows(2) {
                assert!(pair[0].0 <= pair[1].0, "went back: {:?}", self.0);
            }
            assert!(self.0.iter().all(|&(done, of)| done <= of), "{:?}", self.0);
            assert_eq!(self.0.last(), Some(&(total, total)), "{:?}", self.0);
        }
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
