//! Sharing from the desk: it syncs by itself when the shared file changes (another
//! machine published, or a conflicted copy appeared) and a little after changes made
//! here, on a thread with a connection of its own, and says in its top bar how the
//! sharing stands.

use super::app::Action;
use crate::store::Store;
use chrono::{DateTime, FixedOffset, Utc};
use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::Once;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How often the shared folder is looked at: a stat and a folder listing.
const CHECK_EVERY: Duration = Duration::from_secs(2);

/// How long after a sync changes made here wait before the next one publishes
/// them: a burst of logging becomes one upload, not one per key.
const PUBLISH_AFTER: Duration = Duration::from_secs(10);

/// How long the desk waits after a failed sync before it tries again by itself: a
/// shared file it refuses (a newer version's) would otherwise fail every few
/// seconds.
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(60);

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
    /// The team server could not be reached: the desk works on, its changes wait.
    pub offline: bool,
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
            offline: false,
        }
    }

    /// The whole story, or with `short` what fits beside the tabs of a narrow terminal.
    pub fn label(&self, tz: FixedOffset, short: bool) -> String {
        if self.failed.is_some() {
            return crate::t!("sync-failed");
        }
        if self.running {
            return crate::t!("sync-running");
        }
        if self.offline {
            let mut label = crate::t!("sync-offline");
            if self.unpublished {
                label.push_str(&format!(" · {}", crate::t!("sync-to-share")));
            }
            return label;
        }
        let Some(last) = self.last else {
            return crate::t!("sync-never");
        };
        let time = last.with_timezone(&tz).format("%H:%M").to_string();
        let mut label = crate::t!("sync-at", time = time);
        if self.unpublished {
            let waiting = if short {
                crate::t!("sync-to-share")
            } else {
                crate::t!("sync-changes-to-share")
            };
            label.push_str(&format!(" · {waiting}"));
        }
        if self.conflicts > 0 && !short {
            let merged = crate::t!("sync-conflicts-merged", count = self.conflicts);
            label.push_str(&format!(" · {merged}"));
        }
        label
    }
}

/// Where the desk shares through: the office's folder, or its team server (heard
/// through LISTEN/NOTIFY, polled when it cannot be heard).
enum Hub {
    Folder(PathBuf),
    Server {
        address: Box<Result<crate::server::ServerAddress, String>>,
        listener: Option<crate::server::Listener>,
    },
}

/// The desk's side of sharing: when to sync, and the sync running on its thread.
pub struct SyncWatch {
    hub: Hub,
    job: Option<Receiver<SyncLine>>,
    last_check: Option<Instant>,
    last_started: Option<Instant>,
    failed_at: Option<Instant>,
    health: SyncHealth,
}

impl SyncWatch {
    /// None when the config shares nothing.
    pub fn new(store: &Store) -> Option<SyncWatch> {
        let config = store.config();
        let hub = match (&config.shared, &config.server) {
            (Some(shared), None) => Hub::Folder(shared.clone()),
            // A machine on both (an office moving over) syncs the folder as part of
            // each server sync: it is the bridge between the two.
            (_, Some(_)) => {
                let address =
                    Box::new(crate::server::address_of(config, None).map_err(|e| e.to_string()));
                let listener = (*address).as_ref().ok().map(|address| {
                    crate::server::Listener::start(address.clone(), store.device().to_string())
                });
                Hub::Server { address, listener }
            }
            (None, None) => return None,
        };
        Some(SyncWatch {
            hub,
            job: None,
            last_check: None,
            last_started: None,
            failed_at: None,
            health: SyncHealth::default(),
        })
    }

    /// How the sharing stands as the file says, before anything ran.
    pub fn line(store: &Store) -> Option<SyncLine> {
        let config = store.config();
        if config.server.is_some() {
            return Some(server_line(store, false));
        }
        config.shared.as_ref()?;
        Some(SyncLine::from_status(
            crate::sync::status(store).ok()?,
            false,
        ))
    }

