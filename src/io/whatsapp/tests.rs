//! The chat reader on every layout in FORMATS.md.

use super::*;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, s)
        .unwrap()
}

fn one(text: &str, order: Option<DateOrder>) -> Message {
    let chat = parse(text, order).unwrap();
    assert_eq!(chat.messages.len(), 1, "{chat:?}");
    chat.messages[0].clone()
}

#[test]
fn every_phone_and_locale_layout_is_read() {
    let cases = [
        (
            "1/15/24, 9:05 PM - Sender Name: text",
            at(2024, 1, 15, 21, 5, 0),
        ),
        (
            "1/15/24, 9:05 p.m. - Sender Name: text",
            at(2024, 1, 15, 21, 5, 0),
        ),
        (
            "1/15/24, 9:05\u{202F}PM - Sender Name: text",
            at(2024, 1, 15, 21, 5, 0),
        ),
        (
            "15/01/2024, 21:05 - Sender Name: text",
            at(2024, 1, 15, 21, 5, 0),
        ),
        (
            "15.1.2024, 21:05 - Sender Name: text",
            at(2024, 1, 15, 21, 5, 0),
        ),
        (
            "2024. 01. 15. 21:05 - Sender Name: text",
            at(2024, 1, 15, 21, 5, 0),
        ),
        (
            "[15/01/2024, 21:05:33] Sender Name: text",
            at(2024, 1, 15, 21, 5, 33),
        ),
        (
            "[15.1.2024, 21:05:33] Sender Name: text",
            at(2024, 1, 15, 21, 5, 33),
        ),
        (
            "\u{200E}[15.1.2024, 21:05:33] Sender Name: text",
            at(2024, 1, 15, 21, 5, 33),
        ),
        (
            "12/1/24, 12:05 AM - Sender Name: text",
            at(2024, 12, 1, 0, 5, 0),
        ),
    ];
    for (line, expected) in cases {
        // A day above 12 elsewhere in the file settles the order for the US layout.
        let order = line.starts_with("12/1/24").then_some(DateOrder::Mdy);
        let message = one(line, order);
        assert_eq!(message.at, expected, "{line}");
        assert_eq!(message.sender, "Sender Name", "{line}");
        assert_eq!(message.text, "text", "{line}");
    }
    let hebrew = one("15.1.2024, 21:05 - שם השולח: טקסט", None);
    assert_eq!(
        (hebrew.sender.as_str(), hebrew.text.as_str()),
        ("שם השולח", "טקסט")
    );
    let hungarian = one("2024. 01. 15. 21:05 - Feladó Neve: szöveg", None);
    assert_eq!(hungarian.sender, "Feladó Neve");
}

#[test]
fn lines_without_a_timestamp_continue_the_message() {
    let chat = parse(
        "15/01/2024, 21:05 - Noa: first line\nsecond line\n\nafter a blank\n15/01/2024, 21:06 - Dana: ok",
        None,
    )
    .unwrap();
    assert_eq!(
        chat.messages[0].text,
        "first line\nsecond line\n\nafter a blank"
    );
    assert_eq!(chat.messages[1].line, 5);
}

#[test]
fn system_lines_are_skipped_on_both_phones() {
    let chat = parse(
        "15/01/2024, 21:00 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n\
         15/01/2024, 21:01 - Noa created group \"Kitchen\"\n\
         [15/01/2024, 21:02:00] Kitchen: \u{200E}Messages and calls are end-to-end encrypted.\n\
         15/01/2024, 21:05 - Noa: hello",
        None,
    )
    .unwrap();
    assert_eq!(chat.system_lines, 3);
    assert_eq!(chat.messages.len(), 1);
    assert_eq!(chat.messages[0].text, "hello");
}

