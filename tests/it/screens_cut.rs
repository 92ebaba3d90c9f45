//! Nothing hidden without a sign, at 80×24 and 120×40: every list cut to the screen
//! says how many items are above and below it, and the Score's rules scroll.

use super::common;
use super::screens::{Desk, now};
use chrono::Duration;
use leadometer::domain::{Contact, Deal, Phone};
use leadometer::store::new_id;
use leadometer::tui::app::{Action, Tab};

/// The demo desk with `count` more new leads, "Lead 01" …, all waiting in the inbox.
fn desk_with_leads(count: usize) -> Desk {
    let mut desk = Desk::demo();
    let region = desk.store.region();
    for n in 1..=count {
        let at = now() - Duration::minutes(n as i64);
        let mut lead = Contact::new_lead(new_id(), format!("Lead {n:02}"), at, "Dana");
        lead.phones = vec![Phone::parse(&format!("050-700-{n:04}"), region)];
        desk.store.insert_contact(at, &lead).unwrap();
    }
    desk.act(Action::Refresh);
    desk
}

#[test]
fn a_cut_inbox_counts_the_leads_above_and_below() {
    let mut desk = desk_with_leads(60);
    for _ in 0..40 {
        desk.act(Action::Down);
    }
    desk.snapshot("inbox_cut");
}

#[test]
fn a_cut_search_list_counts_the_contacts_below() {
    let mut desk = desk_with_leads(30);
    desk.act(Action::OpenSearch).type_text("lead");
    desk.snapshot("search_cut");
}

#[test]
fn a_cut_timeline_counts_the_entries_above_and_below() {
    let mut desk = Desk::demo();
    let noa = desk.store.resolve_contact("054-490-0148").unwrap().0;
    for n in 1..=40 {
        let at = now() - Duration::hours(n);
        let call = leadometer::domain::Interaction {
            text: Some(format!("Call number {n}")),
            ..common::call(&noa.id, at, "Dana")
        };
        desk.store.log_interaction(at, &call).unwrap();
    }
    desk.open_noa();
    for _ in 0..30 {
        desk.act(Action::Down);
    }
    desk.snapshot("timeline_cut");
}

#[test]
fn a_cut_deal_column_counts_the_cards_above_and_below() {
    let mut desk = Desk::demo();
    desk.act(Action::GoTo(Tab::Deals));
    // Twelve more deals like the first of the Call column.
    let first = desk.state.board[0].cards[0].deal.clone();
    for n in 1..=12 {
        let deal = Deal {
            id: new_id(),
            title: format!("Cabinet {n:02}"),
            amount_minor: 100_000 * n,
            ..first.clone()
        };
        desk.store.add_deal(now(), &deal).unwrap();
    }
    desk.act(Action::Refresh);
    for _ in 0..6 {
        desk.act(Action::Down);
    }
    desk.snapshot("deals_cut");
}

#[test]
fn the_scores_rules_scroll_and_say_how_many_more_there_are() {
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::GoTo(Tab::Score));
    let page = desk.state.page.as_mut().unwrap();
    let rules = page.score.rules.clone();
    for (n, rule) in rules.into_iter().enumerate() {
        let mut again = rule;
        again.name = format!("{} (again {})", again.name, n + 1);
        page.score.rules.push(again);
    }
    desk.snapshot("score_rules_cut");
    desk.act(Action::Down).act(Action::Down);
    desk.snapshot("score_rules_scrolled");
}
