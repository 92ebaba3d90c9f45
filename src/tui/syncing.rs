//! Sharing from the desk: it syncs by itself when the shared file changes (another
//! machine published, or a conflicted copy appeared) and a little after changes made
//! here, on a thread with a connection of its own, and says in its top bar how the
//! sharing stands.

use super::app::Action;
use crate::store::Store;
use chrono::{DateTime, FixedOffset, Utc};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// How often the shared folder is looked at: a stat and a folder listing.
const CHECK_EVERY: Duration = Duration::from_secs(2);

/// How long after a sync changes made here wait before the next one publishes
/// them: a burst of logging becomes one upload, not one per key.
const PUBLISH_AFTER: Duration = Duration::from_secs(10);

/// How the sharing stands, for the top bar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncLine {
    pub last: Option<DateTime<Utc>>,
    pub running: bool,
    /// Changes made here that the shared file does not have yet.
    pub unpublished: bool,
    /// Fields the last sync found changed on two copies at once.
    pub conflicts: usize,
    pub failed: Option<String>,
}

impl SyncLine {
    /// What the file says of its sharing.
    fn from_status(status: crate::sync::SyncStatus, running: bool) -> SyncLine {
        SyncLine {
            last: status.last_synced_at,
            running,
            unpublished: status.unpublished,
            conflicts: status.conflicts_merged,
            failed: None,
        }
    }

    /// The whole story, or with `short` what fits beside the tabs of a narrow terminal.
    pub fn label(&self, tz: FixedOffset, short: bool) -> String {
        if self.failed.is_some() {
            return "sync failed".into();
        }
        if self.running {
            return "syncing…".into();
        }
        let Some(last) = self.last else {
            return "not synced yet".into();
        };
        let mut label = format!("synced {}", last.with_timezone(&tz).format("%H:%M"));
        if self.unpublished {
            label.push_str(if short {
                " · to share"
            } else {
                " · changes to share"
            });
        }
        if self.conflicts > 0 && !short {
            let plural = if self.conflicts == 1 { "" } else { "s" };
            label.push_str(&format!(" · {} conflict{plural} merged", self.conflicts));
        }
        label
    }
}

/// The desk's side of sharing: when to sync, and the sync running on its thread.
pub struct SyncWatch {
    shared: PathBuf,
    job: Option<Receiver<SyncLine>>,
    last_check: Option<Instant>,
    last_started: Option<Instant>,
}

impl SyncWatch {
    /// None when the config shares nothing.
    pub fn new(store: &Store) -> Option<SyncWatch> {
        Some(SyncWatch {
            shared: store.config().shared.clone()?,
            job: None,
            last_check: None,
            last_started: None,
        })
    }

    /// How the sharing stands as the file says, before anything ran.
    pub fn line(store: &Store) -> Option<SyncLine> {
        store.config().shared.as_ref()?;
        Some(SyncLine::from_status(
            crate::sync::status(store).ok()?,
            false,
        ))
    }

    /// What the desk should hear: a sync that finished, or one that just started.
    pub fn poll(&mut self, store: &Store) -> Option<Action> {
        if let Some(job) = &self.job {
            let line = job.try_recv().ok()?;
            self.job = None;
            return Some(Action::Synced(line));
        }
        if self.last_check.is_some_and(|at| at.elapsed() < CHECK_EVERY) {
            return None;
        }
        self.last_check = Some(Instant::now());
        let status = crate::sync::status(store).ok()?;
        let settled = self
            .last_started
            .is_none_or(|at| at.elapsed() >= PUBLISH_AFTER);
        let due = self.last_started.is_none()
            || crate::sync::shared_changed(store, &self.shared)
            || (status.unpublished && settled);
        if !due {
            return None;
        }
        self.last_started = Some(Instant::now());
        self.job = Some(start(store, self.shared.clone()));
        Some(Action::Synced(SyncLine::from_status(status, true)))
    }
}

fn start(store: &Store, shared: PathBuf) -> Receiver<SyncLine> {
    let (path, config) = (store.path().to_path_buf(), store.config().clone());
    let (send, receive) = channel();
    std::thread::spawn(move || {
        let line = (|| -> Result<SyncLine, String> {
            let mut store = Store::open(&path, &config).map_err(|e| e.to_string())?;
            let now = Utc::now();
            let report = crate::sync::run(&mut store, now, &shared).map_err(|e| e.to_string())?;
            for aside in &report.set_aside {
                super::log::write(&format!(
                    "sync: set aside {}: {}",
                    aside.path.display(),
                    aside.reason
                ));
            }
            // It counts this sync's conflicts: the sync stored them.
            let status = crate::sync::status(&store).map_err(|e| e.to_string())?;
            Ok(SyncLine::from_status(status, false))
        })();
        let line = line.unwrap_or_else(|message| {
            super::log::write(&format!("sync failed: {message}"));
            SyncLine {
                failed: Some(message),
                ..SyncLine::default()
            }
        });
        let _ = send.send(line);
    });
    receive
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_top_bar_says_how_sharing_stands() {
        let tz = FixedOffset::east_opt(2 * 3600).unwrap();
        let at = Utc.with_ymd_and_hms(2026, 11, 22, 8, 5, 0).unwrap();
        let synced = SyncLine {
            last: Some(at),
            ..SyncLine::default()
        };
        assert_eq!(synced.label(tz, false), "synced 10:05");
        let busy = SyncLine {
            unpublished: true,
            conflicts: 2,
            ..synced.clone()
        };
        assert_eq!(
            busy.label(tz, false),
            "synced 10:05 · changes to share · 2 conflicts merged"
        );
        assert_eq!(busy.label(tz, true), "synced 10:05 · to share");
        assert_eq!(SyncLine::default().label(tz, false), "not synced yet");
        let failed = SyncLine {
            failed: Some("no folder".into()),
            ..synced
        };
        assert_eq!(failed.label(tz, false), "sync failed");
    }
}