#[test]
fn hidden_marks_and_media_placeholders() {
    let chat = parse(
        "15/01/2024, 21:05 - \u{202A}+972 54-490-0148\u{202C}: \u{200E}<Media omitted>\n\
         [15/01/2024, 21:06:00] Noa: \u{200E}image omitted\n\
         [15/01/2024, 21:07:00] Noa: <attached: 00000042-PHOTO-2024-01-15-21-07-00.jpg>\n\
         15/01/2024, 21:08 - Noa: IMG-20240115.jpg (file attached)\n\
         15/01/2024, 21:09 - Noa: the image omitted from the quote was the wrong one",
        None,
    )
    .unwrap();
    let texts: Vec<&str> = chat.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "[media]",
            "[media]",
            "[media]",
            "[media]",
            "the image omitted from the quote was the wrong one"
        ]
    );
    assert_eq!(chat.messages[0].sender, "+972 54-490-0148");
}

#[test]
fn an_ambiguous_date_order_is_refused_with_the_way_out() {
    let text = "01/02/2024, 10:00 - Noa: hi\n03/04/2024, 11:00 - Dana: hello";
    let error = parse(text, None).unwrap_err();
    assert_eq!(
        error,
        ChatError::AmbiguousDates(AmbiguousDates {
            line: 1,
            date: "01/02/2024".into(),
            numbers: [1, 2],
        }),
        "typed, for the desk to ask"
    );
    assert!(
        error.message().contains("--date-order dmy"),
        "{}",
        error.message()
    );
    let chat = parse(text, Some(DateOrder::Mdy)).unwrap();
    assert_eq!(chat.messages[1].at, at(2024, 3, 4, 11, 0, 0));
    let settled = parse(&format!("{text}\n25/04/2024, 09:00 - Noa: later"), None).unwrap();
    assert_eq!(
        settled.messages[0].at,
        at(2024, 2, 1, 10, 0, 0),
        "day-first, from line 3"
    );
}

#[test]
fn a_file_that_is_not_a_chat_says_so() {
    let error = parse("Name,Phone\nNoa,054\n", None).unwrap_err();
    assert_eq!(error.line(), 1);
    assert!(error.message().contains("not a WhatsApp chat export"));
    assert!(parse("", None).is_err());
}

#[test]
fn the_fixture_of_each_layout_reads_to_the_same_shape() {
    let read = |name: &str| {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        parse(&std::fs::read_to_string(path).unwrap(), None).unwrap()
    };
    let first = |chat: &Chat| (chat.messages[0].at, chat.messages[0].sender.clone());
    assert_eq!(
        first(&read("whatsapp-android-he.txt")),
        (at(2024, 1, 15, 21, 5, 0), "נועה לוי".to_string())
    );
    assert_eq!(
        first(&read("whatsapp-android-hu.txt")),
        (at(2024, 1, 15, 21, 5, 0), "Szabó Ödön".to_string())
    );
    let us = read("whatsapp-android-us.txt");
    assert_eq!(
        first(&us),
        (at(2024, 1, 15, 21, 5, 0), "Emma Clarke".to_string())
    );
    assert_eq!(us.messages[2].at, at(2024, 1, 16, 10, 2, 0));
    assert_eq!(us.messages[2].text, "[media]");
    assert_eq!(
        first(&read("whatsapp-ios-dotted.txt")),
        (at(2024, 1, 15, 21, 5, 33), "Noa Levi".to_string())
    );
    for name in ["whatsapp-android.txt", "whatsapp-ios.txt"] {
        assert!(!read(name).messages.is_empty(), "{name}");
    }
}

#[test]
fn a_four_digit_year_is_never_read_as_two_and_must_be_this_century() {
    let chat = "15/01/2024, 21:05 - Noa: hi\n16/01/0000, 09:00 - Noa: when?\n";
    let err = parse(chat, None).unwrap_err();
    assert_eq!(err.line(), 2);
    assert_eq!(
        err.message(),
        "the date \"16/01/0000\" has no year from 2000 to 2099 (read as day/month/year)"
    );
    for (line, order) in [
        ("1/1/1970, 00:00 - Noa: clock reset", DateOrder::Dmy),
        ("1/15/0099, 9:05 PM - Noa: hi", DateOrder::Mdy),
        ("[0024. 01. 15. 21:05:00] Noa: hi", DateOrder::Ymd),
        ("15/01/024, 21:05 - Noa: hi", DateOrder::Dmy),
        ("15/01/99999, 21:05 - Noa: hi", DateOrder::Dmy),
        ("15/01/4294967295, 21:05 - Noa: hi", DateOrder::Dmy),
    ] {
        let err = parse(line, Some(order)).unwrap_err();
        assert!(
            err.message().contains("no year from 2000 to 2099"),
            "{line}: {err:?}"
        );
    }
    assert_eq!(
        one("15/01/99, 21:05 - Noa: hi", None).at,
        at(2099, 1, 15, 21, 5, 0)
    );
    assert_eq!(
        one("15/01/2099, 21:05 - Noa: hi", None).at,
        at(2099, 1, 15, 21, 5, 0)
    );
}

