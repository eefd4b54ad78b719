//! `status`, `methods` (with `mark` / `unmark`) and `policy check` / `policy show`:
//! the verdict and the policy, as text for people and JSON for scripts.

use std::path::Path;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::services::config::LoadedPolicy;
use crate::services::store::Store;
use mfa_ready_core::deadline;
use mfa_ready_core::device::DeviceSummary;
use mfa_ready_core::methods::{Os, SetupIds};
use mfa_ready_core::policy::{self, Policy};
use mfa_ready_core::readiness::{self, Readiness, Registration};

use crate::ui::names;
use crate::ui::readiness_words;
use mfa_ready_i18n::{Catalog, tr};

use super::args::MethodsAction;
use super::common::{CliError, CliResult, EXIT_ERROR, EXIT_NOT_READY, EXIT_OK, parse_kind};
use super::session::Session;
use super::words;

/// `mfa-ready status [--json]`: 0 ready, 1 not ready or overdue.
pub fn status(session: &Session, json: bool) -> CliResult {
    with_verdict(session, |v| {
        if json {
            println!("{}", serde_json::to_string_pretty(&v.json())?);
        } else {
            let tr = session.catalog();
            print!(
                "{}",
                status_text(tr, v.loaded, v.policy, &v.readiness, v.now, &v.setup_ids)
            );
        }
        Ok(())
    })
}

/// What `status` and `check` both stand on: the policy in force, the store, and the
/// verdict for this user now.
pub(super) struct Assessed<'a> {
    pub loaded: &'a LoadedPolicy,
    pub policy: &'a Policy,
    pub store: &'a Store,
    pub registrations: &'a [Registration],
    pub first_run: Timestamp,
    pub now: Timestamp,
    pub readiness: Readiness,
    /// This computer, as just read (its required checks are in the verdict).
    pub device: Option<DeviceSummary>,
    /// The service's ids for direct setup links, from its last list (Okta).
    pub setup_ids: SetupIds,
}

impl Assessed<'_> {
    /// The `status --json` document.
    pub fn json(&self) -> Value {
        let mut doc = status_json(
            self.loaded,
            self.policy,
            self.registrations,
            &self.readiness,
            self.first_run,
            self.now,
            &self.setup_ids,
        );
        if let Some(d) = &self.device
            && let Ok(v) = serde_json::to_value(d)
        {
            doc["device"] = v;
        }
        doc
    }
}

/// Loads the policy and the store, judges readiness, hands it to `show`, and exits
/// with the verdict's code (0 ready, 1 not ready or overdue; 2 on any error).
pub(super) fn with_verdict(
    session: &Session,
    show: impl FnOnce(&Assessed<'_>) -> Result<(), CliError>,
) -> CliResult {
    let now = session.now;
    let loaded = session.loaded();
    let policy = session.policy()?;
    let mut store = session.store()?;
    let first_run = store.first_run(now)?;
    let registrations = store.registrations()?;
    let setup_ids = store.setup_ids()?;
    // No network: files, D-Bus and the OS's tools, each under 2 s.
    let device = super::device::summary(policy);
    let readiness = assess(policy, &registrations, first_run, now, device.as_ref());
    let ready = readiness.verdict == readiness::Verdict::Ready;
    show(&Assessed {
        loaded,
        policy,
        store: &store,
        registrations: &registrations,
        first_run,
        now,
        readiness,
        device,
        setup_ids,
    })?;
    Ok(if ready { EXIT_OK } else { EXIT_NOT_READY })
}

/// `mfa-ready policy show [--json]`.
pub fn show_policy(session: &Session, json: bool) -> CliResult {
    let policy = session.policy()?;
    if json {
        return policy_show_json(session.loaded(), policy);
    }
    print!(
        "{}",
        policy_text(
            session.catalog(),
            session.loaded(),
            policy,
            &TimeZone::system()
        )
    );
    Ok(EXIT_OK)
}

/// `mfa-ready methods [--json]`, `methods mark KIND`, `methods unmark KIND`.
pub fn methods(session: &Session, json: bool, action: Option<MethodsAction>) -> CliResult {
    let now = session.now;
    // Validate everything before anything is written.
    let kind_action = match &action {
        Some(MethodsAction::Mark { kind }) => Some((true, parse_kind(kind)?)),
        Some(MethodsAction::Unmark { kind }) => Some((false, parse_kind(kind)?)),
        None => None,
    };
    let policy = session.policy()?;
    let mut store = session.store()?;
    store.first_run(now)?;
    match kind_action {
        Some((true, kind)) => {
            let changed = store.mark(kind, readiness::Source::SelfAttested, now)?;
            let tr = session.catalog();
            println!(
                "{}",
                if changed {
                    tr!(tr, "cli-method-marked", id = kind.id())
                } else {
                    tr!(tr, "cli-method-already-marked", id = kind.id())
                }
            );
            if !policy.allows(kind) {
                eprintln!(
                    "mfa-ready: note: {} is not accepted by {}, so it does not count",
                    kind.id(),
                    policy.organization
                );
            }
            Ok(EXIT_OK)
        }
        Some((false, kind)) => {
            let changed = store.unmark(kind, now)?;
            let tr = session.catalog();
            println!(
                "{}",
                if changed {
                    tr!(tr, "cli-method-removed", id = kind.id())
                } else {
                    tr!(tr, "cli-method-not-marked", id = kind.id())
                }
            );
            Ok(EXIT_OK)
        }
        None => {
            let regs = store.registrations()?;
            if json {
                let ids = store.setup_ids()?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(&methods_json(
                        session.loaded(),
                        policy,
                        &regs,
                        &ids
                    ))?
                );
            } else {
                print!("{}", methods_text(session.catalog(), policy, &regs));
            }
            Ok(EXIT_OK)
        }
    }
}

