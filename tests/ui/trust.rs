//! The window and signed policies: the footer names the signer or says "unsigned
//! policy"; a refused policy shows the built-in refusal and nothing from the refused
//! file (its reason behind Details); a trusted_keys file others can write refuses every
//! policy, the built-in default included.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::Path;
use std::sync::mpsc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use mfa_ready::services::config::{self, Clock, LoadedPolicy, PolicySource};
use mfa_ready::services::protocol::{ServiceHandle, StoreSnapshot};
use mfa_ready::services::trust::sign::{self, Protection};
use mfa_ready::services::trust::{SeenRecords, TrustedKeys};
use mfa_ready::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::PolicyOrigin;

const POLICY: &str = include_str!("../fixtures/contoso-policy.toml");

fn now() -> Timestamp {
    "2026-12-11T09:30:00Z".parse().unwrap()
}

fn window(policy: LoadedPolicy) -> Harness<'static, MfaReadyApp> {
    let (tx, _commands) = tokio::sync::mpsc::unbounded_channel();
    let (_events, events_rx) = mpsc::channel();
    let app = MfaReadyApp::new(AppInit {
        policy,
        snapshot: Ok(StoreSnapshot {
            registrations: Vec::new(),
            first_run: "2026-12-01T00:00:00Z".parse().unwrap(),
            page: None,
            recovered: None,
            db_path: "/tmp/test.sqlite3".to_owned(),
            preferences: Vec::new(),
            setup_ids: Default::default(),
        }),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: ServiceHandle::new(tx),
        events: events_rx,
    });
    let mut h = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    h.run();
    h
}

/// The policy file `dir/policy.toml` loaded with `keys` and an empty system folder.
fn load(dir: &Path, keys: &TrustedKeys) -> LoadedPolicy {
    load_source(
        dir,
        keys,
        PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(dir.join("policy.toml")),
        },
    )
}

fn load_source(dir: &Path, keys: &TrustedKeys, source: PolicySource) -> LoadedPolicy {
    config::load_policy_with(
        source,
        keys,
        &dir.join("no-system-folder"),
        &SeenRecords::default(),
        now(),
    )
}

#[test]
fn without_trusted_keys_the_footer_says_unsigned_policy() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.toml"), POLICY).unwrap();
    let h = window(load(dir.path(), &TrustedKeys::default()));
    h.get_by_label("· Not signed");
}

#[test]
fn a_signed_policy_names_its_signer_and_a_tampered_one_shows_nothing_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let files = sign::keygen(&dir.path().join("keys"), Protection::Unencrypted).unwrap();
    let keys = TrustedKeys::from_parts(Some(&files.public_key), None);
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, POLICY).unwrap();
    sign::sign_file(&files.secret, None, &policy, "signer: Contoso IT").unwrap();
    let h = window(load(dir.path(), &keys));
    h.get_by_label("· Signed by your IT department");

    // The attacker rewrites the helpdesk block: their name, phone and page.
    std::fs::write(
        &policy,
        POLICY
            .replace("+1 425 555 0100", "+1 900 555 0199")
            .replace("Contoso Service Desk", "Mallory's Desk")
            + "url = \"https://evil.example/help\"\n",
    )
    .unwrap();
    let h = window(load(dir.path(), &keys));
    h.get_by_label("Your organisation's policy can't be used");
    h.get_by_label(
        "Your organisation's policy on this computer could not be verified. Ask your IT department.",
    );
    // Nothing from the refused file: no name, no phone, no page to open.
    assert!(h.query_by_label_contains("0199").is_none());
    assert!(h.query_by_label_contains("Mallory").is_none());
    assert!(h.query_by_label("Open helpdesk page").is_none());
    assert!(h.query_by_label_contains("Phone:").is_none());
    h.get_by_label("Contact your IT helpdesk.");
    assert!(h.query_by_label_contains("· Signed").is_none());
    // The reason is there for IT, behind Details.
    h.get_by_label("Details for IT");
}

#[cfg(unix)]
#[test]
fn a_trusted_keys_file_others_can_write_refuses_every_policy_and_the_default() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let files = sign::keygen(&dir.path().join("keys"), Protection::Unencrypted).unwrap();
    let path = dir.path().join("trusted_keys");
    std::fs::write(&path, format!("{}\n", files.public_key)).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
    std::fs::write(dir.path().join("policy.toml"), POLICY).unwrap();
    let keys = TrustedKeys::from_parts(None, Some(&path));
    for source in [
        PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(dir.path().join("policy.toml")),
        },
        PolicySource {
            origin: PolicyOrigin::Embedded,
            path: None,
        },
    ] {
        let loaded = load_source(dir.path(), &keys, source);
        assert!(loaded.refused());
        let h = window(loaded);
        h.get_by_label(
            "Your organisation's policy on this computer could not be verified. Ask your IT department.",
        );
        // Not the default's readiness rules either: no verdict, no methods.
        assert!(h.query_by_label_contains("Not ready").is_none());
        assert!(h.query_by_label_contains("· Not signed").is_none());
    }
}
