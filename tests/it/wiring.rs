//! Every test file is part of a test binary: a file cargo does not build is a test
//! that silently never runs.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Binaries of their own, each a `tests/NAME/main.rs` cargo builds on its own
/// (beside `it`, the one binary of every other test).
const OWN_BINARIES: &[&str] = &["it", "pty"];

fn tests_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The `mod name;` lines of a module file (attributes and `pub` allowed before them).
fn declared_modules(file: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            let line = line.strip_prefix("pub ").unwrap_or(line);
            let name = line.strip_prefix("mod ")?.strip_suffix(';')?;
            Some(name.trim().to_string())
        })
        .collect()
}

/// The `.rs` files directly in a folder, by module name.
fn rust_files(folder: &Path) -> BTreeSet<String> {
    let Ok(entries) = fs::read_dir(folder) else {
        return BTreeSet::new();
    };
    entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// Checks that `module_file` declares every file in `children`, recursing into the
/// folders of the modules it declares; returns the files left out.
fn unwired(module_file: &Path, children: &Path) -> Vec<String> {
    let declared = declared_modules(module_file);
    let mut missing = Vec::new();
    for name in rust_files(children) {
        if name == "main" {
            continue;
        }
        let file = children.join(format!("{name}.rs"));
        if !declared.contains(&name) {
            missing.push(format!(
                "{} is not declared in {} (add `mod {name};`)",
                file.display(),
                module_file.display()
            ));
            continue;
        }
        missing.extend(unwired(&file, &children.join(&name)));
    }
    missing
}

#[test]
fn every_test_file_is_wired_into_a_binary() {
    let tests = tests_folder();
    let mut missing = Vec::new();
    for binary in OWN_BINARIES {
        let folder = tests.join(binary);
        missing.extend(unwired(&folder.join("main.rs"), &folder));
    }
    for name in rust_files(&tests) {
        missing.push(format!(
            "tests/{name}.rs builds a test binary of its own: move it into tests/it/ \
             and declare it in tests/it/main.rs"
        ));
    }
    for folder in fs::read_dir(&tests).unwrap().map(|e| e.unwrap().path()) {
        let name = folder.file_name().unwrap().to_string_lossy().into_owned();
        let known = OWN_BINARIES.contains(&name.as_str()) || name == "fixtures";
        if folder.is_dir() && !known && !rust_files(&folder).is_empty() {
            missing.push(format!("tests/{name}/ holds Rust files no binary declares"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn an_undeclared_file_is_found() {
    let folder = tempfile::tempdir().unwrap();
    fs::write(folder.path().join("main.rs"), "mod wired;\n").unwrap();
    fs::write(folder.path().join("wired.rs"), "pub mod inner;\n").unwrap();
    fs::create_dir(folder.path().join("wired")).unwrap();
    fs::write(folder.path().join("wired/inner.rs"), "").unwrap();
    fs::write(folder.path().join("wired/forgotten.rs"), "").unwrap();
    fs::write(folder.path().join("stray.rs"), "").unwrap();
    let missing = unwired(&folder.path().join("main.rs"), folder.path());
    assert_eq!(missing.len(), 2, "{missing:#?}");
    for left_out in ["stray.rs", "wired/forgotten.rs"] {
        assert!(missing.iter().any(|m| m.contains(left_out)), "{missing:#?}");
    }
}

/// Every `snapshot("name")` under tests/it, with the file it is in.
fn snapshot_names(folder: &Path, found: &mut Vec<(String, String)>) {
    for path in fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()) {
        if path.is_dir() {
            snapshot_names(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            let mut from = 0;
            while let Some(at) = text[from..].find("snapshot(\"") {
                let start = from + at + "snapshot(\"".len();
                let Some(len) = text[start..].find('"') else {
                    break;
                };
                found.push((
                    text[start..start + len].to_string(),
                    path.display().to_string(),
                ));
                from = start + len;
            }
        }
    }
}

/// Two tests writing one snapshot would overwrite each other's file: whichever
/// runs last wins, and the other fails on a clean checkout.
#[test]
fn no_two_screen_tests_share_a_snapshot_name() {
    let mut found = Vec::new();
    snapshot_names(&tests_folder().join("it"), &mut found);
    found.sort();
    let shared: Vec<String> = found
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| format!("{} in {} and {}", pair[0].0, pair[0].1, pair[1].1))
        .collect();
    assert!(found.len() > 50, "the snapshots were found");
    assert!(shared.is_empty(), "{}", shared.join("\n"));
}
