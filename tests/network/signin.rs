//! The browser sign-in over real loopback sockets: the listener the browser comes
//! back to (state required on every redirect, split heads, slow and flooding
//! clients, its deadline), and a whole sign-in against a loopback identity provider
//! named by a policy (`[graph] authority = "http://127.0.0.1:…"`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use mfa_ready::services::auth::{
    self, Idp, ListenError, MemorySecrets, OAuthConfig, OAuthTokens, PendingSignIn, SecretStore,
    SignInError, TokenSource,
};
use mfa_ready::services::enroll::{EnrollmentService, GraphClient};
use mfa_ready::services::http::HttpTimeouts;
use mfa_ready_core::pkce::{self, RedirectError};
use mfa_ready_core::policy;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn config() -> OAuthConfig {
    OAuthConfig {
        authority: "https://login.microsoftonline.com".into(),
        tenant: "contoso.onmicrosoft.com".into(),
        client_id: "11111111-2222-3333-4444-555555555555".into(),
        resource: "https://graph.microsoft.com/v1.0".into(),
        idp: Idp::Entra,
    }
}

async fn start() -> (PendingSignIn, u16, String) {
    let pending = auth::start_sign_in(&config()).await.unwrap();
    let port: u16 = pending
        .redirect_uri
        .strip_prefix("http://127.0.0.1:")
        .expect("the redirect URI is on 127.0.0.1 (RFC 8252 §7.3)")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let state = pending.state().to_owned();
    (pending, port, state)
}

