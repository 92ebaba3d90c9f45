//! Every screen and dialog as a person sees it, at 80×24 and 120×40, on the demo data
//! with a frozen clock. The desk is driven with the same actions keys produce.

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use leadometer::config::Config;
use leadometer::domain::{Contact, InteractionKind, LeadStatus, Membership, Phone};
use leadometer::import::Stage;
use leadometer::store::Store;
use leadometer::tui::app::{Action, Overlay, State, Tab};
use leadometer::tui::draw::{Chrome, draw};
use leadometer::tui::importing::{self, ImportView};
use leadometer::tui::keymap::Keymap;
use leadometer::tui::runtime::{apply, thresholds};
use leadometer::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod tasks;

/// The Contacts and Accounts screens, the add dialog, an empty search, a cut list.
mod directory;

/// A deal's page, its forms, and the board with stages the config no longer has.
mod deals;

/// The Reports screen: each report, a period stepped back, a split, scrolling.
mod reports;

/// The same screens in Hebrew and Hungarian.
mod languages;

/// Dates, numbers, money and phones in Hungarian; two currencies on one board.
mod local_forms;

/// Dialogs driven by keys: a rebound save key, the edit form, an entry corrected.
mod editing;
pub(crate) use editing::key;

/// Right-to-left text: a Hebrew message in full, Hebrew typed into the search.
mod right_to_left;

pub(crate) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap()
}

pub(crate) struct Desk {
    pub(crate) store: Store,
    pub(crate) state: State,
    config: Config,
    keymap: Keymap,
}

impl Desk {
    pub(crate) fn demo() -> Desk {
        Desk::demo_with("user = \"Dana\"\nregion = \"IL\"\n")
    }

    /// The demo under a config of its own.
    pub(crate) fn demo_with(config: &str) -> Desk {
        let (config, store, state) = crate::common::demo_desk_with(config);
        Desk {
            store,
            state,
            config,
            keymap: Keymap::default(),
        }
    }

    /// The desk on a file without a single contact.
    pub(crate) fn empty() -> Desk {
        let config = Config::parse("user = \"Dana\"\nregion = \"IL\"\n").unwrap();
        let mut store = Store::open_in_memory(&config).unwrap();
        let utc = FixedOffset::east_opt(0).unwrap();
        let mut state = State::new("Dana", now(), now() + Duration::hours(15), utc);
        apply(&mut store, &mut state, Action::Refresh);
        Desk {
            store,
            state,
            config,
            keymap: Keymap::default(),
        }
    }

    pub(crate) fn act(&mut self, action: Action) -> &mut Desk {
        apply(&mut self.store, &mut self.state, action);
        self
    }

    pub(crate) fn type_text(&mut self, text: &str) -> &mut Desk {
        for c in text.chars() {
            self.act(Action::Input(c));
        }
        self
    }

    /// A key as a person presses it: routed through the desk's keymap.
    pub(crate) fn press(&mut self, key: KeyEvent) -> &mut Desk {
        if let Some(action) = self.keymap.route(&self.state, key) {
            self.act(action);
        }
        self
    }

    pub(crate) fn open_noa(&mut self) -> &mut Desk {
        self.act(Action::OpenSearch)
            .type_text("4900148")
            .act(Action::Open)
    }

    /// One frame of the desk on a test terminal of that size.
    fn drawn(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        let chrome = Chrome {
            keymap: &self.keymap,
            theme: Theme::plain(),
            file: "demo.db",
            thresholds: thresholds(&self.config),
            hits: Default::default(),
        };
        terminal
            .draw(|frame| draw(frame, &self.state, &chrome))
            .unwrap();
        terminal
    }