pub(super) fn assess(
    policy: &Policy,
    regs: &[Registration],
    first_run: Timestamp,
    now: Timestamp,
    device: Option<&DeviceSummary>,
) -> Readiness {
    readiness::assess(&readiness::Input {
        policy,
        registered: regs,
        first_run,
        now,
        os: Os::current(),
        device,
    })
}

pub fn policy_check(file: &Path, now: Timestamp) -> CliResult {
    // Read like every policy: capped at 1 MiB, UTF-8, one clear line naming the file.
    let text = crate::services::config::read_policy_file(file)?;
    match policy::parse(&text, &file.display().to_string(), now) {
        Ok(p) => {
            // The file is valid; the root certificates it names must be usable too, or
            // every https check fails on the fleet ("could not be set up").
            let roots = crate::services::health::extra_root_certs(&p, file.parent());
            let unusable: Vec<String> = roots
                .iter()
                .filter_map(|r| crate::services::probe::check_root_file(r).err())
                .map(|e| format!("{}: extra_root_certs: {e}", file.display()))
                .collect();
            if !unusable.is_empty() {
                unusable.iter().for_each(|e| eprintln!("{e}"));
                return Ok(EXIT_ERROR);
            }
            println!(
                "{}: valid ({}, provider {}, {} methods of which {} phishing-resistant{})",
                file.display(),
                p.organization,
                p.provider.id(),
                p.enrollment.min_methods,
                p.enrollment.min_phishing_resistant,
                p.enrollment
                    .deadline
                    .map(|d| format!(", deadline {d}"))
                    .unwrap_or_default()
            );
            Ok(EXIT_OK)
        }
        Err(errs) => {
            for e in &errs.0 {
                eprintln!("{e}");
            }
            Ok(EXIT_ERROR)
        }
    }
}

fn policy_json(loaded: &LoadedPolicy, policy: &Policy) -> Value {
    json!({
        "source": loaded.source.origin.id(),
        "path": loaded.source.path.as_ref().map(|p| p.display().to_string()),
        "organization": policy.organization,
        "provider": policy.provider.id(),
        "signed": loaded.trust.signed,
        "signer": loaded.trust.signer,
    })
}

/// `policy show --json`. Field names are a contract.
fn policy_show_json(loaded: &LoadedPolicy, policy: &Policy) -> CliResult {
    let v = json!({
        "source": loaded.source.origin.id(),
        "path": loaded.source.path.as_ref().map(|p| p.display().to_string()),
        "signed": loaded.trust.signed,
        "signer": loaded.trust.signer,
        "key_id": loaded.trust.key_id,
        "signed_at": loaded.trust.signed_at.map(mfa_ready_core::signature::rfc3339),
        "expires_at": loaded.trust.expires_at.map(mfa_ready_core::signature::rfc3339),
        "policy": policy,
    });
    println!("{}", serde_json::to_string_pretty(&v)?);
    Ok(EXIT_OK)
}

/// The labels of `policy show`, in their order (all of them set the column width, so
/// the values line up the same whichever lines a policy has).
const POLICY_LABELS: [&str; 11] = [
    "cli-policy-label-policy",
    "cli-policy-label-signature",
    "cli-policy-label-organization",
    "cli-policy-label-provider",
    "cli-policy-label-tenant",
    "cli-policy-label-deadline",
    "cli-policy-label-new-users",
    "cli-policy-label-required",
    "cli-policy-label-allowed",
    "cli-policy-label-portal",
    "cli-policy-label-helpdesk",
];

