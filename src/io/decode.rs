//! Turning a file's bytes into text: UTF-8 with or without a byte order mark, UTF-16
//! (little or big endian) with one or told by its zero bytes, or a code page the user
//! names. A legacy code page is refused rather than guessed, because a wrong guess
//! stores mojibake; the refusal names the code page the bytes look like.

use encoding_rs::{DecoderResult, Encoding};

/// The file's text. `encoding` is a label such as "windows-1255".
pub fn decode(bytes: &[u8], encoding: Option<&str>) -> Result<String, String> {
    let text = decode_any(bytes, encoding)?;
    refuse_binary(text.as_bytes())?;
    Ok(text)
}

/// Refuses text holding a NUL character: no CSV or vCard has one, while a workbook,
/// a picture or a program has many, and reading one as text gives garbage headers
/// or advice to try a code page. `text` is UTF-8, or bytes about to be read as it.
pub fn refuse_binary(text: &[u8]) -> Result<(), String> {
    match text.iter().position(|b| *b == 0) {
        None => Ok(()),
        Some(at) => Err(format!(
            "line {} holds a NUL byte (0x00), which no CSV or vCard holds: this is not a \
             text file. If it is an Excel workbook, save it as \"CSV UTF-8\" and import that",
            super::count_line_breaks(&text[..at]) + 1
        )),
    }
}

fn decode_any(bytes: &[u8], encoding: Option<&str>) -> Result<String, String> {
    if let Some(label) = encoding {
        let encoding = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            format!(
                "unknown encoding \"{label}\" (try utf-8, windows-1255 for Hebrew or windows-1250 for Hungarian)"
            )
        })?;
        let bytes = strip_bom(bytes, encoding);
        if encoding.is_ascii_compatible() {
            refuse_binary(bytes)?;
        }
        return strictly(encoding, bytes)
            .map_err(|line| format!("line {line} is not valid {}", encoding.name()));
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        return strictly(encoding, &bytes[bom..])
            .map_err(|line| format!("line {line} is not valid {}", encoding.name()));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return strictly(encoding, bytes).map_err(|line| {
            format!(
                "the file looks like {} without a byte order mark but line {line} is not \
                 valid {0}; say what it is with --encoding",
                encoding.name()
            )
        });
    }
    let bytes = strip_bom(bytes, encoding_rs::UTF_8);
    refuse_binary(bytes)?;
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = super::count_line_breaks(&bytes[..at]) + 1;
            Err(format!(
                "line {line} is not UTF-8 (byte 0x{:02X}). {}, or save the file as \"CSV UTF-8\"",
                bytes[at],
                likely_code_page(bytes).advice()
            ))
        }
    }
}

/// `bytes` read as `encoding`, without a byte order mark and without replacing what
/// cannot be read; Err is the line of the first bytes that cannot (a UTF-16 file of
/// an odd length: its last line).
fn strictly(encoding: &'static Encoding, bytes: &[u8]) -> Result<String, usize> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::new();
    let mut at = 0;
    loop {
        let room = decoder
            .max_utf8_buffer_length_without_replacement(bytes.len() - at)
            .unwrap_or(bytes.len() - at);
        text.reserve(room + 16);
        let (result, read) =
            decoder.decode_to_string_without_replacement(&bytes[at..], &mut text, true);
        at += read;
        match result {
            DecoderResult::InputEmpty => return Ok(text),
            DecoderResult::OutputFull => {}
            DecoderResult::Malformed(..) => {
                return Err(super::count_line_breaks(text.as_bytes()) + 1);
            }
        }
    }
}

