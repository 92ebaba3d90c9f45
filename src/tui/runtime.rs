//! The loop: read keys, map them to actions, update the state, perform the effects
//! on the store, draw. It also watches the file so other processes' changes appear.

use super::app::{Action, Card, Column, ContactPage, Effect, State, TriageChoice, update};
use super::draw::{Chrome, draw};
use super::keymap::Keymap;
use super::pending::{PendingEvent, PendingSave};
use super::save::Refusal;
use super::theme::Theme;
use crate::domain::when::end_of_local_day;
use crate::import::ImportRequest;
use crate::store::{Decision, Store, StoreError};
use chrono::{DateTime, Duration, Local, Utc};
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration as StdDuration, Instant};

/// Search results the desk loads: more than its box shows, fewer than a script wants.
const SEARCH_RESULTS: usize = 20;

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

/// Where an import runs. In the terminal it runs on a thread with a connection of
/// its own, so the desk keeps drawing; in tests it runs in line on the desk's store.
pub enum Background {
    InLine,
    Thread(Option<ImportJob>),
}

/// An import running beside the desk: its reports, and the flag that stops it.
pub struct ImportJob {
    reports: Receiver<Action>,
    stop: Arc<AtomicBool>,
}

impl Background {
    /// What the running import reported since the last look; the job is gone once
    /// it reported its end.
    fn take_reports(&mut self) -> Vec<Action> {
        let Background::Thread(slot) = self else {
            return Vec::new();
        };
        let Some(job) = slot else {
            return Vec::new();
        };
        let reports: Vec<Action> = job.reports.try_iter().collect();
        if reports
            .iter()
            .any(|a| matches!(a, Action::ImportFinished(_)))
        {
            *slot = None;
        }
        reports
    }

    fn busy(&self) -> bool {
        matches!(self, Background::Thread(Some(_)))
    }
}

pub fn run(mut store: Store, keymap: Keymap, mut warnings: Vec<String>) -> anyhow::Result<()> {
    let (theme, theme_problems) = Theme::from_config(&store.config().theme);
    warnings.extend(theme_problems);
    for warning in &warnings {
        super::log::write(&format!("config: {warning}"));
    }
    let now = Utc::now();
    let tz = *Local::now().offset();
    let mut state = State::new(store.user(), now, end_of_local_day(now), tz);
    state.custom_views = store.config().inbox.views.clone();
    state.sync = super::syncing::SyncWatch::line(&store);
    state.message = warnings
        .into_iter()
        .next()
        .or(Some("? shows every key".into()));
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
    };
    store.keep_search_index();
    store.set_write_wait(DESK_WRITE_WAIT);
    // Writers waiting in this process (an import's thread) must not print over the desk.
    crate::store::silence_notes();
    let mut terminal = ratatui::init();
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
                if let Event::Key(key) = event::read()?
                    && key.kind != KeyEventKind::Release
                    && let Some(action) = key_action(&state, &keymap, key)
                {
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
                        super::log::write(&format!("failed: {e}"));
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
                        anyhow::anyhow!("{path} was replaced by a file that cannot be opened: {e}")
                    })?;
                    store.keep_search_index();
                    store.set_write_wait(DESK_WRITE_WAIT);
                    seen_version = i64::MIN;
                    state.message = Some(format!("{path} was replaced; reopened it"));
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
    ratatui::restore();
    result
}

/// What the first search would otherwise pay for, done once the first frame is up
/// and no key waits: the search table in memory, and the phone library's metadata.
fn warm_up(store: &Store) {
    if let Err(e) = store.refresh_search_index() {
        super::log::write(&format!("failed: {e}"));
    }
    crate::domain::phone::to_e164("0000000", store.region());
}

/// Which action a key means: overlays take keys first (text goes into them), then
/// the keymap for the current screen.
pub fn key_action(
    state: &State,
    keymap: &Keymap,
    key: crossterm::event::KeyEvent,
) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if state.overlay.is_some() && !matches!(state.overlay, Some(super::app::Overlay::Help(_))) {
        return match key.code {
            KeyCode::Char('s') if ctrl => Some(Action::Save),
            KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Tab => Some(Action::NextField),
            KeyCode::BackTab => Some(Action::PrevField),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::Enter => Some(Action::Open),
            KeyCode::Esc => Some(Action::Back),
            _ => None,
        };
    }
    if key.code == KeyCode::Esc {
        return Some(Action::Back);
    }
    keymap.action(key, state.tab)
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
        super::log::write(&format!("failed: {failure}"));
    }
}

