//! The loopback listener the browser comes back to after sign-in (RFC 8252 §7.3).
//!
//! Anything on this machine can connect to it, so it believes nothing without our
//! `state` (see `core::pkce::validate_redirect`) and lets no connection hold it:
//!
//! * each connection is read on its own task, until its request head is complete
//!   (a head split over several TCP segments works), for at most
//!   [`PER_CONNECTION`] and never past the listener's deadline;
//! * at most [`MAX_CONNECTIONS`] are read at once: a new one evicts the oldest, so
//!   idle connections cannot lock the browser out;
//! * a failed `accept` (e.g. out of file descriptors) backs off instead of spinning;
//! * the deadline is checked before anything else on every turn, so the listener
//!   ends on time even while connections keep arriving.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{AbortHandle, JoinSet};
use tokio::time::Instant;

use mfa_ready_core::pkce::{self, RedirectError};

/// The longest request head read from one connection.
pub const MAX_HEAD_BYTES: usize = 8 * 1024;
/// How long one connection may take to send its request head.
pub const PER_CONNECTION: Duration = Duration::from_secs(5);
/// How many connections are read at once.
pub const MAX_CONNECTIONS: usize = 16;
/// How long writing our short answer may take.
const WRITE_LIMIT: Duration = Duration::from_secs(1);
/// Back-off after a failed accept: doubles from the first value up to the second.
const ACCEPT_BACKOFF: (Duration, Duration) = (Duration::from_millis(10), Duration::from_secs(1));

/// How the wait for the browser ended without a code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListenError {
    /// The deadline passed.
    #[error("sign-in timed out: the browser did not come back")]
    TimedOut,
    /// The identity provider answered our request with an error (state matched).
    #[error("{0}")]
    Refused(RedirectError),
}

/// What one connection brought.
type Verdict = Option<Result<String, RedirectError>>;

/// Waits for the redirect that carries `state` and returns its code. Requests
/// without our state, on another path, or incomplete are answered 400 and ignored.
pub(super) async fn wait_for_redirect(
    listener: &TcpListener,
    state: &str,
    deadline: Instant,
) -> Result<String, ListenError> {
    let state: Arc<str> = Arc::from(state);
    let mut conns: JoinSet<Verdict> = JoinSet::new();
    let mut live: VecDeque<AbortHandle> = VecDeque::new();
    let mut backoff = ACCEPT_BACKOFF.0;
    loop {
        tokio::select! {
            biased;
            () = tokio::time::sleep_until(deadline) => return Err(ListenError::TimedOut),
            Some(joined) = conns.join_next_with_id(), if !conns.is_empty() => {
                let id = match &joined {
                    Ok((id, _)) => *id,
                    Err(e) => e.id(),
                };
                live.retain(|h| h.id() != id);
                if let Ok((_, Some(outcome))) = joined {
                    return outcome.map_err(ListenError::Refused);
                }
            }
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    backoff = ACCEPT_BACKOFF.0;
                    if live.len() >= MAX_CONNECTIONS
                        && let Some(oldest) = live.pop_front()
                    {
                        oldest.abort();
                    }
                    live.push_back(conns.spawn(serve(stream, Arc::clone(&state), deadline)));
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not accept a loopback connection");
                    let until = deadline.min(Instant::now() + backoff);
                    tokio::time::sleep_until(until).await;
                    backoff = (backoff * 2).min(ACCEPT_BACKOFF.1);
                }
            }
        }
    }
}

/// Reads one request, answers it, and says what it brought: `None` for a
/// request that is not our redirect.
async fn serve(mut stream: TcpStream, state: Arc<str>, deadline: Instant) -> Verdict {
    let until = deadline.min(Instant::now() + PER_CONNECTION);
    let head = match tokio::time::timeout_at(until, read_head(&mut stream)).await {
        Ok(Ok(head)) => head,
        Ok(Err(HeadError::TooLarge)) => {
            answer(&mut stream, 431, "This request was not expected.").await;
            return None;
        }
        // Closed, broken or too slow: nothing to answer.
        Ok(Err(HeadError::Closed)) | Err(_) => return None,
    };
    let verdict = match request_target(&head) {
        Some(target) => pkce::validate_redirect(target, "/", &state),
        None => Err(RedirectError::WrongPath(String::new())),
    };
    match verdict {
        Ok(code) => {
            answer(
                &mut stream,
                200,
                "You are signed in. You can close this tab and go back to MFA Ready.",
            )
            .await;
            Some(Ok(code))
        }
        Err(e @ (RedirectError::AccessDenied { .. } | RedirectError::Authorization { .. })) => {
            answer(
                &mut stream,
                400,
                "Sign-in did not complete. Go back to MFA Ready.",
            )
            .await;
            Some(Err(e))
        }
        Err(e) => {
            tracing::warn!(error = %e, "ignored a loopback request");
            answer(&mut stream, 400, "This request was not expected.").await;
            None
        }
    }
}

enum HeadError {
    /// The peer closed (or broke) the connection before the head was complete.
    Closed,
    /// More than [`MAX_HEAD_BYTES`] without an end of head.
    TooLarge,
}

/// Reads until the blank line that ends an HTTP request head.
async fn read_head(stream: &mut TcpStream) -> Result<Vec<u8>, HeadError> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    loop {
        let n = match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return Err(HeadError::Closed),
            Ok(n) => n,
        };
        head.extend_from_slice(chunk.get(..n).unwrap_or_default());
        if head_complete(&head) {
            return Ok(head);
        }
        if head.len() > MAX_HEAD_BYTES {
            return Err(HeadError::TooLarge);
        }
    }
}

fn head_complete(head: &[u8]) -> bool {
    head.windows(4).any(|w| w == b"\r\n\r\n") || head.windows(2).any(|w| w == b"\n\n")
}

/// The target of a `GET` request line (`GET /?code=… HTTP/1.1`).
fn request_target(head: &[u8]) -> Option<&str> {
    let line_end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    let line = std::str::from_utf8(head.get(..line_end)?).ok()?.trim_end();
    let mut parts = line.split(' ');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("GET"), Some(target), Some(version)) if version.starts_with("HTTP/") => Some(target),
        _ => None,
    }
}

async fn answer(stream: &mut TcpStream, status: u16, text: &str) {
    let _ =
        tokio::time::timeout(WRITE_LIMIT, stream.write_all(page(status, text).as_bytes())).await;
}

fn page(status: u16, text: &str) -> String {
    let reason = match status {
        200 => "OK",
        431 => "Request Header Fields Too Large",
        _ => "Bad Request",
    };
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>MFA Ready</title><p style=\"font:16px sans-serif\">{text}</p>"
    );
    format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_heads() {
        assert!(head_complete(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        assert!(head_complete(b"GET / HTTP/1.1\n\n"));
        assert!(!head_complete(b"GET /?code=c&sta"));
        assert_eq!(
            request_target(b"GET /?code=c&state=s HTTP/1.1\r\nHost: x\r\n\r\n"),
            Some("/?code=c&state=s")
        );
        assert_eq!(request_target(b"POST / HTTP/1.1\r\n\r\n"), None);
        assert_eq!(request_target(b"GET /\r\n\r\n"), None);
        assert_eq!(request_target(b"\xff\xfe"), None);
    }

    #[test]
    fn pages_say_their_length() {
        let p = page(200, "ok");
        let (head, body) = p.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"));
        assert!(head.contains(&format!("Content-Length: {}", body.len())));
        assert!(page(431, "x").starts_with("HTTP/1.1 431 "));
    }
}