/// UTF-16 without a byte order mark, told by its zero bytes: text that is mostly
/// ASCII has a zero as every second byte, after each character (little endian) or
/// before it (big endian). UTF-8 text has no zero bytes at all.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    // Over a third of the pairs carry a zero on one side and (almost) none on the
    // other: a few non-Latin characters (Hebrew, kanji) have no zero byte.
    let telling = |zeros: usize, others: usize| zeros * 3 > pairs && others * 20 < pairs;
    if telling(odd, even) {
        Some(encoding_rs::UTF_16LE)
    } else if telling(even, odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The legacy code page a file that is not UTF-8 most likely is, from its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CodePage {
    ShiftJis,
    Hebrew,
    Cyrillic,
    CentralEuropean,
    WesternEuropean,
}

impl CodePage {
    fn advice(self) -> &'static str {
        match self {
            CodePage::ShiftJis => {
                "It looks like Japanese in Shift_JIS: import it with --encoding shift_jis"
            }
            CodePage::Hebrew => {
                "It looks like Hebrew saved by Excel on Windows: import it with --encoding windows-1255"
            }
            CodePage::Cyrillic => {
                "It looks like Cyrillic saved by Excel on Windows: import it with --encoding windows-1251"
            }
            CodePage::CentralEuropean => {
                "It looks like Hungarian or another Central European language saved by Excel on \
                 Windows: import it with --encoding windows-1250 (or --encoding windows-1252 if \
                 it is Western European)"
            }
            CodePage::WesternEuropean => {
                "It looks like a Western European language saved by Excel on Windows: import it \
                 with --encoding windows-1252 (or --encoding windows-1250 if it is Hungarian or \
                 Central European)"
            }
        }
    }
}

/// Which code page the bytes above 0x7F fit: Shift_JIS when they decode as it into
/// Japanese; Hebrew or Cyrillic when they come in runs (words of non-Latin letters)
/// within the letter range of windows-1255 or windows-1251; otherwise single
/// accented letters among Latin ones, told apart by the letters only one page has.
fn likely_code_page(bytes: &[u8]) -> CodePage {
    if let Some(text) =
        encoding_rs::SHIFT_JIS.decode_without_bom_handling_and_without_replacement(bytes)
    {
        let foreign: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
        let japanese = |c: &char| matches!(*c, '\u{3000}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}');
        if !foreign.is_empty() && foreign.iter().all(japanese) {
            return CodePage::ShiftJis;
        }
    }
    let high: Vec<(usize, u8)> = bytes
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, b)| *b >= 0x80)
        .collect();
    let in_runs = high
        .iter()
        .filter(|(at, _)| {
            let near = |other: Option<&u8>| other.is_some_and(|b| *b >= 0x80);
            near(bytes.get(at + 1))
                || at
                    .checked_sub(1)
                    .is_some_and(|before| near(bytes.get(before)))
        })
        .count();
    if in_runs * 2 > high.len() {
        let hebrew_letters = high
            .iter()
            .filter(|(_, b)| (0xE0..=0xFA).contains(b))
            .count();
        if hebrew_letters * 10 >= high.len() * 9 {
            return CodePage::Hebrew;
        }
        if high.iter().all(|(_, b)| *b >= 0xC0) {
            return CodePage::Cyrillic;
        }
    }
    // ő ű Ő Ű, ě ś ź ł ą and ľ exist in windows-1250 alone; à è ñ ù å ø æ are read
    // as other letters there, so they speak for windows-1252.
    const CENTRAL: &[u8] = &[
        0xF5, 0xFB, 0xD5, 0xDB, 0xEC, 0x9C, 0x9F, 0xB3, 0xB9, 0xBE, 0xA5,
    ];
    const WESTERN: &[u8] = &[0xE0, 0xE8, 0xF1, 0xF9, 0xE5, 0xF8, 0xE6, 0xC0, 0xC8, 0xD1];
    let any_of = |set: &[u8]| high.iter().any(|(_, b)| set.contains(b));
    if !any_of(CENTRAL) && any_of(WESTERN) {
        CodePage::WesternEuropean
    } else {
        CodePage::CentralEuropean
    }
}

