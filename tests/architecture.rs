//! ARCHITECTURE.md's rules the compiler cannot check, read from the source:
//!
//! - inside the app crate, imports go one way (ui → services; cli, gui and startup on
//!   top): `services` never imports `ui` or the top, `ui` never imports the top. (That
//!   `core` imports neither is the compiler's now: `crates/core` cannot see the app.)
//! - no import cycle between any two files of a crate (including a child module and
//!   its parent), in the app, `crates/core` and `crates/sim`;
//! - `crates/core` does no IO, async, clock reads or randomness (std and jiff would let
//!   it).
//!
//! The check reads each crate's `src/` as text: every `crate::…`, `super::…`, `self::…`
//! path and every path that starts with a child module's name, with `use` groups
//! expanded. Code under `#[cfg(test)]` is left out (tests may reach anywhere).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

struct SourceFile {
    module: ModPath,
    code: String,
}

/// The app's `src/`, or a workspace crate's (`crates/core`, `crates/sim`).
fn src_dir(krate: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if krate == "app" {
        root.join("src")
    } else {
        root.join("crates").join(krate).join("src")
    }
}

const CRATES: [&str; 3] = ["app", "core", "sim"];

fn read_tree(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn load(krate: &str) -> Vec<SourceFile> {
    let root = src_dir(krate);
    let mut paths = Vec::new();
    read_tree(&root, &mut paths);
    let files = paths
        .into_iter()
        .filter(|p| !p.ends_with("main.rs"))
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap().with_extension("");
            let mut module: ModPath = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let last = module.last().cloned().unwrap_or_default();
            if last == "mod" || last == "lib" {
                module.pop();
            }
            let text = std::fs::read_to_string(&p).unwrap();
            (module, text)
        })
        .collect::<Vec<_>>();
    // A file its parent declares under `#[cfg(test)]` (`mod tests;`) is test code as
    // much as an inline `mod tests { … }`, and so is everything under it.
    let test_only: Vec<ModPath> = files
        .iter()
        .flat_map(|(module, text)| {
            test_modules(text).into_iter().map(move |name| {
                let mut m = module.clone();
                m.push(name);
                m
            })
        })
        .collect();
    files
        .into_iter()
        .filter(|(module, _)| !test_only.iter().any(|t| module.starts_with(t)))
        .map(|(module, text)| SourceFile {
            module,
            code: strip(&text),
        })
        .collect()
}

/// The modules a file declares as files under `#[cfg(test)]`: `#[cfg(test)]` then
/// `mod name;` (on its line or the next).
fn test_modules(text: &str) -> Vec<String> {
    let code = without_literals(text);
    let lines: Vec<&str> = code.lines().map(str::trim).collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix("#[cfg(test)]") else {
            continue;
        };
        let item = if rest.trim().is_empty() {
            lines.get(i + 1).copied().unwrap_or_default()
        } else {
            rest.trim()
        };
        let item = item.strip_prefix("pub(crate) ").unwrap_or(item);
        if let Some(name) = item.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) {
            out.push(name.trim().to_owned());
        }
    }
    out
}

