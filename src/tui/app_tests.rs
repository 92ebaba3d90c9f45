//! update() for every action, on small hand-made states: no terminal, no store.

use super::*;
use crate::domain::LeadStatus;
use crate::domain::scoring::Temperature;
use crate::tui::fixtures::*;
use crate::tui::forms::FormKind;
use chrono::Duration;

#[test]
fn tabs_cycle_both_ways_and_jump() {
    let mut s = state();
    update(&mut s, Action::NextTab);
    assert_eq!(s.tab, Tab::Timeline);
    update(&mut s, Action::PrevTab);
    update(&mut s, Action::PrevTab);
    assert_eq!(s.tab, Tab::ALL[Tab::ALL.len() - 1], "wraps around");
    update(&mut s, Action::GoTo(Tab::Deals));
    assert_eq!(s.tab, Tab::Deals);
}

#[test]
fn the_inbox_moves_filters_by_view_and_opens_a_lead() {
    let mut s = state();
    update(&mut s, Action::Down);
    update(&mut s, Action::Down);
    update(&mut s, Action::Down);
    assert_eq!(s.inbox_selected, 2, "stops at the last lead");
    update(&mut s, Action::Up);
    assert_eq!(s.inbox_selected, 1);
    update(&mut s, Action::NextView);
    assert_eq!(s.inbox_view, InboxView::New);
    assert_eq!(names(&s), ["Noa Levi", "יוסי מזרחי"]);
    update(&mut s, Action::NextView);
    assert_eq!(
        names(&s),
        ["Szabó Ödön"],
        "Today: a follow-up due before the day ends"
    );
    update(&mut s, Action::NextView);
    assert_eq!(names(&s), ["Noa Levi"], "Mine");
    update(&mut s, Action::NextView);
    assert_eq!(names(&s), ["Noa Levi"], "Hot");
    update(&mut s, Action::PrevView);
    assert_eq!(s.inbox_view, InboxView::Mine);
    update(&mut s, Action::GoTo(Tab::Inbox));
    let effects = update(&mut s, Action::Open);
    assert_eq!(effects, [Effect::LoadContact("a".into())]);
    assert_eq!(s.tab, Tab::Timeline);
}

#[test]
fn search_asks_on_every_keystroke_and_keeps_only_current_results() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    let effects = type_text(&mut s, "490");
    assert_eq!(
        effects,
        [
            Effect::Search("4".into()),
            Effect::Search("49".into()),
            Effect::Search("490".into())
        ]
    );
    search_results(&mut s, "49", Vec::new());
    update(
        &mut s,
        Action::SearchResults {
            query: "4".into(),
            hits: vec![],
        },
    );
    let Some(Overlay::Search(search)) = &s.overlay else {
        panic!("search closed")
    };
    assert_eq!(search.query, "490");
    assert_eq!(update(&mut s, Action::Erase), [Effect::Search("49".into())]);
    update(&mut s, Action::Back);
    assert_eq!(s.overlay, None);
}

#[test]
fn enter_on_an_unknown_number_opens_a_new_lead_with_the_number() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    type_text(&mut s, "050-777-1234");
    update(&mut s, Action::Open);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no form: {:?}", s.overlay)
    };
    assert_eq!(form.kind, FormKind::NewLead);
    assert_eq!(form.value("Phone"), "050-777-1234");
    assert_eq!(
        form.fields[form.focus].label, "Name",
        "the cursor waits in the name"
    );
    type_text(&mut s, "Dvir");
    let effects = update(&mut s, Action::Save);
    assert!(matches!(&effects[..], [Effect::SaveForm(form)] if form.value("Name") == "Dvir"));
    let effects = update(
        &mut s,
        Action::Saved {
            message: "Added Dvir".into(),
            contact_id: "new".into(),
        },
    );
    assert_eq!(
        s.tab,
        Tab::Timeline,
        "the new lead becomes the current contact"
    );
    assert!(effects.contains(&Effect::LoadContact("new".into())));
    assert_eq!(s.overlay, None);
}

#[test]
fn a_word_that_matches_nobody_does_not_offer_a_lead() {
    let mut s = state();
    update(&mut s, Action::OpenSearch);
    type_text(&mut s, "zzz");
    update(&mut s, Action::Open);
    assert!(matches!(s.overlay, Some(Overlay::Search(_))));
}