#[test]
fn an_impossible_date_is_quoted_as_written() {
    let err = parse("31/02/2024, 21:05 - Noa: hi", None).unwrap_err();
    assert_eq!(
        err.message(),
        "\"31/02/2024\" is not a date read as day/month/year"
    );
}

fn clock_of(stamp: &str) -> Option<NaiveTime> {
    stamp::read(stamp).map(|stamp| stamp.time)
}

#[test]
fn an_hour_past_any_clock_is_no_timestamp_not_an_overflow() {
    assert_eq!(clock_of("1/15/24, 4294967295:05 PM"), None);
    assert_eq!(clock_of("1/15/24, 24:05 PM"), None);
    assert_eq!(clock_of("1/15/24, 13:05 AM"), None);
    assert_eq!(clock_of("1/15/24, 9:65"), None);
    assert_eq!(
        clock_of("1/15/24, 11:05 PM"),
        NaiveTime::from_hms_opt(23, 5, 0)
    );
}

#[test]
fn a_clock_already_past_noon_or_at_zero_keeps_its_hour_despite_the_marker() {
    assert_eq!(
        clock_of("1/29/18, 23:59 PM"),
        NaiveTime::from_hms_opt(23, 59, 0)
    );
    assert_eq!(
        clock_of("1/30/18, 00:04 AM"),
        NaiveTime::from_hms_opt(0, 4, 0)
    );
    assert_eq!(
        clock_of("1/30/18, 12:04 AM"),
        NaiveTime::from_hms_opt(0, 4, 0)
    );
    assert_eq!(
        clock_of("1/30/18, 12:04 PM"),
        NaiveTime::from_hms_opt(12, 4, 0)
    );
}

#[test]
fn timestamps_of_every_locale_and_era_are_read() {
    let cases = [
        (
            "[21:41:35, 3/27/22] Minh: chào",
            at(2022, 3, 27, 21, 41, 35),
        ),
        ("[3/27/22 21.41.35] Budi: halo", at(2022, 3, 27, 21, 41, 35)),
        ("[3/27/22 21:41:35] Luc: salut", at(2022, 3, 27, 21, 41, 35)),
        ("[2016/08/06 13:23] Ash: hey", at(2016, 8, 6, 13, 23, 0)),
        (
            "2016-08-06, 1:23 p.m. - Ash: hey",
            at(2016, 8, 6, 13, 23, 0),
        ),
        (
            "2022/12/14, 13:34. - Ana: hola",
            at(2022, 12, 14, 13, 34, 0),
        ),
        ("18-03-2022 14:56 - Eva: hallo", at(2022, 3, 18, 14, 56, 0)),
        (
            "18.03.2022, 14:56 - Ivan: привет",
            at(2022, 3, 18, 14, 56, 0),
        ),
        ("14/12/2012 17:02:35: Ana: oi", at(2012, 12, 14, 17, 2, 35)),
        (
            "03/25/2021, 09:12 a. m. - Lucía: hola",
            at(2021, 3, 25, 9, 12, 0),
        ),
        (
            "03/25/2021, 08:49 p.\u{A0}m. - Lucía: hola",
            at(2021, 3, 25, 20, 49, 0),
        ),
        (
            "3/25/21, 8:49\u{202F}PM - Sam: hi",
            at(2021, 3, 25, 20, 49, 0),
        ),
        (
            "2023. 5. 2. 오후 3:04 - 민수: 안녕",
            at(2023, 5, 2, 15, 4, 0),
        ),
        (
            "2023. 5. 2. 오전 12:04 - 민수: 안녕",
            at(2023, 5, 2, 0, 4, 0),
        ),
        ("2023/5/2 下午3:04 - 李明: 你好", at(2023, 5, 2, 15, 4, 0)),
        ("2023/5/2 上午9:10 - 王芳: 早", at(2023, 5, 2, 9, 10, 0)),
        ("2023/5/2 中午12:30 - 王芳: 午饭", at(2023, 5, 2, 12, 30, 0)),
        (
            "١٤\u{200F}/٥\u{200F}/٢٠٢٣، ٣:٠٤ م - أحمد: مرحبا",
            at(2023, 5, 14, 15, 4, 0),
        ),
        ("14/5/2023, 9:10 ص - سارة: أهلا", at(2023, 5, 14, 9, 10, 0)),
        (
            "[14.05.23, 09:10:00 ÖS] Ali: merhaba",
            at(2023, 5, 14, 21, 10, 0),
        ),
        (
            "\u{FEFF}\u{FEFF}[29.01.18, 12:24:03 PM] Bob: hi",
            at(2018, 1, 29, 12, 24, 3),
        ),
        (
            "2024-01-15 21:05 \u{2013} Kim: hi",
            at(2024, 1, 15, 21, 5, 0),
        ),
    ];
    for (line, expected) in cases {
        let message = one(line, Some(DateOrder::Mdy).filter(|_| line.starts_with("0")));
        assert_eq!(message.at, expected, "{line}");
        assert!(!message.sender.is_empty(), "{line}");
    }
}