    /// The screen as the terminal would hold it, one line a row.
    pub(crate) fn rendered(&self, width: u16, height: u16) -> String {
        let terminal = self.drawn(width, height);
        let buffer = terminal.backend().buffer();
        (0..height)
            .map(|y| {
                (0..width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The screen at both sizes, as text.
    pub(crate) fn snapshot(&self, name: &str) {
        for (width, height) in [(80, 24), (120, 40)] {
            let terminal = self.drawn(width, height);
            let mut settings = insta::Settings::clone_current();
            settings.set_prepend_module_to_snapshot(false);
            settings.set_snapshot_path("snapshots/screens");
            settings.bind(|| {
                insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend())
            });
        }
    }
}

#[test]
fn inbox() {
    Desk::demo().snapshot("inbox");
}

#[test]
fn inbox_view_new() {
    Desk::demo()
        .act(Action::NextView)
        .snapshot("inbox_view_new");
}

#[test]
fn search_by_partial_phone() {
    Desk::demo()
        .act(Action::OpenSearch)
        .type_text("4900148")
        .snapshot("search");
}

#[test]
fn search_tells_two_of_one_name_apart() {
    let mut desk = Desk::demo();
    let region = desk.store.region();
    let rekas = [
        (
            "reka-1",
            "Kovács Kft",
            LeadStatus::Attempting,
            "+36 30 555 0101",
        ),
        (
            "reka-2",
            "Dunai Építőipari és Kereskedelmi Zrt",
            LeadStatus::Disqualified,
            "+36 20 987 6543",
        ),
    ];
    for (id, company, status, phone) in rekas {
        let mut reka = Contact::new_lead(id.into(), "Szabó Réka".into(), now(), "Dana");
        reka.phones = vec![Phone::parse(phone, region)];
        reka.emails = vec![format!("{id}@example.hu")];
        reka.accounts = vec![Membership {
            account_id: String::new(),
            account: company.into(),
            role: None,
        }];
        reka.status = status;
        desk.store.insert_contact(now(), &reka).unwrap();
    }
    desk.act(Action::Refresh)
        .act(Action::OpenSearch)
        .type_text("szabo reka")
        .snapshot("search_same_name");
}

#[test]
fn search_unknown_number() {
    Desk::demo()
        .act(Action::OpenSearch)
        .type_text("050-777-1234")
        .snapshot("search_unknown");
}

#[test]
fn new_lead_form() {
    Desk::demo()
        .act(Action::OpenSearch)
        .type_text("050-777-1234")
        .act(Action::Open)
        .snapshot("new_lead");
}

#[test]
fn timeline() {
    let mut desk = Desk::demo();
    desk.open_noa();
    assert_eq!(desk.state.tab, Tab::Timeline);
    desk.snapshot("timeline");
}

#[test]
fn timeline_with_aliases() {
    let mut desk = Desk::demo();
    let noa = desk.store.resolve_contact("054-490-0148").unwrap().0;
    desk.store
        .edit_contact(now(), &noa.id, |_, c| {
            c.aliases = vec![
                "נועה לוי".into(),
                "N. Levi-Cohen of the kitchen".into(),
                "Noa from the showroom on Herzl street".into(),
            ];
            Ok(())
        })
        .unwrap();
    desk.open_noa();
    desk.snapshot("timeline_aliases");
}

#[test]
fn timeline_filtered_to_whatsapp() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .act(Action::CycleChannel)
        .act(Action::CycleChannel);
    desk.snapshot("timeline_whatsapp");
}

#[test]
fn log_call_dialog() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .act(Action::Log(InteractionKind::Call))
        .type_text("Agreed on quartz");
    desk.snapshot("log_call");
}

#[test]
fn task_dialog_with_an_error() {
    let mut desk = Desk::demo();
    desk.open_noa()
        .act(Action::AddTask)
        .type_text("Send samples")
        .act(Action::NextField);
    for _ in 0.."tomorrow 10:00".len() {
        desk.act(Action::Erase);
    }
    desk.type_text("someday").act(Action::Save);
    desk.snapshot("task_error");
}

#[test]
fn drop_dialog() {
    Desk::demo()
        .act(Action::Drop)
        .act(Action::Down)
        .snapshot("drop");
}

#[test]
fn deals_board() {
    Desk::demo().act(Action::GoTo(Tab::Deals)).snapshot("deals");
}

#[test]
fn score() {
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::GoTo(Tab::Score));
    desk.snapshot("score");
}

#[test]
fn help() {
    Desk::demo().act(Action::ToggleHelp).snapshot("help");
}

#[test]
fn a_saved_call_shows_on_the_timeline_and_moves_the_score() {
    let mut desk = Desk::demo();
    desk.open_noa();
    let before = desk.state.page.as_ref().unwrap().timeline.len();
    desk.act(Action::Log(InteractionKind::Call))
        .type_text("Agreed on quartz")
        .act(Action::Save);
    let page = desk.state.page.as_ref().unwrap();
    assert_eq!(page.timeline.len(), before + 1);
    assert_eq!(page.timeline[0].text.as_deref(), Some("Agreed on quartz"));
    assert_eq!(
        desk.state.message.as_deref(),
        Some("Logged call for Noa Levi")
    );
    assert_eq!(desk.state.overlay, None);
}

#[test]
fn convert_dialog() {
    Desk::demo().act(Action::Convert).snapshot("convert");
}

#[test]
fn assign_dialog() {
    Desk::demo()
        .act(Action::Assign)
        .type_text("Yossi")
        .snapshot("assign");
}

#[test]
fn lose_deal_dialog() {
    Desk::demo()
        .act(Action::GoTo(Tab::Deals))
        .act(Action::Lost)
        .act(Action::Down)
        .snapshot("lose_deal");
}

