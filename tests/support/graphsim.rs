//! A small Graph stand-in on 127.0.0.1 for queue tests with real processes.
//!
//! * `POST …/phoneMethods` creates the phone **on receipt** and IGNORES the
//!   `Idempotency-Key` / `client-request-id` headers, as a careless service would:
//!   a double send shows as a phone created twice.
//! * `GET …/methods` lists what was created (Graph's shape).
//! * Answers wait (a delay per method, or until the test releases them: the
//!   gate), while watching the connection: a client that goes away before its
//!   answer (killed mid-attempt) is counted in `aborted`.
//!
//! Plain std threads and sockets, `Connection: close` on every answer.

use std::collections::BTreeMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// What the server saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Phone number → how many times it was created.
    pub created: BTreeMap<String, usize>,
    pub posts: usize,
    pub gets: usize,
    /// Requests received whose answer has not been sent yet.
    pub in_progress: usize,
    /// Requests whose client went away before the answer.
    pub aborted: usize,
    /// Answers sent.
    pub answered: usize,
}

#[derive(Default)]
struct State {
    counts: Counts,
    /// `None`: answers wait for the gate; `Some(d)`: answers go after `d`.
    post_delay: Option<Duration>,
    get_delay: Option<Duration>,
    /// Answers the gate lets through.
    permits: usize,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The running server (lives as long as the test process).
#[derive(Clone)]
pub struct GraphSim {
    pub uri: String,
    shared: Arc<Shared>,
}

impl GraphSim {
    /// Answers after the given delays (`None`: held until released).
    pub fn start(post_delay: Option<Duration>, get_delay: Option<Duration>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let uri = format!("http://{}", listener.local_addr().unwrap());
        let shared = Arc::new(Shared::default());
        {
            let mut s = shared.lock();
            s.post_delay = post_delay;
            s.get_delay = get_delay;
        }
        let sh = Arc::clone(&shared);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let sh = Arc::clone(&sh);
                std::thread::spawn(move || serve(stream, &sh));
            }
        });
        Self { uri, shared }
    }

    /// The policy's `[graph] base_url`.
    pub fn base_url(&self) -> String {
        format!("{}/v1.0", self.uri)
    }

    pub fn counts(&self) -> Counts {
        self.shared.lock().counts.clone()
    }

    /// Lets `n` held answers go.
    pub fn release(&self, n: usize) {
        self.shared.lock().permits += n;
        self.shared.changed.notify_all();
    }

    /// From now on, every answer goes after `delay`.
    pub fn open(&self, delay: Duration) {
        let mut s = self.shared.lock();
        s.post_delay = Some(delay);
        s.get_delay = Some(delay);
        drop(s);
        self.shared.changed.notify_all();
    }

    /// Waits (bounded) until `f` holds for the counts; returns them.
    pub fn wait_until(&self, what: &str, mut f: impl FnMut(&Counts) -> bool) -> Counts {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut s = self.shared.lock();
        loop {
            if f(&s.counts) {
                return s.counts.clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {what}: {:?}",
                s.counts
            );
            s = self
                .shared
                .changed
                .wait_timeout(s, left.min(Duration::from_millis(100)))
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
    }
}

/// Reads one request: head and body.
fn read_request(s: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = match s.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => n,
        };
        buf.extend_from_slice(&chunk[..n]);
        let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&buf[..end]).to_string();
        let len = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .and_then(|v| v.trim().parse::<usize>().ok())
            })
            .unwrap_or(0);
        if buf.len() >= end + 4 + len {
            return Some((head, buf[end + 4..end + 4 + len].to_vec()));
        }
    }
}

/// Whether the client closed its end (checked without waiting long).
fn client_gone(s: &mut TcpStream) -> bool {
    let _ = s.set_read_timeout(Some(Duration::from_millis(20)));
    let mut b = [0u8; 1];
    match s.read(&mut b) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => !matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut),
    }
}

fn serve(mut s: TcpStream, sh: &Shared) {
    let Some((head, body)) = read_request(&mut s) else {
        return;
    };
    let post = head.starts_with("POST ");
    {
        let mut st = sh.lock();
        if post {
            let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            let number = v["phoneNumber"].as_str().unwrap_or("").to_owned();
            *st.counts.created.entry(number).or_default() += 1;
            st.counts.posts += 1;
        } else {
            st.counts.gets += 1;
        }
        st.counts.in_progress += 1;
    }
    sh.changed.notify_all();
    let received = Instant::now();
    // Hold the answer (delay or gate) while watching the connection.
    loop {
        {
            let mut st = sh.lock();
            let delay = if post { st.post_delay } else { st.get_delay };
            let go = match delay {
                Some(d) => received.elapsed() >= d,
                None if st.permits > 0 => {
                    st.permits -= 1;
                    true
                }
                None => false,
            };
            if go {
                break;
            }
        }
        if client_gone(&mut s) {
            let mut st = sh.lock();
            st.counts.in_progress -= 1;
            st.counts.aborted += 1;
            drop(st);
            sh.changed.notify_all();
            return;
        }
    }
    let (status, reply) = {
        let st = sh.lock();
        if post {
            let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            let n = v["phoneNumber"].as_str().unwrap_or("").to_owned();
            (
                "201 Created",
                serde_json::json!({"id": n, "phoneNumber": n, "phoneType": "mobile"}),
            )
        } else {
            let list: Vec<serde_json::Value> = st
                .counts
                .created
                .keys()
                .map(|n| serde_json::json!({"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "id": n, "phoneNumber": n, "phoneType": "mobile"}))
                .collect();
            ("200 OK", serde_json::json!({ "value": list }))
        }
    };
    let body = reply.to_string();
    let sent = s.write_all(
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
    let mut st = sh.lock();
    st.counts.in_progress -= 1;
    if sent.is_ok() {
        st.counts.answered += 1;
    } else {
        st.counts.aborted += 1;
    }
    drop(st);
    sh.changed.notify_all();
}
