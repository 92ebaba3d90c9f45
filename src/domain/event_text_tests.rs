use super::*;
use crate::i18n::scoped;

/// One text of each form, as the rules write it (`store/rules`).
const WRITTEN: &[&str] = &[
    "status new → attempting: first attempt to reach them (whatsapp)",
    "status attempting → connected: they answered (call)",
    "status new → disqualified: no budget",
    "status connected → nurturing",
    "status connected → attempting: the timeline was corrected (call)",
    "lifecycle lead → opportunity: deal \"Kitchen\" opened",
    "lifecycle opportunity → customer: deal \"Kitchen\" won",
    "lifecycle opportunity → lead: deal \"Kitchen\" lost (price)",
    "owner: kept \"Dana\" (Dana, 12 Mar 09:00), overwritten nothing (Avi, 12 Mar 08:00)",
    "lifecycle lead → mql: score 42 ≥ 40",
    "lifecycle mql → sql",
    "lifecycle sql → opportunity: worked by Dana",
    "owner nobody → Dana",
    "deal \"Kitchen\" Call → Quote",
    "deal \"Kitchen\" Quote → Lost: price",
    "deal \"Kitchen\" opened in Call",
    "deal \"Kitchen\" edited: amount, close date",
    "deal \"Kitchen\" deleted (12,500 ILS, Quote)",
    "imported from leads.csv, line 12",
    "merged with line 3 of leads.csv",
    "1 WhatsApp message imported from chat.txt",
    "14 WhatsApp messages imported from chat.txt",
    "corrected 2 WhatsApp messages as sent by you, from chat.txt",
    "came back via Facebook ad: added again as \"Dana Levi\"",
    "came back: added again as \"Dana Levi\"",
    "expired: untouched for 30 days or more",
    "no longer expired: touched again",
    "assigned to Dana: rule \"Facebook to Dana\"",
    "assigned to Avi: hand-off to sales (became SQL)",
    "rule \"Facebook to Dana\" matched, but everyone has 5 open leads or more",
    "No owner has room (all at sales_max_open = 5); waiting for an owner",
    "convert: deal \"Kitchen\" opened in Call (by Dana)",
    "nurture: keep in touch for later (by Dana)",
    "nurture: not now (by Dana)",
    "drop: spam (by Dana)",
    "merged with Dana (id c-1): same number +972544900148 once stored two ways",
    "merged into Dana (id c-1): same number +972544900148 once stored two ways",
];

/// English words of the forms that no translation keeps (names and files aside).
const ENGLISH: &[&str] = &[
    "status ",
    "lifecycle ",
    "owner ",
    "deal \"",
    "imported",
    "merged",
    "came back",
    "expired",
    "assigned",
    "rule \"",
    "No owner",
    "convert",
    "nurture",
    "drop",
    "answered",
    "attempt",
    "corrected",
    "score",
    "worked by",
    "hand-off",
    "same number",
    "attempting",
    "connected",
    "kept",
    "overwritten",
    " won",
    " lost",
    "(call)",
    "opportunity",
    "customer",
    "disqualified",
    "nurturing",
    "no budget",
    "Quote",
    "Lost",
    "price",
    "opened",
    "edited",
    "deleted",
    "amount",
    "close date",
    "not now",
    "spam",
    "touched",
    "by Dana",
    "nobody",
    "mql",
    "sql",
];

#[test]
fn every_form_the_rules_write_is_said_again_in_hebrew_and_hungarian() {
    for lang in [Lang::He, Lang::Hu] {
        let _speaking = scoped(lang);
        for text in WRITTEN {
            let shown = shown(text);
            for english in ENGLISH {
                // "spam" is Hungarian too.
                if lang == Lang::Hu && *english == "spam" {
                    continue;
                }
                assert!(
                    !shown.contains(english),
                    "{lang:?}: {text:?} is shown as {shown:?}, still saying {english:?}"
                );
            }
        }
    }
}

#[test]
fn names_files_and_numbers_are_kept() {
    let _speaking = scoped(Lang::Hu);
    let came_back = shown("came back via Facebook ad: added again as \"Dana Levi\"");
    assert!(
        came_back.contains("Facebook ad") && came_back.contains("Dana Levi"),
        "{came_back}"
    );
    let merged = shown("merged with line 3 of leads.csv");
    assert!(
        merged.contains('3') && merged.contains("leads.csv"),
        "{merged}"
    );
    let moved = shown("lifecycle lead → mql: score 42 ≥ 40");
    assert!(moved.contains("42") && moved.contains("40"), "{moved}");
}

#[test]
fn english_and_unknown_forms_are_shown_as_stored() {
    let _english = scoped(Lang::En);
    for text in WRITTEN {
        assert_eq!(shown(text), *text);
    }
    let _speaking = scoped(Lang::He);
    for text in [
        "something a newer version wrote",
        "",
        "status",
        "→",
        "deal \"\" → ",
    ] {
        assert_eq!(shown(text), text);
    }
}

#[test]
fn every_pattern_compiles() {
    assert!(EVENTS.all_compile() && WHYS.all_compile());
}

proptest::proptest! {
    #[test]
    fn any_text_is_shown_without_a_panic(text in "\\PC{0,80}") {
        let _speaking = scoped(Lang::Hu);
        let _ = shown(&text);
        let _ = shown(&format!("status {text} → {text}: {text}"));
        let _ = shown(&format!("deal \"{text}\" {text} → {text}"));
    }
}

#[test]
fn the_readmes_example_reads_as_it_says() {
    let _speaking = scoped(Lang::Hu);
    assert_eq!(
        shown("status new → connected: they answered (call)"),
        "állapot: új → elérve: válaszoltak (hívás)"
    );
}
