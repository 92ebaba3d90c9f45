//! Turning a file's bytes into text: UTF-8 with or without a byte order mark, UTF-16
//! with one, or a code page the user names. Anything else is refused rather than
//! guessed, because a wrong guess stores mojibake.

use encoding_rs::Encoding;

/// The file's text. `encoding` is a label such as "windows-1255".
pub fn decode(bytes: &[u8], encoding: Option<&str>) -> Result<String, String> {
    if let Some(label) = encoding {
        let encoding = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            format!(
                "unknown encoding \"{label}\" (try utf-8, windows-1255 for Hebrew or windows-1250 for Hungarian)"
            )
        })?;
        let bytes = strip_bom(bytes, encoding);
        return encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| text.into_owned())
            .ok_or_else(|| format!("the file is not valid {}", encoding.name()));
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        return encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
            .map(|text| text.into_owned())
            .ok_or_else(|| format!("the file is not valid {}", encoding.name()));
    }
    let bytes = strip_bom(bytes, encoding_rs::UTF_8);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = super::count_line_breaks(&bytes[..at]) + 1;
            Err(format!(
                "line {line} is not UTF-8 (byte 0x{:02X}). Excel saves CSV in the Windows code page: \
                 say which with --encoding windows-1255 (Hebrew) or --encoding windows-1250 (Hungarian), \
                 or save the file as \"CSV UTF-8\"",
                bytes[at]
            ))
        }
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