#[test]
fn logging_needs_a_contact_and_opens_in_the_text_field() {
    let mut s = state();
    s.tab = Tab::Timeline;
    update(&mut s, Action::Log(InteractionKind::Call));
    assert_eq!(s.overlay, None);
    assert!(s.message.as_deref().unwrap().contains("Select a lead"));
    update(&mut s, Action::GoTo(Tab::Inbox));
    update(&mut s, Action::Log(InteractionKind::Call));
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no form")
    };
    assert_eq!(form.kind, FormKind::Log(InteractionKind::Call));
    assert_eq!(form.contact_id.as_deref(), Some("a"));
    assert_eq!(form.fields[0].label, "Text");
    assert_eq!(form.value("Direction"), "out");
    assert_eq!(form.value("When"), "now");
}

#[test]
fn forms_take_text_move_between_fields_and_cycle_choices() {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Call));
    type_text(&mut s, "Hi!");
    update(&mut s, Action::Erase);
    update(&mut s, Action::NextField);
    update(&mut s, Action::NextField);
    update(&mut s, Action::Down);
    update(&mut s, Action::Down);
    update(&mut s, Action::PrevField);
    update(&mut s, Action::Up);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no form")
    };
    assert_eq!(form.value("Text"), "Hi");
    assert_eq!(form.value("Outcome"), "no-answer");
    assert_eq!(form.value("Direction"), "in", "↑ on out wraps to in");
    assert_eq!(update(&mut s, Action::Save).len(), 1);
}

#[test]
fn arrows_keep_a_reason_of_ones_own_and_move_on() {
    let mut s = state();
    update(&mut s, Action::Nurture);
    type_text(&mut s, "after the holidays");
    update(&mut s, Action::Up);
    update(&mut s, Action::Down);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no form")
    };
    assert_eq!(
        form.value("Reason"),
        "after the holidays",
        "never replaced by a suggestion"
    );
}

#[test]
fn esc_asks_before_discarding_typed_text() {
    let mut s = state();
    update(&mut s, Action::Log(InteractionKind::Note));
    update(&mut s, Action::Back);
    assert_eq!(s.overlay, None, "nothing typed: closes at once");
    update(&mut s, Action::Log(InteractionKind::Note));
    type_text(&mut s, "x");
    update(&mut s, Action::Back);
    assert!(matches!(&s.overlay, Some(Overlay::Form(f)) if f.confirm_discard));
    type_text(&mut s, "y");
    assert!(
        matches!(&s.overlay, Some(Overlay::Form(f)) if !f.confirm_discard && f.value("Text") == "xy"),
        "another key goes back to the form"
    );
    update(&mut s, Action::Back);
    update(&mut s, Action::Back);
    assert_eq!(s.overlay, None);
}

#[test]
fn a_failed_save_keeps_the_form_with_the_reason() {
    let mut s = state();
    update(&mut s, Action::AddTask);
    update(
        &mut s,
        Action::Failed("Due: cannot read the time \"soonish\"".into()),
    );
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("form closed")
    };
    assert!(form.error.as_deref().unwrap().contains("soonish"));
}

#[test]
fn triage_keys_open_their_dialogs_or_act() {
    let mut s = state();
    for (action, kind) in [
        (Action::Drop, FormKind::Drop),
        (Action::Convert, FormKind::Convert),
        (Action::Assign, FormKind::Assign),
        (Action::Nurture, FormKind::Nurture),
    ] {
        update(&mut s, action);
        let Some(Overlay::Form(form)) = &s.overlay else {
            panic!("no form")
        };
        assert_eq!(form.kind, kind);
        s.overlay = None;
    }
    update(&mut s, Action::Drop);
    update(&mut s, Action::Down);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no form")
    };
    assert_eq!(form.value("Reason"), crate::domain::said::DROP_REASONS[0]);
}

#[test]
fn the_timeline_filters_by_channel_and_by_text() {
    let mut s = state();
    update(
        &mut s,
        Action::ContactLoaded(Box::new(page("a", "Noa Levi"))),
    );
    s.tab = Tab::Timeline;
    assert_eq!(s.visible_timeline().len(), 3);
    update(&mut s, Action::CycleChannel);
    assert_eq!(s.channel, Some(InteractionKind::Call));
    assert_eq!(s.visible_timeline().len(), 1);
    update(&mut s, Action::CycleChannel);
    assert_eq!(s.visible_timeline().len(), 2, "WhatsApp only");
    update(&mut s, Action::FilterHistory);
    type_text(&mut s, "quote");
    update(&mut s, Action::Open);
    // A second F starts empty: "מחיר" replaces "quote", never "quoteמחיר".
    update(&mut s, Action::FilterHistory);
    type_text(&mut s, "מחיר");
    update(&mut s, Action::Open);
    assert_eq!(s.history_filter, "מחיר");
    assert_eq!(s.visible_timeline().len(), 1);
    update(&mut s, Action::FilterHistory);
    update(&mut s, Action::Back);
    assert_eq!(s.history_filter, "מחיר", "Esc keeps the filter in use");
    update(&mut s, Action::Back);
    assert_eq!(
        (s.channel, s.history_filter.as_str()),
        (None, ""),
        "Esc clears the filters"
    );
    update(
        &mut s,
        Action::ContactLoaded(Box::new(page("b", "Szabó Ödön"))),
    );
    update(&mut s, Action::CycleChannel);
    update(
        &mut s,
        Action::ContactLoaded(Box::new(page("b", "Szabó Ödön"))),
    );
    assert_eq!(
        s.channel,
        Some(InteractionKind::Call),
        "a reload of the same contact keeps the filter"
    );
}

