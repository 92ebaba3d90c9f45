//! The loop: read keys, map them to actions, update the state, perform the effects
//! on the store, draw. It also watches the file so other processes' changes appear.

use super::app::{Action, State, update};
use super::draw::{Chrome, draw};
use super::effects::{Background, SEARCH_RESULTS, perform};
use super::keymap::Keymap;
use super::theme::Theme;
use crate::domain::when::end_of_local_day;
use crate::store::Store;
use chrono::{Local, Utc};
use crossterm::event::{self, Event, KeyEventKind};
use std::sync::mpsc::channel;
use std::time::{Duration as StdDuration, Instant};

/// How often the file is checked for changes made by other processes.
const WATCH_EVERY: StdDuration = StdDuration::from_millis(1000);

/// How often the desk backs the file up while it is open (and once on start).
const BACKUP_EVERY: StdDuration = StdDuration::from_secs(4 * 60 * 60);

/// How long a save from the desk waits for another writer (an import) before it is
/// kept to be made again on a later tick: the desk must not freeze meanwhile.
pub const DESK_WRITE_WAIT: StdDuration = StdDuration::from_millis(100);

/// How long the loop waits for a key: shorter while an import's bar moves.
const IDLE_WAIT: StdDuration = StdDuration::from_millis(250);
const BUSY_WAIT: StdDuration = StdDuration::from_millis(50);

pub fn run(mut store: Store, keymap: Keymap, mut warnings: Vec<String>) -> anyhow::Result<()> {
    let (theme, theme_problems) = Theme::from_config(&store.config().theme);
    warnings.extend(theme_problems);
    // From here the terminal is the desk's: the log goes to its file alone.
    crate::logging::keep_off_the_terminal();
    tracing::info!(file = %store.path().display(), "the desk opens");
    for warning in &warnings {
        tracing::warn!("config: {warning}");
    }
    let now = Utc::now();
    let tz = *Local::now().offset();
    let mut state = State::new(store.user(), now, end_of_local_day(now), tz);
    state.custom_views = store.config().inbox.views.clone();
    state.sync = super::syncing::SyncWatch::line(&store);
    state.message = warnings.into_iter().next().or_else(|| {
        keymap
            .help_key()
            .map(|key| crate::t!("desk-help-key", key = key))
    });
    let file = store
        .path()
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let chrome = Chrome {
        keymap: &keymap,
        theme,
        file: &file,
        thresholds: thresholds(store.config()),
        hits: Default::default(),
    };
    let mouse = store.config().mouse;
    let desk_bidi = (store.config().display.bidi).program_lays_out(|name| std::env::var(name).ok());
    super::bidi::set_desk_lays_out(desk_bidi);
    store.keep_search_index();
    store.set_write_wait(DESK_WRITE_WAIT);
    // Writers waiting in this process (an import's thread) must not print over the desk.
    crate::store::silence_notes();
    let mut terminal = ratatui::init();
    input_modes(true, mouse, desk_bidi);
    let result = (|| -> anyhow::Result<()> {
        let mut background = Background::Thread(None);
        let jobs = &mut background;
        apply_logged(&mut store, &mut state, Action::Refresh, jobs);
        let mut seen_version = store.data_version()?;
        let mut last_watch = Instant::now();
        let mut warmed = false;
        let mut last_backup: Option<Instant> = None;
        let (backup_failed, backup_failures) = channel::<String>();
        let mut sync = super::syncing::SyncWatch::new(&store);
        while !state.quit {
            for report in jobs.take_reports() {
                apply_logged(&mut store, &mut state, report, jobs);
            }
            terminal.draw(|frame| draw(frame, &state, &chrome))?;
            if !warmed && !event::poll(StdDuration::ZERO)? {
                warm_up(&store);
                warmed = true;
            }
            let wait = if jobs.busy() { BUSY_WAIT } else { IDLE_WAIT };
            if event::poll(wait)? {
                let action = match event::read()? {
                    Event::Key(key) if key.kind != KeyEventKind::Release => {
                        keymap.route(&state, key)
                    }
                    // Pasted text is text: never routed as keys (`paste`).
                    Event::Paste(text) => Some(Action::Paste(text)),
                    // Where a click lands is in the hit map of the frame on screen.
                    Event::Mouse(click) if mouse => chrome.hits.action_for(click),
                    _ => None,
                };
                if let Some(action) = action {
                    // What a key saves is stamped with the moment it was pressed.
                    tick(&mut store, &mut state);
                    apply_logged(&mut store, &mut state, action, jobs);
                }
                continue;
            }
            if last_backup.is_none_or(|at| at.elapsed() >= BACKUP_EVERY) {
                last_backup = Some(Instant::now());
                back_up_beside(&store, backup_failed.clone());
            }
            if let Ok(message) = backup_failures.try_recv() {
                state.message = Some(message);
            }
            // Idle: have the search table ready for the next keystroke (each pass of
            // search_ahead reloads it first if the file changed), and where a first
            // letter would take longer than a frame, its results (one letter per
            // pass, so a key waits at most one).
            while !event::poll(StdDuration::ZERO)? {
                match store.search_ahead(SEARCH_RESULTS) {
                    Ok(true) => {}
                    Ok(false) => break,
                    Err(e) => {
                        tracing::error!("search ahead failed: {e}");
                        break;
                    }
                }
            }
            if let Some(action) = sync.as_mut().and_then(|s| s.poll(&store)) {
                apply_logged(&mut store, &mut state, action, jobs);
            }
            if last_watch.elapsed() >= WATCH_EVERY {
                last_watch = Instant::now();
                if store.replaced_on_disk() {
                    // A restore, or a sync client, put another file at the path.
                    let path = store.path().display().to_string();
                    store = store.reopen().map_err(|e| {
                        anyhow::anyhow!(crate::t!(
                            "desk-file-replaced-unreadable",
                            path = path.as_str(),
                            error = e.to_string()
                        ))
                    })?;
                    store.keep_search_index();
                    store.set_write_wait(DESK_WRITE_WAIT);
                    seen_version = i64::MIN;
                    state.message = Some(crate::t!("desk-file-replaced", path = path.to_string()));
                }
                tick(&mut store, &mut state);
                let version = store.data_version()?;
                if version != seen_version {
                    seen_version = version;
                    apply_logged(&mut store, &mut state, Action::Refresh, jobs);
                }
            }
        }
        Ok(())
    })();
    input_modes(false, mouse, desk_bidi);
    ratatui::restore();
    result
}

