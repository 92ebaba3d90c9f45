//! The store is built in layers, each using only the ones below it, and the domain
//! and parsers know nothing of the store or of the programs built on them. This
//! reads the source and names every import that breaks the order (file, line and
//! the import), and every circle between modules of one layer.
//!
//! Test code (`*_tests.rs`, `tests.rs`, inline `#[cfg(test)] mod … { }`) is not
//! held to the order: it builds its fixtures through the whole store.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The store's layers, lowest first: a module may use its own layer and those
/// before it. The first segment of a module path under `store` names its layer.
const LAYERS: &[(&str, &[&str])] = &[
    ("error", &["error"]),
    ("rows", &["rows"]),
    ("search", &["search"]),
    ("rules", &["rules"]),
    ("reports", &["reports"]),
    ("file", &["file"]),
    ("sync", &["sync"]),
    ("safety", &["safety"]),
];

/// Files at the top of `store` that hold the handle over every layer: they may
/// use all of them.
const HANDLE: &[&str] = &["", "open", "busy", "demo", "demo_history", "cost_tests"];

/// What every layer may name from the store's root: the handle, to add its
/// methods or take it as an argument, and the error type (store/error.rs).
const ROOT_NAMES: &[(&str, &str)] = &[
    ("Store", "handle"),
    ("Result", "error"),
    ("StoreError", "error"),
];

/// Parts of the crate the domain and the parsers must never use.
const ABOVE_DOMAIN: &[&str] = &["store", "cli", "tui", "sync", "server", "import"];

#[derive(Debug)]
struct Import {
    file: PathBuf,
    line: usize,
    text: String,
    /// The path, with `super`, `self` and child modules made absolute from the
    /// crate root (`crate::store::rows::contacts::load_contact`), split.
    path: Vec<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn is_test_file(file: &Path) -> bool {
    let name = file.file_name().unwrap().to_string_lossy();
    name == "tests.rs" || name.ends_with("_tests.rs")
}

/// The module path of a file below `src`: src/store/rows/mod.rs is
/// `crate::store::rows`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root().join("src")).unwrap();
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    let mut path = vec!["crate".to_string()];
    path.extend(parts);
    path
}

/// The lines of `text` that are not test code, with their numbers, comments cut.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut lines = Vec::new();
    let mut test_module_depth: Option<i64> = None;
    let mut after_cfg_test = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split("//").next().unwrap_or("").trim().to_string();
        if let Some(depth) = test_module_depth.as_mut() {
            *depth += line.matches('{').count() as i64 - line.matches('}').count() as i64;
            if *depth <= 0 {
                test_module_depth = None;
            }
            continue;
        }
        if line == "#[cfg(test)]" {
            after_cfg_test = true;
            continue;
        }
        if after_cfg_test && line.starts_with("#[") {
            continue;
        }
        if after_cfg_test && line.contains("mod ") && line.ends_with('{') {
            after_cfg_test = false;
            test_module_depth = Some(1);
            continue;
        }
        after_cfg_test = false;
        lines.push((i + 1, line));
    }
    lines
}

/// `a::{b, c::{d, e as f}, self}` as its whole paths: `a::b`, `a::c::d`, `a::c::e`, `a`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap().trim();
        return vec![path.trim_end_matches("::self").to_string()];
    };
    let prefix = tree[..open].trim_end_matches("::");
    let inner = &tree[open + 1..tree.rfind('}').unwrap()];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|rest| match rest.as_str() {
            "self" => prefix.to_string(),
            _ if prefix.is_empty() => rest,
            _ => format!("{prefix}::{rest}"),
        })
        .collect()
}

/// Every path a file names: its `use` declarations, and `crate::…`, `super::…`
/// and `self::…` paths written in its code.
fn imports_of(file: &Path, modules: &BTreeSet<Vec<String>>) -> Vec<Import> {
    let text = fs::read_to_string(file).unwrap();
    let here = module_of(file);
    let mut imports = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (number, line) in code_lines(&text) {
        let start = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|p| line.strip_prefix(p));
        let statement = match (pending.take(), start) {
            (Some((first, mut so_far)), _) => {
                so_far.push_str(&line);
                Some((first, so_far))
            }
            (None, Some(rest)) => Some((number, rest.to_string())),
            (None, None) => None,
        };
        if let Some((first, so_far)) = statement {
            if !so_far.contains(';') {
                pending = Some((first, so_far));
                continue;
            }
            let tree = so_far.split(';').next().unwrap().to_string();
            for path in expand(&tree) {
                let text = format!("use {path}");
                imports.extend(absolute(&here, &path, modules).map(|path| Import {
                    file: file.to_path_buf(),
                    line: first,
                    text,
                    path,
                }));
            }
            continue;
        }
        for path in inline_paths(&line) {
            imports.extend(absolute(&here, &path, modules).map(|resolved| Import {
                file: file.to_path_buf(),
                line: number,
                text: path.clone(),
                path: resolved,
            }));
        }
    }
    imports
}

