//! The command line described from its own clap definition, never by hand (issue 19):
//! shell completions (`mfa-ready completions SHELL`) and the man page (`mfa-ready
//! manpage`, for packagers: every command and flag, the exit codes, the environment).

use std::io::Write;

use clap::CommandFactory;

use super::args::Cli;
use super::common::CliResult;
use crate::startup::EXIT_OK;

/// What the exit codes mean, for every command (each command's help says which it uses).
pub const EXIT_CODES: [(u8, &str); 4] = [
    (
        0,
        "Success: ready, healthy, valid, signed or done, as the command says.",
    ),
    (
        1,
        "Not ready or overdue (status, check), a portal not healthy (probe), the computer not meeting the policy (device), an enrollment that failed.",
    ),
    (
        2,
        "Error: a policy that is invalid, unsigned where a signature is required, or refused; no data folder; a bad argument.",
    ),
    (
        3,
        "Queued: the service did not answer; the request is kept and retried.",
    ),
];

/// The environment variables MFA Ready reads (the debug-only test hooks are left out).
pub const ENVIRONMENT: [(&str, &str); 12] = [
    (
        "MFA_READY_POLICY",
        "The policy file to use (after --policy, before the system-wide policy).",
    ),
    (
        "MFA_READY_DATA_DIR",
        "Where to keep state (after --data-dir).",
    ),
    (
        "MFA_READY_NOW",
        "An RFC 3339 time to use as now, for tests and what-ifs.",
    ),
    (
        "MFA_READY_GRAPH_TOKEN",
        "An access token for Microsoft Graph, for scripts (instead of the sign-in).",
    ),
    (
        "MFA_READY_OKTA_TOKEN",
        "An access token for Okta's MyAccount API, for scripts (instead of the sign-in).",
    ),
    (
        "MFA_READY_TRUSTED_KEYS",
        "Public keys whose signatures a policy may carry, added to the built-in ones.",
    ),
    (
        "MFA_READY_KEY_PASSWORD",
        "The password of the secret key for policy keygen and policy sign.",
    ),
    (
        "HTTPS_PROXY, HTTP_PROXY, NO_PROXY",
        "Proxies, after the policy's [network] proxy and before the system's settings (lower case too).",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "The command line's language (the first set wins): en, de, fr, es or ja.",
    ),
    (
        "XDG_CURRENT_DESKTOP",
        "Which desktop's proxy settings are read on Linux (GNOME's or KDE's).",
    ),
    (
        "RUST_LOG",
        "What is logged to standard error (default: warnings).",
    ),
    ("TZ", "The time zone of dates shown."),
];

/// `mfa-ready completions SHELL`: the completion script on standard output.
pub fn completions(shell: clap_complete::Shell) -> CliResult {
    let mut out = std::io::stdout().lock();
    out.write_all(&completion_script(shell))?;
    out.flush()?;
    Ok(EXIT_OK)
}

/// The completion script for `shell`, as clap_complete writes it. Its bash script
/// (clap_complete 4.6) names the states of a hyphenated program's subcommands two ways
/// (`mfa__ready__subcmd__policy` where it moves there, `mfa__subcmd__ready__subcmd__policy`
/// where it completes there), so nothing after `mfa-ready policy` would complete: the
/// second spelling is made the first. A test completes a nested command in bash.
pub fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "mfa-ready", &mut script);
    if shell == clap_complete::Shell::Bash {
        return String::from_utf8_lossy(&script)
            .replace("mfa__subcmd__ready", "mfa__ready")
            .into_bytes();
    }
    script
}

/// `mfa-ready manpage`: `mfa-ready.1` on standard output.
pub fn manpage() -> CliResult {
    let mut out = std::io::stdout().lock();
    out.write_all(&render_manpage()?)?;
    out.flush()?;
    Ok(EXIT_OK)
}

/// The man page: clap_mangen's title, name, synopsis, description and options, then
/// every command (and its commands) with its arguments, the exit status and the
/// environment.
pub fn render_manpage() -> std::io::Result<Vec<u8>> {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    out.extend_from_slice(b".SH COMMANDS\n");
    commands(&cmd, "mfa-ready", &mut out)?;
    out.extend_from_slice(b".SH \"EXIT STATUS\"\n");
    for (code, meaning) in EXIT_CODES {
        writeln!(out, ".TP\n\\fB{code}\\fR\n{}", roff(meaning))?;
    }
    out.extend_from_slice(b".SH ENVIRONMENT\n");
    for (name, meaning) in ENVIRONMENT {
        writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(name), roff(meaning))?;
    }
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Each visible subcommand of `cmd` under its full name, its help and its arguments;
/// then its own subcommands.
fn commands(cmd: &clap::Command, path: &str, out: &mut Vec<u8>) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("{path} {}", sub.get_name());
        writeln!(out, ".SS \"{}\"", roff(&name))?;
        let about = sub
            .get_long_about()
            .or_else(|| sub.get_about())
            .map(ToString::to_string)
            .unwrap_or_default();
        for para in about.split("\n\n") {
            writeln!(out, ".PP\n{}", roff(&para.replace('\n', " ")))?;
        }
        for arg in sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set())
            .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        {
            let label = match (arg.get_long(), arg.get_value_names()) {
                (Some(long), Some(values)) if arg.get_action().takes_values() => {
                    let v: Vec<String> = values.iter().map(|v| format!("<{v}>")).collect();
                    format!("\\fB\\-\\-{}\\fR {}", roff(long), roff(&v.join(" ")))
                }
                (Some(long), _) if arg.get_action().takes_values() => {
                    format!(
                        "\\fB\\-\\-{}\\fR <{}>",
                        roff(long),
                        roff(arg.get_id().as_str()).to_uppercase()
                    )
                }
                (Some(long), _) => format!("\\fB\\-\\-{}\\fR", roff(long)),
                (None, _) => format!("<{}>", roff(arg.get_id().as_str())),
            };
            let mut help = arg
                .get_long_help()
                .or_else(|| arg.get_help())
                .map(ToString::to_string)
                .unwrap_or_default();
            let values: Vec<String> = arg
                .get_value_parser()
                .possible_values()
                .into_iter()
                .flatten()
                .filter(|v| arg.get_action().takes_values() && !v.is_hide_set())
                .map(|v| v.get_name().to_owned())
                .collect();
            if !values.is_empty() {
                help.push_str(&format!(" [possible values: {}]", values.join(", ")));
            }
            writeln!(out, ".TP\n{label}\n{}", roff(&help.replace('\n', " ")))?;
        }
        commands(sub, &name, out)?;
    }
    Ok(())
}

/// Text made safe for roff: backslashes and hyphens escaped, no line starting with a
/// control character.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with(['.', '\'']) {
                format!("\\&{l}")
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_text_cannot_start_a_request() {
        assert_eq!(roff(".SH x"), "\\&.SH x");
        assert_eq!(roff("a-b \\ c"), "a\\-b \\e c");
        assert_eq!(roff("'x"), "\\&'x");
    }
}