#[test]
fn the_board_moves_cards_between_stages() {
    let mut s = state();
    s.tab = Tab::Deals;
    update(&mut s, Action::BoardLoaded(board()));
    assert_eq!(s.board[0].sum().get("ILS"), 2_000.0);
    assert_eq!(s.board[0].weighted().get("ILS"), 1_000.0);
    update(&mut s, Action::Down);
    let effects = update(&mut s, Action::StageForward);
    assert_eq!(
        effects,
        [Effect::MoveDeal {
            deal_id: "Call2".into(),
            stage: "Meeting".into(),
            contact_id: "contact-Call2".into()
        }]
    );
    assert!(
        update(&mut s, Action::StageBack).is_empty(),
        "Call is the first stage"
    );
    let mut moved = board();
    let card = moved[0].cards.remove(1);
    moved[1].cards.push(card);
    update(&mut s, Action::BoardLoaded(moved));
    assert_eq!(
        (s.board_column, s.board_card),
        (1, 2),
        "the selection follows the moved deal"
    );
    update(&mut s, Action::BoardLoaded(board()));
    update(&mut s, Action::Right);
    assert_eq!(s.board_column, 2, "from the followed deal's column");
    assert!(
        update(&mut s, Action::StageForward).is_empty(),
        "Lost needs a reason: X"
    );
    update(&mut s, Action::Left);
    assert!(
        matches!(&update(&mut s, Action::Won)[..], [Effect::MoveDeal { stage, .. }] if stage == "Won")
    );
    update(&mut s, Action::Lost);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no reason asked")
    };
    assert_eq!(form.kind, FormKind::LoseDeal);
    assert_eq!(form.deal_id.as_deref(), Some("Meeting2"));
    s.overlay = None;
    assert_eq!(
        update(&mut s, Action::Open),
        [Effect::LoadDeal("Meeting2".into())],
        "Enter opens the deal's page"
    );
    assert_eq!(
        update(&mut s, Action::OpenDealContact),
        [Effect::LoadContact("contact-Meeting2".into())]
    );
}

#[test]
fn help_opens_and_closes_and_quit_quits() {
    let mut s = state();
    update(&mut s, Action::ToggleHelp);
    assert_eq!(s.overlay, Some(Overlay::Help(0)));
    update(&mut s, Action::Down);
    update(&mut s, Action::PageDown);
    update(&mut s, Action::Up);
    assert_eq!(s.overlay, Some(Overlay::Help(10)), "keys scroll the help");
    update(&mut s, Action::Back);
    assert_eq!(s.overlay, None);
    update(&mut s, Action::Quit);
    assert!(s.quit);
}

#[test]
fn refresh_and_ticks_reload_and_move_time() {
    let mut s = state();
    assert_eq!(
        update(&mut s, Action::Refresh),
        [Effect::LoadInbox],
        "the board waits until Deals opens"
    );
    assert_eq!(
        update(&mut s, Action::GoTo(Tab::Deals)),
        [Effect::LoadBoard]
    );
    update(&mut s, Action::BoardLoaded(board()));
    update(
        &mut s,
        Action::ContactLoaded(Box::new(page("a", "Noa Levi"))),
    );
    assert_eq!(
        update(&mut s, Action::Refresh).len(),
        3,
        "inbox, board and contact"
    );
    update(
        &mut s,
        Action::Tick {
            now: now() + Duration::hours(1),
            day_ends: now() + Duration::hours(14),
        },
    );
    assert_eq!(s.now, now() + Duration::hours(1));
    update(&mut s, Action::InboxLoaded(Inbox::default()));
    assert_eq!(s.inbox_selected, 0);
}