    /// What the desk should hear: a sync that finished, or one that just started.
    pub fn poll(&mut self, store: &Store) -> Option<Action> {
        if let Some(job) = &self.job {
            let line = match job.try_recv() {
                Ok(line) => line,
                Err(TryRecvError::Empty) => return None,
                // The thread ended without a word (it could not even start): said
                // like any failed sync, or the top bar would say "syncing…" forever.
                Err(TryRecvError::Disconnected) => failed(&crate::t!("desk-sync-stopped")),
            };
            self.job = None;
            self.failed_at = line.failed.is_some().then(Instant::now);
            return Some(self.heard(line));
        }
        if matches!(self.hub, Hub::Server { .. }) {
            return self.poll_server(store);
        }
        let Hub::Folder(shared) = &self.hub else {
            return None;
        };
        let shared = shared.clone();
        if self.last_check.is_some_and(|at| at.elapsed() < CHECK_EVERY)
            || self
                .failed_at
                .is_some_and(|at| at.elapsed() < RETRY_AFTER_FAILURE)
        {
            return None;
        }
        self.last_check = Some(Instant::now());
        let status = crate::sync::status(store).ok()?;
        let settled = self
            .last_started
            .is_none_or(|at| at.elapsed() >= PUBLISH_AFTER);
        let due = self.last_started.is_none()
            || crate::sync::shared_changed(store, &shared)
            || (status.unpublished && settled);
        if !due {
            return None;
        }
        self.last_started = Some(Instant::now());
        tracing::debug!("sync with the shared folder started");
        self.job = Some(start(store, shared));
        Some(Action::Synced(SyncLine::from_status(status, true)))
    }

    /// A sync's end for the desk, logged when it changes how syncing stands.
    fn heard(&mut self, line: SyncLine) -> Action {
        match self.health.after(&line) {
            Some(SyncHealth::Failing(reason)) => tracing::warn!("sync failed: {reason}"),
            Some(SyncHealth::Offline) => {
                tracing::info!("sync: the team server cannot be reached; changes wait here")
            }
            Some(SyncHealth::Working) => tracing::info!("sync works again"),
            None => tracing::debug!(
                failed = line.failed.is_some(),
                offline = line.offline,
                conflicts = line.conflicts,
                "sync ended"
            ),
        }
        Action::Synced(line)
    }

    /// With a server: a sync as soon as a colleague pushed (or every so often when
    /// nobody can be heard), and soon after a change made here, so that a new lead
    /// reaches the other desks within a second or two.
    fn poll_server(&mut self, store: &Store) -> Option<Action> {
        if self
            .last_check
            .is_some_and(|at| at.elapsed() < SERVER_CHECK_EVERY)
        {
            return None;
        }
        self.last_check = Some(Instant::now());
        let Hub::Server { address, listener } = &self.hub else {
            return None;
        };
        let (address, listener) = (*address.clone(), listener.as_ref());
        let heard = listener.is_some_and(|l| l.take_heard());
        let waited_out = self
            .failed_at
            .is_none_or(|at| at.elapsed() >= SERVER_RETRY_AFTER_FAILURE);
        let owed = store.owed_count().unwrap_or(0) > 0;
        let listening = listener.is_some_and(|l| l.is_listening());
        let poll_every = match listening {
            true => SERVER_POLL_EVERY,
            false => SERVER_POLL_UNHEARD,
        };
        let due = self.last_started.is_none()
            || (waited_out && (heard || owed))
            || self
                .last_started
                .is_some_and(|at| at.elapsed() >= poll_every);
        if !due {
            return None;
        }
        self.last_started = Some(Instant::now());
        let address = match address {
            Ok(address) => address,
            Err(message) => return Some(self.heard(failed(&message))),
        };
        tracing::debug!("sync with the team server started");
        self.job = Some(start_server(store, address));
        Some(Action::Synced(server_line(store, true)))
    }
}

/// How often the desk looks whether a server sync is due: a count of the outbox.
const SERVER_CHECK_EVERY: Duration = Duration::from_millis(250);
/// How often the desk syncs with a server it hears from anyway: a notice may be
/// lost with its connection.
const SERVER_POLL_EVERY: Duration = Duration::from_secs(60);
/// How often, when the server cannot be heard.
const SERVER_POLL_UNHEARD: Duration = Duration::from_secs(15);
/// How long after a failed server sync the desk tries again by itself.
const SERVER_RETRY_AFTER_FAILURE: Duration = Duration::from_secs(15);

/// How sharing through the server stands, as the file says.
fn server_line(store: &Store, running: bool) -> SyncLine {
    SyncLine {
        last: store
            .meta("server_synced_at")
            .ok()
            .flatten()
            .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| at.with_timezone(&Utc)),
        running,
        unpublished: store.owed_count().unwrap_or(0) > 0,
        ..SyncLine::default()
    }
}

