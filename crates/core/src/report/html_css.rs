//! The report page's stylesheet: system fonts, dark on light, compact enough
//! that a typical report prints on one or two A4 pages. Inline only: no web
//! fonts, no images, no `url(...)`.

/// Inlined into the page's `<style>`.
pub(super) const CSS: &str = r#"
@page { size: A4; margin: 14mm }
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; }
* { box-sizing: border-box }
html { background: #fff; color: var(--ink) }
body { margin: 0 auto; max-width: 190mm; padding: 16px;
  font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
h1 { font-size: 16pt; margin: 0 }
h2 { font-size: 11.5pt; margin: 14px 0 4px; padding-bottom: 2px; border-bottom: 1px solid var(--line) }
h3 { font-size: 10pt; margin: 8px 0 2px }
p { margin: 4px 0 }
ul { margin: 2px 0 4px; padding-left: 18px }
.top { display: flex; justify-content: space-between; align-items: flex-start; gap: 12px;
  border-bottom: 2px solid var(--ink); padding-bottom: 6px }
.org { font-size: 12pt; margin: 2px 0 0 }
.meta { color: var(--muted); font-size: 9pt }
.code { text-align: right; border: 2px solid var(--ink); border-radius: 6px; padding: 4px 10px; white-space: nowrap }
.code span { display: block; font-size: 8pt; color: var(--muted); text-transform: uppercase; letter-spacing: .05em }
.code strong { font: 700 16pt/1.2 ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, monospace; letter-spacing: .08em }
.verdict { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin: 10px 0 4px }
.badge { display: inline-block; padding: 3px 10px; border-radius: 999px; color: #fff; font-weight: 700; font-size: 11pt }
.badge.ok { background: var(--ok) } .badge.warn { background: var(--warn) } .badge.bad { background: var(--bad) }
.fact b { font-weight: 600 }
.lead { background: #fff8c5; border-left: 4px solid var(--warn); padding: 6px 8px; margin: 4px 0 6px }
table { border-collapse: collapse; width: 100%; margin: 4px 0 6px; font-size: 8.5pt }
th, td { border: 1px solid var(--line); padding: 2px 5px; text-align: left; vertical-align: top }
th { background: var(--soft); font-weight: 600 }
td.num { text-align: right; font-variant-numeric: tabular-nums }
.id { font-family: ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, monospace; font-size: 8pt; overflow-wrap: anywhere }
.ok-t { color: var(--ok); font-weight: 600 } .bad-t { color: var(--bad); font-weight: 600 }
.hist { margin: 0; padding-left: 14px; font-size: 8pt; color: var(--muted) }
.older { color: var(--muted); font-style: italic }
.none { color: var(--muted) }
footer { margin-top: 12px; padding-top: 4px; border-top: 1px solid var(--line); color: var(--muted); font-size: 8pt }
footer dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 0 }
footer dt { font-weight: 600 } footer dd { margin: 0; overflow-wrap: anywhere }
@media print {
  body { padding: 0; max-width: none }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact }
  h2 { break-after: avoid } tr, .top, .verdict { break-inside: avoid }
}
"#;