#[test]
fn a_line_of_a_message_that_only_looks_like_a_2012_stamp_continues_it() {
    let chat = parse(
        "14/12/2012 17:02:35: Ana: agenda\n14/12/2012 18:00: call Rui\n",
        None,
    )
    .unwrap();
    assert_eq!(chat.messages.len(), 1);
    assert_eq!(chat.messages[0].text, "agenda\n14/12/2012 18:00: call Rui");
}

#[test]
fn a_marker_no_locale_writes_makes_no_timestamp() {
    assert_eq!(clock_of("1/15/24, 9:05 XM"), None);
    assert!(parse("1/15/24, 9:05 XM - Sam: hi", None).is_err());
    assert!(!looks_like_chat("Total - Sam: 12:30, 1/2/3"));
}

#[test]
fn a_message_starting_with_a_mark_is_still_a_message() {
    let chat = parse(
        "15/01/2024, 21:05 - Noa: \u{200E}How about tomorrow?\n\
         \u{200E}[15/01/2024, 21:06:00] Dana: \u{200E}Location: https://maps.example.org/?q=1,2\n\
         [15/01/2024, 21:07:00] Dana: \u{200E}Missed voice call",
        None,
    )
    .unwrap();
    let texts: Vec<&str> = chat.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "How about tomorrow?",
            "Location: https://maps.example.org/?q=1,2",
            "Missed voice call"
        ]
    );
    assert_eq!(chat.system_lines, 0);
}

#[test]
fn placeholders_in_every_language_are_media_messages() {
    let placeholders = [
        "\u{200E}Bild weggelassen",
        "Bild weggelassen",
        "\u{200E}image absente",
        "\u{200E}imagen omitida",
        "\u{200E}imagem ocultada",
        "\u{200E}immagine omessa",
        "\u{200E}gambar tidak disertakan",
        "\u{200E}đã bỏ qua hình ảnh",
        "<Media omitted>",
        "<Media weggelaten>",
        "<Без медиафайлов>",
        "<Multimedia omitido>",
        "<Médias omis>",
        "<Média vynechány>",
        "<המדיה הושמטה>",
        "\u{200E}<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>",
        "\u{200E}<Anhang: 00000036-AUDIO-2022-03-27-21-43-56.opus>",
        "Template.docx \u{200E}<attached: 00000048-Template.docx>",
        "\u{200E}Alex.vcf (файл добавлен)",
        "IMG-0001.jpg (bestand bijgevoegd)",
        "PTT-20180129-WA0025.opus (file attached)",
    ];
    for placeholder in placeholders {
        let message = one(&format!("[15/01/2024, 21:05:00] Noa: {placeholder}"), None);
        assert_eq!(message.text, "[media]", "{placeholder}");
    }
    for words in [
        "<3 you",
        "we omitted the second page on purpose, sorry",
        "see notes.txt (attached later, promise)",
    ] {
        let message = one(&format!("15/01/2024, 21:05 - Noa: {words}"), None);
        assert_eq!(message.text, words);
    }
}

