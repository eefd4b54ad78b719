//! The CLI's queue commands on the real binary, against a mock Graph on 127.0.0.1.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::Path;
use std::process::Output;

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-ready");
const PHONES: &str = "/v1.0/me/authentication/phoneMethods";
const METHODS: &str = "/v1.0/me/authentication/methods";

fn policy(dir: &Path, server: &str) -> std::path::PathBuf {
    let p = dir.join("policy.toml");
    std::fs::write(
        &p,
        format!(
            "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\ntenant = \"contoso.example\"\n\
             [helpdesk]\nname = \"Contoso Desk\"\nphone = \"+1 425 555 0100\"\n\
             [graph]\nclient_id = \"client-1\"\nauthority = \"{server}\"\nbase_url = \"{server}/v1.0\"\n"
        ),
    )
    .unwrap();
    p
}

fn run(dir: &Path, server: &str, args: &[&str]) -> Output {
    std::process::Command::new(BIN)
        .args(args)
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("--policy")
        .arg(policy(dir, server))
        .env("MFA_READY_GRAPH_TOKEN", "test-token")
        .env_remove("MFA_READY_NOW")
        .env_remove("MFA_READY_POLICY")
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

fn jobs(dir: &Path, server: &str) -> Vec<serde_json::Value> {
    let o = run(dir, server, &["queue", "list", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["jobs"].as_array().unwrap().clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_number_is_an_error_and_nothing_is_queued() {
    let server = MockServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        dir.path(),
        &server.uri(),
        &["enroll", "phone", "--number", "206 555 0100"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("country code"),
        "{}",
        text(&o)
    );
    assert!(server.received_requests().await.unwrap().is_empty());
    assert!(jobs(dir.path(), &server.uri()).is_empty());
    let o = run(
        dir.path(),
        &server.uri(),
        &[
            "enroll",
            "phone",
            "--number",
            "+1 206 555 0100",
            "--type",
            "pager",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enroll_phone_queues_on_504_and_queue_run_finishes_it() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .respond_with(ResponseTemplate::new(504))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": "p1"})))
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": []})))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let uri = server.uri();
    let o = run(
        dir.path(),
        &uri,
        &["enroll", "phone", "--number", "+1 206 555 0100"],
    );
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("+1 206 ••• 0100: the service timed out"),
        "{out}"
    );
    assert!(!out.contains("555 0100"), "masked: {out}");

    let list = jobs(dir.path(), &uri);
    assert_eq!(list.len(), 1);
    let j = &list[0];
    assert_eq!(j["kind"], "register_phone");
    assert_eq!(j["state"], "pending");
    assert_eq!(j["attempts"], 1);
    assert_eq!(j["payload"]["phone_number"], "+1 206 ••• 0100");
    assert_eq!(j["last_error"]["class"], "http");
    assert_eq!(j["last_error"]["status"], 504);
    let id = j["id"].as_i64().unwrap().to_string();

    let o = run(dir.path(), &uri, &["queue", "retry", &id]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(dir.path(), &uri, &["queue", "run"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let list = jobs(dir.path(), &uri);
    assert_eq!(list[0]["state"], "succeeded");
    assert_eq!(list[0]["attempts"], 2);

    let o = run(dir.path(), &uri, &["status", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let methods = v["methods"].as_array().unwrap();
    assert!(
        methods
            .iter()
            .any(|m| m["kind"] == "phone_sms" && m["source"] == "verified"),
        "{v}"
    );
    let posts: Vec<_> = server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == "POST")
        .collect();
    assert_eq!(posts.len(), 2);
    assert_eq!(
        posts[0].headers.get("client-request-id"),
        posts[1].headers.get("client-request-id")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_request_exits_1_and_cancel_works() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .respond_with(ResponseTemplate::new(400).set_body_json(
            serde_json::json!({"error": {"code": "badRequest", "message": "Invalid phone number"}}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let uri = server.uri();
    let o = run(
        dir.path(),
        &uri,
        &[
            "enroll",
            "phone",
            "--number",
            "+44 20 7946 0958",
            "--type",
            "office",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("Contoso Desk"),
        "{}",
        text(&o)
    );

    let o = run(dir.path(), &uri, &["verify"]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    let list = jobs(dir.path(), &uri);
    let pending = list.iter().find(|j| j["state"] == "pending").unwrap();
    let id = pending["id"].as_i64().unwrap().to_string();
    let o = run(dir.path(), &uri, &["queue", "cancel", &id]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(dir.path(), &uri, &["queue", "cancel", &id]);
    assert_eq!(o.status.code(), Some(2), "already cancelled: {}", text(&o));
    let list = jobs(dir.path(), &uri);
    assert!(list.iter().all(|j| j["state"] != "pending"));
    let o = run(dir.path(), &uri, &["queue", "run", "--until-empty"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_without_a_token_says_how_to_sign_in() {
    let server = MockServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let o = std::process::Command::new(BIN)
        .args(["verify", "--data-dir"])
        .arg(dir.path().join("data"))
        .arg("--policy")
        .arg(policy(dir.path(), &server.uri()))
        .env_remove("MFA_READY_GRAPH_TOKEN")
        .output()
        .unwrap();
    // Keychain unavailable here (headless): a clear message, exit 2 or queued waiting for sign-in.
    let code = o.status.code();
    assert!(code == Some(2) || code == Some(3), "{}", text(&o));
    let all = text(&o);
    assert!(all.contains("sign in") || all.contains("keychain"), "{all}");
}
