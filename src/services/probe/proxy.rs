//! The `CONNECT` handshake through a proxy (the proxy itself is chosen by
//! `services::route`).

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::failure::io_kind;
use crate::services::route::ProxyEndpoint;
use mfa_ready_core::fault::{ErrorKind, ProbeError};
use mfa_ready_core::text::single_line;

/// Opens a tunnel to `authority` (`host:port`) through the proxy on `tcp`.
pub(super) async fn proxy_connect(
    mut tcp: TcpStream,
    authority: &str,
    proxy: &ProxyEndpoint,
    user_agent: &str,
) -> Result<TcpStream, ProbeError> {
    let mut head = format!(
        "CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: {user_agent}\r\n"
    );
    if let Some(auth) = &proxy.authorization {
        head.push_str(&format!("Proxy-Authorization: {auth}\r\n"));
    }
    head.push_str("\r\n");
    let io_err = |e: std::io::Error| ProbeError {
        kind: io_kind(&e).unwrap_or(ErrorKind::Proxy),
        detail: format!("proxy: {e}"),
    };
    tcp.write_all(head.as_bytes()).await.map_err(io_err)?;
    let status_line = read_answer_head(&mut tcp).await?;
    let status: Option<u16> = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok());
    let at = format!("{}:{}", proxy.host, proxy.port);
    match status {
        Some(200..=299) => Ok(tcp),
        Some(407) => Err(ProbeError {
            kind: ErrorKind::ProxyAuthRequired,
            detail: format!("proxy {at} answered {status_line}"),
        }),
        _ => Err(ProbeError {
            kind: ErrorKind::Proxy,
            detail: format!("proxy {at} refused CONNECT {authority}: {status_line}"),
        }),
    }
}

/// Reads the proxy's answer head byte by byte, so nothing of the tunnel is
/// consumed, and returns its status line (made safe: the proxy wrote it).
async fn read_answer_head(tcp: &mut TcpStream) -> Result<String, ProbeError> {
    let proxy_err = |detail: &str| ProbeError {
        kind: ErrorKind::Proxy,
        detail: detail.to_owned(),
    };
    let mut buf = Vec::with_capacity(256);
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if buf.len() > 16 * 1024 {
            return Err(proxy_err("proxy answer head too large"));
        }
        match tcp.read(&mut byte).await {
            Ok(0) => return Err(proxy_err("proxy closed the connection during CONNECT")),
            Ok(_) => buf.push(byte[0]),
            Err(e) => {
                return Err(ProbeError {
                    kind: io_kind(&e).unwrap_or(ErrorKind::Proxy),
                    detail: format!("proxy: {e}"),
                });
            }
        }
    }
    let text = String::from_utf8_lossy(&buf);
    Ok(single_line(text.lines().next().unwrap_or_default()))
}
