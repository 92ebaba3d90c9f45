//! The loop: read keys, map them to actions, update the state, perform the effects
//! on the store, draw. It also watches the file so other processes' changes appear.

use super::app::{Action, Card, Column, ContactPage, Effect, State, TriageChoice, update};
use super::draw::{Chrome, draw};
use super::keymap::Keymap;
use super::theme::Theme;
use crate::domain::when::end_of_local_day;
use crate::store::{Decision, Store, StoreError};
use chrono::{DateTime, Duration, Local, Utc};
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use std::time::{Duration as StdDuration, Instant};

/// Search results the desk loads: more than its box shows, fewer than a script wants.
const SEARCH_RESULTS: usize = 20;

/// How often the file is checked for changes made by other processes.
const WATCH_EVERY: StdDuration = StdDuration::from_millis(1000);

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
    let mut terminal = ratatui::init();
    let result = (|| -> anyhow::Result<()> {
        apply_logged(&mut store, &mut state, Action::Refresh);
        let mut seen_version = store.data_version()?;
        let mut last_watch = Instant::now();
        let mut warmed = false;
        while !state.quit {
            terminal.draw(|frame| draw(frame, &state, &chrome))?;
            if !warmed && !event::poll(StdDuration::ZERO)? {
                warm_up(&store);
                warmed = true;
            }
            if event::poll(StdDuration::from_millis(250))? {
                if let Event::Key(key) = event::read()?
                    && key.kind != KeyEventKind::Release
                    && let Some(action) = key_action(&state, &keymap, key)
                {
                    // What a key saves is stamped with the moment it was pressed.
                    tick(&mut store, &mut state);
                    apply_logged(&mut store, &mut state, action);
                }
                continue;
            }
            // Idle: have the search table ready for the next keystroke.
            if let Err(e) = store.refresh_search_index() {
                super::log::write(&format!("failed: {e}"));
            }
            if last_watch.elapsed() >= WATCH_EVERY {
                last_watch = Instant::now();
                tick(&mut store, &mut state);
                let version = store.data_version()?;
                if version != seen_version {
                    seen_version = version;
                    apply_logged(&mut store, &mut state, Action::Refresh);
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
    let mut failures = Vec::new();
    let mut queue = vec![action];
    while let Some(action) = queue.pop() {
        if let Action::Failed(message) = &action {
            failures.push(message.clone());
        }
        for effect in update(state, action) {
            queue.insert(0, perform(store, state, effect));
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
fn apply_logged(store: &mut Store, state: &mut State, action: Action) {
    for failure in apply(store, state, action) {
        super::log::write(&format!("failed: {failure}"));
    }
}

fn perform(store: &mut Store, state: &State, effect: Effect) -> Action {
    let now = state.now;
    let failed = |e: StoreError| Action::Failed(e.to_string());
    match effect {
        Effect::LoadInbox => store
            .inbox(now, state.day_ends, false)
            .map_or_else(failed, Action::InboxLoaded),
        Effect::LoadInboxRows(leads) => store
            .inbox_items(&leads)
            .map_or_else(failed, Action::InboxRowsLoaded),
        Effect::LoadBoard => load_board(store, now).map_or_else(failed, Action::BoardLoaded),
        Effect::MoveDeal {
            deal_id,
            stage,
            contact_id,
        } => {
            let pipeline = store.config().pipeline();
            match store.move_deal(now, &pipeline, &deal_id, &stage, None) {
                Ok(deal) => Action::Saved {
                    message: format!("\"{}\" moved to {}", deal.title, deal.stage),
                    contact_id,
                },
                Err(e) => failed(e),
            }
        }
        Effect::Search(query) => match store.search(&query, Some(SEARCH_RESULTS)) {
            Ok(hits) => Action::SearchResults { query, hits },
            Err(e) => failed(e),
        },
        Effect::LoadContact(id) => load_page(store, &id, now)
            .map_or_else(failed, |page| Action::ContactLoaded(Box::new(page))),
        Effect::SaveForm(form) => match super::save::save(store, &form, now) {
            Ok((message, contact_id)) => Action::Saved {
                message,
                contact_id,
            },
            Err(message) => Action::Failed(message),
        },
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
        Effect::Triage {
            contact_id,
            decision: TriageChoice::Nurture,
        } => match store.triage(now, &contact_id, Decision::Nurture) {
            Ok(contact) => Action::Saved {
                message: format!("{}: nurturing", contact.name),
                contact_id,
            },
            Err(e) => failed(e),
        },
    }
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
