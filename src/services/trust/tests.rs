//! The refusal rules on real files, keys made with the `minisign` crate.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::sign::{self, Protection};
use super::*;

const POLICY: &str = "schema = 1\norganization = \"Contoso\"\n";

struct Signer {
    dir: tempfile::TempDir,
    key: PathBuf,
    public_key: String,
}

impl Signer {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let files = sign::keygen(&dir.path().join("keys"), Protection::Unencrypted).unwrap();
        Self {
            key: files.secret,
            public_key: files.public_key,
            dir,
        }
    }

    fn keys(&self) -> TrustedKeys {
        TrustedKeys::from_parts(Some(&self.public_key), None)
    }

    /// Writes `name` with `text` and signs it.
    fn signed(&self, name: &str, text: &str) -> PathBuf {
        self.signed_with(name, text, "signer: Contoso IT; signed: 2026-12-01")
    }

    /// Writes `name` with `text` and signs it with this trusted comment.
    fn signed_with(&self, name: &str, text: &str, comment: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        sign::sign_file(&self.key, None, &path, comment).unwrap();
        path
    }
}

fn now() -> Timestamp {
    "2026-12-10T00:00:00Z".parse().unwrap()
}

fn check(keys: &TrustedKeys, path: &Path) -> Result<PolicyTrust, TrustError> {
    check_seen(keys, path, &SeenRecords::default())
}

fn check_seen(
    keys: &TrustedKeys,
    path: &Path,
    seen: &SeenRecords,
) -> Result<PolicyTrust, TrustError> {
    let text = std::fs::read(path).unwrap();
    check_policy(
        keys,
        PolicyFile { path, text: &text },
        false,
        None,
        seen,
        now(),
    )
}

#[test]
fn a_valid_signature_names_the_signer() {
    let s = Signer::new();
    let p = s.signed("policy.toml", POLICY);
    let t = check(&s.keys(), &p).unwrap();
    assert!(t.signed && t.required);
    assert_eq!(
        t.signer.as_deref(),
        Some("signer: Contoso IT; signed: 2026-12-01")
    );
    assert_eq!(t.key_id, Some(s.keys().keys[0].id.clone()));
}

