//! The refusal rules on real files, keys made with the `minisign` crate.

use std::path::{Path, PathBuf};

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
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        sign::sign_file(
            &self.key,
            None,
            &path,
            "signer: Contoso IT; signed: 2026-12-01",
        )
        .unwrap();
        path
    }
}

fn check(keys: &TrustedKeys, path: &Path) -> Result<PolicyTrust, TrustError> {
    let text = std::fs::read(path).unwrap();
    check_policy(keys, PolicyFile { path, text: &text }, false, None)
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
    let err = check_policy(&s.keys(), usr, true, Some(sys)).unwrap_err();
    assert!(matches!(err, TrustError::Override { .. }), "{err}");
    // The system policy itself is fine, and a user-level one is fine when the system
    // policy is not validly signed (it would be refused itself).
    assert!(check_policy(&s.keys(), sys, false, None).unwrap().signed);
    std::fs::remove_file(verify::signature_path(&system)).unwrap();
    assert!(
        check_policy(&s.keys(), usr, true, Some(sys))
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