fn start_server(store: &Store, address: crate::server::ServerAddress) -> Receiver<SyncLine> {
    let (path, config) = (store.path().to_path_buf(), store.config().clone());
    start_with(move || {
        let mut store = Store::open(&path, &config).map_err(|e| e.to_string())?;
        if let Some(shared) = &config.shared {
            crate::sync::run(&mut store, Utc::now(), shared).map_err(|e| e.to_string())?;
        }
        match crate::server::sync(&mut store, &address, Utc::now()) {
            Ok(report) => {
                for aside in &report.pulled.merged.not_taken.rows_set_aside {
                    tracing::warn!(
                        table = %aside.table,
                        row = %aside.row_id,
                        "server sync: set aside: {}",
                        aside.reason
                    );
                }
                let mut line = server_line(&store, false);
                line.conflicts = report.pulled.merged.conflicts.len();
                Ok(line)
            }
            // Offline is no failure of the data: the changes wait here.
            Err(e) if e.is_offline() => Ok(SyncLine {
                offline: true,
                ..server_line(&store, false)
            }),
            Err(e) => Err(e.to_string()),
        }
    })
}

/// The name of the thread a sync runs on: its panics go to the log (see
/// `panics_of_sync_threads_are_kept_off_the_screen`).
const THREAD_NAME: &str = "leadometer-sync";

fn start(store: &Store, shared: PathBuf) -> Receiver<SyncLine> {
    let (path, config) = (store.path().to_path_buf(), store.config().clone());
    start_with(move || {
        let mut store = Store::open(&path, &config).map_err(|e| e.to_string())?;
        let now = Utc::now();
        let report = crate::sync::run(&mut store, now, &shared).map_err(|e| e.to_string())?;
        for aside in &report.set_aside {
            tracing::warn!(file = %aside.path.display(), "sync: set aside: {}", aside.reason);
        }
        // It counts this sync's conflicts: the sync stored them.
        let status = crate::sync::status(&store).map_err(|e| e.to_string())?;
        Ok(SyncLine::from_status(status, false))
    })
}

/// Runs `work` on a thread of its own and sends back how it ended. A panic in it
/// ends as a failed sync on the status line: the desk goes on, its screen intact.
/// The log hears of failures from `SyncWatch`, once per change (`SyncHealth`).
fn start_with(
    work: impl FnOnce() -> Result<SyncLine, String> + Send + 'static,
) -> Receiver<SyncLine> {
    panics_of_sync_threads_are_kept_off_the_screen();
    let (send, receive) = channel();
    let spawned = std::thread::Builder::new()
        .name(THREAD_NAME.into())
        .spawn(move || {
            let line = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
                Ok(Ok(line)) => line,
                Ok(Err(message)) => failed(&message),
                Err(panic) => {
                    let report = PANIC_REPORT
                        .with(|report| report.borrow_mut().take())
                        .unwrap_or_else(|| panic_message(panic.as_ref()));
                    failed(&crate::t!("desk-sync-internal-error", report = report))
                }
            };
            let _ = send.send(line);
        });
    if let Err(e) = spawned {
        // `send` went with the closure: the receiver reports the thread as gone.
        tracing::error!("sync: no thread for it: {e}");
    }
    receive
}

/// How syncing stands, as far as the log is concerned: the desk retries a failing
/// sync every minute, and the log says so once, not every minute.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub enum SyncHealth {
    #[default]
    Working,
    Failing(String),
    Offline,
}

impl SyncHealth {
    /// Moves on to how `line` says syncing stands; the new state, when it changed
    /// (`Working` after failing or being offline: it works again).
    pub fn after(&mut self, line: &SyncLine) -> Option<SyncHealth> {
        let now = match (&line.failed, line.offline) {
            (Some(reason), _) => SyncHealth::Failing(reason.clone()),
            (None, true) => SyncHealth::Offline,
            (None, false) => SyncHealth::Working,
        };
        if now == *self {
            return None;
        }
        *self = now.clone();
        Some(now)
    }
}

