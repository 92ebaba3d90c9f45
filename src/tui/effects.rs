//! The effects the desk asks for, performed on the store: loading what the screens
//! show, saving, searching, importing (beside the desk, on a thread of its own),
//! opening links and copying. Each ends in an action fed back to `update`.

use super::app::{Action, Card, Column, ContactPage, Effect, State};
use super::clipboard::Copied;
use super::pending::{PendingEvent, PendingSave};
use super::save::Refusal;
use crate::domain::agenda::{Bounds, Group};
use crate::import::ImportRequest;
use crate::io::opener::Opener;
use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};

/// Search results the desk loads: more than its box shows, fewer than a script wants.
pub(crate) const SEARCH_RESULTS: usize = 20;

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
    pub(crate) fn take_reports(&mut self) -> Vec<Action> {
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

    pub(crate) fn busy(&self) -> bool {
        matches!(self, Background::Thread(Some(_)))
    }
}

/// Performs one effect; what it ends in is fed back to `update`. What a write
/// wrote is recorded, so that `u` can take it back (`undo`).
pub(crate) fn perform(
    store: &mut Store,
    state: &State,
    effect: Effect,
    background: &mut Background,
) -> Action {
    if !writes(&effect) {
        return perform_effect(store, state, effect, background);
    }
    let deal_id = deal_of(&effect);
    let (outcome, recorded) =
        store.recording(|store| perform_effect(store, state, effect, background));
    super::undo::recorded(outcome, recorded, deal_id)
}

/// The deal a write moves or changes, for the board to follow when it is undone.
fn deal_of(effect: &Effect) -> Option<String> {
    match effect {
        Effect::MoveDeal { deal_id, .. } | Effect::DeleteDeal { deal_id, .. } => {
            Some(deal_id.clone())
        }
        Effect::SaveForm(form) => form.deal_id.clone(),
        _ => None,
    }
}

/// Whether an effect may write to the file, and so is recorded for undo. Whatever
/// is not known to only read counts as a write. An import is not recorded: it runs
/// on a connection of its own, often far larger than a step; an undo records itself.
fn writes(effect: &Effect) -> bool {
    !matches!(
        effect,
        Effect::LoadInbox
            | Effect::LoadInboxRows(_)
            | Effect::LoadBoard
            | Effect::Search(_)
            | Effect::LoadContact(_)
            | Effect::LoadEditor(_)
            | Effect::LoadVersions(_)
            | Effect::LoadAgenda
            | Effect::LoadContacts(_)
            | Effect::LoadFilters(_)
            | Effect::LoadAccounts
            | Effect::LoadAccount(_)
            | Effect::LoadDeal(_)
            | Effect::LoadDealForm { .. }
            | Effect::OpenLink(_)
            | Effect::CopyText(_)
            | Effect::Import(_)
            | Effect::CancelImport
            | Effect::Revert { .. }
            | Effect::LoadReach(_)
            | Effect::LoadSend(_)
            | Effect::LoadCampaigns
            | Effect::LoadChecklist(_)
            | Effect::LoadReport(_)
    )
}

