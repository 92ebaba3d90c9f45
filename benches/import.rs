//! Importing: a generated CSV of contacts, and a 40,000-message WhatsApp chat, each
//! parsed and stored in one transaction into a fresh file, as `import` does.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use leadometer::domain::{Contact, Direction};
use leadometer::store::{ChatMessage, Store, new_id};
use std::fmt::Write;
use std::time::Duration as StdDuration;

/// `rows` contacts with a name, an Israeli mobile, an email, a company and a source.
fn contacts_csv(rows: usize) -> String {
    let names = [
        "Noa Levi",
        "Dana Cohen",
        "Szabó Ödön",
        "Kovács Eszter",
        "Emma Clarke",
    ];
    let mut csv = String::from("Name,Phone,Email,Company,Source\n");
    for i in 0..rows {
        let name = names[i % names.len()];
        let _ = writeln!(
            csv,
            "{name},05{}-{:03}-{:04},person{i}@example.com,Company {},Web form",
            [0, 2, 4, 8][i % 4],
            i / 10_000 % 1000,
            i % 10_000,
            i % 500
        );
    }
    csv
}

/// A chat of `messages` lines, day-first, one in ten running onto a second line.
fn chat(messages: usize) -> String {
    let start = NaiveDate::from_ymd_opt(2023, 1, 1)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap();
    let mut text = String::new();
    for i in 0..messages {
        let at = start + Duration::minutes(7 * i as i64);
        let who = if i % 3 == 0 { "Dana" } else { "Noa Levi" };
        let _ = write!(
            text,
            "{} - {who}: message {i} about the kitchen",
            at.format("%d/%m/%Y, %H:%M")
        );
        if i % 10 == 0 {
            text.push_str("\nand a second line");
        }
        text.push('\n');
    }
    text
}

/// One contact whose row has `columns` phone columns, each a different number.
fn wide_row_csv(columns: usize) -> String {
    let headers = vec!["Phone"; columns].join(",");
    let phones: Vec<String> = (0..columns).map(|i| format!("+3630{i:07}")).collect();
    format!("Name,{headers}\nNoa,{}\n", phones.join(","))
}

/// Parsing one row of 10,000 and of 100,000 phone columns: the time per column
/// (the throughput) stays the same when the row is read in linear time. Adding each
/// phone after a scan of those before made the 100,000 ten times slower per column.
fn wide_rows(c: &mut Criterion) {
    let region = leadometer::domain::phone::parse_region("HU").unwrap();
    let mut group = c.benchmark_group("import_wide_row");
    group
        .sample_size(10)
        .measurement_time(StdDuration::from_secs(20));
    for columns in [10_000, 100_000] {
        let csv = wide_row_csv(columns);
        group.throughput(Throughput::Elements(columns as u64));
        group.bench_function(format!("csv_{columns}_phone_columns"), |b| {
            b.iter(|| leadometer::io::csv::parse(&csv, None, region, "bench"))
        });
    }
    group.finish();
}

/// Files made to be slow, each read at the time per byte a plain file takes: a header
/// of 10,000 columns no synonym names (each header was compared with every synonym
/// folded anew, 17 s/MB), and one quoted-printable value softly broken over 200,000
/// lines (each break looked through the whole value so far, 4.8 s/MB).
fn pathological(c: &mut Criterion) {
    let region = leadometer::domain::phone::parse_region("IL").unwrap();
    let mut group = c.benchmark_group("import_pathological");
    group.sample_size(10);
    let headers: Vec<String> = (0..10_000).map(|i| format!("Col{i}")).collect();
    let csv = format!(
        "Name,{}
Noa,{}
",
        headers.join(","),
        headers.join(",")
    );
    group.throughput(Throughput::Bytes(csv.len() as u64));
    group.bench_function("csv_10000_unnamed_columns", |b| {
        b.iter(|| leadometer::io::csv::parse(&csv, None, region, "bench"))
    });
    let vcf = format!(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Noa\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{}x\r\n\
         END:VCARD\r\n",
        "=41=\r\n".repeat(200_000)
    );
    group.throughput(Throughput::Bytes(vcf.len() as u64));
    group.bench_function("vcard_200000_soft_breaks", |b| {
        b.iter(|| leadometer::io::vcard::parse(&vcf, region, "bench"))
    });
    group.finish();
}

fn import(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2024, 3, 12, 9, 0, 0).unwrap();
    let config = leadometer::config::Config::parse("user = \"bench\"\nregion = \"IL\"\n").unwrap();
    let region = leadometer::domain::phone::parse_region("IL").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("import");
    group
        .sample_size(10)
        .measurement_time(StdDuration::from_secs(20));

    let rows = 10_000;
    let csv = contacts_csv(rows);
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function("csv_10000_rows", |b| {
        b.iter(|| {
            let path = dir.path().join(format!("{}.db", new_id()));
            let mut store = Store::open(&path, &config).unwrap();
            let parsed = leadometer::io::csv::parse(&csv, None, region, "bench");
            let records: Vec<_> = parsed
                .records
                .iter()
                .map(|r| (r.line, &r.contact))
                .collect();
            store
                .import_contacts(now, "bench.csv", &records, false)
                .unwrap()
        })
    });

    let text = chat(40_000);
    group.throughput(Throughput::Elements(40_000));
    group.bench_function("whatsapp_40000_messages", |b| {
        b.iter(|| {
            let path = dir.path().join(format!("{}.db", new_id()));
            let mut store = Store::open(&path, &config).unwrap();
            let noa = Contact::new_lead(new_id(), "Noa Levi".into(), now, "bench");
            store.insert_contact(now, &noa).unwrap();
            let parsed = leadometer::io::whatsapp::parse(&text, None).unwrap();
            let messages: Vec<ChatMessage> = parsed
                .messages
                .iter()
                .map(|m| ChatMessage {
                    at: m.at.and_utc(),
                    direction: if m.sender == "Dana" {
                        Direction::Out
                    } else {
                        Direction::In
                    },
                    text: m.text.clone(),
                    on_timeline_of: None,
                    from: None,
                })
                .collect();
            store
                .import_chat(now, "chat.txt", &noa.id, &messages, false)
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, import, wide_rows, pathological);
criterion_main!(benches);