/// One request, the whole answer.
async fn get(port: u16, target: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    s.write_all(format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out
}

fn timed_out(r: &Result<auth::AuthorizationCode, SignInError>) -> bool {
    matches!(r, Err(SignInError::Redirect(ListenError::TimedOut)))
}

#[tokio::test]
async fn the_redirect_uri_is_the_loopback_ip_literal() {
    let (pending, port, _) = start().await;
    assert_eq!(pending.redirect_uri, format!("http://127.0.0.1:{port}/"));
    assert!(
        pending
            .url
            .contains(&format!("redirect_uri=http%3A%2F%2F127.0.0.1%3A{port}%2F")),
        "{}",
        pending.url
    );
}

#[tokio::test]
async fn an_error_redirect_without_our_state_is_ignored_and_the_real_one_still_counts() {
    let (pending, port, state) = start().await;
    let task = tokio::spawn(pending.finish(Duration::from_secs(60)));
    // No state at all: an attacker's page that only knows the port.
    let forged = get(
        port,
        "/?error=access_denied&error_description=Your+account+is+locked.+Call+%2B1-900-555-0100",
    )
    .await;
    assert!(forged.starts_with("HTTP/1.1 400"), "{forged}");
    assert!(!forged.contains("900-555"), "{forged}");
    // A wrong state with an error, then one with a code.
    let wrong = get(
        port,
        "/?error=server_error&error_description=call+us&state=guessed",
    )
    .await;
    assert!(wrong.starts_with("HTTP/1.1 400"), "{wrong}");
    let stolen = get(port, "/?code=attacker-code&state=guessed").await;
    assert!(stolen.starts_with("HTTP/1.1 400"), "{stolen}");
    assert!(!task.is_finished(), "the listener must keep waiting");

    let ok = get(port, &format!("/?code=the-code&state={state}")).await;
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    let got = task.await.unwrap().unwrap();
    assert_eq!(got.code, "the-code");
}

#[tokio::test]
async fn an_error_with_our_state_ends_the_sign_in_with_clean_text() {
    let (pending, port, state) = start().await;
    let task = tokio::spawn(pending.finish(Duration::from_secs(60)));
    let page = get(
        port,
        &format!(
            "/?error=access_denied&error_description=Blocked+by+policy%1b%5B2J%0D%0Aforged&state={state}"
        ),
    )
    .await;
    assert!(page.starts_with("HTTP/1.1 400"), "{page}");
    let err = task.await.unwrap().unwrap_err();
    assert_eq!(
        err,
        SignInError::Redirect(ListenError::Refused(RedirectError::AccessDenied {
            description: Some("Blocked by policy[2J forged".into())
        }))
    );
    assert!(!err.to_string().contains('\u{1b}'));
}

#[tokio::test]
async fn a_request_head_split_over_several_segments_is_read_whole() {
    let (pending, port, state) = start().await;
    let task = tokio::spawn(pending.finish(Duration::from_secs(60)));
    let mut s = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    s.set_nodelay(true).unwrap();
    let head = format!("GET /?code=split-code&state={state} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    let (a, rest) = head.split_at(20); // "GET /?code=split-cod"
    let (b, c) = rest.split_at(rest.find("HTTP").unwrap());
    for part in [a, b, c] {
        s.write_all(part.as_bytes()).await.unwrap();
        s.flush().await.unwrap();
        // Let each part leave as its own segment (not a time assertion).
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert_eq!(task.await.unwrap().unwrap().code, "split-code");
}

/// Idle connections (nothing sent, or half a head) neither delay the browser's
/// redirect nor keep the listener past its deadline.
#[tokio::test]
async fn slow_loris_connections_do_not_hold_the_listener() {
    let (pending, port, state) = start().await;
    let mut lorises = Vec::new();
    for i in 0..3 {
        let mut s = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        if i == 0 {
            s.write_all(b"GET /?code=x&state=").await.unwrap();
        }
        lorises.push(s);
    }
    let task = tokio::spawn(pending.finish(Duration::from_secs(60)));
    // Another client is answered while the slow ones still hold their connections.
    let other = get(port, "/?code=x&state=not-ours").await;
    assert!(other.starts_with("HTTP/1.1 400"), "{other}");
    // Order, not time: every slow connection is still open and unanswered.
    for s in &mut lorises {
        let mut buf = [0u8; 16];
        match s.try_read(&mut buf) {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            other => panic!("a slow connection was dealt with first: {other:?}"),
        }
    }
    let ok = get(port, &format!("/?code=the-code&state={state}")).await;
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    assert_eq!(task.await.unwrap().unwrap().code, "the-code");

    // And with nothing but slow connections, the deadline still ends the wait.
    let (pending, port, _) = start().await;
    let mut idle = Vec::new();
    for _ in 0..3 {
        idle.push(TcpStream::connect(("127.0.0.1", port)).await.unwrap());
    }
    let started = std::time::Instant::now();
    let r = pending.finish(Duration::from_millis(300)).await;
    assert!(timed_out(&r), "{r:?}");
    // A generous bound: well under the per-connection limit that used to apply
    // to each idle connection in turn.
    assert!(
        started.elapsed() < auth::PER_CONNECTION,
        "{:?}",
        started.elapsed()
    );
    drop(idle);
}

/// Connections that keep arriving do not keep the listener alive.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_connections_does_not_outlive_the_deadline() {
    let (pending, port, _) = start().await;
    let stop = Arc::new(AtomicBool::new(false));
    let gave_up = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicUsize::new(0));
    let mut flood = Vec::new();
    for _ in 0..6 {
        let (stop, gave_up, sent) = (Arc::clone(&stop), Arc::clone(&gave_up), Arc::clone(&sent));
        flood.push(tokio::spawn(async move {
            // The flood's own limit only stops a broken listener from hanging the test.
            let limit = tokio::time::Instant::now() + Duration::from_secs(30);
            while !stop.load(Ordering::SeqCst) {
                if tokio::time::Instant::now() > limit {
                    gave_up.store(true, Ordering::SeqCst);
                    return;
                }
                let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)).await else {
                    tokio::task::yield_now().await;
                    continue;
                };
                // Connected now, request a moment later: a reader that waits for it
                // one connection at a time always finds the next one queued.
                tokio::time::sleep(Duration::from_millis(100)).await;
                let _ = s
                    .write_all(b"GET /?code=x&state=wrong HTTP/1.1\r\n\r\n")
                    .await;
                sent.fetch_add(1, Ordering::SeqCst);
                // No waiting for the answer: the next connection is queued at once.
                drop(s);
            }
        }));
    }
    // Let the flood start before the listener waits.
    while sent.load(Ordering::SeqCst) == 0 {
        tokio::task::yield_now().await;
    }
    let r = pending.finish(Duration::from_millis(300)).await;
    let flood_was_still_running = !gave_up.load(Ordering::SeqCst);
    stop.store(true, Ordering::SeqCst);
    for f in flood {
        f.await.unwrap();
    }
    assert!(timed_out(&r), "{r:?}");
    assert!(
        flood_was_still_running,
        "the listener ended only when the flood stopped"
    );
}