fn perform(
    store: &mut Store,
    state: &State,
    effect: Effect,
    background: &mut Background,
) -> Action {
    let now = state.now;
    let failed = |e: StoreError| Action::Failed(e.to_string());
    match effect {
        Effect::Import(request) => start_import(store, now, request, background),
        Effect::CancelImport => {
            if let Background::Thread(Some(job)) = background {
                job.stop.store(true, Ordering::Relaxed);
            }
            Action::Notice("Stopping the import: nothing of it will be written.".into())
        }
        Effect::LoadInbox => store
            .inbox(now, state.day_ends, false)
            .map_or_else(failed, Action::InboxLoaded),
        Effect::LoadInboxRows(leads) => store
            .inbox_items(&leads)
            .map_or_else(failed, Action::InboxRowsLoaded),
        Effect::LoadBoard => load_board(store, now).map_or_else(failed, Action::BoardLoaded),
        Effect::SaveForm(_) | Effect::MoveDeal { .. } | Effect::Triage { .. } => {
            // Behind saves kept waiting, a save waits too: they land in the order made.
            if !state.pending.is_empty() {
                return Action::Pending(PendingEvent::Waiting(PendingSave::new(effect, now)));
            }
            write(store, effect, now).unwrap_or_else(|rest| {
                Action::Pending(PendingEvent::Waiting(PendingSave {
                    write: rest,
                    made_at: now,
                }))
            })
        }
        Effect::RetrySave(save) => match write(store, (*save.write).clone(), save.made_at) {
            Ok(Action::Saved { message, .. }) => Action::Pending(PendingEvent::Landed { message }),
            Ok(Action::Failed(message) | Action::ChangedMeanwhile { message, .. }) => {
                Action::Pending(PendingEvent::Refused { save, message })
            }
            Ok(other) => other,
            Err(rest) => Action::Pending(PendingEvent::StillWaiting(PendingSave {
                write: rest,
                made_at: save.made_at,
            })),
        },
        Effect::Search(query) => match store.search(&query, Some(SEARCH_RESULTS)) {
            Ok(hits) => Action::SearchResults { query, hits },
            Err(e) => failed(e),
        },
        Effect::LoadContact(id) => load_page(store, &id, now)
            .map_or_else(failed, |page| Action::ContactLoaded(Box::new(page))),
        Effect::OpenLink(link) => {
            let opener = store
                .config()
                .opener
                .clone()
                .unwrap_or_else(|| super::clipboard::default_opener().to_string());
            match super::clipboard::open_link(&opener, &link) {
                Ok(()) => Action::Notice(format!("Opened {link}")),
                Err(e) => Action::Failed(format!(
                    "cannot run the opener \"{opener}\": {e} (set opener in the config)"
                )),
            }
        }
        Effect::CopyText(text) => {
            use std::io::Write;
            let mut out = std::io::stdout();
            match out
                .write_all(super::clipboard::osc52(&text).as_bytes())
                .and_then(|()| out.flush())
            {
                Ok(()) => Action::Notice(format!("Copied {text}")),
                Err(e) => Action::Failed(format!("cannot copy: {e}")),
            }
        }
    }
}

