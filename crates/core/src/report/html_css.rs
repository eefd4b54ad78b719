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
.badge { display: inline-block; padding: 3px 10px; border-radius: 999px; color: #fff; font-weight: 700; font-size: 11pt }
.badge.ok { background: var(--ok) } .badge.warn { background: var(--warn) } .badge.bad { background: var(--bad) }
table { border-collapse: collapse; width: 100%; margin: 4px 0 6px; font-size: 8.5pt }
th, td { border: 1px solid var(--line); padding: 2px 5px; text-align: left; vertical-align: top }
th { background: var(--soft); font-weight: 600 }
td.num { text-align: right; font-variant-numeric: tabular-nums }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0 6px }
dl.facts dt { font-weight: 600 } dl.facts dd { margin: 0; overflow-wrap: anywhere }
.id { font-family: ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, monospace; font-size: 8pt; overflow-wrap: anywhere }
.older { color: var(--muted); font-style: italic }
footer { margin-top: 12px; color: var(--muted); font-size: 8pt }
@media print {
  body { padding: 0; max-width: none }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact }
  h2, h3 { break-after: avoid } tr, .top, dl.facts { break-inside: avoid }
}
"#;
