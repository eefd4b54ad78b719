//! One HTTP/1.1 exchange on a fresh connection, timed phase by phase.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, Request};
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use super::config::PhaseTimeouts;
use super::failure::{Failure, hyper_error, io_kind};
use mfa_ready_core::fault::{ErrorKind, Phase, PhaseTimings, ProbeError};
use mfa_ready_core::text::single_line;

/// What came back from one exchange.
pub(super) struct Response {
    pub(super) status: u16,
    pub(super) headers: HeaderMap,
    /// The first `keep_body` bytes of the body.
    pub(super) body: Vec<u8>,
    /// The body was longer than the limit: the rest was not downloaded.
    pub(super) truncated: bool,
    /// Failure while reading the body (headers were received).
    pub(super) late_failure: Option<Failure>,
}

/// How much of a body to read and keep.
#[derive(Debug, Clone, Copy)]
pub(super) struct BodyLimits {
    /// Bytes kept and returned.
    pub(super) keep: usize,
    /// Bytes read at most; a longer body is cut off and marked truncated.
    pub(super) read: usize,
}

/// Phase timings and facts gathered across the hops of one probe.
#[derive(Default)]
pub(super) struct Recorder {
    pub(super) timings: PhaseTimings,
    pub(super) certificate: Option<Vec<u8>>,
    pub(super) via_proxy: bool,
    /// The way the last attempt went, and what chose it.
    pub(super) route: Option<mfa_ready_core::proxy::Route>,
    /// What went wrong deciding it (Details only).
    pub(super) route_detail: Option<String>,
}

impl Recorder {
    /// Runs one phase under `min(limit, time left before deadline)` and adds
    /// its duration to the phase's total.
    pub(super) async fn phase<T, F>(
        &mut self,
        phase: Phase,
        limit: Duration,
        deadline: Instant,
        fut: F,
    ) -> Result<T, Failure>
    where
        F: Future<Output = Result<T, ProbeError>>,
    {
        let start = Instant::now();
        let allowed = limit.min(deadline.saturating_duration_since(start));
        let res = tokio::time::timeout(allowed, fut).await;
        let took = ms(start.elapsed());
        let slot = match phase {
            Phase::Dns => Some(&mut self.timings.dns),
            Phase::Connect => Some(&mut self.timings.connect),
            Phase::Tls => Some(&mut self.timings.tls),
            Phase::FirstByte => Some(&mut self.timings.first_byte),
            Phase::Transfer => None,
        };
        if let Some(slot) = slot {
            *slot = Some(slot.unwrap_or(0.0) + took);
        }
        match res {
            Err(_) => Err(Failure::Timeout(phase)),
            Ok(Err(e)) => Err(Failure::Error(e)),
            Ok(Ok(v)) => Ok(v),
        }
    }
}

/// Sends the request and reads the body, timing first byte and transfer.
pub(super) async fn exchange<S>(
    stream: S,
    req: Request<Empty<Bytes>>,
    deadline: Instant,
    t: &PhaseTimeouts,
    rec: &mut Recorder,
    limits: BodyLimits,
) -> Result<Response, Failure>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| Failure::Error(hyper_error(&e)))?;
    // Drive the connection in its own task; aborted when we are done so a
    // stalled server never keeps a task alive.
    let _driver = AbortOnDrop(tokio::spawn(async move {
        let _ = conn.await;
    }));
    let resp = rec
        .phase(Phase::FirstByte, t.first_byte, deadline, async {
            sender.send_request(req).await.map_err(|e| hyper_error(&e))
        })
        .await?;
    let status = resp.status().as_u16();
    let (parts, mut body) = resp.into_parts();
    let declared = parts
        .headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let mut kept = Vec::new();
    let mut truncated = declared.is_some_and(|n| n > limits.read as u64);
    let transfer = if truncated {
        // Announced as too long: not worth downloading.
        Ok(())
    } else {
        rec.phase(Phase::Transfer, t.transfer, deadline, async {
            let mut read = 0usize;
            while let Some(frame) = body.frame().await {
                let frame = frame.map_err(|e| hyper_error(&e))?;
                if let Ok(data) = frame.into_data() {
                    read += data.len();
                    let room = limits.keep.saturating_sub(kept.len());
                    kept.extend_from_slice(&data[..room.min(data.len())]);
                    if read > limits.read {
                        truncated = true;
                        break;
                    }
                }
            }
            Ok(())
        })
        .await
    };
    Ok(Response {
        status,
        headers: parts.headers,
        body: kept,
        truncated,
        late_failure: transfer.err(),
    })
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Opens a TCP connection to the first address that answers.
pub(super) async fn connect_any(addrs: &[SocketAddr]) -> Result<TcpStream, ProbeError> {
    let mut last: Option<io::Error> = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(s) => {
                let _ = s.set_nodelay(true);
                return Ok(s);
            }
            Err(e) => last = Some(e),
        }
    }
    let e = last.unwrap_or_else(|| io::Error::other("no address to connect to"));
    Err(ProbeError {
        kind: io_kind(&e).unwrap_or(ErrorKind::ConnectOther),
        detail: e.to_string(),
    })
}

/// Milliseconds as a float.
pub(super) fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A header's value, trimmed and made safe to print; `None` when absent or empty.
pub(super) fn header_str(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name)
        .and_then(|v| v.to_str().ok())
        .map(single_line)
        .filter(|s| !s.is_empty())
}
