//! The default keymap as data: one binding a line, layer by layer. A binding's
//! name is its name in `[keys]`; its status label, when it has one, puts it in the
//! status bar (and a dialog's footer).

use super::{Binding, Layer, parse_key};
use crate::domain::InteractionKind::{Call, Email, Meeting, Note, Whatsapp};
use crate::tui::app::{Action, Tab};

fn b(
    layer: Layer,
    name: &'static str,
    keys: &[&str],
    action: Action,
    desc: &'static str,
    status: Option<&'static str>,
) -> Binding {
    let keys = keys
        .iter()
        .map(|k| parse_key(k).unwrap_or_else(|| panic!("the default keymap's {name}: {k}")))
        .collect();
    Binding {
        layer,
        name,
        keys,
        action,
        desc,
        status,
    }
}

#[rustfmt::skip]
pub(super) fn bindings() -> Vec<Binding> {
    use Action::*;
    use Layer::*;
    let table = vec![
        b(Global, "search", &["/"], OpenSearch, "find anyone by phone, email, name or company", Some("search")),
        b(Global, "log_call", &["c"], Log(Call), "log a call on the current contact", Some("call")),
        b(Global, "log_whatsapp", &["w"], Log(Whatsapp), "log a WhatsApp message", Some("whatsapp")),
        b(Global, "log_email", &["e"], Log(Email), "log an email", None),
        b(Global, "log_meeting", &["m"], Log(Meeting), "log a meeting", None),
        b(Global, "log_note", &["n"], Log(Note), "add a note", Some("note")),
        b(Global, "add_task", &["t"], AddTask, "add a follow-up task", Some("task")),
        b(Global, "add_lead", &["a"], AddLead, "add a lead by hand", None),
        b(Global, "import", &["I"], OpenImport, "import contacts (CSV, vCard) or a WhatsApp chat", None),
        b(Global, "reach", &["o"], Reach, "open a WhatsApp chat, the dialler or an email", None),
        b(Global, "copy", &["y"], Copy, "copy the phone (or email)", None),
        b(Global, "inbox", &["1"], GoTo(Tab::Inbox), "go to the Inbox", None),
        b(Global, "timeline", &["2"], GoTo(Tab::Timeline), "go to the Timeline", None),
        b(Global, "deals", &["3"], GoTo(Tab::Deals), "go to the Deals board", None),
        b(Global, "score", &["4"], GoTo(Tab::Score), "go to the Score", None),
        b(Global, "tasks", &["5"], GoTo(Tab::Tasks), "go to the Tasks: every follow-up, overdue first", None),
        b(Global, "next_tab", &["tab"], NextTab, "next screen", None),
        b(Global, "prev_tab", &["shift-tab"], PrevTab, "previous screen", None),
        b(Global, "up", &["up", "k"], Up, "move up", None),
        b(Global, "down", &["down", "j"], Down, "move down", None),
        b(Global, "page_up", &["pageup"], PageUp, "page up", None),
        b(Global, "page_down", &["pagedown"], PageDown, "page down", None),
        b(Global, "refresh", &["r"], Refresh, "reload from the file", None),
        b(Global, "help", &["?"], ToggleHelp, "show every key", Some("help")),
        b(Global, "quit", &["q"], Quit, "quit (Ctrl-C too, on the screens)", Some("quit")),
        b(Global, "assign", &["A"], Assign, "assign an owner", Some("assign")),
        b(Global, "nurture", &["N"], Nurture, "nurture: keep in touch for later", Some("nurture")),
        b(Global, "drop", &["D"], Drop, "drop the lead, with a reason", Some("drop")),
        b(Global, "convert", &["C"], Convert, "convert to a deal", Some("convert")),
        b(Global, "undo", &["u", "ctrl-z"], Undo, "undo the desk's last change: a log, an edit, a decision, a move", None),
        b(Global, "redo", &["U", "ctrl-y"], Redo, "redo what was just undone", None),
        b(Global, "edit_contact", &["E"], EditContact, "edit the contact: name, phones, emails, owner, status, notes…", Some("edit")),
        b(Global, "contacts", &["6"], GoTo(Tab::Contacts), "go to Contacts: everyone, filtered and sorted", None),
        b(Global, "accounts", &["7"], GoTo(Tab::Accounts), "go to Accounts: each company, its people and deals", None),
        b(Global, "reports", &["8"], GoTo(Tab::Reports), "go to Reports: the funnel, speed-to-lead, pipeline, targets, sources, reasons", None),
        b(Global, "new_deal", &["d"], NewDeal, "new deal for the current contact", Some("deal")),
        b(Inbox, "open", &["enter"], Open, "open the lead's timeline", Some("open")),
        b(Inbox, "next_view", &["v"], NextView, "next view: All, New, Today, Mine, Hot, then yours", Some("view")),
        b(Inbox, "prev_view", &["V"], PrevView, "previous view", None),
        b(Timeline, "filter_channel", &["f"], CycleChannel, "show one channel (cycles)", Some("channel")),
        b(Timeline, "filter_history", &["F"], FilterHistory, "find text in the history", Some("find")),
        b(Timeline, "clear_filters", &["esc"], Back, "clear the filters", None),
        b(Timeline, "open_entry", &["enter"], Open, "read the selected entry in full", Some("read")),
        b(Deals, "open_deal", &["enter"], Open, "open the deal's page", Some("open")),
        b(Deals, "column_left", &["left", "h"], Left, "previous column", Some("column")),
        b(Deals, "column_right", &["right", "l"], Right, "next column", None),
        b(Deals, "stage_back", &["<"], StageBack, "move the deal to the previous stage", Some("back")),
        b(Deals, "stage_forward", &[">"], StageForward, "move the deal to the next stage", Some("forward")),
        b(Deals, "won", &["W"], Won, "mark the deal won", Some("won")),
        b(Deals, "lost", &["X"], Lost, "mark the deal lost, with a reason", Some("lost")),
        b(Score, "rules_up", &["up", "k"], Up, "scroll the rules up", None),
        b(Score, "rules_down", &["down", "j"], Down, "scroll the rules down", None),
        b(Score, "rules_page_up", &["pageup"], PageUp, "scroll the rules a page up", None),
        b(Score, "rules_page_down", &["pagedown"], PageDown, "scroll the rules a page down", None),
        b(Reports, "previous_report", &["left", "h"], Left, "the report before: funnel, speed, pipeline, targets, sources, reasons", Some("report")),
        b(Reports, "next_report", &["right", "l"], Right, "the report after", None),
        b(Reports, "cycle_period", &["p"], CyclePeriod, "period: the last 30 days, week, month, quarter, year (cycles)", Some("period")),
        b(Reports, "earlier_period", &["["], EarlierPeriod, "the period before", Some("earlier")),
        b(Reports, "later_period", &["]"], LaterPeriod, "the period after", Some("later")),
        b(Reports, "cycle_split", &["b"], CycleSplit, "split by source, campaign, owner, origin, or none (cycles)", Some("split")),
        b(Deals, "open_deal_contact", &["o"], OpenDealContact, "open the deal's contact", Some("contact")),
        b(Form, "next_field", &["tab"], NextField, "next field", Some("next field")),
        b(Form, "prev_field", &["shift-tab"], PrevField, "previous field", None),
        b(Form, "up", &["up"], Up, "previous choice, or the previous field", Some("choices")),
        b(Form, "down", &["down"], Down, "next choice, or the next field", Some("choices")),
        b(Form, "erase", &["backspace"], Erase, "erase a character", None),
        b(Form, "save", &["ctrl-s", "enter"], Save, "save (in the import dialog: import)", Some("save")),
        b(Form, "cancel", &["esc"], Back, "cancel; asks first when text was typed", Some("cancel")),
        b(Form, "clear_field", &["ctrl-u"], ClearField, "empty the field, to type it anew", None),
        b(Picker, "up", &["up", "k"], Up, "previous choice", Some("choose")),
        b(Picker, "down", &["down", "j"], Down, "next choice", Some("choose")),
        b(Picker, "open", &["enter"], Open, "open the chosen one", Some("open")),
        b(Picker, "cancel", &["esc"], Back, "cancel", Some("cancel")),
        b(Search, "up", &["up"], Up, "previous contact", Some("choose")),
        b(Search, "down", &["down"], Down, "next contact", Some("choose")),
        b(Search, "open", &["enter"], Open, "open the contact; an unknown number becomes a new lead", Some("open")),
        b(Search, "erase", &["backspace"], Erase, "erase a character", None),
        b(Search, "close", &["esc"], Back, "close", Some("close")),
        b(Search, "clear_field", &["ctrl-u"], ClearField, "empty the box, to type it anew", None),
        b(HistoryFilter, "apply", &["enter"], Open, "apply the filter", Some("apply")),
        b(HistoryFilter, "erase", &["backspace"], Erase, "erase a character", None),
        b(HistoryFilter, "cancel", &["esc"], Back, "cancel", Some("cancel")),
        b(HistoryFilter, "clear_field", &["ctrl-u"], ClearField, "empty the box, to type it anew", None),
        b(Help, "up", &["up", "k"], Up, "scroll up", Some("scroll")),
        b(Help, "down", &["down", "j"], Down, "scroll down", Some("scroll")),
        b(Help, "page_up", &["pageup"], PageUp, "scroll a page up", None),
        b(Help, "page_down", &["pagedown"], PageDown, "scroll a page down", None),
        b(Help, "close", &["esc", "q", "enter"], Back, "close the help (so does the key that opened it)", Some("close")),
        b(Import, "stop", &["esc"], Back, "stop the import (nothing is written); close the summary", Some("stop")),
        b(Import, "hide", &["enter"], Open, "hide the bar (the import goes on); close the summary", Some("hide")),
        b(Entry, "up", &["up", "k"], Up, "scroll up", Some("scroll")),
        b(Entry, "down", &["down", "j"], Down, "scroll down", Some("scroll")),
        b(Entry, "page_up", &["pageup"], PageUp, "scroll a page up", None),
        b(Entry, "page_down", &["pagedown"], PageDown, "scroll a page down", None),
        b(Entry, "edit", &["e"], EditEntry, "correct the entry (the earlier version is kept)", Some("edit")),
        b(Entry, "delete", &["d"], DeleteEntry, "delete the entry (u brings it back; its versions keep it)", Some("delete")),
        b(Entry, "versions", &["v"], ShowVersions, "show the earlier versions (again: the entry)", Some("versions")),
        b(Entry, "close", &["esc", "enter"], Back, "close", Some("close")),
        b(Entry, "undo", &["u", "ctrl-z"], Undo, "close the entry and undo the desk's last change", None),
        b(Entry, "redo", &["U", "ctrl-y"], Redo, "close the entry and redo what was just undone", None),
        b(Notes, "new_line", &["enter"], NewLine, "break the line (Ctrl-S saves)", Some("new line")),
        b(Notes, "line_up", &["up"], LineUp, "the line above; on the first line, the previous field", None),
        b(Notes, "line_down", &["down"], LineDown, "the line below; on the last line, the next field", None),
        b(Tasks, "open_task_contact", &["enter"], Open, "open the task's contact on the Timeline", Some("open")),
        b(Tasks, "task_done", &["x"], MarkDone, "mark the task done", Some("done")),
        b(Tasks, "snooze", &["s"], Snooze, "snooze the task: in an hour, tomorrow morning, next week, or a time typed", Some("snooze")),
        b(Tasks, "mine", &["m"], ToggleMine, "show only my tasks; again, everyone's", Some("mine")),
        b(Tasks, "owner_filter", &["O"], PickOwner, "show one owner's tasks (or everyone's)", Some("owner")),
        b(Contacts, "open_contact", &["enter"], Open, "open the contact's timeline", Some("open")),
        b(Contacts, "filter_contacts", &["f"], OpenFilters, "filter by lifecycle, status, owner, flag, source, campaign, account", Some("filter")),
        b(Contacts, "sort_contacts", &["s"], CycleSort, "sort by last activity, name, score, newest (cycles)", Some("sort")),
        b(Contacts, "clear_contact_filters", &["esc"], Back, "clear the filters", None),
        b(Accounts, "open_account", &["enter"], Open, "show the account; on a person, open their timeline", Some("open")),
        b(Accounts, "add_to_account", &["+"], AddToAccount, "add a contact to the account, in a role", Some("add contact")),
        b(Accounts, "close_account", &["esc"], Back, "back to the list of accounts", Some("back")),
        b(Deal, "up", &["up", "k"], Up, "scroll up", Some("scroll")),
        b(Deal, "down", &["down", "j"], Down, "scroll down", Some("scroll")),
        b(Deal, "page_up", &["pageup"], PageUp, "scroll a page up", None),
        b(Deal, "page_down", &["pagedown"], PageDown, "scroll a page down", None),
        b(Deal, "edit", &["e"], EditDeal, "edit the deal: amount, probability, close date, competitors, quotes, owner, notes", Some("edit")),
        b(Deal, "delete", &["D"], DeleteDeal, "delete the deal; the status line names it", Some("delete")),
        b(Deal, "open_contact", &["o"], OpenDealContact, "open the deal's contact", Some("contact")),
        b(Deal, "close", &["esc", "enter"], Back, "close", Some("close")),
        b(Deal, "undo", &["u", "ctrl-z"], Undo, "close the page and undo the desk's last change", None),
        b(Deal, "redo", &["U", "ctrl-y"], Redo, "close the page and redo what was just undone", None),
    ];
    // Every box with text to type moves and erases the same way.
    let editing = [Form, Search, HistoryFilter].into_iter().flat_map(editing_keys);
    table.into_iter().chain(editing).collect()
}

/// The keys that move the cursor and erase around it, in a layer with a text field.
#[rustfmt::skip]
fn editing_keys(layer: Layer) -> Vec<Binding> {
    use Action::*;
    vec![
        b(layer, "cursor_left", &["left"], CursorLeft, "move the cursor a character left", None),
        b(layer, "cursor_right", &["right"], CursorRight, "move the cursor a character right", None),
        b(layer, "line_start", &["home", "ctrl-a"], CursorHome, "to the start of the line", None),
        b(layer, "line_end", &["end", "ctrl-e"], CursorEnd, "to the end of the line", None),
        b(layer, "word_left", &["alt-left", "ctrl-left", "alt-b"], WordLeft, "a word left", None),
        b(layer, "word_right", &["alt-right", "ctrl-right", "alt-f"], WordRight, "a word right", None),
        b(layer, "delete", &["delete"], DeleteForward, "delete the character under the cursor", None),
        b(layer, "erase_word", &["ctrl-w"], DeleteWordBack, "erase the word before the cursor", None),
    ]
}