/// The `crate::…`, `super::…` and `self::…` paths in one line of code.
fn inline_paths(line: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        if !line.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &line[i..];
        let starts = ["crate::", "super::", "self::"]
            .iter()
            .any(|p| rest.starts_with(p));
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let after_colons = i >= 2 && bytes[i - 2] == b':' && bytes[i - 1] == b':';
        if starts && boundary && !after_colons {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            paths.push(rest[..end].trim_end_matches(':').to_string());
            i += end.max(1);
        } else {
            i += 1;
        }
    }
    paths
}

/// `path` as written in module `here`, from the crate root; None for another crate.
fn absolute(here: &[String], path: &str, modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut segments: Vec<String> = path.split("::").map(str::to_string).collect();
    let mut base: Vec<String> = here.to_vec();
    match segments.first().map(String::as_str) {
        Some("crate") => return Some(segments),
        Some("self") => {
            segments.remove(0);
        }
        Some("super") => {
            while segments.first().is_some_and(|s| s == "super") {
                segments.remove(0);
                base.pop();
            }
        }
        Some(first) => {
            let mut child = here.to_vec();
            child.push(first.to_string());
            if !modules.contains(&child) {
                return None; // another crate, or a name in scope
            }
        }
        None => return None,
    }
    base.extend(segments);
    Some(base)
}

/// The module a resolved path lands in (its longest prefix that is a module), and
/// what follows it.
fn split_target<'a>(
    path: &'a [String],
    modules: &BTreeSet<Vec<String>>,
) -> (&'a [String], &'a [String]) {
    let cut = (1..=path.len())
        .rev()
        .find(|&n| modules.contains(&path[..n].to_vec()))
        .unwrap_or(0);
    path.split_at(cut)
}

fn layer_of(module: &[String]) -> Option<usize> {
    let under_store = module.get(..2).is_some_and(|p| p == ["crate", "store"]);
    if !under_store {
        return None;
    }
    let first = module.get(2).map(String::as_str).unwrap_or("");
    if HANDLE.contains(&first) {
        return Some(LAYERS.len());
    }
    LAYERS.iter().position(|(_, names)| names.contains(&first))
}

fn layer_name(layer: usize) -> &'static str {
    LAYERS.get(layer).map_or("the handle", |(name, _)| name)
}

fn shown(import: &Import) -> String {
    let file = import.file.strip_prefix(root()).unwrap().display();
    format!("{file}:{}: {}", import.line, import.text)
}

fn store_modules(files: &[PathBuf]) -> BTreeSet<Vec<String>> {
    files.iter().map(|f| module_of(f)).collect()
}

/// Every import in the store that goes up a layer, names a root item other than
/// the handle and the error, or closes a circle within a layer.
fn store_problems(files: &[PathBuf]) -> Vec<String> {
    let modules = store_modules(files);
    let mut problems = Vec::new();
    let mut edges: BTreeMap<Vec<String>, BTreeMap<Vec<String>, String>> = BTreeMap::new();
    for file in files.iter().filter(|f| !is_test_file(f)) {
        let from = module_of(file);
        let from_layer = layer_of(&from).expect("a file below src/store");
        for import in imports_of(file, &modules) {
            if import.path.get(1).is_none_or(|s| s != "store") {
                continue;
            }
            let (target, rest) = split_target(&import.path, &modules);
            let target_layer = if target.len() == 2 {
                // A name from the store's root.
                let name = rest.first().map(String::as_str).unwrap_or("");
                match ROOT_NAMES.iter().find(|(n, _)| *n == name) {
                    Some((_, "handle")) => continue,
                    Some((_, layer)) => LAYERS.iter().position(|(l, _)| l == layer).unwrap(),
                    None if from_layer == LAYERS.len() => continue,
                    None => {
                        problems.push(format!(
                            "{}: name it from its own module, not from the store's root",
                            shown(&import)
                        ));
                        continue;
                    }
                }
            } else {
                layer_of(target).unwrap()
            };
            if target_layer > from_layer {
                problems.push(format!(
                    "{}: {} may not use {}, a layer above it",
                    shown(&import),
                    layer_name(from_layer),
                    layer_name(target_layer)
                ));
            } else if target_layer == from_layer
                && from_layer < LAYERS.len()
                && !target.starts_with(&from)
                && !from.starts_with(target)
            {
                edges
                    .entry(from.clone())
                    .or_default()
                    .entry(target.to_vec())
                    .or_insert_with(|| shown(&import));
            }
        }
    }
    problems.extend(circles(&edges));
    problems
}

