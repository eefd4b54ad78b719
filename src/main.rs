//! `mfa-ready`: the window, or a headless command. See `mfa_ready::cli`.

fn main() -> std::process::ExitCode {
    mfa_ready::cli::main()
}
