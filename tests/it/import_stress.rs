//! `import` on files made to break it: each is refused by name and line, with a
//! non-zero exit and the database file byte for byte as it was, and never a panic.
//! Speed is measured by the benches (benches/import.rs), never asserted here.

use crate::common;
use common::Desk;

/// A desk holding one contact, and `bytes` written to its folder as `name`.
fn desk_with(name: &str, bytes: &[u8]) -> (Desk, String) {
    let desk = Desk::new();
    desk.noa();
    let path = desk.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (desk, path.display().to_string())
}

/// Imports `bytes` as the file `name`, which must be refused with an error that
/// names the file and holds `expected`; returns the error.
fn refused(name: &str, bytes: &[u8], expected: &str) -> String {
    let (desk, path) = desk_with(name, bytes);
    let each = ["--dry-run", "--json"].map(|flag| {
        let error = desk.refuses(&["import", path.as_str(), flag], 4);
        assert!(!error.contains("panicked"), "{error}");
        assert!(error.contains(&path), "{name}: {error}");
        error
    });
    let [dry_run, _] = each;
    assert!(dry_run.contains(expected), "{name}: {dry_run}");
    dry_run
}

#[test]
fn a_program_or_a_file_of_nul_bytes_is_no_text() {
    let program = [&b"\x7FELF\x02\x01\x01\x00\x8C\xF3"[..], &[0xAB; 300]].concat();
    for name in ["leadometer.csv", "leadometer.vcf"] {
        refused(name, &program, "line 1 holds a NUL byte");
    }
    refused("zeros.csv", &[0; 10_000], "it looks like a binary file");
    let late = b"BEGIN:VCARD\nFN:Noa\nNOTE:a\0b\nEND:VCARD\n";
    refused("late.vcf", late, "line 3 holds a NUL byte");
}

#[test]
fn a_property_too_big_is_named_with_its_line() {
    let folded = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noa\r\nNOTE:start{}\r\nEND:VCARD\r\n",
        "\r\n abcdefghij".repeat(10_000)
    );
    let error = refused(
        "folded.vcf",
        folded.as_bytes(),
        "the property NOTE holds 97 KiB",
    );
    assert!(error.contains(":4: the property NOTE"), "{error}");
}

#[test]
fn thousands_of_columns_naming_no_contact_are_refused_in_a_line() {
    let headers: Vec<String> = (0..10_000).map(|i| format!("Col{i}")).collect();
    let text = format!("{}\n{}\n", headers.join(","), headers.join(","));
    let error = refused("wide.csv", text.as_bytes(), "(10000 columns in all)");
    assert!(error.len() < 2_000, "{} bytes", error.len());
}

#[test]
fn a_quote_never_closed_and_cards_never_ended_are_named_where_they_start() {
    let rows: String = (0..2_000)
        .map(|i| format!("P{i},p{i}@x.example\n"))
        .collect();
    let unclosed = format!("Name,Email\n\"Never closed,a@b.example\n{rows}");
    let error = refused(
        "unclosed.csv",
        unclosed.as_bytes(),
        ":2: a quote opened here",
    );
    assert!(error.contains("never closed"), "{error}");
    let nested = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:N\r\n".repeat(100);
    refused(
        "nested.vcf",
        nested.as_bytes(),
        ":4: this card has no END:VCARD",
    );
}

/// A FIFO would wait for a writer and /dev/zero never end: both are refused by what
/// they are, before a byte is read, and so is a folder.
#[test]
fn a_fifo_or_a_device_is_refused_without_reading_it() {
    let desk = Desk::new();
    desk.noa();
    let dir = desk.dir.path();
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.csv")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join("pipe.csv"))
        .status()
        .unwrap();
    assert!(made.success());
    std::fs::create_dir(dir.join("folder.csv")).unwrap();
    let before = std::fs::read(&desk.db).unwrap();
    for (name, why) in [
        ("zero.csv", "zero.csv is not a regular file"),
        ("pipe.csv", "pipe.csv is not a regular file"),
        ("folder.csv", "folder.csv is a folder"),
    ] {
        let out = desk
            .cmd()
            .args(["import", dir.join(name).to_str().unwrap()])
            .timeout(std::time::Duration::from_secs(10))
            .assert()
            .code(1)
            .get_output()
            .clone();
        let error = String::from_utf8_lossy(&out.stderr);
        assert!(error.contains(why), "{error}");
        assert_eq!(std::fs::read(&desk.db).unwrap(), before, "{name}");
    }
}