/// Has the terminal hand pasted text over in one piece (`Event::Paste`), not as
/// keys, and, with `mouse` (the config's, on by default), report clicks and the
/// wheel (`Event::Mouse`). Turned off again on the way out, a panic's way
/// included: the hook `ratatui::init` set restores the rest of the terminal after
/// this one. Turning off mouse reports that were never on changes nothing.
/// With `bidi` (the desk lays right-to-left text out), the terminal is told to draw
/// cells as given (BDSM explicit mode) and given its implicit mode back on the way
/// out; a terminal left to reorder by itself (`bidi = "terminal"`) is sent nothing.
fn input_modes(on: bool, mouse: bool, bidi: bool) {
    use super::bidi::Explicit;
    use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
    let mut out = std::io::stdout();
    if !on {
        let _ = crossterm::execute!(out, MouseReports(false), DisableBracketedPaste);
        if bidi {
            let _ = crossterm::execute!(out, Explicit(false));
        }
        return;
    }
    let _ = crossterm::execute!(out, EnableBracketedPaste);
    if mouse {
        let _ = crossterm::execute!(out, MouseReports(true));
    }
    if bidi {
        let _ = crossterm::execute!(out, Explicit(true));
    }
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let before = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let out = &mut std::io::stdout();
            let _ = crossterm::execute!(out, MouseReports(false), DisableBracketedPaste);
            if super::bidi::is_desk() {
                let _ = crossterm::execute!(out, Explicit(false));
            }
            before(info);
        }));
    });
}

/// The terminal's mouse reports, on or off: presses, releases and the wheel only, in
/// SGR coordinates. crossterm's `EnableMouseCapture` also asks for every move of
/// the pointer, each one a wakeup and a frame drawn for nothing.
struct MouseReports(bool);

impl crossterm::Command for MouseReports {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str(match self.0 {
            true => "\x1b[?1000h\x1b[?1006h",
            false => "\x1b[?1006l\x1b[?1000l",
        })
    }

    #[cfg(windows)]
    fn execute_winapi(&self) -> std::io::Result<()> {
        use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
        match self.0 {
            true => EnableMouseCapture.execute_winapi(),
            false => DisableMouseCapture.execute_winapi(),
        }
    }

    #[cfg(windows)]
    fn is_ansi_code_supported(&self) -> bool {
        false
    }
}

/// What the first search would otherwise pay for, done once the first frame is up
/// and no key waits: the search table in memory, and the phone library's metadata.
fn warm_up(store: &Store) {
    if let Err(e) = store.refresh_search_index() {
        tracing::error!("the search table could not be loaded: {e}");
    }
    crate::domain::phone::to_e164("0000000", store.region());
}

/// Updates the state with an action and performs the effects it asks for, feeding
/// their results back in until nothing is left to do. Returns what failed, for the log.
pub fn apply(store: &mut Store, state: &mut State, action: Action) -> Vec<String> {
    apply_with(store, state, action, &mut Background::InLine)
}

/// `apply`, with imports run where `background` says.
pub fn apply_with(
    store: &mut Store,
    state: &mut State,
    action: Action,
    background: &mut Background,
) -> Vec<String> {
    let mut failures = Vec::new();
    let mut queue = vec![action];
    while let Some(action) = queue.pop() {
        if let Action::Failed(message) = &action {
            failures.push(message.clone());
        }
        for effect in update(state, action) {
            queue.insert(0, perform(store, state, effect, background));
        }
    }
    failures
}

/// Moves the desk's clock to now.
fn tick(store: &mut Store, state: &mut State) {
    let now = Utc::now();
    apply(
        store,
        state,
        Action::Tick {
            now,
            day_ends: end_of_local_day(now),
        },
    );
}

/// `apply`, with what failed written to the log file.
fn apply_logged(store: &mut Store, state: &mut State, action: Action, jobs: &mut Background) {
    for failure in apply_with(store, state, action, jobs) {
        tracing::warn!("failed: {failure}");
    }
}

/// Backs the file up on a thread of its own (a large file takes seconds), keeping
/// the newest few; a failure is logged and told in the status bar.
fn back_up_beside(store: &Store, failed: std::sync::mpsc::Sender<String>) {
    if store.is_in_memory() {
        return;
    }
    let (path, config) = (store.path().to_path_buf(), store.config().clone());
    std::thread::spawn(move || {
        match crate::store::safety::automatic_backup(&path, &config, Utc::now()) {
            Ok(dest) => tracing::info!(to = %dest.display(), "backed up"),
            Err(e) => {
                let message = format!("The automatic backup failed: {e}");
                tracing::error!("{message}");
                let _ = failed.send(message);
            }
        }
    });
}

pub fn thresholds(config: &crate::config::Config) -> super::screens::score::Thresholds {
    let scoring = &config.scoring;
    super::screens::score::Thresholds {
        warm: scoring.bands.warm,
        hot: scoring.bands.hot,
        mql_at: scoring.mql_at,
        sql_at: scoring.sql_at,
    }
}