/// Makes one of the desk's writes, stamped `now`. Err is what is left of it when
/// another writer held the file past the desk's short wait: nothing of that was written.
fn write(store: &mut Store, effect: Effect, now: DateTime<Utc>) -> Result<Action, Box<Effect>> {
    let saved = |message, contact_id| Action::Saved {
        message,
        contact_id,
    };
    let outcome = match &effect {
        Effect::SaveForm(form) => match super::save::save(store, form, now) {
            Ok((message, contact_id)) => Ok(saved(message, contact_id)),
            Err(Refusal::Held(rest)) => {
                return Err(Box::new(
                    rest.map_or(effect, |form| Effect::SaveForm(*form)),
                ));
            }
            Err(Refusal::Invalid(message)) => Ok(Action::Failed(message)),
            Err(Refusal::ChangedMeanwhile { theirs, message }) => {
                Ok(Action::ChangedMeanwhile { theirs, message })
            }
        },
        Effect::MoveDeal {
            deal_id,
            stage,
            contact_id,
        } => {
            let pipeline = store.config().pipeline();
            store
                .move_deal(now, &pipeline, deal_id, stage, None)
                .map(|deal| {
                    let message = format!("\"{}\" moved to {}", deal.title, deal.stage);
                    saved(message, contact_id.clone())
                })
        }
        Effect::Triage {
            contact_id,
            decision: TriageChoice::Nurture,
        } => store
            .triage(now, contact_id, Decision::Nurture)
            .map(|contact| saved(format!("{}: nurturing", contact.name), contact_id.clone())),
        // Only the three above are ever kept as pending saves.
        other => Ok(Action::Failed(format!("{other:?} is not a save"))),
    };
    match outcome {
        Ok(action) => Ok(action),
        Err(StoreError::Locked { .. }) => Err(Box::new(effect)),
        Err(e) => Ok(Action::Failed(e.to_string())),
    }
}

/// Starts an import where `background` says; in line, it has ended on return.
fn start_import(
    store: &mut Store,
    now: DateTime<Utc>,
    asked: ImportRequest,
    background: &mut Background,
) -> Action {
    use super::importing::failure;
    let request = ImportRequest {
        file: crate::config::expand_home(&asked.file),
        ..asked.clone()
    };
    let slot = match background {
        Background::InLine => {
            let outcome = crate::import::run(store, now, &request, &mut |_| true);
            return Action::ImportFinished(outcome.map_err(|e| failure(e, asked)));
        }
        Background::Thread(slot) => slot,
    };
    if slot.is_some() {
        return Action::Failed("an import is running already".into());
    }
    let (path, config) = (store.path().to_path_buf(), store.config().clone());
    let (sender, reports) = channel();
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = Arc::clone(&stop);
    std::thread::spawn(move || {
        // The file is read and checked before a connection of its own is opened.
        let outcome = crate::import::prepare(&request, &config).and_then(|prepared| {
            let mut store = Store::open(&path, &config)?;
            prepared.store(&mut store, now, &mut |stage| {
                let _ = sender.send(Action::ImportProgress(stage));
                !stopped.load(Ordering::Relaxed)
            })
        });
        let _ = sender.send(Action::ImportFinished(
            outcome.map_err(|e| failure(e, asked)),
        ));
    });
    *slot = Some(ImportJob { reports, stop });
    Action::ImportProgress(crate::import::Stage::Reading)
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
            Ok(dest) => super::log::write(&format!("backed up to {}", dest.display())),
            Err(e) => {
                let message = format!("The automatic backup failed: {e}");
                super::log::write(&message);
                let _ = failed.send(message);
            }
        }
    });
}

/// The board's columns: every open stage, then Won and Lost of the last 30 days.
pub fn load_board(store: &Store, now: DateTime<Utc>) -> Result<Vec<Column>, StoreError> {
    let pipeline = store.config().pipeline();
    let mut columns: Vec<Column> = pipeline
        .names()
        .into_iter()
        .map(|stage| Column {
            stage: stage.to_string(),
            cards: Vec::new(),
        })
        .collect();
    for (deal, contact_name) in store.board(now - Duration::days(30))? {
        let Some(column) = columns.iter_mut().find(|c| c.stage == deal.stage) else {
            continue; // a stage since removed from the config
        };
        column.cards.push(Card {
            days_in_stage: (now - deal.stage_changed_at).num_days(),
            stale: pipeline.is_stale(&deal, now),
            probability: deal.probability(&pipeline),
            contact_name,
            deal,
        });
    }
    Ok(columns)
}

pub fn load_page(store: &Store, id: &str, now: DateTime<Utc>) -> Result<ContactPage, StoreError> {
    let contact = store.contact(id)?;
    Ok(ContactPage {
        history: store.score_history(id)?,
        timeline: store.timeline(id)?,
        tasks: store.tasks_for(id)?,
        deals: store.deals_for(id)?,
        score: store.score(&contact, now)?,
        contact,
    })
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
