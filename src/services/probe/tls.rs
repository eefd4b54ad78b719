//! TLS for probes: the OS trust store plus the policy's extra roots, a verifier
//! that remembers the leaf the server presented (reported even when it is
//! refused), and the mapping of handshake errors to failure kinds.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};

use super::failure::io_kind;
use mfa_ready_core::fault::{CertificateInfo, ErrorKind, ProbeError, days_until};
use mfa_ready_core::text::single_line;

/// Why the trust setup could not be built. Reported by each HTTPS probe.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrustError {
    #[error("cannot read extra root {}: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("bad PEM in {}: {reason}", path.display())]
    BadPem { path: PathBuf, reason: String },
    #[error("no certificate in {}", .0.display())]
    NoCertificate(PathBuf),
    #[error("trust store: {0}")]
    Platform(String),
    #[error("TLS setup: {0}")]
    Setup(String),
}

/// The client configuration and the verifier it delegates to.
pub(super) struct TlsSetup {
    config: Arc<rustls::ClientConfig>,
    verifier: Arc<dyn ServerCertVerifier>,
}

/// A connector for one handshake and the slot where the server's leaf lands.
pub(super) type Recording = (
    tokio_rustls::TlsConnector,
    Arc<Mutex<Option<CertificateDer<'static>>>>,
);

impl TlsSetup {
    /// A connector that records the leaf certificate it is shown.
    pub(super) fn recording_connector(&self) -> Recording {
        let seen: Arc<Mutex<Option<CertificateDer<'static>>>> = Arc::default();
        let mut config = (*self.config).clone();
        config
            .dangerous()
            .set_certificate_verifier(Arc::new(RecordingVerifier {
                inner: self.verifier.clone(),
                seen: seen.clone(),
            }));
        (tokio_rustls::TlsConnector::from(Arc::new(config)), seen)
    }
}

fn read_roots(path: &Path) -> Result<Vec<CertificateDer<'static>>, TrustError> {
    let iter = CertificateDer::pem_file_iter(path).map_err(|e| TrustError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    let roots = iter
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TrustError::BadPem {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
    if roots.is_empty() {
        return Err(TrustError::NoCertificate(path.to_owned()));
    }
    Ok(roots)
}

/// How many certificates one `extra_root_certs` file holds, or why it cannot be
/// used: what `policy check` tells IT before the policy reaches a fleet.
pub fn check_root_file(path: &Path) -> Result<usize, TrustError> {
    read_roots(path).map(|roots| roots.len())
}

/// The OS trust store plus `extra` PEM roots (reads files: call off async threads).
pub(super) fn build_tls(extra: &[PathBuf]) -> Result<TlsSetup, TrustError> {
    let mut roots = Vec::new();
    for path in extra {
        roots.extend(read_roots(path)?);
    }
    let provider = crate::services::http::crypto_provider();
    let verifier: Arc<dyn ServerCertVerifier> = Arc::new(
        rustls_platform_verifier::Verifier::new_with_extra_roots(roots, provider.clone())
            .map_err(|e| TrustError::Platform(e.to_string()))?,
    );
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TrustError::Setup(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsSetup {
        config: Arc::new(config),
        verifier,
    })
}

/// Delegates verification and remembers the leaf the server presented, so the
/// certificate can be reported even when verification fails.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<dyn ServerCertVerifier>,
    seen: Arc<Mutex<Option<CertificateDer<'static>>>>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut g) = self.seen.lock() {
            *g = Some(end_entity.clone().into_owned());
        }
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// Issuer, subject and expiry of a DER certificate (names made safe: the server chose them).
pub(super) fn cert_info(der: &[u8], now: Timestamp) -> Option<CertificateInfo> {
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let not_after = Timestamp::from_second(cert.validity().not_after.timestamp()).ok();
    Some(CertificateInfo {
        issuer: single_line(&cert.issuer().to_string()),
        subject: single_line(&cert.subject().to_string()),
        not_after,
        days_to_expiry: not_after.map(|na| days_until(na, now)),
    })
}

/// Maps a handshake error to a failure kind.
pub(super) fn tls_error(e: &io::Error) -> ProbeError {
    let tls = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>());
    let kind = match tls {
        Some(rustls::Error::InvalidCertificate(ce)) => match ce {
            CertificateError::UnknownIssuer | CertificateError::BadSignature => {
                ErrorKind::TlsUntrustedIssuer
            }
            // A self-made CA certificate presented as the server's own (what
            // `openssl req -x509` makes): nobody vouches for it, as for an unknown issuer.
            CertificateError::Other(other)
                if other
                    .0
                    .downcast_ref::<webpki::Error>()
                    .is_some_and(|e| matches!(e, webpki::Error::CaUsedAsEndEntity)) =>
            {
                ErrorKind::TlsUntrustedIssuer
            }
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => ErrorKind::TlsExpired,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                ErrorKind::TlsWrongHost
            }
            _ => ErrorKind::TlsOther,
        },
        Some(_) => ErrorKind::TlsOther,
        None => io_kind(e).unwrap_or(ErrorKind::TlsOther),
    };
    ProbeError {
        kind,
        detail: e.to_string(),
    }
}