#[test]
fn reach_dialog() {
    let mut desk = Desk::demo();
    desk.open_noa().act(Action::Reach);
    desk.snapshot("reach");
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn import_dialog() {
    Desk::demo()
        .act(Action::OpenImport)
        .type_text("~/Downloads/hubspot-contacts.csv")
        .snapshot("import_dialog");
}

/// A chat whose every date reads day first and month first alike: the dialog comes
/// back asking which, and the answer imports it.
#[test]
fn import_asking_the_date_order() {
    let mut desk = Desk::demo();
    // A path relative to the package, where cargo runs its tests: the same on any machine.
    desk.open_noa()
        .act(Action::OpenImport)
        .type_text("tests/fixtures/whatsapp-ambiguous.txt")
        .act(Action::Save);
    desk.snapshot("import_asking_the_date_order");
    desk.act(Action::Down).act(Action::Open);
    let Some(Overlay::Import(view)) = &desk.state.overlay else {
        panic!("no summary: {:?}", desk.state.overlay);
    };
    assert_eq!(
        importing::headline(view),
        "Imported whatsapp-ambiguous.txt: 2 messages for Noa Levi, 0 already there."
    );
}

#[test]
fn an_import_from_the_desk_ends_in_its_summary_and_reloads_what_changed() {
    let mut desk = Desk::demo();
    desk.open_noa();
    let before = desk.state.page.as_ref().unwrap().timeline.len();
    // The demo's Noa, Ödön and Emma are HubSpot's three: all three are merged.
    desk.act(Action::OpenImport)
        .type_text(&fixture("hubspot.csv"))
        .act(Action::Save);
    desk.snapshot("import_summary");
    let page = desk.state.page.as_ref().unwrap();
    let t = desk.store.timeline(&page.contact.id).unwrap();
    eprintln!(
        "STORE {:?}",
        t.iter().map(|i| i.text.clone()).collect::<Vec<_>>()
    );
    assert_eq!(
        page.timeline.len(),
        before + 1,
        "the open timeline reloaded"
    );
    assert_eq!(
        page.timeline[0].text.as_deref(),
        Some("merged with line 2 of hubspot.csv")
    );
    desk.act(Action::Back);
    assert_eq!(desk.state.overlay, None);
}

#[test]
fn an_import_refused_for_a_bad_row_lists_it_and_changes_nothing() {
    let mut desk = Desk::demo();
    let before = desk.state.inbox.entries.len();
    desk.act(Action::OpenImport)
        .type_text(&fixture("wrong-columns.csv"))
        .act(Action::Save);
    desk.snapshot("import_refused");
    assert_eq!(desk.state.inbox.entries.len(), before);
}

#[test]
fn import_progress_bar() {
    let mut desk = Desk::demo();
    desk.act(Action::OpenImport)
        .type_text("/tmp/leads.csv")
        .act(Action::Save);
    desk.state.overlay = Some(Overlay::Import(ImportView {
        file: "leads.csv".into(),
        dry_run: false,
        stage: Stage::Storing {
            done: 64_000,
            total: 100_000,
        },
        stopping: false,
        outcome: None,
    }));
    desk.snapshot("import_progress");
}

#[test]
fn an_owner_changed_elsewhere_while_the_form_was_open_is_shown_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leads.db");
    let config = Config::parse("user = \"Dana\"\nregion = \"IL\"\n").unwrap();
    let mut store = Store::open(&path, &config).unwrap();
    leadometer::store::demo::seed(&mut store, now()).unwrap();
    let utc = FixedOffset::east_opt(0).unwrap();
    let mut desk = Desk {
        store,
        state: State::new("Dana", now(), now() + Duration::hours(15), utc),
        config: config.clone(),
        keymap: Keymap::default(),
    };
    desk.act(Action::Refresh).open_noa();
    // The dialog opens on her owner as it stands; Ctrl-U empties it for another.
    desk.act(Action::Assign)
        .act(Action::ClearField)
        .type_text("Yossi");

    // Meanwhile, on another machine's desk, Avi takes Noa.
    let avi = Config::parse("user = \"Avi\"\nregion = \"IL\"\n").unwrap();
    let mut elsewhere = Store::open(&path, &avi).unwrap();
    let noa = desk.state.page.as_ref().unwrap().contact.id.clone();
    elsewhere
        .edit_contact(now(), &noa, |_, c| {
            c.owner = Some("Avi".into());
            Ok(())
        })
        .unwrap();

    desk.act(Action::Save);
    let message = desk.state.message.clone().unwrap();
    assert!(
        message.contains("changed meanwhile to \"Avi\" (by Avi")
            && message.contains("yours is \"Yossi\""),
        "{message}"
    );
    assert!(desk.state.overlay.is_some(), "the form stays open");
    assert_eq!(
        desk.store.contact(&noa).unwrap().owner.as_deref(),
        Some("Avi"),
        "nothing was overwritten"
    );
    // Seen both: saving again replaces Avi's knowingly.
    desk.act(Action::Save);
    assert_eq!(desk.state.overlay, None);
    assert_eq!(
        desk.store.contact(&noa).unwrap().owner.as_deref(),
        Some("Yossi")
    );
}

#[test]
fn sharing_state_in_the_top_bar() {
    let mut desk = Desk::demo();
    desk.act(Action::Synced(leadometer::tui::syncing::SyncLine {
        last: Some(now()),
        running: false,
        unpublished: true,
        conflicts: 1,
        failed: None,
        offline: false,
    }));
    assert_eq!(
        desk.state.message.as_deref(),
        Some(
            "The sync found a field changed on two copies at once; the later change was kept, both are on the timeline"
        )
    );
    desk.snapshot("sharing_state");
}
