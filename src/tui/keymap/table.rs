//! The default keymap as data: one binding a line, layer by layer. A binding's
//! name is its name in `[keys]`; what it does, and its label in the status bar (a
//! dialog's footer) when the last column says it has one, are messages in
//! `assets/i18n/*/keys.ftl`: `key-<layer>-<name>` and its `.status`.

use super::{Binding, Layer, parse_key};
use crate::domain::InteractionKind::{Call, Email, Meeting, Note, Whatsapp};
use crate::tui::app::{Action, Tab};

fn b(
    layer: Layer,
    name: &'static str,
    keys: &[&str],
    action: Action,
    in_status_bar: bool,
) -> Binding {
    let keys = keys
        .iter()
        .map(|k| parse_key(k).unwrap_or_else(|| panic!("the default keymap's {name}: {k}")))
        .collect();
    let message = format!("key-{}-{}", layer.config_name(), name).replace('_', "-");
    Binding {
        layer,
        name,
        keys,
        action,
        message,
        in_status_bar,
    }
}

#[rustfmt::skip]
pub(super) fn bindings() -> Vec<Binding> {
    use Action::*;
    use Layer::*;
    let table = vec![
        b(Global, "search", &["/"], OpenSearch, true),
        b(Global, "log_call", &["c"], Log(Call), true),
        b(Global, "log_whatsapp", &["w"], Log(Whatsapp), true),
        b(Global, "log_email", &["e"], Log(Email), false),
        b(Global, "log_meeting", &["m"], Log(Meeting), false),
        b(Global, "log_note", &["n"], Log(Note), true),
        b(Global, "add_task", &["t"], AddTask, true),
        b(Global, "add_lead", &["a"], AddLead, false),
        b(Global, "import", &["I"], OpenImport, false),
        b(Global, "reach", &["o"], Reach, false),
        b(Global, "copy", &["y"], Copy, false),
        b(Global, "inbox", &["1"], GoTo(Tab::Inbox), false),
        b(Global, "timeline", &["2"], GoTo(Tab::Timeline), false),
        b(Global, "deals", &["3"], GoTo(Tab::Deals), false),
        b(Global, "score", &["4"], GoTo(Tab::Score), false),
        b(Global, "tasks", &["5"], GoTo(Tab::Tasks), false),
        b(Global, "next_tab", &["tab"], NextTab, false),
        b(Global, "prev_tab", &["shift-tab"], PrevTab, false),
        b(Global, "up", &["up", "k"], Up, false),
        b(Global, "down", &["down", "j"], Down, false),
        b(Global, "page_up", &["pageup"], PageUp, false),
        b(Global, "page_down", &["pagedown"], PageDown, false),
        b(Global, "refresh", &["r"], Refresh, false),
        b(Global, "help", &["?"], ToggleHelp, true),
        b(Global, "quit", &["q"], Quit, true),
        b(Global, "send_message", &["S"], SendMessage, true),
        b(Global, "assign", &["A"], Assign, true),
        b(Global, "nurture", &["N"], Nurture, true),
        b(Global, "drop", &["D"], Drop, true),
        b(Global, "convert", &["C"], Convert, true),
        b(Global, "undo", &["u", "ctrl-z"], Undo, false),
        b(Global, "redo", &["U", "ctrl-y"], Redo, false),
        b(Global, "edit_contact", &["E"], EditContact, true),
        b(Global, "contacts", &["6"], GoTo(Tab::Contacts), false),
        b(Global, "accounts", &["7"], GoTo(Tab::Accounts), false),
        b(Global, "reports", &["8"], GoTo(Tab::Reports), false),
        b(Global, "campaigns", &["9"], GoTo(Tab::Campaigns), false),
        b(Global, "new_deal", &["d"], NewDeal, true),
        b(Inbox, "open", &["enter"], Open, true),
        b(Inbox, "next_view", &["v"], NextView, true),
        b(Inbox, "prev_view", &["V"], PrevView, false),
        b(Timeline, "filter_channel", &["f"], CycleChannel, true),
        b(Timeline, "filter_history", &["F"], FilterHistory, true),
        b(Timeline, "mark_sent", &["s"], MarkSent, true),
        b(Timeline, "clear_filters", &["esc"], Back, false),
        b(Timeline, "open_entry", &["enter"], Open, true),
        b(Deals, "open_deal", &["enter"], Open, true),
        b(Deals, "column_left", &["left", "h"], Left, true),
        b(Deals, "column_right", &["right", "l"], Right, false),
        b(Deals, "stage_back", &["<"], StageBack, true),
        b(Deals, "stage_forward", &[">"], StageForward, true),
        b(Deals, "won", &["W"], Won, true),
        b(Deals, "lost", &["X"], Lost, true),
        b(Score, "rules_up", &["up", "k"], Up, false),
        b(Score, "rules_down", &["down", "j"], Down, false),
        b(Score, "rules_page_up", &["pageup"], PageUp, false),
        b(Score, "rules_page_down", &["pagedown"], PageDown, false),
        b(Reports, "previous_report", &["left", "h"], Left, true),
        b(Reports, "next_report", &["right", "l"], Right, false),
        b(Reports, "cycle_period", &["p"], CyclePeriod, true),
        b(Reports, "earlier_period", &["["], EarlierPeriod, true),
        b(Reports, "later_period", &["]"], LaterPeriod, true),
        b(Reports, "cycle_split", &["b"], CycleSplit, true),
        b(Deals, "open_deal_contact", &["o"], OpenDealContact, true),
        b(Form, "next_field", &["tab"], NextField, true),
        b(Form, "prev_field", &["shift-tab"], PrevField, false),
        b(Form, "up", &["up"], Up, true),
        b(Form, "down", &["down"], Down, true),
        b(Form, "erase", &["backspace"], Erase, false),
        b(Form, "save", &["ctrl-s", "enter"], Save, true),
        b(Form, "cancel", &["esc"], Back, true),
        b(Form, "clear_field", &["ctrl-u"], ClearField, false),
        b(Picker, "up", &["up", "k"], Up, true),
        b(Picker, "down", &["down", "j"], Down, true),
        b(Picker, "open", &["enter"], Open, true),
        b(Picker, "cancel", &["esc"], Back, true),
        b(Search, "up", &["up"], Up, true),
        b(Search, "down", &["down"], Down, true),
        b(Search, "open", &["enter"], Open, true),
        b(Search, "erase", &["backspace"], Erase, false),
        b(Search, "close", &["esc"], Back, true),
        b(Search, "clear_field", &["ctrl-u"], ClearField, false),
        b(HistoryFilter, "apply", &["enter"], Open, true),
        b(HistoryFilter, "erase", &["backspace"], Erase, false),
        b(HistoryFilter, "cancel", &["esc"], Back, true),
        b(HistoryFilter, "clear_field", &["ctrl-u"], ClearField, false),
        b(Help, "up", &["up", "k"], Up, true),
        b(Help, "down", &["down", "j"], Down, true),
        b(Help, "page_up", &["pageup"], PageUp, false),
        b(Help, "page_down", &["pagedown"], PageDown, false),
        b(Help, "close", &["esc", "q", "enter"], Back, true),
        b(Import, "stop", &["esc"], Back, true),
        b(Import, "hide", &["enter"], Open, true),
        b(Entry, "up", &["up", "k"], Up, true),
        b(Entry, "down", &["down", "j"], Down, true),
        b(Entry, "page_up", &["pageup"], PageUp, false),
        b(Entry, "page_down", &["pagedown"], PageDown, false),
        b(Entry, "edit", &["e"], EditEntry, true),
        b(Entry, "delete", &["d"], DeleteEntry, true),
        b(Entry, "versions", &["v"], ShowVersions, true),
        b(Entry, "mark_sent", &["s"], MarkSent, true),
        b(Entry, "close", &["esc", "enter"], Back, true),
        b(Entry, "undo", &["u", "ctrl-z"], Undo, false),
        b(Entry, "redo", &["U", "ctrl-y"], Redo, false),
        b(Notes, "new_line", &["enter"], NewLine, true),
        b(Notes, "line_up", &["up"], LineUp, false),
        b(Notes, "line_down", &["down"], LineDown, false),
        b(Tasks, "open_task_contact", &["enter"], Open, true),
        b(Tasks, "task_done", &["x"], MarkDone, true),
        b(Tasks, "snooze", &["s"], Snooze, true),
        b(Tasks, "mine", &["m"], ToggleMine, true),
        b(Tasks, "owner_filter", &["O"], PickOwner, true),
        b(Contacts, "open_contact", &["enter"], Open, true),
        b(Contacts, "filter_contacts", &["f"], OpenFilters, true),
        b(Contacts, "sort_contacts", &["s"], CycleSort, true),
        b(Contacts, "clear_contact_filters", &["esc"], Back, false),
        b(Accounts, "open_account", &["enter"], Open, true),
        b(Accounts, "add_to_account", &["+"], AddToAccount, true),
        b(Accounts, "close_account", &["esc"], Back, true),
        b(Campaigns, "open_campaign", &["enter"], Open, true),
        b(Campaigns, "tick", &["x"], MarkDone, true),
        b(Campaigns, "templates", &["T"], ToggleTemplates, true),
        b(Campaigns, "new_item", &["+"], NewCampaignItem, true),
        b(Campaigns, "edit_item", &["e"], EditCampaignItem, true),
        b(Campaigns, "delete_item", &["-"], DeleteCampaignItem, true),
        b(Campaigns, "close_campaign", &["esc"], Back, false),
        b(Deal, "up", &["up", "k"], Up, true),
        b(Deal, "down", &["down", "j"], Down, true),
        b(Deal, "page_up", &["pageup"], PageUp, false),
        b(Deal, "page_down", &["pagedown"], PageDown, false),
        b(Deal, "edit", &["e"], EditDeal, true),
        b(Deal, "delete", &["D"], DeleteDeal, true),
        b(Deal, "open_contact", &["o"], OpenDealContact, true),
        b(Deal, "close", &["esc", "enter"], Back, true),
        b(Deal, "undo", &["u", "ctrl-z"], Undo, false),
        b(Deal, "redo", &["U", "ctrl-y"], Redo, false),
    ];
    // Every box with text to type moves and erases the same way.
    let editing = [Form, Search, HistoryFilter].into_iter().flat_map(editing_keys);
    table.into_iter().chain(editing).collect()
}

/// The keys that move the cursor and erase around it, in a layer with a text field.
#[rustfmt::skip]
fn editing_keys(layer: Layer) -> Vec<Binding> {
    use Action::*;
    let shared = |binding: Binding| Binding {
        // One text for the three layers: `key-editing-<name>`.
        message: format!("key-editing-{}", binding.name).replace('_', "-"),
        ..binding
    };
    vec![
        b(layer, "cursor_left", &["left"], CursorLeft, false),
        b(layer, "cursor_right", &["right"], CursorRight, false),
        b(layer, "line_start", &["home", "ctrl-a"], CursorHome, false),
        b(layer, "line_end", &["end", "ctrl-e"], CursorEnd, false),
        b(layer, "word_left", &["alt-left", "ctrl-left", "alt-b"], WordLeft, false),
        b(layer, "word_right", &["alt-right", "ctrl-right", "alt-f"], WordRight, false),
        b(layer, "delete", &["delete"], DeleteForward, false),
        b(layer, "erase_word", &["ctrl-w"], DeleteWordBack, false),
    ]
    .into_iter()
    .map(shared)
    .collect()
}