/// The policy accepts a loopback authority for labs; sign-in accepts what the
/// policy accepted, end to end: authorize URL, redirect, code redeemed with the
/// verifier, tokens in the (test) keychain, Graph called with them.
#[tokio::test]
async fn a_policy_with_a_loopback_authority_signs_in_against_a_loopback_idp() {
    let idp = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/contoso.example/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "lab-access", "refresh_token": "lab-refresh",
            "token_type": "Bearer", "expires_in": 3600
        })))
        .expect(1)
        .mount(&idp)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1.0/me/authentication/methods"))
        .and(header("authorization", "Bearer lab-access"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(include_str!("../fixtures/graph-methods.json")),
        )
        .mount(&idp)
        .await;
    let text = format!(
        "schema = 1\norganization = \"Contoso lab\"\ntenant = \"contoso.example\"\n\
         [graph]\nclient_id = \"lab-client\"\nauthority = \"{0}\"\nbase_url = \"{0}/v1.0\"\n",
        idp.uri()
    );
    let policy = policy::parse(&text, "lab.toml", "2026-11-22T09:00:00Z".parse().unwrap())
        .expect("the policy accepts a loopback authority");
    let config = OAuthConfig::from_policy(&policy).unwrap();
    let secrets = Arc::new(MemorySecrets::default());
    let tokens = OAuthTokens::new(config.clone(), secrets.clone()).unwrap();

    let challenge = Arc::new(std::sync::Mutex::new(String::new()));
    let seen = Arc::clone(&challenge);
    let browser = move |authorize: &str| -> std::io::Result<()> {
        let u = url::Url::parse(authorize).unwrap();
        let q: std::collections::HashMap<String, String> = u.query_pairs().into_owned().collect();
        *seen.lock().unwrap() = q["code_challenge"].clone();
        let redirect = url::Url::parse(&q["redirect_uri"]).unwrap();
        let (port, state) = (redirect.port().unwrap(), q["state"].clone());
        tokio::spawn(async move { get(port, &format!("/?code=lab-code&state={state}")).await });
        Ok(())
    };
    auth::sign_in(&config, &tokens, browser, Duration::from_secs(60))
        .await
        .unwrap();

    let requests = idp.received_requests().await.unwrap();
    let token_call = requests
        .iter()
        .find(|r| r.url.path().ends_with("/token"))
        .unwrap();
    let form: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(&token_call.body)
            .into_owned()
            .collect();
    assert_eq!(form["grant_type"], "authorization_code");
    assert_eq!(form["code"], "lab-code");
    assert_eq!(form["client_id"], "lab-client");
    assert!(form["redirect_uri"].starts_with("http://127.0.0.1:"));
    assert_eq!(
        pkce::challenge_s256(&form["code_verifier"]),
        *challenge.lock().unwrap(),
        "the verifier matches the challenge sent"
    );
    assert_eq!(
        secrets.get(&config.access_entry()).unwrap().as_deref(),
        Some("lab-access")
    );
    assert!(tokens.has_session());

    let graph = GraphClient::new(
        &policy.graph.base_url,
        Arc::new(tokens) as Arc<dyn TokenSource>,
        HttpTimeouts::default(),
        Arc::new(jiff::Timestamp::now),
    )
    .unwrap();
    let page = graph.list_methods("req-1").await.unwrap();
    assert_eq!(page.methods.len(), 2);
}