/// `policy show` for people: one labelled line per setting, in the reader's language.
fn policy_text(tr: &Catalog, loaded: &LoadedPolicy, policy: &Policy, tz: &TimeZone) -> String {
    let e = &policy.enrollment;
    let mut lines: Vec<(&str, String)> = vec![
        (POLICY_LABELS[0], words::policy_source(tr, &loaded.source)),
        (POLICY_LABELS[1], words::signature(tr, &loaded.trust, tz)),
        (POLICY_LABELS[2], policy.organization.clone()),
        (
            POLICY_LABELS[3],
            format!(
                "{} ({})",
                policy.provider.display_name(),
                policy.provider.id()
            ),
        ),
    ];
    if let Some(t) = &policy.tenant {
        lines.push((POLICY_LABELS[4], t.clone()));
    }
    let deadline = e.deadline.map_or_else(
        || tr!(tr, "cli-policy-deadline-none"),
        |d| tr.date_time(&d.to_zoned(tz.clone())),
    );
    lines.push((POLICY_LABELS[5], deadline));
    if let Some(n) = e.new_user_days {
        lines.push((POLICY_LABELS[6], tr!(tr, "cli-policy-new-users", days = n)));
    }
    lines.push((
        POLICY_LABELS[7],
        tr!(
            tr,
            "cli-policy-required",
            count = e.min_methods,
            pr = e.min_phishing_resistant
        ),
    ));
    let allowed: Vec<&str> = e.allowed_methods.iter().map(|k| k.id()).collect();
    lines.push((POLICY_LABELS[8], allowed.join(", ")));
    for p in &policy.portals {
        let portal = tr!(
            tr,
            "cli-policy-portal",
            name = p.name.clone(),
            url = p.url.clone(),
            slow = p.slow_ms,
            timeout = p.timeout_ms
        );
        lines.push((POLICY_LABELS[9], portal));
    }
    if let Some(h) = &policy.helpdesk {
        lines.push((POLICY_LABELS[10], h.contact_line()));
    }
    let width = POLICY_LABELS
        .iter()
        .map(|id| words::columns(&words::label(tr, id)))
        .max()
        .unwrap_or(0);
    lines
        .iter()
        .map(|(id, value)| format!("{}  {value}\n", words::padded(&words::label(tr, id), width)))
        .collect()
}

/// The `status --json` document. Field names are a contract.
pub fn status_json(
    loaded: &LoadedPolicy,
    policy: &Policy,
    regs: &[Registration],
    r: &Readiness,
    first_run: Timestamp,
    now: Timestamp,
    ids: &SetupIds,
) -> Value {
    let methods: Vec<Value> = regs
        .iter()
        .map(|reg| {
            json!({
                "kind": reg.kind.id(),
                "name": reg.kind.name(),
                "tier": reg.kind.tier().id(),
                "device": reg.kind.device().id(),
                "source": reg.source.id(),
                "registered_at": reg.registered_at.to_string(),
                "counts": !r.not_counted.iter().any(|n| n.kind == reg.kind),
            })
        })
        .collect();
    json!({
        "verdict": r.verdict.id(),
        "deadline": r.deadline.map(|d| d.at.to_string()),
        "deadline_source": r.deadline.map(|d| d.source.id()),
        "time_left_seconds": r.time_left.map(|d| d.as_secs()),
        "urgency": r.urgency.id(),
        "methods": methods,
        "counted": r.counted,
        "required": r.required,
        "phishing_resistant": r.phishing_resistant,
        "required_phishing_resistant": r.required_phishing_resistant,
        "gaps": r.gaps.iter().map(|g| json!({
            "kind": g.kind(),
            "message": g.sentence(&policy.organization),
        })).collect::<Vec<_>>(),
        "next_step": r.next_step.as_ref().map(|n| json!({
            "method": n.method.id(),
            "name": n.method.name(),
            "reason": n.reason,
            "setup_link": policy.setup_link_with(n.method, ids),
        })),
        "policy": policy_json(loaded, policy),
        "helpdesk": policy.helpdesk,
        "first_run": first_run.to_string(),
        "checked_at": now.to_string(),
    })
}

