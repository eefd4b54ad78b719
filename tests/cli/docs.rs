//! Issue 19: the man page and the shell completions come from the clap definition, so
//! every command and flag is in them; the man page renders with `man`, and bash
//! completes a subcommand with the generated script.

use std::process::{Command, Output};

use clap::CommandFactory;
use mfa_ready::cli::{Cli, ENVIRONMENT, EXIT_CODES};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
        .args(args)
        .env_remove("MFA_READY_POLICY")
        .env_remove("MFA_READY_DATA_DIR")
        .output()
        .unwrap()
}

/// Every visible command (full path) and each of its long flags.
fn commands_and_flags() -> Vec<(String, Vec<String>)> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = format!("{path} {}", sub.get_name());
            let flags = sub
                .get_arguments()
                .filter(|a| !a.is_hide_set())
                .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
                .filter(|l| l != "--help" && l != "--version")
                .collect();
            out.push((name.clone(), flags));
            walk(sub, &name, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "mfa-ready", &mut out);
    out
}

/// roff's escaped hyphen, as the page writes every flag.
fn roffed(s: &str) -> String {
    s.replace('-', "\\-")
}

#[test]
fn the_man_page_has_every_command_flag_exit_code_and_variable() {
    let out = run(&["manpage"]);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with(".ie") || page.starts_with(".TH"),
        "{}",
        &page[..80]
    );
    let all = commands_and_flags();
    assert!(all.len() >= 25, "{} commands", all.len());
    for (cmd, flags) in &all {
        assert!(
            page.contains(&format!(".SS \"{}\"", roffed(cmd))),
            "no {cmd}"
        );
        for f in flags {
            assert!(
                page.contains(&format!("\\fB{}\\fR", roffed(f))),
                "no {f} of {cmd}"
            );
        }
    }
    // The top-level flags.
    for f in ["--policy", "--data-dir", "--open-report"] {
        assert!(page.contains(&roffed(f)), "no {f}");
    }
    for (code, _) in EXIT_CODES {
        assert!(
            page.contains(&format!(".TP\n\\fB{code}\\fR")),
            "exit {code}"
        );
    }
    for (name, _) in ENVIRONMENT {
        assert!(page.contains(&roffed(name)), "no {name}");
    }
    assert!(
        !page.contains("\nmanpage"),
        "the packagers' command stays out of the page"
    );

    // `man -l` renders it (man-db, from dist/setup-debian.sh).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mfa-ready.1");
    std::fs::write(&file, &page).unwrap();
    let rendered = Command::new("man")
        .arg("-l")
        .arg(&file)
        .env("MANWIDTH", "100")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .output()
        .expect("man (dist/setup-debian.sh installs man-db)");
    assert!(
        rendered.status.success(),
        "{}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    let text = String::from_utf8_lossy(&rendered.stdout);
    for heading in ["NAME", "SYNOPSIS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"] {
        assert!(text.contains(heading), "{heading} not rendered:\n{text}");
    }
    assert!(text.contains("mfa-ready policy sign"), "{text}");
    assert!(text.contains("--json"), "hyphens render as hyphens");
    let warnings = String::from_utf8_lossy(&rendered.stderr);
    assert!(!warnings.contains("warning"), "{warnings}");
}

#[test]
fn bash_completes_a_subcommand_with_the_generated_script() {
    let out = run(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("mfa-ready");
    std::fs::write(&script, &out.stdout).unwrap();
    let probe = format!(
        "source {s}; complete -p mfa-ready; \
         f=$(complete -p mfa-ready | sed -E 's/.*-F ([^ ]+).*/\\1/'); \
         COMP_WORDS=(mfa-ready sta); COMP_CWORD=1; COMP_LINE='mfa-ready sta'; COMP_POINT=13; \
         $f mfa-ready sta mfa-ready; echo \"reply: ${{COMPREPLY[*]}}\"; \
         COMP_WORDS=(mfa-ready policy s); COMP_CWORD=2; COMP_LINE='mfa-ready policy s'; COMP_POINT=18; \
         $f mfa-ready s policy; echo \"reply: ${{COMPREPLY[*]}}\"",
        s = script.display()
    );
    let bash = Command::new("bash")
        .args(["--norc", "-c", &probe])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&bash.stdout);
    assert!(
        said.contains("-F _mfa")
            && said
                .trim_end()
                .lines()
                .next()
                .is_some_and(|l| l.ends_with(" mfa-ready")),
        "{said}\n{}",
        String::from_utf8_lossy(&bash.stderr)
    );
    let replies: Vec<&str> = said.lines().filter(|l| l.starts_with("reply:")).collect();
    assert_eq!(replies.len(), 2, "{said}");
    assert!(
        replies[0].split_whitespace().any(|w| w == "status"),
        "{said}"
    );
    assert!(replies[1].split_whitespace().any(|w| w == "show"), "{said}");
    assert!(replies[1].split_whitespace().any(|w| w == "sign"), "{said}");
}

#[test]
fn every_shell_gets_a_script_naming_the_commands() {
    for (shell, marker) in [
        ("zsh", "#compdef mfa-ready"),
        ("fish", "complete -c mfa-ready"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(marker), "{shell}");
        for cmd in ["status", "probe", "completions", "verify"] {
            assert!(text.contains(cmd), "{shell}: {cmd}");
        }
    }
    let bad = run(&["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
}
