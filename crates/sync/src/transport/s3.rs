//! A share in an S3-compatible bucket (MinIO, Garage, a cloud provider), addressed in path
//! style `https://host[:port]/bucket[/prefix]`: requests signed with AWS Signature V4 by
//! `rusty-s3` (it signs, `ureq` carries), one PUT per file (an object appears whole or not
//! at all), ListObjectsV2 with a `/` delimiter for folders.

use std::time::Duration;

use rusty_s3::actions::{ListObjectsV2, S3Action};
use rusty_s3::{Bucket, UrlStyle};

use super::http::Client;
use super::{Credentials, Entry, Transport};
use crate::{Error, Result};

/// How long a signed request stays valid (it is sent at once).
const SIGNED_FOR: Duration = Duration::from_secs(300);

pub struct S3 {
    client: Client,
    bucket: Bucket,
    credentials: rusty_s3::Credentials,
    /// Keys of the share start with this (empty, or ending in `/`).
    prefix: String,
}

/// `https://host/bucket/prefix/` → (`https://host/`, bucket, `prefix/`).
pub fn split(url: &str) -> Option<(url::Url, String, String)> {
    let u = url::Url::parse(url).ok()?;
    let mut parts = u.path().trim_matches('/').splitn(2, '/');
    let bucket = parts.next().filter(|b| !b.is_empty())?.to_string();
    let prefix = parts.next().map(|p| format!("{}/", p.trim_matches('/'))).filter(|p| p != "/").unwrap_or_default();
    let mut endpoint = u.clone();
    endpoint.set_path("/");
    Some((endpoint, bucket, prefix))
}

/// The `<Code>` of an S3 error reply.
fn error_code(xml: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(xml).ok()?;
    let start = text.find("<Code>")? + "<Code>".len();
    let end = text[start..].find("</Code>")? + start;
    Some(text[start..end].to_string())
}

impl S3 {
    pub fn new(url: &str, region: &str, credentials: &Credentials) -> Result<S3> {
        let base = super::http::base_url(url)?;
        let bad = || Error::AddressInvalid { address: base.clone() };
        let (endpoint, name, prefix) = split(&base).ok_or_else(bad)?;
        let bucket = Bucket::new(endpoint, UrlStyle::Path, name, region.to_string()).map_err(|_| bad())?;
        Ok(S3 {
            client: Client::new(&base),
            bucket,
            credentials: rusty_s3::Credentials::new(credentials.user.clone(), credentials.password.clone()),
            prefix,
        })
    }

    fn refused(&self, status: u16, body: &[u8]) -> Error {
        let address = self.client.address.clone();
        match error_code(body).as_deref() {
            Some("InvalidAccessKeyId" | "SignatureDoesNotMatch" | "InvalidToken") => Error::Unauthorised { address },
            Some("NoSuchBucket") => Error::ShareNotFound { address },
            _ => self.client.refused(status),
        }
    }

    /// One page of what is directly under `prefix`.
    fn page(&self, prefix: &str, token: Option<&str>) -> Result<rusty_s3::actions::ListObjectsV2Response> {
        let mut action = self.bucket.list_objects_v2(Some(&self.credentials));
        action.with_prefix(prefix);
        action.query_mut().insert("delimiter", "/");
        if let Some(t) = token {
            action.with_continuation_token(t);
        }
        let url = action.sign(SIGNED_FOR);
        let r = self.client.send("GET", url.as_str(), &[], &[])?;
        if !r.ok() {
            return Err(self.refused(r.status, &r.body));
        }
        ListObjectsV2::parse_response(&r.body)
            .map_err(|_| Error::ServerFault { address: self.client.address.clone(), status: r.status })
    }
}

impl Transport for S3 {
    fn name(&self, key: &str) -> String {
        format!("{}{key}", self.client.address)
    }

    fn check(&self) -> Result<()> {
        let mut action = self.bucket.list_objects_v2(Some(&self.credentials));
        action.with_prefix(self.prefix.as_str());
        action.with_max_keys(1);
        let url = action.sign(SIGNED_FOR);
        let r = self.client.send("GET", url.as_str(), &[], &[])?;
        if r.ok() {
            Ok(())
        } else {
            Err(self.refused(r.status, &r.body))
        }
    }

    fn get(&self, key: &str) -> Result<Option<Vec<u8>>> {
        let url = self.bucket.get_object(Some(&self.credentials), &format!("{}{key}", self.prefix)).sign(SIGNED_FOR);
        let r = self.client.send("GET", url.as_str(), &[], &[])?;
        match r.status {
            200 => Ok(Some(r.body)),
            404 if error_code(&r.body).as_deref() != Some("NoSuchBucket") => Ok(None),
            s => Err(self.refused(s, &r.body)),
        }
    }

    fn put(&self, key: &str, bytes: &[u8]) -> Result<()> {
        let url = self.bucket.put_object(Some(&self.credentials), &format!("{}{key}", self.prefix)).sign(SIGNED_FOR);
        let r = self.client.send("PUT", url.as_str(), &[("Content-Type", "application/octet-stream")], bytes)?;
        if r.ok() {
            Ok(())
        } else {
            Err(self.refused(r.status, &r.body))
        }
    }

    fn list(&self, dir: &str) -> Result<Vec<Entry>> {
        let prefix =
            if dir.is_empty() { self.prefix.clone() } else { format!("{}{}/", self.prefix, dir.trim_matches('/')) };
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let page = self.page(&prefix, token.as_deref())?;
            for c in &page.contents {
                if let Some(name) = c.key.strip_prefix(&prefix).filter(|n| !n.is_empty() && !n.contains('/')) {
                    out.push(Entry { name: name.to_string(), folder: false });
                }
            }
            for p in &page.common_prefixes {
                if let Some(name) =
                    p.prefix.strip_prefix(&prefix).map(|n| n.trim_end_matches('/')).filter(|n| !n.is_empty())
                {
                    out.push(Entry { name: name.to_string(), folder: true });
                }
            }
            match page.next_continuation_token {
                Some(t) if !t.is_empty() => token = Some(t),
                _ => break,
            }
        }
        Ok(out)
    }

    fn delete(&self, key: &str) -> Result<()> {
        let url = self.bucket.delete_object(Some(&self.credentials), &format!("{}{key}", self.prefix)).sign(SIGNED_FOR);
        let r = self.client.send("DELETE", url.as_str(), &[], &[])?;
        if r.ok() || r.status == 404 {
            Ok(())
        } else {
            Err(self.refused(r.status, &r.body))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{error_code, split};

    #[test]
    fn a_path_style_address_names_endpoint_bucket_and_prefix() {
        let (e, b, p) = split("http://127.0.0.1:9000/tessera/").unwrap();
        assert_eq!((e.as_str(), b.as_str(), p.as_str()), ("http://127.0.0.1:9000/", "tessera", ""));
        let (_, b, p) = split("https://s3.example.org/coalition/share/2026/").unwrap();
        assert_eq!((b.as_str(), p.as_str()), ("coalition", "share/2026/"));
        assert!(split("https://s3.example.org/").is_none());
        assert_eq!(
            error_code(b"<Error><Code>NoSuchBucket</Code><Message>x</Message></Error>").as_deref(),
            Some("NoSuchBucket")
        );
    }
}