#[test]
fn notices_are_skipped_in_every_language_and_deleted_messages_are_kept() {
    let notices = [
        "[3/18/22, 14:56:01] Elon: \u{200E}Messages and calls are end-to-end encrypted.",
        "[3/18/22, 14:56:01] Elon: \u{200E}Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
        "[3/18/22, 14:56:01] Elon: \u{200E}Les messages sont chiffrés de bout en bout.",
        "[3/18/22, 14:56:01] Elon: \u{200E}Los mensajes están cifrados de extremo a extremo.",
        "[3/18/22, 14:56:01] Elon: \u{200E}Protegidas com a criptografia de ponta a ponta.",
        "[3/18/22, 14:56:01] Elon: \u{200E}Pesan terenkripsi secara end-to-end.",
        "[3/18/22, 14:56:01] Elon: \u{200E}Tin nhắn được mã hóa đầu cuối.",
        "[3/18/22, 14:56:01] Elon: \u{200E}Mesajlar uçtan uca şifrelidir.",
        "18.03.2022, 14:56 - Сообщения защищены сквозным шифрованием.",
        "[4/28/22, 20:17:30] Elon: \u{200E}\u{200E}Your security code with Elon changed.",
        "[4/28/22, 20:17:30] Elon: \u{200E}Deine Sicherheitsnummer für Elon hat sich geändert.",
        "[4/28/22, 20:17:30] Team: \u{200E}Elon added Mallory",
        "[4/28/22, 20:17:30] Team: \u{200E}Elon hat Mallory hinzugefügt.",
        "1/29/18, 12:24 PM - You changed the subject to \"Plans: 2018\"",
        "29/01/2013, 12:24 - Owner: Mallory joined",
        "29/01/2013, 12:24 - Owner: Mallory was removed",
        "29/01/2013, 12:24 - Mallory: Changed the group icon",
    ];
    let deleted = [
        "[3/27/22, 21:50:54] Dmitry: \u{200E}You deleted this message.",
        "[3/27/22, 21:50:54] Dmitry: \u{200E}Bạn đã xoá tin nhắn này.",
        "27/03/2022, 21:50 - Eva: Dit bericht is verwijderd",
        "27.03.2022, 21:50 - Ivan: Вы удалили данное сообщение",
    ];
    for notice in notices {
        let chat = parse(notice, Some(DateOrder::Mdy)).unwrap();
        assert_eq!((chat.messages.len(), chat.system_lines), (0, 1), "{notice}");
    }
    for line in deleted {
        let order = if line.starts_with('[') {
            DateOrder::Mdy
        } else {
            DateOrder::Dmy
        };
        let chat = parse(line, Some(order)).unwrap();
        assert_eq!((chat.messages.len(), chat.system_lines), (1, 0), "{line}");
    }
    let words = one(
        "15/01/2024, 21:05 - Noa: our app is end-to-end encrypted now?",
        None,
    );
    assert_eq!(
        words.text, "our app is end-to-end encrypted now?",
        "a person may say it"
    );
}

#[test]
fn month_names_and_words_between_date_and_time_are_read() {
    let cases = [
        ("15 Jan 2024, 21:05 - Sam: hi", at(2024, 1, 15, 21, 5, 0)),
        ("Jan 5, 2024, 9:05 PM - Sam: hi", at(2024, 1, 5, 21, 5, 0)),
        (
            "5. März 2024, 21:05 - Lena: hallo",
            at(2024, 3, 5, 21, 5, 0),
        ),
        (
            "5 juil. 2024 à 21:05 - Luc: salut",
            at(2024, 7, 5, 21, 5, 0),
        ),
        ("5 juin 2024 à 21:05 - Luc: salut", at(2024, 6, 5, 21, 5, 0)),
        ("2024 Dec 5, 21:05 - Kim: hi", at(2024, 12, 5, 21, 5, 0)),
        ("15.1.2024 klo 21.05 - Aino: moi", at(2024, 1, 15, 21, 5, 0)),
    ];
    for (line, expected) in cases {
        let message = one(line, None);
        assert_eq!(message.at, expected, "{line}");
    }
    // A named month settles its own line, never the rest of the file's numbers.
    let text = "5 Jan 2024, 21:05 - Sam: hi\n03/04/2024, 11:00 - Kim: hello";
    assert!(
        parse(text, None)
            .unwrap_err()
            .message()
            .contains("--date-order")
    );
}

