//! Issue 19: the HTML report, checked as IT's reviewers check pages: axe-core (WCAG 2.2
//! A/AA and its best-practice rules) in headless Chromium, on a report with evidence,
//! jobs and incidents (the pinned outage report), in English and Japanese. axe-core and
//! Chromium come with dist/setup-debian.sh.

use std::process::Command;

use mfa_ready_core::report::{Report, to_html};
use mfa_ready_i18n::{Catalog, Lang};

/// axe-core as setup-debian installs it (npm, globally), or where MFA_READY_AXE says.
fn axe_source() -> String {
    let path = std::env::var("MFA_READY_AXE").unwrap_or_else(|_| {
        let root = Command::new("npm")
            .args(["root", "-g"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
        format!("{root}/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core at {path} (dist/setup-debian.sh installs it): {e}"))
}

/// The violations axe-core finds on `html`: `[rule, impact, nodes]` per rule.
fn violations(html: &str) -> String {
    let run = "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', \
               'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})\
               .then(r => { document.title = 'AXE ' + JSON.stringify(r.violations.map(v => \
               [v.id, v.impact, v.nodes.map(n => n.target.join(' '))])); })\
               .catch(e => { document.title = 'AXE-ERROR ' + e; });";
    let page = html.replace(
        "</body>",
        &format!(
            "<script>{}</script><script>{run}</script></body>",
            axe_source()
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    std::fs::write(&file, page).unwrap();
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--virtual-time-budget=30000",
            "--dump-dom",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium (dist/setup-debian.sh installs it)");
    let dom = String::from_utf8_lossy(&out.stdout);
    let title = dom
        .split_once("<title>")
        .and_then(|(_, t)| t.split_once("</title>"))
        .map(|(t, _)| t.to_owned())
        .unwrap_or_default();
    assert!(
        title.starts_with("AXE "),
        "axe-core did not report: {title}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    title.trim_start_matches("AXE ").to_owned()
}

#[test]
fn the_html_report_has_no_axe_core_violations() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let json =
        std::fs::read_to_string(shared.join("tests/fixtures/report-pinned-outage.json")).unwrap();
    let report: Report = serde_json::from_str(&json).unwrap();
    assert!(!report.evidence.is_empty() && !report.jobs.is_empty() && !report.incidents.is_empty());
    for lang in [Lang::En, Lang::Ja] {
        let html = to_html(&report, &Catalog::new(lang));
        assert_eq!(violations(&html), "[]", "{lang:?}");
    }
    // The check can fail: a page without landmarks is reported.
    let bare = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>\
                <div><p>text outside any landmark</p></div></body></html>";
    assert_ne!(violations(bare), "[]");
}
