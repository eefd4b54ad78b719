//! `mfa-ready verify` against an Okta org on 127.0.0.1 (wiremock answering with Okta's
//! published examples from the team's `shared/real/okta/okta.idp.yaml`), the token from
//! `MFA_READY_OKTA_TOKEN`: the methods Okta lists become verified, `status --json`
//! follows, the setup links go straight to Okta's enrollment, and what Okta refuses is
//! said plainly.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::okta_examples::example_bytes;

const BIN: &str = env!("CARGO_BIN_EXE_mfa-ready");
const NOW: &str = "2026-12-01T09:00:00Z";
const TOKEN: &str = "okta-script-token";

/// Okta's MyAccount API description, from `../shared` beside the project (or
/// `$MFA_READY_SHARED`).
fn yaml() -> String {
    let root = std::env::var_os("MFA_READY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = root.join("real/okta/okta.idp.yaml");
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn write_policy(dir: &Path, org: &str) -> PathBuf {
    let p = dir.join("policy.toml");
    std::fs::write(
        &p,
        format!(
            "schema = 1\norganization = \"Contoso\"\nprovider = \"okta\"\n\n\
             [enrollment]\ndeadline = 2026-12-15T17:00:00+01:00\nmin_methods = 2\n\n\
             [helpdesk]\nname = \"Contoso Desk\"\nphone = \"+1 425 555 0100\"\n\n\
             [okta]\norg_url = \"{org}\"\nclient_id = \"okta-app\"\n"
        ),
    )
    .unwrap();
    p
}

fn run(dir: &Path, org: &str, args: &[&str]) -> Output {
    std::process::Command::new(BIN)
        .args(args)
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("--policy")
        .arg(write_policy(dir, org))
        .env("MFA_READY_OKTA_TOKEN", TOKEN)
        .env("MFA_READY_NOW", NOW)
        // Not this machine's Bluetooth or security key (see commands.rs).
        .env("MFA_READY_DEVICE_ROOT", "/nonexistent/mfa-ready-device")
        .env(
            "MFA_READY_DEVICE_BUS",
            "unix:path=/nonexistent/mfa-ready-bus",
        )
        .env("LC_ALL", "C")
        .env_remove("MFA_READY_GRAPH_TOKEN")
        .env_remove("MFA_READY_POLICY")
        .env_remove("MFA_READY_DATA_DIR")
        .env_remove("RUST_LOG")
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(o)))
}

fn kind<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == id)
        .unwrap_or_else(|| panic!("no {id} in {list}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_with_an_okta_token_marks_what_okta_lists_and_status_follows() {
    let okta = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/idp/myaccount/authenticators"))
        .and(query_param("expand", "enrollments"))
        .and(header("accept", "application/json; okta-version=1.0.0"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_bytes(example_bytes(&yaml(), "ListAuthenticatorsExpandExample")),
        )
        .expect(1)
        .mount(&okta)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let org = okta.uri();

    let before = run(dir.path(), &org, &["status", "--json"]);
    assert_eq!(before.status.code(), Some(1), "{}", text(&before));
    assert_eq!(json(&before)["verdict"], "not_ready");

    let verified = run(dir.path(), &org, &["verify"]);
    assert_eq!(verified.status.code(), Some(0), "{}", text(&verified));

    let after = run(dir.path(), &org, &["status", "--json"]);
    assert_eq!(after.status.code(), Some(0), "{}", text(&after));
    let v = json(&after);
    // MacBook Touch ID (a passkey: its device is not guessed) and YubiKey 5 (a security
    // key) count; the recovery e-mail is listed and never counts.
    assert_eq!(v["verdict"], "ready", "{v}");
    assert_eq!(v["counted"], 2, "{v}");
    for id in ["passkey", "security_key", "email"] {
        assert_eq!(kind(&v["methods"], id)["source"], "verified", "{id}: {v}");
    }
    assert_eq!(kind(&v["methods"], "email")["counts"], false);
    assert_eq!(kind(&v["methods"], "security_key")["counts"], true);

    // The setup buttons go straight to Okta's enrollment where the list gave an id.
    let methods = run(dir.path(), &org, &["methods", "--json"]);
    assert_eq!(methods.status.code(), Some(0), "{}", text(&methods));
    let m = json(&methods);
    assert_eq!(
        kind(&m["methods"], "security_key")["setup_link"],
        format!("{org}/idp/bootstrap/enroll-authenticator/aut3jiaiZukD4Ta0Z0g5")
    );
    assert_eq!(
        kind(&m["methods"], "authenticator_app")["setup_link"],
        format!("{org}/enduser/settings")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_org_without_the_api_is_told_to_it_and_not_retried() {
    let okta = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/idp/myaccount/authenticators"))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({
            "errorCode": "E0000015",
            "errorSummary": "You do not have permission to access the feature you are requesting",
            "errorLink": "E0000015", "errorId": "oaeOff123", "errorCauses": []
        })))
        .expect(1)
        .mount(&okta)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &okta.uri(), &["verify"]);
    // 1: failed for good (not 3, queued; not a sign-in to wait for).
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(
        said.contains("has not turned on the setting"),
        "{}",
        text(&o)
    );
    assert!(
        said.contains("oaeOff123"),
        "the reference for the helpdesk: {said}"
    );
    assert!(
        !said.contains("E0000015"),
        "the code stays out of the sentence: {said}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_is_not_added_through_okta() {
    let okta = MockServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        dir.path(),
        &okta.uri(),
        &["enroll", "phone", "--number", "+1 206 555 0100"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("add it in Okta"),
        "{}",
        text(&o)
    );
    assert!(okta.received_requests().await.unwrap().is_empty());
}