/// Each circle of imports between modules, once, with where each step is written.
fn circles(edges: &BTreeMap<Vec<String>, BTreeMap<Vec<String>, String>>) -> Vec<String> {
    let mut found = BTreeSet::new();
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((at, trail)) = stack.pop() {
            for next in edges.get(&at).into_iter().flat_map(|e| e.keys()) {
                if next == start {
                    let mut circle = trail.clone();
                    let smallest = circle.iter().min().unwrap().clone();
                    let turn = circle.iter().position(|m| *m == smallest).unwrap();
                    circle.rotate_left(turn);
                    found.insert(circle);
                } else if !trail.contains(next) && next > start {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found
        .into_iter()
        .map(|circle| {
            let steps: Vec<String> = circle
                .iter()
                .zip(circle.iter().cycle().skip(1))
                .map(|(a, b)| format!("  {}", edges[a][b]))
                .collect();
            let names: Vec<String> = circle.iter().map(|m| m[2..].join("::")).collect();
            format!(
                "circle {} -> {}:\n{}",
                names.join(" -> "),
                names[0],
                steps.join("\n")
            )
        })
        .collect()
}

#[test]
fn each_store_layer_uses_only_the_layers_below_it_and_no_module_circles_back() {
    let mut files = Vec::new();
    rust_files(&root().join("src/store"), &mut files);
    assert!(
        files.len() > 20,
        "found only {} files in src/store",
        files.len()
    );
    let problems = store_problems(&files);
    assert!(
        problems.is_empty(),
        "layers are, lowest first, {} and the handle (store/mod.rs, open.rs, busy.rs, demo.rs); each uses only those before it:\n{}",
        LAYERS
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(", "),
        problems.join("\n")
    );
}

#[test]
fn the_domain_and_the_parsers_use_nothing_built_on_them() {
    let mut problems = Vec::new();
    for dir in ["src/domain", "src/io"] {
        let mut files = Vec::new();
        rust_files(&root().join(dir), &mut files);
        assert!(!files.is_empty(), "no files in {dir}");
        let modules = store_modules(&files);
        for file in &files {
            for import in imports_of(file, &modules) {
                let part = import.path.get(1).map(String::as_str).unwrap_or("");
                if import.path[0] == "crate" && ABOVE_DOMAIN.contains(&part) {
                    problems.push(format!(
                        "{}: {dir} may not use crate::{part}",
                        shown(&import)
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Everything below the two interfaces (the command line and the desk).
const BELOW_THE_INTERFACES: &[&str] = &[
    "src/domain",
    "src/io",
    "src/config",
    "src/store",
    "src/import",
    "src/sync",
    "src/server",
    "src/synthetic.rs",
];

/// The command line's parser (clap) and the desk live in `cli/` and `tui/`: nothing
/// below them names either, so the store, imports and syncs serve both alike (and
/// the team server after them) and their tests build nothing of the interfaces.
#[test]
fn the_layers_below_know_neither_the_command_line_nor_the_desk() {
    let mut problems = Vec::new();
    for place in BELOW_THE_INTERFACES {
        let path = root().join(place);
        let mut files = Vec::new();
        if path.is_dir() {
            rust_files(&path, &mut files);
        } else {
            files.push(path);
        }
        assert!(!files.is_empty(), "no files in {place}");
        for file in &files {
            let text = fs::read_to_string(file).unwrap();
            for (line, code) in code_lines(&text) {
                let names = |what: &str| {
                    code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                        .any(|word| word == what || word.starts_with(&format!("{what}::")))
                };
                for forbidden in ["clap", "crate::cli", "crate::tui", "ratatui", "crossterm"] {
                    if names(forbidden) {
                        let shown = file.strip_prefix(root()).unwrap().display();
                        problems.push(format!("{shown}:{line}: {code}: names {forbidden}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_import_is_read_whole_from_its_braces() {
    assert_eq!(
        expand("super::{Result, rows::{ms, from_ms as at}, self}"),
        [
            "super::Result",
            "super::rows::ms",
            "super::rows::from_ms",
            "super"
        ]
    );
    assert_eq!(
        inline_paths("let x = super::rows::ms(now) + crate::store::rows::ms(a);"),
        ["super::rows::ms", "crate::store::rows::ms"]
    );
}

/// Folders match module paths: a `#[path]` is kept only to put a module's tests in a
/// `*_tests.rs` file beside it, so that the tree on disk is the tree of modules.
#[test]
fn path_attributes_only_place_tests() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (index, line) in text.lines().enumerate() {
            let Some(target) = line.trim().strip_prefix("#[path = \"") else {
                continue;
            };
            let target = target.trim_end_matches("\"]");
            if !target.ends_with("_tests.rs") {
                let shown = file.strip_prefix(root()).unwrap().display();
                problems.push(format!("{shown}:{}: #[path] to {target}", index + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
