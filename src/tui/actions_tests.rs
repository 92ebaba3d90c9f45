//! Each action that needs something, with it and without it.

use super::*;
use crate::tui::app::{SearchBox, update};
use crate::tui::fixtures::{board, page, state};
use crate::tui::importing::ImportView;

fn empty() -> State {
    let mut s = state();
    update(&mut s, Action::InboxLoaded(Inbox::default()));
    s
}

#[test]
fn contact_actions_need_a_lead_or_an_open_contact() {
    let needs_contact = [
        Action::Log(InteractionKind::Call),
        Action::Log(InteractionKind::Note),
        Action::AddTask,
        Action::Drop,
        Action::Convert,
        Action::Assign,
        Action::Nurture,
    ];
    let (with_lead, without) = (state(), empty());
    let mut timeline = state();
    timeline.tab = Tab::Timeline;
    for action in &needs_contact {
        assert_eq!(action.available(&with_lead), Ok(()), "{action:?}");
        assert_eq!(action.available(&without), Err(NO_CONTACT), "{action:?}");
        assert_eq!(action.available(&timeline), Err(NO_CONTACT), "{action:?}");
    }
    update(
        &mut timeline,
        Action::ContactLoaded(Box::new(page("a", "Noa"))),
    );
    for action in &needs_contact {
        assert_eq!(action.available(&timeline), Ok(()), "{action:?}");
    }
    assert_eq!(Action::Open.available(&with_lead), Ok(()));
    assert_eq!(Action::Open.available(&without), Err(NO_LEAD));
    for free in [
        Action::OpenSearch,
        Action::AddLead,
        Action::OpenImport,
        Action::Quit,
    ] {
        assert_eq!(free.available(&without), Ok(()), "{free:?}");
    }
}

#[test]
fn reaching_and_copying_need_a_phone_or_an_email() {
    let mut s = state();
    assert_eq!(Action::Reach.available(&s), Ok(()), "the lead has a phone");
    assert_eq!(Action::Copy.available(&s), Ok(()));
    assert_eq!(Action::Reach.available(&empty()), Err(NO_CONTACT));
    s.tab = Tab::Timeline;
    update(&mut s, Action::ContactLoaded(Box::new(page("a", "Noa"))));
    assert_eq!(Action::Reach.available(&s), Err(NOTHING_TO_REACH));
    assert_eq!(Action::Copy.available(&s), Err(NOTHING_TO_COPY));
    update(&mut s, Action::Copy);
    assert_eq!(
        s.message.as_deref(),
        Some(NOTHING_TO_COPY),
        "update says why"
    );
}

#[test]
fn the_timeline_filters_need_an_open_contact() {
    let mut s = state();
    s.tab = Tab::Timeline;
    assert_eq!(Action::CycleChannel.available(&s), Err(NO_PAGE));
    assert_eq!(Action::FilterHistory.available(&s), Err(NO_PAGE));
    update(&mut s, Action::ContactLoaded(Box::new(page("a", "Noa"))));
    assert_eq!(Action::CycleChannel.available(&s), Ok(()));
    assert_eq!(Action::FilterHistory.available(&s), Ok(()));
}

#[test]
fn deal_actions_need_a_deal_and_a_stage_to_move_to() {
    let mut s = state();
    s.tab = Tab::Deals;
    let deal_actions = [
        Action::Won,
        Action::Lost,
        Action::StageForward,
        Action::StageBack,
        Action::Open,
    ];
    for action in &deal_actions {
        assert_eq!(action.available(&s), Err(NO_DEAL), "{action:?}");
    }
    update(&mut s, Action::Won);
    assert_eq!(s.message.as_deref(), Some(NO_DEAL));
    update(&mut s, Action::BoardLoaded(board()));
    for action in [
        Action::Won,
        Action::Lost,
        Action::StageForward,
        Action::Open,
    ] {
        assert_eq!(action.available(&s), Ok(()), "{action:?}");
    }
    assert_eq!(
        Action::StageBack.available(&s),
        Err(END_OF_PIPELINE),
        "Call is first"
    );
    update(&mut s, Action::Right);
    update(&mut s, Action::Right);
    assert_eq!(
        Action::StageForward.available(&s),
        Err(END_OF_PIPELINE),
        "Lost needs a reason"
    );
    assert_eq!(Action::StageBack.available(&s), Ok(()));
}

#[test]
fn in_a_box_only_what_it_can_do_is_available() {
    let mut s = state();
    s.overlay = Some(Overlay::Search(SearchBox::default()));
    assert_eq!(Action::Open.available(&s), Err(NO_MATCH));
    s.overlay = Some(Overlay::Search(SearchBox {
        query: "050-777-1234".into(),
        ..SearchBox::default()
    }));
    assert_eq!(Action::Open.available(&s), Ok(()), "a new lead");
    let mut view = ImportView {
        file: "leads.csv".into(),
        dry_run: false,
        stage: crate::import::Stage::Reading,
        stopping: false,
        outcome: None,
    };
    s.overlay = Some(Overlay::Import(view.clone()));
    assert_eq!(Action::Back.available(&s), Ok(()));
    view.stopping = true;
    s.overlay = Some(Overlay::Import(view));
    assert_eq!(Action::Back.available(&s), Err(STOPPING));
    assert_eq!(Action::Open.available(&s), Err(STOPPING));
}

/// The refusals are English in the code (tests compare against them) and shown in
/// the user's language: each one has its message.
#[test]
fn every_refusal_is_shown_in_each_language() {
    use crate::i18n::{Lang, from_english, scoped};
    let refusals = [
        NO_CONTACT,
        NO_CONTACT_ON_REPORTS,
        NO_LEAD,
        NO_DEAL,
        NO_PAGE,
        NOTHING_TO_REACH,
        NOTHING_TO_COPY,
        END_OF_PIPELINE,
        NO_MATCH,
        STOPPING,
        NO_ENTRY,
        AUTOMATIC_EDIT,
        AUTOMATIC_DELETE,
        NEVER_CORRECTED,
        NO_TASK,
        NO_LISTED_CONTACT,
        NO_ACCOUNT,
        crate::tui::reports::LATEST_PERIOD,
        crate::tui::reports::TARGETS_NOT_SPLIT,
    ];
    for lang in [Lang::He, Lang::Hu] {
        let _speaking = scoped(lang);
        for refusal in refusals {
            assert_ne!(from_english(refusal), refusal, "{lang:?}");
        }
    }
    assert_eq!(from_english(NO_LEAD), NO_LEAD);
    assert_eq!(from_english("Saved the call."), "Saved the call.");
}
