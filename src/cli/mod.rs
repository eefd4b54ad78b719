//! The command line: `mfa-ready` opens the window; subcommands run headless.
//!
//! Exit codes are a contract for IT's fleet scripts:
//! `status`: 0 ready, 1 not ready or overdue, 2 error. `policy check`: 0 valid, 2 invalid.
//! `probe`: 0 every portal healthy (slow counts), 1 any not, 2 error.
//! `enroll phone`, `verify`, `queue run`: 0 done, 3 queued (will be retried), 1 failed, 2 error.
//! Every other command: 0 done, 2 error. Errors are one line on stderr, prefixed `mfa-ready:`.

pub mod probe;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::core::deadline;
use crate::core::methods::{MethodKind, Os};
use crate::core::policy::{self, Policy};
use crate::core::readiness::{self, Readiness, Registration};
use crate::services::config::{self, Clock, LoadedPolicy, PolicyLoadError};
use crate::services::store::Store;

pub mod enroll;
pub mod queue;

/// Exit codes.
pub const EXIT_OK: u8 = 0;
pub const EXIT_NOT_READY: u8 = 1;
pub const EXIT_ERROR: u8 = 2;
/// `enroll phone`, `verify`: the job failed for good.
pub const EXIT_FAILED: u8 = 1;
/// `enroll phone`, `verify`, `queue run`: queued, will be retried.
pub const EXIT_QUEUED: u8 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "mfa-ready",
    version,
    about = "Get enrolled in several MFA methods before your organisation's deadline.",
    long_about = "Get enrolled in several MFA methods before your organisation's deadline.\n\n\
        With no command, opens the window. The commands below run without one, for scripts \
        and device-management tools.\n\n\
        Environment: MFA_READY_POLICY (policy file), MFA_READY_DATA_DIR (data directory), \
        MFA_READY_NOW (RFC 3339 time to use as 'now', for tests and what-ifs)."
)]
pub struct Cli {
    /// Policy file to use (overrides MFA_READY_POLICY and the system-wide policy).
    #[arg(long, global = true, value_name = "FILE")]
    pub policy: Option<PathBuf>,

