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
        // What these tests read is English.
        .env("LC_ALL", "C")
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
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    // Keychain unavailable here (headless): a clear message, exit 2 or queued waiting for sign-in.
    let code = o.status.code();
    assert!(code == Some(2) || code == Some(3), "{}", text(&o));
    let all = text(&o);
    assert!(all.contains("sign in") || all.contains("keychain"), "{all}");
}

async fn answer(server: &MockServer, verb: &'static str, p: &'static str, status: u16) {
    let body = if verb == "GET" {
        serde_json::json!({"value": [
            {"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "id": "a"}
        ]})
    } else if status < 300 {
        serde_json::json!({"id": "p1"})
    } else {
        serde_json::json!({"error": {"code": "x", "message": "refused"}})
    };
    Mock::given(method(verb))
        .and(path(p))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(server)
        .await;
}

/// The contract for fleet scripts: `enroll phone`, `verify` and `queue run` exit
/// 0 done, 1 failed, 3 queued, each asserted on the built binary.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_codes_of_enroll_verify_and_queue_run() {
    let phone = ["enroll", "phone", "--number", "+1 206 555 0100"];
    for (status, code) in [(201, 0), (400, 1), (503, 3)] {
        let server = MockServer::start().await;
        answer(&server, "POST", PHONES, status).await;
        let dir = tempfile::tempdir().unwrap();
        let o = run(dir.path(), &server.uri(), &phone);
        assert_eq!(
            o.status.code(),
            Some(code),
            "enroll, POST {status}: {}",
            text(&o)
        );
    }
    for (status, code) in [(200, 0), (403, 1), (503, 3)] {
        let server = MockServer::start().await;
        answer(&server, "GET", METHODS, status).await;
        let dir = tempfile::tempdir().unwrap();
        let o = run(dir.path(), &server.uri(), &["verify"]);
        assert_eq!(
            o.status.code(),
            Some(code),
            "verify, GET {status}: {}",
            text(&o)
        );
    }
    // `queue run` on a job queued by a 503, once the service answers each way.
    for (status, code) in [(201, 0), (400, 1), (503, 3)] {
        let server = MockServer::start().await;
        answer(&server, "POST", PHONES, 503).await;
        answer(&server, "GET", METHODS, 200).await;
        let dir = tempfile::tempdir().unwrap();
        let uri = server.uri();
        assert_eq!(run(dir.path(), &uri, &phone).status.code(), Some(3));
        let id = jobs(dir.path(), &uri)[0]["id"]
            .as_i64()
            .unwrap()
            .to_string();
        server.reset().await;
        answer(&server, "POST", PHONES, status).await;
        answer(&server, "GET", METHODS, 200).await;
        assert_eq!(
            run(dir.path(), &uri, &["queue", "retry", &id])
                .status
                .code(),
            Some(0)
        );
        let o = run(dir.path(), &uri, &["queue", "run"]);
        assert_eq!(
            o.status.code(),
            Some(code),
            "queue run, POST {status}: {}",
            text(&o)
        );
    }
}

/// The policy's deadline reaches the worker: a retry that would fall after it
/// gives up at once, with the helpdesk contact (exit 1, not queued).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_policy_deadline_is_where_retries_give_up() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "600"))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let p = policy(dir.path(), &server.uri());
    let text_with_deadline = std::fs::read_to_string(&p).unwrap().replace(
        "[helpdesk]",
        "[enrollment]\ndeadline = 2026-12-15T17:00:00+01:00\n[helpdesk]",
    );
    let args = ["enroll", "phone", "--number", "+1 206 555 0100"];
    let o = std::process::Command::new(BIN)
        .args(args)
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .arg("--policy")
        .arg({
            let with = dir.path().join("with-deadline.toml");
            std::fs::write(&with, text_with_deadline).unwrap();
            with
        })
        .env("MFA_READY_GRAPH_TOKEN", "test-token")
        // One minute before the deadline; the service asks for ten.
        .env("MFA_READY_NOW", "2026-12-15T15:59:00Z")
        .env("LC_ALL", "C")
        .env_remove("MFA_READY_POLICY")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("until the enrollment deadline"), "{out}");
    assert!(out.contains("Contoso Desk"), "{out}");
}

/// `queue run` judges a portal with the real probe (the health page's rule): a
/// portal answering 429 is throttled, not back (the old plain GET called it healthy).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queue_run_judges_a_portal_with_the_real_probe() {
    use mfa_ready::services::store::Store;
    use mfa_ready_core::methods::MethodKind;
    use mfa_ready_core::queue::Payload;

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/security-info"))
        .respond_with(ResponseTemplate::new(429))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("{}/security-info", server.uri());
    {
        let mut store = Store::open(&dir.path().join("data"), jiff::Timestamp::now()).unwrap();
        let wait = Payload::ResumePortalStep {
            portal: "My Sign-Ins".into(),
            url: url.clone(),
            method: MethodKind::Passkey,
        };
        store
            .queue_mut()
            .enqueue(&wait, &server.address().to_string(), jiff::Timestamp::now())
            .unwrap();
    }
    let o = run(dir.path(), &server.uri(), &["queue", "run"]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("will tell you when it's back"), "{}", text(&o));
    // One line per job: the summary of what is still open does not repeat it.
    assert_eq!(out.matches("job 1:").count(), 1, "{out}");
    let probes = server.received_requests().await.unwrap();
    assert_eq!(probes.len(), 1, "the portal was probed once");
}

/// An error body with overlapping e-mail-like spans once made processing panic
/// (masking); the job stayed `in_flight` and every run crashed on it again. Now
/// every run ends with an exit code, and the job ends `failed` with the helpdesk
/// contact (at once, or after three interrupted tries), never in a loop.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_message_that_crashes_processing_never_loops() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .respond_with(ResponseTemplate::new(400).set_body_json(
            serde_json::json!({"error": {"code": "badRequest", "message": "ask a@b.co@c.de"}}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": []})))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let uri = server.uri();
    let mut codes = vec![
        run(
            dir.path(),
            &uri,
            &["enroll", "phone", "--number", "+1 206 555 0100"],
        )
        .status
        .code(),
    ];
    for _ in 0..4 {
        let list = jobs(dir.path(), &uri);
        assert_ne!(
            list[0]["state"], "in_flight",
            "never left in flight: {list:?}"
        );
        if list[0]["state"] != "pending" {
            break;
        }
        codes.push(run(dir.path(), &uri, &["queue", "run"]).status.code());
    }
    assert!(
        codes.iter().all(|c| matches!(c, Some(1 | 3))),
        "every run ends with the contract's exit code: {codes:?}"
    );
    assert!(codes.len() <= 3, "at most three tries: {codes:?}");
    assert_eq!(codes.last(), Some(&Some(1)), "{codes:?}");
    let list = jobs(dir.path(), &uri);
    assert_eq!(list[0]["state"], "failed", "{list:?}");
    let sentence = list[0]["sentence"].as_str().unwrap();
    assert!(sentence.contains("Contoso Desk"), "{sentence}");
    let posts = server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == "POST")
        .count();
    assert!(posts <= 3, "{posts} POSTs");
}
