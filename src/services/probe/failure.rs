//! How a request can fail: a phase out of time, or an error mapped to a failure
//! kind (IO and hyper errors).

use std::error::Error as StdError;
use std::io;

use mfa_ready_core::fault::{ErrorKind, Phase, ProbeError};

/// Why an exchange ended without an answer.
#[derive(Debug)]
pub(super) enum Failure {
    Timeout(Phase),
    Error(ProbeError),
}

impl Failure {
    pub(super) fn error(kind: ErrorKind, detail: impl Into<String>) -> Self {
        Failure::Error(ProbeError {
            kind,
            detail: detail.into(),
        })
    }
}

/// Maps an IO error to a connection failure kind, if it is one.
pub(super) fn io_kind(e: &io::Error) -> Option<ErrorKind> {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => Some(ErrorKind::ConnectionRefused),
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe
        | io::ErrorKind::UnexpectedEof => Some(ErrorKind::ConnectionReset),
        io::ErrorKind::NetworkUnreachable
        | io::ErrorKind::HostUnreachable
        | io::ErrorKind::NetworkDown
        | io::ErrorKind::AddrNotAvailable => Some(ErrorKind::Unreachable),
        _ => None,
    }
}

pub(super) fn hyper_error(e: &hyper::Error) -> ProbeError {
    let mut source: Option<&(dyn StdError + 'static)> = e.source();
    let mut kind = None;
    while let Some(s) = source {
        if let Some(ioe) = s.downcast_ref::<io::Error>() {
            kind = io_kind(ioe);
            break;
        }
        source = s.source();
    }
    let kind = kind.unwrap_or(if e.is_incomplete_message() || e.is_closed() {
        ErrorKind::ConnectionReset
    } else if e.is_parse() {
        ErrorKind::Protocol
    } else {
        ErrorKind::ConnectOther
    });
    let detail = match e.source() {
        Some(s) => format!("{e}: {s}"),
        None => e.to_string(),
    };
    ProbeError { kind, detail }
}