#[test]
fn views_from_the_config_follow_the_built_in_ones() {
    let mut s = state();
    s.custom_views = vec![crate::config::InboxViewConfig {
        name: "Yossi's WhatsApp leads".into(),
        source: Some("whatsapp".into()),
        campaign: None,
        owner: Some("yossi".into()),
        lifecycle: None,
        temperature: Some(Temperature::Warm),
    }];
    update(&mut s, Action::PrevView);
    assert_eq!(
        s.inbox_view,
        InboxView::Custom(0),
        "the last view, one step back from All"
    );
    assert_eq!(s.view_title(s.inbox_view), "Yossi's WhatsApp leads");
    assert_eq!(names(&s), ["יוסי מזרחי"]);
    update(&mut s, Action::NextView);
    assert_eq!(s.inbox_view, InboxView::All);
}

#[test]
fn reaching_and_copying_use_the_contacts_number_and_email() {
    let mut s = state();
    let mut noa = page("a", "Noa Levi");
    noa.contact.phones = vec![crate::domain::Phone::parse(
        "054-490-0148",
        crate::domain::phone::parse_region("IL").unwrap(),
    )];
    noa.contact.emails = vec!["noa@levi.co.il".into()];
    update(&mut s, Action::ContactLoaded(Box::new(noa)));
    s.tab = Tab::Timeline;
    update(&mut s, Action::Reach);
    let Some(Overlay::Form(form)) = &s.overlay else {
        panic!("no choice offered")
    };
    assert_eq!(form.fields[0].choices.len(), 4);
    assert_eq!(
        update(&mut s, Action::Open),
        [Effect::OpenLink("https://wa.me/972544900148".into())]
    );
    update(&mut s, Action::Down);
    assert_eq!(
        update(&mut s, Action::Save),
        [Effect::OpenLink("tel:+972544900148".into())]
    );
    update(&mut s, Action::Down);
    assert_eq!(
        update(&mut s, Action::Save),
        [Effect::OpenLink("sms:+972544900148".into())]
    );
    update(&mut s, Action::Down);
    assert_eq!(
        update(&mut s, Action::Save),
        [Effect::OpenLink("mailto:noa@levi.co.il".into())]
    );
    update(
        &mut s,
        Action::Notice("Opened mailto:noa@levi.co.il".into()),
    );
    assert_eq!(s.overlay, None);
    assert_eq!(
        update(&mut s, Action::Copy),
        [Effect::CopyText("+972544900148".into())]
    );
}

#[test]
fn only_the_rows_around_the_selection_are_loaded() {
    let mut s = state();
    let many: Vec<InboxItem> = (0..1_000)
        .map(|i| {
            let id = format!("lead-{i:04}");
            item(&id, &id, LeadStatus::New, None, Temperature::Cold, None)
        })
        .collect();
    let entries: Vec<InboxEntry> = many.iter().map(|i| i.lead.clone()).collect();
    let effects = update(
        &mut s,
        Action::InboxLoaded(Inbox {
            entries,
            ..Inbox::default()
        }),
    );
    let [Effect::LoadInboxRows(asked)] = &effects[..] else {
        panic!("a fresh inbox asks for its first rows: {effects:?}");
    };
    assert_eq!(asked.len(), 401, "the first lead and 400 below it");
    assert_eq!(asked[0].id, "lead-0000");
    // The rows arrive, except one whose lead was deleted meanwhile.
    let rows = many[..401]
        .iter()
        .filter(|i| i.lead.id != "lead-0003")
        .cloned()
        .collect();
    update(&mut s, Action::InboxRowsLoaded(rows));
    assert_eq!(s.inbox_rows.len(), 400);
    for _ in 0..30 {
        assert_eq!(
            update(&mut s, Action::PageDown),
            [],
            "still well inside the rows loaded, the missing one not asked again"
        );
    }
    assert_eq!(s.inbox_selected, 300);
    let effects = update(&mut s, Action::PageDown);
    let [Effect::LoadInboxRows(asked)] = &effects[..] else {
        panic!("nearing the end of the rows asks for the next ones: {effects:?}");
    };
    assert_eq!(asked.first().map(|l| l.id.as_str()), Some("lead-0110"));
    assert_eq!(asked.last().map(|l| l.id.as_str()), Some("lead-0510"));
}

#[test]
fn an_import_offers_its_chat_to_the_contact_on_screen() {
    let mut state = state();
    state.tab = Tab::Timeline;
    state.page = Some(page("a", "Noa Levi"));
    update(&mut state, Action::OpenImport);
    let Some(Overlay::Form(form)) = &state.overlay else {
        panic!("the import dialog did not open");
    };
    assert_eq!(form.kind, FormKind::Import);
    assert_eq!(form.value("Chat with"), "Noa Levi");
}