    /// Where to keep state (overrides MFA_READY_DATA_DIR; for portable installs and tests).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The readiness verdict. Exit 0 ready, 1 not ready or overdue, 2 error.
    Status {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The methods this policy accepts, with what is registered; or mark/unmark one.
    Methods {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        action: Option<MethodsAction>,
    },
    /// Probe every sign-in portal once and store the results. Exit 0 all healthy, 1 any not, 2 error.
    Probe {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check or show the organisation policy.
    Policy {
        #[command(subcommand)]
        action: PolicyAction,
    },
    /// Register a method through the enrollment service. Exit 0 done, 3 queued, 1 failed, 2 error.
    Enroll {
        #[command(subcommand)]
        action: enroll::EnrollAction,
    },
    /// Ask the enrollment service what is registered now. Exit 0 done, 3 queued, 1 failed, 2 error.
    Verify,
    /// The durable retry queue.
    Queue {
        #[command(subcommand)]
        action: queue::QueueAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum MethodsAction {
    /// Record that a method is set up (e.g. `methods mark security_key`).
    Mark {
        /// Method id, as listed by `mfa-ready methods`.
        kind: String,
    },
    /// Remove a method.
    Unmark {
        /// Method id, as listed by `mfa-ready methods`.
        kind: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum PolicyAction {
    /// Validate a policy file. Exit 0 valid, 2 invalid (errors on stderr).
    Check {
        /// The policy file.
        file: PathBuf,
    },
    /// Show the policy in force and where it came from.
    Show {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// A failure that ends the command with exit 2 and one line on stderr.
#[derive(Debug)]
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(e: E) -> Self {
        Self(e.to_string())
    }
}

pub type CliResult = Result<u8, CliError>;

/// Entry point for `main`.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.command.is_none());
    let code = match cli.command {
        None => crate::gui::run(cli.policy.as_deref(), cli.data_dir.as_deref()),
        Some(cmd) => match run_command(cmd, cli.policy.as_deref(), cli.data_dir.as_deref()) {
            Ok(code) => code,
            Err(CliError(msg)) => {
                for line in msg.lines() {
                    eprintln!("mfa-ready: {line}");
                }
                EXIT_ERROR
            }
        },
    };
    ExitCode::from(code)
}

fn init_tracing(gui: bool) {
    // Our own warnings only by default (winit and wgpu are chatty about software
    // rendering and odd displays); RUST_LOG=mfa_ready=debug for more. Never on stdout.
    let default = if gui { "error,mfa_ready=warn" } else { "error" };
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Reads `MFA_READY_NOW`.
pub fn clock_from_env() -> Result<Clock, CliError> {
    let value = std::env::var(config::ENV_NOW).ok();
    Clock::from_env_value(value.as_deref()).map_err(CliError::from)
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).map(PathBuf::from)
}

/// Finds and loads the policy in force (flag, env, system, beside the program, embedded).
pub fn load_policy(flag: Option<&Path>, now: Timestamp) -> LoadedPolicy {
    let env = env_path(config::ENV_POLICY);
    config::load_policy(config::find_policy(flag, env.as_deref()), now)
}

fn valid_policy(loaded: &LoadedPolicy) -> Result<&Policy, CliError> {
    loaded.result.as_ref().map_err(|e| match e {
        PolicyLoadError::Invalid(errs) => CliError(format!("the policy is not valid:\n{errs}")),
        other => CliError(other.to_string()),
    })
}

/// Resolves the data directory (flag, env, OS default).
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, CliError> {
    let env = env_path(config::ENV_DATA_DIR);
    config::data_dir(flag, env.as_deref()).ok_or_else(|| {
        CliError("no data directory: pass --data-dir DIR or set MFA_READY_DATA_DIR".to_owned())
    })
}

fn open_store(flag: Option<&Path>, now: Timestamp) -> Result<Store, CliError> {
    let dir = data_dir(flag)?;
    crate::services::store::check_writable(&dir)?;
    let store = Store::open(&dir, now)?;
    if let Some(r) = store.recovered() {
        eprintln!("mfa-ready: warning: {}", r.sentence());
    }
    Ok(store)
}

fn parse_kind(id: &str) -> Result<MethodKind, CliError> {
    MethodKind::from_id(id).ok_or_else(|| {
        CliError(format!(
            "unknown method \"{id}\"; known methods: {}",
            MethodKind::all_ids()
        ))
    })
}

/// Runs one headless command.
pub fn run_command(
    cmd: Command,
    policy_flag: Option<&Path>,
    data_flag: Option<&Path>,
) -> CliResult {
    let clock = clock_from_env()?;
    let now = clock.now();
    match cmd {
        Command::Probe { json } => probe::run(policy_flag, data_flag, json, now),
        Command::Policy {
            action: PolicyAction::Check { file },
        } => policy_check(&file, now),
        Command::Policy {
            action: PolicyAction::Show { json },
        } => {
            let loaded = load_policy(policy_flag, now);
            let policy = valid_policy(&loaded)?;
            policy_show(&loaded, policy, json)
        }
        Command::Status { json } => {
            let loaded = load_policy(policy_flag, now);
            let policy = valid_policy(&loaded)?;
            let mut store = open_store(data_flag, now)?;
            let first_run = store.first_run(now)?;
            let regs = store.registrations()?;
            let r = assess(policy, &regs, first_run, now);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&status_json(
                        &loaded, policy, &regs, &r, first_run, now
                    ))?
                );
            } else {
                print!("{}", status_text(&loaded, policy, &r, now));
            }
            Ok(if r.verdict == readiness::Verdict::Ready {
                EXIT_OK
            } else {
                EXIT_NOT_READY
            })
        }
        Command::Enroll {
            action: enroll::EnrollAction::Phone { number, phone_type },
        } => {
            let payload = enroll::phone_payload(&number, phone_type)?;
            let loaded = load_policy(policy_flag, now);
            let policy = valid_policy(&loaded)?;
            let store = open_store(data_flag, now)?;
            enroll::try_now(&payload, policy, store, clock, now)
        }
        Command::Verify => {
            let loaded = load_policy(policy_flag, now);
            let policy = valid_policy(&loaded)?;
            let store = open_store(data_flag, now)?;
            enroll::try_now(
                &crate::core::queue::Payload::VerifyMethods,
                policy,
                store,
                clock,
                now,
            )
        }
        Command::Queue { action } => {
            let loaded = load_policy(policy_flag, now);
            let store = open_store(data_flag, now)?;
            queue::run(action, loaded.result.as_ref().ok(), store, clock, now)
        }
        Command::Methods { json, action } => {
            // Validate everything before anything is written.
            let kind_action = match &action {
                Some(MethodsAction::Mark { kind }) => Some((true, parse_kind(kind)?)),
                Some(MethodsAction::Unmark { kind }) => Some((false, parse_kind(kind)?)),
                None => None,
            };
            let loaded = load_policy(policy_flag, now);
            let policy = valid_policy(&loaded)?;
            let mut store = open_store(data_flag, now)?;
            store.first_run(now)?;
            match kind_action {
                Some((true, kind)) => {
                    let changed = store.mark(kind, readiness::Source::SelfAttested, now)?;
                    println!(
                        "{}: {}",
                        kind.id(),
                        if changed {
                            "marked as set up"
                        } else {
                            "already marked"
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
                    println!(
                        "{}: {}",
                        kind.id(),
                        if changed { "removed" } else { "was not marked" }
                    );
                    Ok(EXIT_OK)
                }
                None => {
                    let regs = store.registrations()?;
                    if json {
                        println!(
                            "{}",
                            serde_json::to_string_pretty(&methods_json(&loaded, policy, &regs))?
                        );
                    } else {
                        print!("{}", methods_text(policy, &regs));
                    }
                    Ok(EXIT_OK)
                }
            }
        }
    }
}

fn assess(
    policy: &Policy,
    regs: &[Registration],
    first_run: Timestamp,
    now: Timestamp,
) -> Readiness {
    readiness::assess(&readiness::Input {
        policy,
        registered: regs,
        first_run,
        now,
        os: Os::current(),
    })
}

fn policy_check(file: &Path, now: Timestamp) -> CliResult {
    let text = config::read_policy_file(file)?;
    match policy::parse(&text, &file.display().to_string(), now) {
        Ok(p) => {
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
    })
}

fn policy_show(loaded: &LoadedPolicy, policy: &Policy, as_json: bool) -> CliResult {
    if as_json {
        let v = json!({
            "source": loaded.source.origin.id(),
            "path": loaded.source.path.as_ref().map(|p| p.display().to_string()),
            "policy": policy,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(EXIT_OK);
    }
    let e = &policy.enrollment;
    let mut out = String::new();
    out.push_str(&format!("Policy:        {}\n", loaded.source.describe()));
    out.push_str(&format!("Organization:  {}\n", policy.organization));
    out.push_str(&format!(
        "Provider:      {} ({})\n",
        policy.provider.display_name(),
        policy.provider.id()
    ));
    if let Some(t) = &policy.tenant {
        out.push_str(&format!("Tenant:        {t}\n"));
    }
    out.push_str(&format!(
        "Deadline:      {}\n",
        e.deadline.map_or("none".to_owned(), |d| d.to_string())
    ));
    if let Some(n) = e.new_user_days {
        out.push_str(&format!("New users:     {n} days from first run\n"));
    }
    out.push_str(&format!(
        "Required:      {} methods, {} phishing-resistant, not all on one device\n",
        e.min_methods, e.min_phishing_resistant
    ));
    out.push_str(&format!(
        "Allowed:       {}\n",
        e.allowed_methods
            .iter()
            .map(|k| k.id())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    for p in &policy.portals {
        out.push_str(&format!(
            "Portal:        {} <{}> slow {} ms, timeout {} ms\n",
            p.name, p.url, p.slow_ms, p.timeout_ms
        ));
    }
    if let Some(h) = &policy.helpdesk {
        out.push_str(&format!("Helpdesk:      {}\n", helpdesk_line(h)));
    }
    print!("{out}");
    Ok(EXIT_OK)
}

fn helpdesk_line(h: &policy::Helpdesk) -> String {
    let mut parts = vec![h.name.clone()];
    parts.extend(h.phone.clone());
    parts.extend(h.email.clone());
    parts.extend(h.url.clone());
    parts.join(", ")
}

/// The `status --json` document. Field names are a contract.
pub fn status_json(
    loaded: &LoadedPolicy,
    policy: &Policy,
    regs: &[Registration],
    r: &Readiness,
    first_run: Timestamp,
    now: Timestamp,
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
                "counts": !r.not_counted.iter().any(|(k, _)| *k == reg.kind),
            })
        })
        .collect();
    json!({
        "verdict": r.verdict.id(),
        "deadline": r.deadline.map(|d| d.at.to_string()),
        "deadline_source": r.deadline.map(|d| match d.source {
            deadline::DeadlineSource::Organization => "organization",
            deadline::DeadlineSource::Personal => "personal",
        }),
        "time_left_seconds": r.time_left.map(|d| d.as_secs()),
        "urgency": r.urgency.id(),
        "methods": methods,
        "counted": r.counted,
        "required": r.required,
        "phishing_resistant": r.phishing_resistant,
        "required_phishing_resistant": r.required_phishing_resistant,
        "gaps": r.gaps,
        "next_step": r.next_step.as_ref().map(|n| json!({
            "method": n.method.id(),
            "name": n.method.name(),
            "reason": n.reason,
            "setup_link": policy.setup_link(n.method),
        })),
        "policy": policy_json(loaded, policy),
        "helpdesk": policy.helpdesk,
        "first_run": first_run.to_string(),
        "checked_at": now.to_string(),
    })
}

fn local(t: Timestamp) -> String {
    t.to_zoned(TimeZone::system())
        .strftime("%a %-d %b %Y, %H:%M %Z")
        .to_string()
}

fn status_text(loaded: &LoadedPolicy, policy: &Policy, r: &Readiness, now: Timestamp) -> String {
    let mut out = format!(
        "{}: {}\n",
        policy.organization,
        r.verdict.label().to_uppercase()
    );
    out.push_str(&format!("  Methods:   {} of {}", r.counted, r.required));
    if r.required_phishing_resistant > 0 {
        out.push_str(&format!(
            " ({} of {} phishing-resistant)",
            r.phishing_resistant, r.required_phishing_resistant
        ));
    }
    out.push('\n');
    match r.deadline {
        Some(d) => out.push_str(&format!(
            "  Deadline:  {} ({}), {} [urgency {}]\n",
            local(d.at),
            match d.source {
                deadline::DeadlineSource::Organization => "organisation",
                deadline::DeadlineSource::Personal => "personal, new user",
            },
            deadline::time_left_sentence(d.at, now),
            r.urgency.id()
        )),
        None => out.push_str("  Deadline:  none\n"),
    }
    for g in &r.gaps {
        out.push_str(&format!("  Missing:   {}\n", g.message));
    }
    for (_, why) in &r.not_counted {
        out.push_str(&format!("  Ignored:   {why}\n"));
    }
    if let Some(n) = &r.next_step {
        out.push_str(&format!("  Next step: {}\n", n.reason));
        out.push_str(&format!("             {}\n", policy.setup_link(n.method)));
    }
    if let Some(h) = &policy.helpdesk {
        out.push_str(&format!("  Helpdesk:  {}\n", helpdesk_line(h)));
    }
    out.push_str(&format!("  Policy:    {}\n", loaded.source.describe()));
    out
}

fn methods_json(loaded: &LoadedPolicy, policy: &Policy, regs: &[Registration]) -> Value {
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
                "setup_link": policy.setup_link(k),
            })
        })
        .collect();
    json!({ "methods": methods, "policy": policy_json(loaded, policy) })
}

fn methods_text(policy: &Policy, regs: &[Registration]) -> String {
    let mut out = String::new();
    let kinds = readiness::methods_to_show(policy, regs);
    for k in kinds {
        let reg = regs.iter().find(|r| r.kind == k);
        let mark = if reg.is_some() { "[x]" } else { "[ ]" };
        let note = match (reg, policy.allows(k)) {
            (_, false) => " (not accepted)".to_owned(),
            (Some(r), true) => format!(" ({})", r.source.id()),
            (None, true) => String::new(),
        };
        out.push_str(&format!(
            "{mark} {:<20} {:<28} {:<18} {}{note}\n",
            k.id(),
            k.name(),
            k.tier().id(),
            k.device().id()
        ));
    }
    out
}