fn status_text(
    tr: &Catalog,
    loaded: &LoadedPolicy,
    policy: &Policy,
    r: &Readiness,
    now: Timestamp,
    ids: &SetupIds,
) -> String {
    let verdict = names::verdict(tr, r.verdict).to_uppercase();
    let mut out = tr!(
        tr,
        "status-headline",
        organization = policy.organization.clone(),
        verdict = verdict
    );
    out.push('\n');
    let mut lines: Vec<(&str, String)> = Vec::new();
    // The phishing-resistant count only where the policy asks for some ("0 of 0" says
    // nothing).
    let methods = if r.required_phishing_resistant > 0 {
        tr!(
            tr,
            "status-methods-pr",
            have = r.counted,
            need = r.required,
            pr_have = r.phishing_resistant,
            pr_need = r.required_phishing_resistant
        )
    } else {
        tr!(tr, "status-methods", have = r.counted, need = r.required)
    };
    lines.push(("status-label-methods", methods));
    let deadline = match r.deadline {
        Some(d) => {
            // Ready: the deadline is met, however long ago it passed.
            let left = if r.verdict == readiness::Verdict::Ready {
                tr!(tr, "status-deadline-met")
            } else {
                format!("{} [urgency {}]", time_left(tr, d.at, now), r.urgency.id())
            };
            let date = tr.date_time(&d.at.to_zoned(TimeZone::system()));
            match d.source {
                deadline::DeadlineSource::Organization => {
                    tr!(tr, "status-deadline-org", date = date, left = left)
                }
                deadline::DeadlineSource::Personal => {
                    tr!(tr, "status-deadline-personal", date = date, left = left)
                }
            }
        }
        None => tr!(tr, "status-deadline-none"),
    };
    lines.push(("status-label-deadline", deadline));
    for t in &r.to_do {
        lines.push(("status-label-missing", names::to_do(tr, t)));
    }
    for n in &r.not_counted {
        lines.push((
            "status-label-ignored",
            readiness_words::not_counted(tr, n, &policy.organization),
        ));
    }
    if let Some(n) = &r.next_step {
        let method = names::method(tr, n.method);
        lines.push((
            "status-label-next",
            tr!(tr, "status-next-step", method = method),
        ));
        lines.push(("", policy.setup_link_with(n.method, ids)));
    }
    if let Some(h) = &policy.helpdesk {
        lines.push(("status-label-helpdesk", h.contact_line()));
    }
    lines.push((
        "status-label-policy",
        words::policy_source(tr, &loaded.source),
    ));
    // The labels padded to one width, in whatever language they are.
    let labels: Vec<String> = lines
        .iter()
        .map(|(id, _)| {
            if id.is_empty() {
                String::new()
            } else {
                words::label(tr, id)
            }
        })
        .collect();
    let width = labels.iter().map(|l| words::columns(l)).max().unwrap_or(0);
    for (label, (_, value)) in labels.iter().zip(&lines) {
        out.push_str(&format!("  {} {value}\n", words::padded(label, width)));
    }
    out
}

/// "3 days left", "overdue by 2 days".
fn time_left(tr: &Catalog, at: Timestamp, now: Timestamp) -> String {
    let left = at.duration_since(now);
    let secs = left.as_secs();
    if secs <= 0 {
        return tr!(tr, "status-overdue", days = (-secs) / 86_400);
    }
    names::time_left(tr, left)
}

fn methods_json(
    loaded: &LoadedPolicy,
    policy: &Policy,
    regs: &[Registration],
    ids: &SetupIds,
) -> Value {
    let kinds = readiness::methods_to_show(policy, regs);
    let methods: Vec<Value> = kinds
        .iter()
        .map(|&k| {
            let info = k.info();
            let reg = regs.iter().find(|r| r.kind == k);
            json!({
                "kind": k.id(),
                "name": info.name,
                "tier": info.tier.id(),
                "device": info.device.id(),
                "allowed": policy.allows(k),
                "available_here": k.available_on(Os::current()),
                "registered": reg.is_some(),
                "source": reg.map(|r| r.source.id()),
                "registered_at": reg.map(|r| r.registered_at.to_string()),
                "you_need": info.you_need,
                "steps": info.steps,
                "setup_link": policy.setup_link_with(k, ids),
            })
        })
        .collect();
    json!({ "methods": methods, "policy": policy_json(loaded, policy) })
}

/// `methods` for people: one line per method this policy shows, its id (what `methods
/// mark` takes), name, tier and where it lives, and whether it is set up and accepted.
fn methods_text(tr: &Catalog, policy: &Policy, regs: &[Registration]) -> String {
    let kinds = readiness::methods_to_show(policy, regs);
    let rows: Vec<[String; 5]> = kinds
        .iter()
        .map(|&k| {
            let reg = regs.iter().find(|r| r.kind == k);
            let state = match (reg, policy.allows(k)) {
                (_, false) => tr!(tr, "cli-methods-not-accepted"),
                (Some(r), true) => names::source(tr, r.source),
                (None, true) => tr!(tr, "cli-methods-not-set-up"),
            };
            let mark = if reg.is_some() { "[x]" } else { "[ ]" };
            [
                format!("{mark} {}", k.id()),
                names::method(tr, k),
                names::tier(tr, k.tier()),
                names::device(tr, k.device()),
                state,
            ]
        })
        .collect();
    // Each column as wide as its widest cell, in whatever language it is.
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            rows.iter()
                .map(|r| words::columns(&r[c]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in &rows {
        for (cell, width) in r.iter().zip(&widths) {
            out.push_str(&words::padded(cell, *width));
            out.push_str("  ");
        }
        out.push_str(&r[4]);
        out.push('\n');
    }
    out
}
