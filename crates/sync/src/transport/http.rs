//! HTTP for the WebDAV and S3 transports (`ureq`): one agent per share with the system's
//! certificates and a limit on every phase of every request, retries with backoff when a
//! connection drops or the server has a passing fault (5xx, 429), and HTTP failures turned
//! into the errors users read (wrong password, no access, not there, server full, TLS).

use std::time::Duration;

use ureq::http::{Method, Request};

use crate::{Error, Result};

/// Attempts per request, and the wait before each retry.
const BACKOFF_MS: [u64; 3] = [0, 250, 1000];
/// A share's files are small, a snapshot of a large organisation some tens of megabytes.
const MAX_BODY: u64 = 1 << 31;

/// A URL as the share's base: http or https with a host, ending in `/`.
pub fn base_url(text: &str) -> Result<String> {
    let text = text.trim();
    let bad = || Error::AddressInvalid { address: text.to_string() };
    let mut url = url::Url::parse(text).map_err(|_| bad())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(bad());
    }
    if !url.username().is_empty() || url.password().is_some() {
        // never a password in an address that is stored and shown
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    url.set_query(None);
    url.set_fragment(None);
    let mut s = url.to_string();
    if !s.ends_with('/') {
        s.push('/');
    }
    Ok(s)
}

/// A whole response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

pub struct Client {
    agent: ureq::Agent,
    /// What a failure names: the share's address.
    pub address: String,
}

fn transient(status: u16) -> bool {
    status == 429 || (500..600).contains(&status) && status != 501 && status != 507
}

impl Client {
    pub fn new(address: &str) -> Client {
        let tls = ureq::tls::TlsConfig::builder().root_certs(ureq::tls::RootCerts::PlatformVerifier).build();
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .tls_config(tls)
            .timeout_resolve(Some(Duration::from_secs(15)))
            .timeout_connect(Some(Duration::from_secs(15)))
            .timeout_send_request(Some(Duration::from_secs(30)))
            .timeout_recv_response(Some(Duration::from_secs(60)))
            .timeout_send_body(Some(Duration::from_secs(600)))
            .timeout_recv_body(Some(Duration::from_secs(600)))
            .build()
            .new_agent();
        Client { agent, address: address.to_string() }
    }

    /// Send one request and read the whole reply, retrying what may pass (a dropped
    /// connection, a timeout, 5xx, 429). Only an answer that never came is an error here;
    /// the caller reads the status.
    pub fn send(&self, method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Result<Reply> {
        let mut last = None;
        for wait in BACKOFF_MS {
            std::thread::sleep(Duration::from_millis(wait));
            match self.once(method, url, headers, body) {
                Ok(r) if transient(r.status) => last = Some(Ok(r)),
                Ok(r) => return Ok(r),
                Err(e @ Error::Tls { .. }) => return Err(e),
                Err(e) => last = Some(Err(e)),
            }
        }
        last.expect("at least one attempt")
    }

    fn once(&self, method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Result<Reply> {
        let unreachable = || Error::Unreachable { address: self.address.clone() };
        let method = Method::from_bytes(method.as_bytes()).map_err(|_| unreachable())?;
        let mut req = Request::builder().method(method).uri(url);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = req.body(body).map_err(|_| Error::AddressInvalid { address: url.to_string() })?;
        let mut resp = self.agent.run(req).map_err(|e| self.failed(e))?;
        let status = resp.status().as_u16();
        let body = resp.body_mut().with_config().limit(MAX_BODY).read_to_vec().map_err(|e| self.failed(e))?;
        Ok(Reply { status, body })
    }

    fn failed(&self, e: ureq::Error) -> Error {
        let address = self.address.clone();
        match e {
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) => Error::Tls { address },
            ureq::Error::Io(io) if io.to_string().to_lowercase().contains("certificate") => Error::Tls { address },
            _ => Error::Unreachable { address },
        }
    }

    /// A reply that is not what was asked for, as the error users read.
    pub fn refused(&self, status: u16) -> Error {
        let address = self.address.clone();
        match status {
            401 => Error::Unauthorised { address },
            403 => Error::Forbidden { address },
            404 | 410 => Error::ShareNotFound { address },
            507 | 413 => Error::ServerFull { address },
            _ => Error::ServerFault { address, status },
        }
    }
}

/// `Authorization: Basic …` for a user and password.
pub fn basic(user: &str, password: &str) -> String {
    use base64::Engine;
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}")))
}

#[cfg(test)]
mod tests {
    use super::base_url;

    #[test]
    fn an_address_is_normalised_and_never_keeps_a_password() {
        assert_eq!(
            base_url(" https://cloud.example.org/dav/Tessera ").unwrap(),
            "https://cloud.example.org/dav/Tessera/"
        );
        assert_eq!(base_url("http://127.0.0.1:8080").unwrap(), "http://127.0.0.1:8080/");
        assert_eq!(base_url("https://ana:secret@cloud.example.org/dav/").unwrap(), "https://cloud.example.org/dav/");
        for bad in ["cloud.example.org/dav", "ftp://host/x", "https://", "/home/ana/share", ""] {
            assert!(base_url(bad).is_err(), "{bad}");
        }
    }
}
