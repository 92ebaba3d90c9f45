use super::*;
use percent_encoding::percent_decode_str;

fn decoded(encoded: &str) -> String {
    percent_decode_str(encoded)
        .decode_utf8()
        .unwrap()
        .into_owned()
}

/// The value after `key=` in a link's query.
fn value<'a>(link: &'a str, key: &str) -> &'a str {
    let query = link.split_once('?').unwrap().1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{key}=")))
        .unwrap()
}

#[test]
fn whatsapp_links_carry_hebrew_hungarian_emoji_and_line_breaks() {
    let text = "שלום יוסי 🙂\nÁrvíztűrő tükörfúrógép & 100% = ok?";
    let web = whatsapp("+972 52-381-7720", text, WhatsappLink::Web);
    assert!(web.starts_with("https://wa.me/972523817720?text="), "{web}");
    assert_eq!(decoded(value(&web, "text")), text);
    // Nothing that would end or split the value is left as it is.
    assert!(!value(&web, "text").contains(['&', '=', '?', '#', ' ', '\n']));
    let app = whatsapp("+36301234567", "Szia!", WhatsappLink::App);
    assert_eq!(app, "whatsapp://send?phone=36301234567&text=Szia%21");
}

#[test]
fn sms_links_follow_rfc_5724() {
    assert_eq!(
        sms("+972544900148", "hi there"),
        "sms:+972544900148?body=hi%20there"
    );
    assert_eq!(
        decoded(value(&sms("+972544900148", "מחר ב־10?"), "body")),
        "מחר ב־10?"
    );
}

#[test]
fn mailto_links_follow_rfc_6068() {
    let link = mailto(
        "noa@levi.design",
        Some("Ajánlat #12 & more"),
        "Line one\nLine two",
    );
    assert!(
        link.starts_with("mailto:noa@levi.design?subject="),
        "{link}"
    );
    assert_eq!(decoded(value(&link, "subject")), "Ajánlat #12 & more");
    assert_eq!(decoded(value(&link, "body")), "Line one\r\nLine two");
    assert_eq!(mailto("a+b@x.io", None, ""), "mailto:a+b@x.io");
    assert_eq!(mailto("a@x.io", Some(""), "hi"), "mailto:a@x.io?body=hi");
}

proptest::proptest! {
    #[test]
    fn any_text_comes_back_as_written(text in "\\PC{0,80}") {
        let link = whatsapp("+972544900148", &text, WhatsappLink::Web);
        proptest::prop_assert_eq!(decoded(value(&link, "text")), text.clone());
        let link = mailto("a@x.io", Some(&text), "");
        if !text.is_empty() {
            proptest::prop_assert_eq!(decoded(value(&link, "subject")), text);
        }
    }
}
