use super::*;
use crate::domain::campaign::CampaignBy;
use crate::domain::campaign::Progress;
use crate::tui::campaign_forms::save;
use crate::tui::fixtures;

fn summary(id: &str, name: &str, template: Option<&str>) -> CampaignSummary {
    CampaignSummary {
        campaign: Campaign {
            id: id.into(),
            name: name.into(),
            by: CampaignBy::Source,
            value: "Facebook".into(),
            template_id: template.map(str::to_string),
        },
        template: template.map(|_| "Spring offer".to_string()),
        progress: Progress { done: 1, total: 2 },
    }
}

fn member(id: &str, done: bool) -> Member {
    Member {
        contact_id: id.into(),
        name: id.to_uppercase(),
        phone: None,
        done_at: done.then(fixtures::now),
    }
}

fn on_campaigns() -> State {
    let mut state = fixtures::state();
    state.tab = Tab::Campaigns;
    let effects = crate::tui::app::update(&mut state, Action::Refresh);
    drop(effects);
    crate::tui::app::update(
        &mut state,
        Action::CampaignsLoaded(Box::new((
            vec![
                summary("c1", "Spring", Some("t1")),
                summary("c2", "Winter", None),
            ],
            Vec::new(),
        ))),
    );
    state
}

fn with_checklist(state: &mut State) {
    let campaign = state.campaigns.list[0].campaign.clone();
    crate::tui::app::update(
        state,
        Action::ChecklistLoaded(Box::new(Checklist {
            campaign,
            template: Some("Spring offer".into()),
            members: vec![member("a", true), member("b", false), member("c", false)],
            selected: 0,
        })),
    );
}

#[test]
fn enter_opens_a_campaign_as_its_checklist() {
    let mut state = on_campaigns();
    let effects = crate::tui::app::update(&mut state, Action::Open);
    assert_eq!(effects, [Effect::LoadChecklist("c1".into())]);
}

#[test]
fn in_the_checklist_enter_sends_the_campaign_s_template_to_the_selected_contact() {
    let mut state = on_campaigns();
    with_checklist(&mut state);
    crate::tui::app::update(&mut state, Action::Down);
    let effects = crate::tui::app::update(&mut state, Action::Open);
    assert_eq!(
        effects,
        [Effect::LoadSend(SendRequest {
            contact_id: "b".into(),
            template_id: Some("t1".into()),
            campaign_id: Some("c1".into()),
        })]
    );
    assert_eq!(state.current_contact().map(|(id, _)| id), Some("b".into()));
}

#[test]
fn x_ticks_or_unticks_the_row_and_a_tick_moves_on() {
    let mut state = on_campaigns();
    with_checklist(&mut state);
    // The first is done: x takes its tick back, and the selection stays.
    let effects = crate::tui::app::update(&mut state, Action::MarkDone);
    assert!(
        matches!(&effects[..], [Effect::TickCampaign { contact_id, done: false, .. }] if contact_id == "a")
    );
    assert_eq!(state.campaigns.checklist.as_ref().unwrap().selected, 0);
    crate::tui::app::update(&mut state, Action::Down);
    let effects = crate::tui::app::update(&mut state, Action::MarkDone);
    assert!(
        matches!(&effects[..], [Effect::TickCampaign { contact_id, done: true, .. }] if contact_id == "b")
    );
    let selected = |state: &State| state.campaigns.checklist.as_ref().unwrap().selected;
    assert_eq!(selected(&state), 1, "not before the tick lands");
    crate::tui::app::update(
        &mut state,
        Action::CampaignTicked(Box::new(Ticked {
            campaign_id: "c1".into(),
            contact_id: "b".into(),
            done_at: Some(fixtures::now()),
            message: String::new(),
        })),
    );
    assert_eq!(selected(&state), 2);
}

#[test]
fn x_outside_a_checklist_says_what_to_do_first() {
    let mut state = on_campaigns();
    let effects = crate::tui::app::update(&mut state, Action::MarkDone);
    assert!(effects.is_empty());
    assert_eq!(state.message.as_deref(), Some(NOT_IN_CHECKLIST));
}

#[test]
fn a_campaign_or_a_template_is_deleted_by_its_id_and_esc_leaves_the_checklist() {
    let mut state = on_campaigns();
    with_checklist(&mut state);
    crate::tui::app::update(&mut state, Action::Back);
    assert!(state.campaigns.checklist.is_none());
    crate::tui::app::update(&mut state, Action::Down);
    let effects = crate::tui::app::update(&mut state, Action::DeleteCampaignItem);
    assert_eq!(
        effects,
        [Effect::DeleteCampaignItem(Deleting::Campaign(
            "c2".into(),
            "Winter".into()
        ))]
    );
}

#[test]
fn the_campaign_dialog_is_saved_by_the_screen_and_names_a_bad_value() {
    let mut store = Store::open_in_memory(&crate::config::Config::default()).unwrap();
    let templates = store.templates().unwrap();
    let mut form = campaign_form(None, &templates);
    form.fields[0].value = "Spring".into();
    form.fields[2].value = "".into();
    let refused = save(&mut store, &form, fixtures::now()).unwrap_err();
    assert!(refused.contains("source"), "{refused}");
    form.fields[2].value = "Facebook ad".into();
    save(&mut store, &form, fixtures::now()).unwrap();
    assert_eq!(store.campaigns().unwrap()[0].campaign.name, "Spring");
    let mut template = template_form(None);
    template.fields[0].value = "Viewing".into();
    template.fields[2].value = "whatsapp, telegram".into();
    template.fields[5].value = "Hi {first_name}".into();
    let refused = save(&mut store, &template, fixtures::now()).unwrap_err();
    assert!(refused.contains("telegram"), "{refused}");
    template.fields[2].value = "whatsapp".into();
    save(&mut store, &template, fixtures::now()).unwrap();
    assert!(store.find_template("Viewing").is_ok());
}

#[test]
fn a_tick_that_landed_shows_on_its_row_and_its_count_without_a_reload() {
    let mut state = on_campaigns();
    with_checklist(&mut state);
    let effects = crate::tui::app::update(
        &mut state,
        Action::CampaignTicked(Box::new(Ticked {
            campaign_id: "c1".into(),
            contact_id: "b".into(),
            done_at: Some(fixtures::now()),
            message: "B ticked done.".into(),
        })),
    );
    assert!(effects.is_empty(), "nothing read again: {effects:?}");
    let list = state.campaigns.checklist.as_ref().unwrap();
    assert_eq!(list.done(), 2);
    assert_eq!(state.campaigns.list[0].progress.done, 2);
    crate::tui::app::update(
        &mut state,
        Action::CampaignTicked(Box::new(Ticked {
            campaign_id: "c1".into(),
            contact_id: "a".into(),
            done_at: None,
            message: "A is to do again.".into(),
        })),
    );
    assert_eq!(state.campaigns.checklist.as_ref().unwrap().done(), 1);
    assert_eq!(state.campaigns.list[0].progress.done, 1);
    assert_eq!(state.message.as_deref(), Some("A is to do again."));
}

#[test]
fn a_campaign_whose_template_was_deleted_is_edited_with_none() {
    let campaign = summary("c1", "Spring", Some("gone")).campaign;
    let form = campaign_form(Some(&campaign), &[]);
    assert_eq!(form.fields[3].stored(), "none");
}