fn strip_bom<'a>(bytes: &'a [u8], encoding: &'static Encoding) -> &'a [u8] {
    match Encoding::for_bom(bytes) {
        Some((found, length)) if found == encoding => &bytes[length..],
        _ => bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_bom_and_utf16_with_one() {
        assert_eq!(decode("שם,טלפון".as_bytes(), None).unwrap(), "שם,טלפון");
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], "Név".as_bytes()].concat();
        assert_eq!(decode(&with_bom, None).unwrap(), "Név");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Noa".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16, None).unwrap(), "Noa");
    }

    #[test]
    fn utf16_without_a_bom_is_told_by_its_zero_bytes() {
        let text = "Name,Email\r\nMaya Doron,maya@doron.example\r\nשרה,s@x.example\r\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le, None).unwrap(), text);
        assert_eq!(decode(&be, None).unwrap(), text);
        assert_eq!(utf16_without_bom("Noa,Dana".as_bytes()), None);
    }

    #[test]
    fn a_refused_code_page_is_named_from_its_bytes() {
        let (japanese, _, _) = encoding_rs::SHIFT_JIS.encode("名前,メール\n山田花子,h@y.example\n");
        let error = decode(&japanese, None).unwrap_err();
        assert!(error.contains("--encoding shift_jis"), "{error}");
        assert!(!error.contains("windows-125"), "{error}");
        let (hebrew, _, _) = encoding_rs::WINDOWS_1255.encode("שם,טלפון\nיוסי מזרחי,050\n");
        assert_eq!(likely_code_page(&hebrew), CodePage::Hebrew);
        let (russian, _, _) = encoding_rs::WINDOWS_1251.encode("Имя,Телефон\nИван Петров,1\n");
        assert_eq!(likely_code_page(&russian), CodePage::Cyrillic);
        let (hungarian, _, _) = encoding_rs::WINDOWS_1250.encode("Név,Cég\nKőműves Győző,Fű Kft\n");
        assert_eq!(likely_code_page(&hungarian), CodePage::CentralEuropean);
        let (french, _, _) = encoding_rs::WINDOWS_1252.encode("Nom,Société\nHélène Màrtin,Crème\n");
        assert_eq!(likely_code_page(&french), CodePage::WesternEuropean);
    }

    #[test]
    fn the_first_bad_byte_is_on_the_same_line_whatever_the_line_endings() {
        for ending in ["\n", "\r\n", "\r"] {
            let text = ["Name", "Noa", "", "N\u{e9}v"].join(ending);
            let bytes = encoding_rs::WINDOWS_1250.encode(&text).0;
            let error = decode(&bytes, None).unwrap_err();
            assert!(
                error.starts_with("line 4 is not UTF-8"),
                "{ending:?}: {error}"
            );
        }
    }

    #[test]
    fn a_binary_file_is_refused_as_no_text_whatever_the_encoding_named() {
        let program = [&b"\x7FELF\x02\x01\x01\x00\x8C\xF3"[..], &[0; 64]].concat();
        for encoding in [None, Some("windows-1250"), Some("utf-8")] {
            let error = decode(&program, encoding).unwrap_err();
            assert!(
                error.starts_with("line 1 holds a NUL byte (0x00)"),
                "{encoding:?}: {error}"
            );
            assert!(!error.contains("Hungarian"), "{error}");
        }
        let late = decode(b"Name\nNoa\n\0", None).unwrap_err();
        assert!(late.starts_with("line 3 holds a NUL byte"), "{late}");
        assert!(decode(&[0; 4096], None).is_err());
        // UTF-16's zero bytes are no NUL characters.
        assert_eq!(
            decode(&utf16le("Name\nNoa\n"), None).unwrap(),
            "Name\nNoa\n"
        );
    }

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn utf16_cut_short_is_refused_at_its_last_line() {
        let text = "Name,Email\r\nNoa,n@x.example\r\nDan,d@x.example";
        let le = utf16le(text);
        let odd = [&[0xFF, 0xFE][..], &le, b"A"].concat();
        assert_eq!(
            decode(&odd, None).unwrap_err(),
            "line 3 is not valid UTF-16LE"
        );
        let error = decode(&[&le[..], b"A"].concat(), None).unwrap_err();
        assert!(
            error.contains("but line 3 is not valid UTF-16LE"),
            "{error}"
        );
        let error = decode(&[&le[..], b"A"].concat(), Some("utf-16le")).unwrap_err();
        assert_eq!(error, "line 3 is not valid UTF-16LE");
        assert_eq!(decode(&le, Some("utf-16le")).unwrap(), text);
    }

    #[test]
    fn a_code_page_is_refused_unless_named_and_then_read_exactly() {
        // "שלום" and "Szabó Ödön" as Excel saves them on Windows.
        let hebrew = [0xF9, 0xEC, 0xE5, 0xED];
        let error = decode(&hebrew, None).unwrap_err();
        assert!(error.contains("--encoding windows-1255"), "{error}");
        assert!(error.starts_with("line 1 "), "{error}");
        assert_eq!(decode(&hebrew, Some("windows-1255")).unwrap(), "שלום");
        let hungarian = b"Szab\xF3 \xD6d\xF6n";
        assert_eq!(
            decode(hungarian, Some("windows-1250")).unwrap(),
            "Szabó Ödön"
        );
        assert!(
            decode(b"x", Some("klingon"))
                .unwrap_err()
                .contains("unknown encoding")
        );
    }
}