/// A failed sync as the top bar shows it. The message names files from the shared
/// folder: it is cleaned of control characters.
fn failed(message: &str) -> SyncLine {
    SyncLine {
        failed: Some(crate::domain::text::clean_line(message)),
        ..SyncLine::default()
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|text| text.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".into())
}

thread_local! {
    /// What the panic hook said of a sync thread's panic (message and place), for
    /// the status line and the log.
    static PANIC_REPORT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Rust's default panic hook prints to stderr: over the desk's screen, in raw mode.
/// A sync thread's panic is caught and reported as a failed sync, so the hook only
/// keeps its report for that; every other panic is reported as before.
fn panics_of_sync_threads_are_kept_off_the_screen() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let before = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(THREAD_NAME) {
                PANIC_REPORT.with(|report| *report.borrow_mut() = Some(info.to_string()));
            } else {
                before(info);
            }
        }));
    });
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
        let offline = SyncLine {
            offline: true,
            unpublished: true,
            ..SyncLine::default()
        };
        assert_eq!(offline.label(tz, false), "offline · to share");
    }

    #[test]
    fn a_panicking_sync_is_a_failed_sync_with_a_clean_message() {
        let job = start_with(|| panic!("boom \u{1b}]52;c;ZXZpbA==\u{7} in {}", "sync"));
        let line = job
            .recv_timeout(Duration::from_secs(10))
            .expect("the thread says how it ended");
        let message = line.failed.expect("failed");
        assert!(message.contains("boom"), "{message}");
        assert!(message.contains("in sync"), "{message}");
        assert!(
            message.contains("syncing.rs"),
            "where it stopped: {message}"
        );
        assert!(!message.chars().any(char::is_control), "{message:?}");
        let refused = start_with(|| Err("no folder \u{9b}31m/share".into()));
        let line = refused.recv_timeout(Duration::from_secs(10)).unwrap();
        assert_eq!(line.failed.as_deref(), Some("no folder 31m/share"));
    }

    #[test]
    fn a_sync_thread_gone_without_a_word_is_reported_failed() {
        let store = Store::open_in_memory(&crate::config::Config::default()).unwrap();
        let (send, receive) = channel::<SyncLine>();
        drop(send);
        let mut watch = SyncWatch {
            hub: Hub::Folder(PathBuf::from("leads.db")),
            job: Some(receive),
            last_check: None,
            last_started: None,
            failed_at: None,
            health: SyncHealth::default(),
        };
        match watch.poll(&store) {
            Some(Action::Synced(line)) => assert!(line.failed.is_some(), "{line:?}"),
            other => panic!("{other:?}"),
        }
        assert!(watch.job.is_none());
    }

    #[test]
    fn after_a_failed_sync_the_desk_waits_before_trying_again() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("leads.db");
        // A file this desk never merged (a sound one: the sync it starts logs nothing).
        drop(Store::open(&shared, &crate::config::Config::default()).unwrap());
        let store = Store::open(&dir.path().join("desk.db"), &Default::default()).unwrap();
        let (send, receive) = channel();
        send.send(failed("newer version")).unwrap();
        let mut watch = SyncWatch {
            hub: Hub::Folder(shared.clone()),
            job: Some(receive),
            last_check: None,
            last_started: Some(Instant::now() - PUBLISH_AFTER),
            failed_at: None,
            health: SyncHealth::default(),
        };
        assert!(matches!(watch.poll(&store), Some(Action::Synced(line)) if line.failed.is_some()));
        // The shared file differs from what this file has seen: without the
        // failure a sync would start now.
        assert!(crate::sync::shared_changed(&store, &shared));
        assert!(watch.poll(&store).is_none(), "tried again at once");
        watch.failed_at = Some(Instant::now() - RETRY_AFTER_FAILURE);
        let retried = watch.poll(&store);
        assert!(matches!(retried, Some(Action::Synced(line)) if line.running));
        // Its end, before the folder goes.
        let ended = watch
            .job
            .take()
            .unwrap()
            .recv_timeout(Duration::from_secs(30));
        assert_eq!(ended.unwrap().failed, None);
    }

    #[test]
    fn a_failing_sync_is_news_once_per_change_and_its_recovery_once() {
        let mut health = SyncHealth::default();
        let ok = SyncLine::default();
        let offline = SyncLine {
            offline: true,
            ..SyncLine::default()
        };
        assert_eq!(health.after(&ok), None, "working from the start is no news");
        assert_eq!(
            health.after(&failed("no folder")),
            Some(SyncHealth::Failing("no folder".into()))
        );
        // The desk retries every minute: the same failure is said once.
        assert_eq!(health.after(&failed("no folder")), None);
        assert_eq!(health.after(&failed("no folder")), None);
        assert_eq!(
            health.after(&failed("newer version")),
            Some(SyncHealth::Failing("newer version".into())),
            "another reason is news"
        );
        assert_eq!(health.after(&ok), Some(SyncHealth::Working));
        assert_eq!(health.after(&ok), None);
        assert_eq!(health.after(&offline), Some(SyncHealth::Offline));
        assert_eq!(health.after(&offline), None);
        assert_eq!(
            health.after(&failed("refused")),
            Some(SyncHealth::Failing("refused".into()))
        );
        assert_eq!(health.after(&offline), Some(SyncHealth::Offline));
        assert_eq!(health.after(&ok), Some(SyncHealth::Working));
    }
}
