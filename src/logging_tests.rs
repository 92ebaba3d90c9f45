use super::*;

/// Runs `log` with the file layer alone writing into `dir`, as `init` sets it up.
fn logged_into(dir: &Path, verbosity: u8, env: Option<&str>, log: impl FnOnce()) {
    let file = PrivateDailyFile::open(dir).expect("the log folder can be written");
    let (filter, _) = file_filter(verbosity, env);
    let layer = fmt::layer()
        .with_writer(file)
        .with_ansi(false)
        .fmt_fields(cleaned_fields())
        .with_filter(filter);
    tracing::subscriber::with_default(tracing_subscriber::registry().with(layer), log);
}

fn todays_log(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(file_name(&today()))).unwrap()
}

#[test]
fn the_file_keeps_info_and_above_cleaned_of_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join("state");
    logged_into(&logs, 0, None, || {
        tracing::debug!("not kept at the default level");
        tracing::info!(file = %"evil\u{1b}]52;c;ZXZpbA==\u{7}.csv", "imported");
        // A field given as a plain string is written as Rust quotes it: escaped.
        tracing::info!(name = "Noa\u{1b}[2J", "quoted");
        tracing::warn!("sync failed: no folder \u{9b}31m/share\nsecond line");
    });
    let text = todays_log(&logs);
    assert!(!text.contains("not kept"), "{text}");
    assert!(text.contains("imported file="), "{text}");
    assert!(
        text.contains("file=evil.csv"),
        "the sequence is gone whole: {text}"
    );
    assert!(
        text.contains("sync failed: no folder 31m/share second line"),
        "{text}"
    );
    assert!(text.contains(r#"quoted name="Noa\u{1b}[2J""#), "{text}");
    // One line an event, and nothing but printable text on each.
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        text.lines().all(|line| !line.chars().any(char::is_control)),
        "{text:?}"
    );
    assert!(text.contains(" WARN "), "{text}");
}

#[test]
fn verbosity_and_the_environment_choose_the_level() {
    let dir = tempfile::tempdir().unwrap();
    logged_into(dir.path(), 2, None, || tracing::debug!("debug with -vv"));
    logged_into(dir.path(), 0, Some("leadometer=trace"), || {
        tracing::trace!("trace from the environment")
    });
    logged_into(dir.path(), 0, Some("leadometer=error"), || {
        tracing::warn!("below what the environment asked")
    });
    let text = todays_log(dir.path());
    assert!(text.contains("debug with -vv"), "{text}");
    assert!(text.contains("trace from the environment"), "{text}");
    assert!(!text.contains("below what"), "{text}");
    assert_eq!(level_for(0), None);
    assert_eq!(level_for(1), Some("info"));
    assert_eq!(level_for(3), Some("trace"));
    assert_eq!(level_for(9), Some("trace"));
    assert!(stderr_filter(0, None).is_none(), "quiet without -v");
    assert!(stderr_filter(1, None).is_some());
    let (_, problem) = file_filter(0, Some("leadometer=loud"));
    assert!(problem.is_some_and(|p| p.contains("loud")));
}

#[test]
fn an_unwritable_log_folder_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let blocked = dir.path().join("a-file");
    std::fs::write(&blocked, "").unwrap();
    assert!(PrivateDailyFile::open(&blocked.join("logs")).is_none());
}

#[cfg(unix)]
#[test]
fn the_folder_and_the_file_are_owner_only_and_old_ones_are_tightened() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join("logs");
    std::fs::create_dir(&logs).unwrap();
    std::fs::set_permissions(&logs, std::fs::Permissions::from_mode(0o755)).unwrap();
    let file = logs.join(file_name(&today()));
    std::fs::write(&file, "before\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    logged_into(&logs, 0, None, || tracing::info!("after"));
    assert_eq!(mode(&logs), 0o700);
    assert_eq!(mode(&file), 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("before\n") && text.contains("after"),
        "{text}"
    );
    let fresh = dir.path().join("fresh");
    logged_into(&fresh, 0, None, || tracing::info!("first"));
    assert_eq!(mode(&fresh), 0o700);
    assert_eq!(mode(&fresh.join(file_name(&today()))), 0o600);
}