#[test]
fn one_changed_byte_is_refused() {
    let s = Signer::new();
    let p = s.signed("policy.toml", POLICY);
    std::fs::write(&p, POLICY.replace("Contoso", "Contosa")).unwrap();
    let err = check(&s.keys(), &p).unwrap_err();
    assert!(matches!(err, TrustError::Mismatch { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("policy.toml: refused: the signature does not match")
    );
}

#[test]
fn another_key_is_refused() {
    let s = Signer::new();
    let other = Signer::new();
    let p = s.signed("policy.toml", POLICY);
    let err = check(&other.keys(), &p).unwrap_err();
    assert!(matches!(err, TrustError::UntrustedKey { .. }), "{err}");
    assert!(
        err.to_string().contains("which this device does not trust"),
        "{err}"
    );
}

#[test]
fn no_signature_with_keys_present_is_refused_and_without_keys_is_unsigned() {
    let s = Signer::new();
    let p = s.dir.path().join("policy.toml");
    std::fs::write(&p, POLICY).unwrap();
    let err = check(&s.keys(), &p).unwrap_err();
    assert!(matches!(err, TrustError::Unsigned { .. }), "{err}");
    assert!(
        err.to_string().ends_with(
            "policy.toml.minisig is missing) and this device accepts signed policies only"
        )
    );
    let t = check(&TrustedKeys::default(), &p).unwrap();
    assert_eq!(t, PolicyTrust::unsigned(false));
    assert_eq!(t.label(), "unsigned policy");
}

#[test]
fn an_edited_trusted_comment_is_refused() {
    let s = Signer::new();
    let p = s.signed("policy.toml", POLICY);
    let sig = verify::signature_path(&p);
    let text = std::fs::read_to_string(&sig).unwrap();
    let edited = text.replace("signer: Contoso IT", "signer: Mallory");
    assert_ne!(text, edited);
    std::fs::write(&sig, edited).unwrap();
    let err = check(&s.keys(), &p).unwrap_err();
    assert!(matches!(err, TrustError::Mismatch { .. }), "{err}");
}

#[test]
fn a_garbled_signature_file_says_so() {
    let s = Signer::new();
    let p = s.signed("policy.toml", POLICY);
    std::fs::write(verify::signature_path(&p), "hello\n").unwrap();
    let err = check(&s.keys(), &p).unwrap_err();
    assert!(matches!(err, TrustError::BadSignatureFile { .. }), "{err}");
}

#[test]
fn a_user_level_policy_cannot_replace_a_signed_system_policy() {
    let s = Signer::new();
    let system = s.signed("system.toml", POLICY);
    let user = s.signed("user.toml", POLICY);
    let sys_text = std::fs::read(&system).unwrap();
    let user_text = std::fs::read(&user).unwrap();
    let sys = PolicyFile {
        path: &system,
        text: &sys_text,
    };
    let usr = PolicyFile {
        path: &user,
        text: &user_text,
    };
    let none = SeenRecords::default();
    let err = check_policy(&s.keys(), usr, true, Some(sys), &none, now()).unwrap_err();
    assert!(matches!(err, TrustError::Override { .. }), "{err}");
    // The system policy itself is fine, also when named as a user-level policy (the
    // same file, by its own path or through a link).
    assert!(
        check_policy(&s.keys(), sys, false, None, &none, now())
            .unwrap()
            .signed
    );
    assert!(
        check_policy(&s.keys(), sys, true, Some(sys), &none, now())
            .unwrap()
            .signed
    );
    #[cfg(unix)]
    {
        let link = s.dir.path().join("link.toml");
        std::os::unix::fs::symlink(&system, &link).unwrap();
        std::fs::copy(
            verify::signature_path(&system),
            verify::signature_path(&link),
        )
        .unwrap();
        let by_link = PolicyFile {
            path: &link,
            text: &sys_text,
        };
        assert!(
            check_policy(&s.keys(), by_link, true, Some(sys), &none, now())
                .unwrap()
                .signed
        );
    }
    // A user-level one is fine when the system policy is not validly signed (it would
    // be refused itself).
    std::fs::remove_file(verify::signature_path(&system)).unwrap();
    assert!(
        check_policy(&s.keys(), usr, true, Some(sys), &none, now())
            .unwrap()
            .signed
    );
}

#[test]
fn keygen_never_overwrites_and_keeps_the_secret_private() {
    let s = Signer::new();
    let err = sign::keygen(&s.dir.path().join("keys"), Protection::Unencrypted).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("already exists; not overwritten (move it away or choose another --out)"),
        "{err}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&s.key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn an_encrypted_key_needs_its_password() {
    let dir = tempfile::tempdir().unwrap();
    let files = sign::keygen(
        dir.path(),
        Protection::Password(Some("correct horse".into())),
    )
    .unwrap();
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, POLICY).unwrap();
    let err = sign::sign_file(&files.secret, Some("wrong".into()), &policy, "x").unwrap_err();
    assert!(err.to_string().contains("mfa-ready.key"), "{err}");
    sign::sign_file(
        &files.secret,
        Some("correct horse".into()),
        &policy,
        "signer: a",
    )
    .unwrap();
    let keys = TrustedKeys::from_parts(Some(&files.public_key), None);
    assert_eq!(
        check(&keys, &policy).unwrap().signer.as_deref(),
        Some("signer: a")
    );
}

#[test]
fn broken_trust_refuses_every_policy_even_a_validly_signed_one() {
    let s = Signer::new();
    let p = s.signed("policy.toml", POLICY);
    let mut keys = s.keys();
    keys.broken = Some(keys::KeysError::Unreadable {
        path: "/etc/mfa-ready/trusted_keys".into(),
        message: "Permission denied (os error 13)".into(),
    });
    let err = check(&keys, &p).unwrap_err();
    assert_eq!(
        err.to_string(),
        "/etc/mfa-ready/trusted_keys: cannot read it: Permission denied (os error 13); no policy can be trusted until this is fixed"
    );
    // An unsigned one too: "no usable keys" never means "accept anything".
    let q = s.dir.path().join("unsigned.toml");
    std::fs::write(&q, POLICY).unwrap();
    assert!(matches!(check(&keys, &q), Err(TrustError::Keys(_))));
}

#[test]
fn an_existing_but_empty_trusted_keys_file_refuses_unsigned_policies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trusted_keys");
    std::fs::write(&path, "# keys will come\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let keys = TrustedKeys::from_parts(None, Some(&path));
    let p = dir.path().join("policy.toml");
    std::fs::write(&p, POLICY).unwrap();
    assert!(matches!(check(&keys, &p), Err(TrustError::Unsigned { .. })));
}

#[test]
fn an_older_policy_of_the_same_key_is_refused_after_a_newer_one() {
    let s = Signer::new();
    let data = tempfile::tempdir().unwrap();
    let seen = SeenRecords {
        machine: None,
        user: Some(data.path().to_owned()),
    };
    let new = s.signed_with(
        "new.toml",
        POLICY,
        "signer: IT; signed: 2026-12-05T09:00:00Z; file: p",
    );
    let old = s.signed_with(
        "old.toml",
        POLICY,
        "signer: IT; signed: 2026-11-01T09:00:00Z; file: p",
    );
    // Before anything was accepted, the old one is fine.
    let t = check_seen(&s.keys(), &old, &seen).unwrap();
    assert_eq!(t.signed_at, Some("2026-11-01T09:00:00Z".parse().unwrap()));
    seen.record(t.key_id.as_deref().unwrap(), t.signed_at.unwrap());
    let t = check_seen(&s.keys(), &new, &seen).unwrap();
    seen.record(t.key_id.as_deref().unwrap(), t.signed_at.unwrap());
    let err = check_seen(&s.keys(), &old, &seen).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: refused: this policy was replaced by a newer one signed on 2026-12-05 09:00 UTC",
            old.display()
        )
    );
    // The same policy again is fine; an undated signature is refused once a dated one
    // was used.
    assert!(check_seen(&s.keys(), &new, &seen).is_ok());
    let undated = s.signed_with("undated.toml", POLICY, "signer: IT");
    assert!(matches!(
        check_seen(&s.keys(), &undated, &seen),
        Err(TrustError::Undated { .. })
    ));
    // Another key's record does not hold this one back.
    let other = Signer::new();
    let theirs = other.signed_with(
        "theirs.toml",
        POLICY,
        "signer: IT; signed: 2026-10-01T00:00:00Z",
    );
    assert!(check_seen(&other.keys(), &theirs, &seen).is_ok());
}

#[test]
fn an_expired_policy_is_refused() {
    let s = Signer::new();
    let p = s.signed_with(
        "policy.toml",
        POLICY,
        "signer: IT; signed: 2026-12-01T00:00:00Z; file: p; expires: 2026-12-09T00:00:00Z",
    );
    let err = check(&s.keys(), &p).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: refused: this policy expired on 2026-12-09 00:00 UTC",
            p.display()
        )
    );
    let q = s.signed_with(
        "later.toml",
        POLICY,
        "signer: IT; signed: 2026-12-01T00:00:00Z; file: p; expires: 2027-01-01T00:00:00Z",
    );
    let t = check(&s.keys(), &q).unwrap();
    assert_eq!(t.expires_at, Some("2027-01-01T00:00:00Z".parse().unwrap()));
}