fn perform_effect(
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
        Effect::SaveForm(_)
        | Effect::MoveDeal { .. }
        | Effect::CompleteTask(_)
        | Effect::SnoozeTask { .. }
        | Effect::AddToAccount { .. }
        | Effect::DeleteDeal { .. }
        | Effect::ConfirmSent { .. } => {
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
        Effect::RetractEntry { id, contact_id } => match store.retract_interaction(now, &id) {
            Ok(retraction) => Action::Saved {
                message: {
                    let subject = retraction.subject.unwrap_or_default();
                    let what = subject
                        .parse::<crate::domain::InteractionKind>()
                        .map_or(subject, |kind| kind.label());
                    match store.contact(&contact_id) {
                        Ok(contact) => {
                            crate::t!("desk-entry-deleted", what = what, name = contact.name)
                        }
                        Err(_) => crate::t!("desk-entry-deleted-unknown", what = what),
                    }
                },
                contact_id,
            },
            Err(e) => failed(e),
        },
        Effect::Revert { step, direction } => {
            let outcome = store.undo(now, &step.recorded).map_err(|e| match e {
                // The step is named beside it: the reason alone reads best.
                StoreError::Invalid { message, .. } => message,
                other => other.to_string(),
            });
            // Undoing an added lead takes its page away with it.
            let page_gone = state
                .page
                .as_ref()
                .is_some_and(|page| store.contact(&page.contact.id).is_err());
            Action::Reverted {
                step,
                direction,
                outcome,
                page_gone,
            }
        }
        Effect::LoadAgenda => {
            let bounds = Bounds::at(now.with_timezone(&state.tz));
            store
                .agenda(&bounds, Group::Later, None)
                .map_or_else(failed, Action::AgendaLoaded)
        }
        Effect::LoadContacts(query) => super::contacts::load(store, query),
        Effect::LoadFilters(filter) => super::contacts::load_filters(store, &filter),
        Effect::LoadAccounts => super::accounts::load(store),
        Effect::LoadAccount(id) => super::accounts::load_one(store, id),
        Effect::LoadReport(request) => super::reports::load(store, state, request, now),
        Effect::LoadVersions(id) => store
            .versions_of(&id)
            .map_or_else(failed, Action::VersionsLoaded),
        Effect::Search(query) => match store.search(&query, Some(SEARCH_RESULTS)) {
            Ok(hits) => Action::SearchResults { query, hits },
            Err(e) => failed(e),
        },
        Effect::LoadEditor(id) => match (store.contact(&id), store.people()) {
            (Ok(contact), Ok(people)) => {
                Action::EditorLoaded(Box::new(super::edit_contact::form(&contact, &people)))
            }
            (Err(e), _) | (_, Err(e)) => failed(e),
        },
        Effect::LoadDeal(id) => super::deal_page::load(store, &id)
            .map_or_else(failed, |view| Action::DealLoaded(Box::new(view))),
        Effect::LoadDealForm {
            contact_id,
            deal_id,
        } => super::deal_form::load(store, state, &contact_id, deal_id.as_deref())
            .map_or_else(failed, |form| Action::EditorLoaded(Box::new(form))),
        Effect::LoadSend(request) => super::send::load(store, &request, now),
        Effect::LoadCampaigns => super::campaigns::load(store),
        Effect::LoadChecklist(id) => super::campaigns::load_checklist(store, &id),
        Effect::TickCampaign {
            campaign_id,
            contact_id,
            contact_name,
            done,
        } => super::campaigns::tick(store, now, (&campaign_id, &contact_id, &contact_name, done)),
        Effect::DeleteCampaignItem(deleting) => super::campaigns::delete(store, now, &deleting),
        Effect::SaveCampaignForm(form) => match super::campaign_forms::save(store, &form, now) {
            Ok(message) => Action::CampaignsChanged(message),
            Err(message) => Action::Failed(message),
        },
        Effect::LoadReach(id) => store
            .contact(&id)
            .map_or_else(failed, |contact| super::reach::loaded(&contact)),
        Effect::LoadContact(id) => load_page(store, &id, now)
            .map_or_else(failed, |page| Action::ContactLoaded(Box::new(page))),
        Effect::OpenLink(link) => {
            let opener = Opener::from_config(store.config().opener.as_deref());
            match super::clipboard::open_link(&opener, &link) {
                Ok(()) => Action::Notice(crate::t!("desk-opened-link", link = link.as_str())),
                Err(e) => Action::Failed(crate::t!(
                    "desk-opener-failed",
                    opener = opener.name(),
                    error = e.to_string()
                )),
            }
        }
        Effect::CopyText(text) => match super::clipboard::copy(&text, &mut std::io::stdout()) {
            Ok(Copied::Native) => Action::Notice(crate::t!("desk-copied", text = text.as_str())),
            Ok(Copied::AskedTheTerminal) => {
                Action::Notice(crate::t!("desk-copy-asked-terminal", text = text.as_str()))
            }
            Err(e) => Action::Failed(crate::t!("desk-copy-failed", error = e)),
        },
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
                    let message = crate::t!(
                        "desk-deal-moved",
                        deal = deal.title.as_str(),
                        stage = crate::i18n::stage(&deal.stage)
                    );
                    saved(message, contact_id.clone())
                })
        }
        Effect::CompleteTask(task) => store.complete_task(now, &task.id).map(|_| {
            let message = crate::t!(
                "desk-task-done",
                task = task.title.as_str(),
                name = task.contact_name.as_str()
            );
            saved(message, task.contact_id.clone())
        }),
        Effect::SnoozeTask {
            task,
            due_at,
            due_label,
        } => store.snooze_task(now, &task.id, *due_at).map(|_| {
            let message = crate::t!(
                "desk-task-snoozed",
                due = due_label.as_str(),
                task = task.title.as_str()
            );
            saved(message, task.contact_id.clone())
        }),
        // Only the four above are ever kept as pending saves.
        Effect::AddToAccount {
            account_id,
            account_name,
            contact_id,
            contact_name,
            role,
        } => store
            .add_to_account(now, account_id, contact_id, *role)
            .map(|_| {
                let message = crate::t!(
                    "desk-added-to-account",
                    name = contact_name.as_str(),
                    account = account_name.as_str(),
                    role = role.label()
                );
                saved(message, contact_id.clone())
            }),
        Effect::DeleteDeal {
            deal_id,
            contact_id,
        } => super::deal_page::delete(store, deal_id, now)
            .map(|message| saved(message, contact_id.clone())),
        Effect::ConfirmSent { id, contact_id } => store.confirm_sent(now, id).map(|item| {
            let name = store
                .contact(contact_id)
                .map(|c| c.name)
                .unwrap_or_default();
            let message = crate::t!("send-confirmed", channel = item.kind.label(), name = name)
                + &crate::t!("hint-speed-counts");
            saved(message, contact_id.clone())
        }),
        // Only the seven above are ever kept as pending saves.
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

/// The board's columns: a column for each stage the config no longer has that
/// deals are still in (first, so they are seen and moved on), every open stage,
/// then Won and Lost of the last 30 days.
pub fn load_board(store: &Store, now: DateTime<Utc>) -> Result<Vec<Column>, StoreError> {
    let pipeline = store.config().pipeline();
    let column = |stage: &str, unknown| Column {
        stage: stage.to_string(),
        cards: Vec::new(),
        unknown,
    };
    let mut columns: Vec<Column> = pipeline
        .names()
        .into_iter()
        .map(|stage| column(stage, false))
        .collect();
    let mut unknown = 0;
    for (deal, contact_name) in store.board(now - Duration::days(30))? {
        let index = match columns.iter().position(|c| c.stage == deal.stage) {
            Some(index) => index,
            None => {
                columns.insert(unknown, column(&deal.stage, true));
                unknown += 1;
                unknown - 1
            }
        };
        let column = &mut columns[index];
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