#[test]
fn odd_stamps_are_refused_or_read_never_a_panic() {
    let odd = [
        "[",
        "[]",
        "[] : ",
        " - : ",
        "9: - a: b",
        "99999999999999999999/1/1, 1:00 - a: b",
        "1/1/24, 1:00 ٩٩٩٩٩٩٩٩٩٩٩ - a: b",
        "[1/1/24, 1:00 م م م] a: b",
        "Jan Feb Mar Apr May Jun - a: b",
        "1/1/24, 12:00 中午 - a: b",
        "\u{FEFF}\u{200F}\u{2066}",
        "[14:56, 3/18] x: y",
        "1/2/3/4/5/6/7, 8:9 - a: b",
    ];
    for line in odd {
        let _ = parse(line, Some(DateOrder::Dmy));
        let _ = looks_like_chat(line);
    }
    assert_eq!(
        one("1/1/24, 12:00 中午 - a: b", Some(DateOrder::Dmy)).at,
        at(2024, 1, 1, 12, 0, 0)
    );
}

#[test]
fn a_message_with_no_text_is_a_message() {
    for line in [
        "13/03/2024, 10:15 - Dana: ",
        "13/03/2024, 10:15 - Dana:",
        "13/03/2024, 10:15 - Dana: \u{200E}",
        "[13/03/2024, 10:15:00] Dana: \u{200E}",
    ] {
        let message = one(line, None);
        assert_eq!(
            (message.sender.as_str(), message.text.as_str()),
            ("Dana", ""),
            "{line:?}"
        );
    }
    let chat = parse("13/03/2024, 10:15 - You changed this group's icon\n", None).unwrap();
    assert_eq!((chat.messages.len(), chat.system_lines), (0, 1));
}

#[test]
fn the_exporter_is_the_one_whose_deleted_messages_say_you_deleted_them() {
    let exporter = |text: &str| parse(text, None).unwrap().exporter().map(str::to_string);
    assert_eq!(
        exporter(
            "[3/27/22, 21:50:54] Dana K: \u{200E}You deleted this message.\n\
             [3/27/22, 21:54:45] Noa: \u{200E}This message was deleted.\n"
        ),
        Some("Dana K".into())
    );
    assert_eq!(
        exporter("[27.03.22, 21:50:54] Jonas: \u{200E}Du hast diese Nachricht gelöscht.\n"),
        Some("Jonas".into())
    );
    assert_eq!(
        exporter("27.03.2022, 15:14 - Олег: Вы удалили данное сообщение\n"),
        Some("Олег".into())
    );
    assert_eq!(
        exporter("27/03/2022, 15:14 - Noa: This message was deleted\n"),
        None,
        "someone else's deletion"
    );
    assert_eq!(
        exporter("27/03/2022, 15:14 - Noa: why does it say you deleted this message?\n"),
        None,
        "words that quote the notice"
    );
    assert_eq!(
        exporter(
            "27/03/2022, 15:14 - Noa: You deleted this message\n\
             27/03/2022, 15:15 - Dana: You deleted this message\n"
        ),
        None,
        "two senders cannot both be the exporter"
    );
}

#[test]
fn a_sender_shown_by_number_reads_as_that_number() {
    use crate::domain::phone::Region;
    assert_eq!(
        sender_phone("+972 54-490-0148", Region::IL).as_deref(),
        Some("+972544900148")
    );
    assert_eq!(
        sender_phone("06 30 123 4567", Region::HU).as_deref(),
        Some("+36301234567")
    );
    assert_eq!(sender_phone("Noa Levi", Region::IL), None);
    assert_eq!(sender_phone("Noa 2", Region::IL), None);
}