/// The code without comments, string and char literals, and `#[cfg(test)]` items.
fn strip(text: &str) -> String {
    let code = without_literals(text);
    let mut out = String::with_capacity(code.len());
    let mut lines = code.lines();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            // Skip the next item: up to its matching closing brace (or a `;`).
            let mut depth = 0i32;
            let mut opened = false;
            for l in lines.by_ref() {
                for c in l.chars() {
                    match c {
                        '{' => {
                            depth += 1;
                            opened = true;
                        }
                        '}' => depth -= 1,
                        _ => {}
                    }
                }
                if (opened && depth <= 0) || (!opened && l.trim_end().ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Removes comments and the contents of string, raw string and char literals,
/// keeping line breaks so that lines stay lines.
fn without_literals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && {
            let mut k = i + 1;
            while chars.get(k) == Some(&'#') {
                k += 1;
            }
            chars.get(k) == Some(&'"') && (i == 0 || !chars[i - 1].is_alphanumeric())
        } {
            let mut k = i + 1;
            let mut hashes = 0;
            while chars[k] == '#' {
                hashes += 1;
                k += 1;
            }
            k += 1;
            loop {
                match chars.get(k) {
                    None => break,
                    Some('"') if (1..=hashes).all(|h| chars.get(k + h) == Some(&'#')) => {
                        k += 1 + hashes;
                        break;
                    }
                    Some('\n') => out.push('\n'),
                    _ => {}
                }
                k += 1;
            }
            out.push_str("\"\"");
            i = k;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                } else if chars[i] == '\n' {
                    out.push('\n');
                }
                i += 1;
            }
            out.push_str("\"\"");
            i += 1;
        } else if c == '\'' && (chars.get(i + 2) == Some(&'\'') || next == Some('\\')) {
            // A char literal ('"', '\'', '\n'); lifetimes ('a) have no closing quote.
            let mut k = i + 1;
            if chars.get(k) == Some(&'\\') {
                k += 1;
            }
            k += 1;
            while k < chars.len() && chars[k] != '\'' && k < i + 12 {
                k += 1;
            }
            out.push_str("' '");
            i = k + 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Expands `use a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
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
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand_use(&format!("{prefix}{p}")))
        .collect()
}

/// Every path the file mentions, as written.
fn mentioned_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    // `use` statements, groups expanded.
    let mut rest = code;
    while let Some(i) = rest.find("use ") {
        let before = rest[..i].chars().last();
        let after = &rest[i + 4..];
        rest = after;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(end) = after.find(';') {
            let tree = &after[..end];
            let is_use_tree = tree
                .chars()
                .all(|c| c.is_alphanumeric() || "_:{},* \n\t".contains(c));
            if is_use_tree {
                paths.extend(expand_use(tree));
            }
        }
    }
    // Paths anywhere in the code: `ident::ident::…`.
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        if is_ident(bytes[i]) && (i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':') {
            let start = i;
            let mut j = i;
            loop {
                while j < bytes.len() && is_ident(bytes[j]) {
                    j += 1;
                }
                if code[j..].starts_with("::") && j + 2 < bytes.len() && is_ident(bytes[j + 2]) {
                    j += 2;
                } else {
                    break;
                }
            }
            if code[start..j].contains("::") {
                paths.push(code[start..j].to_owned());
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    paths
}

/// The file modules each file depends on.
fn dependency_graph(files: &[SourceFile]) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let known: BTreeSet<ModPath> = files.iter().map(|f| f.module.clone()).collect();
    let mut graph = BTreeMap::new();
    for f in files {
        // Bare paths resolve from the file's own module (`queue::Job` in `cli/mod.rs`
        // is `cli::queue`; a name brought in by `use super::x` is caught on that line).
        let here: ModPath = f.module.clone();
        let mut deps = BTreeSet::new();
        for path in mentioned_paths(&f.code) {
            let mut segs: Vec<&str> = path.split("::").collect();
            let mut base: ModPath = match segs.first().copied() {
                Some("crate") => {
                    segs.remove(0);
                    Vec::new()
                }
                Some("super") | Some("self") => {
                    // `self::` is the file's own module; each `super::` goes one up.
                    let mut b = f.module.clone();
                    while let Some(s) = segs.first().copied() {
                        match s {
                            "self" => {}
                            "super" => {
                                b.pop();
                            }
                            _ => break,
                        }
                        segs.remove(0);
                    }
                    b
                }
                Some(first) => {
                    // A child module's name used bare (`queue::Job` in a mod.rs).
                    let mut child = here.clone();
                    child.push(first.to_owned());
                    if known.contains(&child) {
                        here.clone()
                    } else {
                        continue;
                    }
                }
                None => continue,
            };
            // The longest prefix that is a file (`super::Item` is the parent file itself).
            let mut best = (!base.is_empty() && known.contains(&base)).then(|| base.clone());
            for s in segs {
                base.push(s.to_owned());
                if known.contains(&base) {
                    best = Some(base.clone());
                }
            }
            if let Some(b) = best
                && b != f.module
            {
                deps.insert(b);
            }
        }
        graph.insert(f.module.clone(), deps);
    }
    graph
}

/// Strongly connected groups of more than one file (Tarjan).
fn cycles(graph: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<Vec<ModPath>> {
    struct State<'a> {
        graph: &'a BTreeMap<ModPath, BTreeSet<ModPath>>,
        index: BTreeMap<&'a ModPath, usize>,
        low: BTreeMap<&'a ModPath, usize>,
        stack: Vec<&'a ModPath>,
        on_stack: BTreeSet<&'a ModPath>,
        next: usize,
        out: Vec<Vec<ModPath>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a ModPath) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        let graph = s.graph;
        for w in graph.get(v).into_iter().flatten() {
            let Some((w, _)) = graph.get_key_value(w) else {
                continue;
            };
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.clone());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                s.out.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.out
}

fn name(m: &ModPath) -> String {
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

#[test]
fn no_import_cycle_between_files() {
    for krate in CRATES {
        let files = load(krate);
        assert!(files.len() > 5, "{krate}: src/ not found or nearly empty");
        let graph = dependency_graph(&files);
        let found = cycles(&graph);
        let described: Vec<String> = found
            .iter()
            .map(|group| {
                let set: BTreeSet<&ModPath> = group.iter().collect();
                let edges: Vec<String> = group
                    .iter()
                    .flat_map(|a| {
                        graph[a]
                            .iter()
                            .filter(|b| set.contains(b))
                            .map(move |b| format!("{} → {}", name(a), name(b)))
                    })
                    .collect();
                edges.join(", ")
            })
            .collect();
        assert!(
            found.is_empty(),
            "{krate}: {} import cycle(s) between files:\n{}",
            found.len(),
            described.join("\n")
        );
    }
}

#[test]
fn the_app_imports_one_way() {
    let files = load("app");
    let graph = dependency_graph(&files);
    let rank = |m: &ModPath| match m.first().map(String::as_str) {
        Some("services") => 1,
        Some("ui") => 2,
        _ => 3, // cli, gui, startup and the crate root sit on top
    };
    let mut wrong = Vec::new();
    for (from, deps) in &graph {
        for to in deps {
            if rank(to) > rank(from) {
                wrong.push(format!("{} → {}", name(from), name(to)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn core_does_no_io_async_or_clock_reads() {
    let forbidden = [
        "Timestamp::now",
        "SystemTime::now",
        "Instant::now",
        "Zoned::now",
        "std::fs",
        "std::net::Tcp",
        "std::net::Udp",
        "to_socket_addrs",
        "tokio",
        "async fn",
        ".await",
        "reqwest",
        "rusqlite",
        "std::env",
        "rand::",
        "getrandom",
    ];
    let files = load("core");
    assert!(files.len() > 20, "crates/core/src not found");
    let mut found = Vec::new();
    for f in &files {
        for word in forbidden {
            if f.code.contains(word) {
                found.push(format!("{}: {word}", name(&f.module)));
            }
        }
    }
    assert!(
        found.is_empty(),
        "core must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_sees_cycles_and_groups() {
    // The checker itself: a cycle through a `use` group and a child → parent pair.
    let files = vec![
        SourceFile {
            module: vec!["a".into()],
            code: strip("mod b;\nuse crate::c::{X, d::Y};\nfn f() -> b::T { todo() }\n"),
        },
        SourceFile {
            module: vec!["a".into(), "b".into()],
            code: strip("use super::Z; // the parent\n"),
        },
        SourceFile {
            module: vec!["c".into()],
            code: strip("\"crate::a::X\"\n#[cfg(test)]\nmod tests {\n use crate::a::X;\n}\n"),
        },
        SourceFile {
            module: vec!["c".into(), "d".into()],
            code: strip("pub struct Y;\n"),
        },
    ];
    let graph = dependency_graph(&files);
    assert!(graph[&vec!["a".to_owned()]].contains(&vec!["c".to_owned(), "d".to_owned()]));
    assert!(graph[&vec!["a".to_owned()]].contains(&vec!["c".to_owned()]));
    // Strings and test modules are not imports.
    assert!(graph[&vec!["c".to_owned()]].is_empty());
    let found = cycles(&graph);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 2);
    // A test module in a file of its own is left out like an inline one.
    assert_eq!(
        test_modules(
            "mod model;\n#[cfg(test)]\nmod tests;\n#[cfg(test)] mod fake;\n#[cfg(test)]\nmod inline {}\n"
        ),
        vec!["tests", "fake"]
    );
}

/// Issue 16: every message id the code names (`tr!(cat, "id" …)`, `.text("id")`,
/// `.attr("id", …)`) exists in the English catalogue, so no screen ever shows "…" for a
/// typo. Ids built at run time (`method-{id}`) are checked where they are built
/// (`ui::names`' tests).
#[test]
fn every_message_the_code_names_is_in_the_english_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut defined = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("assets/i18n/en")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            let id: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if !id.is_empty()
                && id.starts_with(|c: char| c.is_ascii_alphabetic())
                && line[id.len()..].trim_start().starts_with('=')
            {
                defined.insert(id);
            }
        }
    }
    assert!(defined.len() > 200, "{}", defined.len());
    let mut paths = Vec::new();
    for krate in ["app", "core"] {
        read_tree(&src_dir(krate), &mut paths);
    }
    let mut used = 0;
    let mut missing = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).unwrap();
        for (pattern, after) in [("tr!(", ","), (".text(", ""), (".attr(", "")] {
            for (at, _) in text.match_indices(pattern) {
                let rest = &text[at + pattern.len()..];
                // tr!(cat, "id" …): the id follows the first comma.
                let rest = if after.is_empty() {
                    rest
                } else {
                    match rest.find(after) {
                        Some(i) if i < 40 => &rest[i + 1..],
                        _ => continue,
                    }
                };
                let rest = rest.trim_start();
                let Some(lit) = rest.strip_prefix('"') else {
                    continue;
                };
                let Some(end) = lit.find('"') else { continue };
                let id = &lit[..end];
                if id.is_empty() || id.contains(char::is_whitespace) || id.contains('{') {
                    continue;
                }
                used += 1;
                if !defined.contains(id) {
                    missing.push(format!("{}: {id}", p.display()));
                }
            }
        }
    }
    assert!(used > 150, "only {used} ids found: the scan is broken");
    assert!(
        missing.is_empty(),
        "ids not in assets/i18n/en: {missing:#?}"
    );
}
