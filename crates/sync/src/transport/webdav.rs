//! A share on a WebDAV server (Nextcloud, ownCloud, Apache mod_dav, rclone): PROPFIND to
//! list a folder, GET, PUT under a temporary name then MOVE into place (a dropped connection
//! leaves at most a temporary file, never half a bundle under its name), MKCOL for folders,
//! DELETE. Basic authentication over the connection's TLS.

use std::collections::HashSet;
use std::sync::Mutex;

use quick_xml::events::Event;
use uuid::Uuid;

use super::http::{basic, Client};
use super::{Credentials, Entry, Transport};
use crate::{Error, Result};

pub struct WebDav {
    client: Client,
    base: url::Url,
    auth: String,
    /// Folders known to be there (made or listed), so each is made once.
    folders: Mutex<HashSet<String>>,
}

impl WebDav {
    pub fn new(url: &str, credentials: &Credentials) -> Result<WebDav> {
        let base = super::http::base_url(url)?;
        let parsed = url::Url::parse(&base).map_err(|_| Error::AddressInvalid { address: base.clone() })?;
        Ok(WebDav {
            client: Client::new(&base),
            base: parsed,
            auth: basic(&credentials.user, &credentials.password),
            folders: Mutex::new(HashSet::new()),
        })
    }

    fn url(&self, key: &str) -> url::Url {
        self.base.join(key).unwrap_or_else(|_| self.base.clone())
    }

    fn send(&self, method: &str, url: &url::Url, headers: &[(&str, &str)], body: &[u8]) -> Result<super::http::Reply> {
        let mut all = vec![("Authorization", self.auth.as_str())];
        all.extend_from_slice(headers);
        self.client.send(method, url.as_str(), &all, body)
    }

    /// Make `dir` and the folders above it, once per folder.
    fn make_folders(&self, dir: &str) -> Result<()> {
        let mut path = String::new();
        for part in dir.split('/').filter(|p| !p.is_empty()) {
            path.push_str(part);
            path.push('/');
            if self.folders.lock().expect("folders").contains(&path) {
                continue;
            }
            let r = self.send("MKCOL", &self.url(&path), &[], &[])?;
            // 405: it is there already (RFC 4918 9.3.1)
            if !(r.ok() || r.status == 405 || r.status == 301) {
                return Err(self.client.refused(r.status));
            }
            self.folders.lock().expect("folders").insert(path.clone());
        }
        Ok(())
    }
}

/// The `href`s of a PROPFIND reply, each with whether it is a collection.
fn multistatus(xml: &[u8]) -> Vec<(String, bool)> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = Vec::new();
    let (mut href, mut collection, mut in_href) = (None::<String>, false, false);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                b"response" => (href, collection) = (None, false),
                b"href" => in_href = true,
                b"collection" => collection = true,
                _ => {}
            },
            Ok(Event::Empty(e)) if e.local_name().as_ref() == b"collection" => collection = true,
            Ok(Event::Text(t)) if in_href => {
                let text = t.decode().map(|s| s.into_owned()).unwrap_or_default();
                let text = quick_xml::escape::unescape(&text).map(|s| s.into_owned()).unwrap_or(text);
                href.get_or_insert_with(String::new).push_str(text.trim());
            }
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"href" => in_href = false,
                b"response" => {
                    if let Some(h) = href.take() {
                        out.push((h, collection));
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

impl Transport for WebDav {
    fn name(&self, key: &str) -> String {
        self.url(key).to_string()
    }

    fn check(&self) -> Result<()> {
        let r = self.send("PROPFIND", &self.base, &[("Depth", "0")], &[])?;
        if r.status == 207 || r.ok() {
            Ok(())
        } else {
            Err(self.client.refused(r.status))
        }
    }

    fn get(&self, key: &str) -> Result<Option<Vec<u8>>> {
        let r = self.send("GET", &self.url(key), &[], &[])?;
        match r.status {
            200 => Ok(Some(r.body)),
            404 | 410 => Ok(None),
            s => Err(self.client.refused(s)),
        }
    }

    fn put(&self, key: &str, bytes: &[u8]) -> Result<()> {
        let (dir, _) = key.rsplit_once('/').unwrap_or(("", key));
        self.make_folders(dir)?;
        let tmp_key = if dir.is_empty() {
            format!(".tmp-{}", Uuid::new_v4().simple())
        } else {
            format!("{dir}/.tmp-{}", Uuid::new_v4().simple())
        };
        let tmp = self.url(&tmp_key);
        let r = self.send("PUT", &tmp, &[("Content-Type", "application/octet-stream")], bytes)?;
        if !r.ok() {
            return Err(self.client.refused(r.status));
        }
        let dest = self.url(key);
        let moved = self.send("MOVE", &tmp, &[("Destination", dest.as_str()), ("Overwrite", "T")], &[]);
        match moved {
            Ok(r) if r.ok() => Ok(()),
            // a MOVE that took effect before its answer was lost, then retried
            Ok(r) if r.status == 404 && self.get(key)?.as_deref() == Some(bytes) => Ok(()),
            other => {
                let _ = self.send("DELETE", &tmp, &[], &[]);
                Err(match other {
                    Ok(r) => self.client.refused(r.status),
                    Err(e) => e,
                })
            }
        }
    }

    fn list(&self, dir: &str) -> Result<Vec<Entry>> {
        let url = if dir.is_empty() { self.base.clone() } else { self.url(&format!("{}/", dir.trim_end_matches('/'))) };
        let r = self.send("PROPFIND", &url, &[("Depth", "1")], &[])?;
        if r.status == 404 {
            return Ok(Vec::new());
        }
        if r.status != 207 {
            return Err(self.client.refused(r.status));
        }
        let own = url.path().trim_end_matches('/').to_string();
        let mut out = Vec::new();
        for (href, collection) in multistatus(&r.body) {
            let Ok(u) = url.join(&href) else { continue };
            let path = u.path().trim_end_matches('/');
            if path == own || !path.starts_with(&own) {
                continue;
            }
            let last = path.rsplit('/').next().unwrap_or_default();
            let name = percent_encoding::percent_decode_str(last).decode_utf8_lossy().into_owned();
            if !name.is_empty() {
                out.push(Entry { name, folder: collection || href.ends_with('/') });
            }
        }
        if !dir.is_empty() {
            self.folders.lock().expect("folders").insert(format!("{}/", dir.trim_end_matches('/')));
        }
        Ok(out)
    }

    fn delete(&self, key: &str) -> Result<()> {
        let r = self.send("DELETE", &self.url(key), &[], &[])?;
        if r.ok() || r.status == 404 {
            Ok(())
        } else {
            Err(self.client.refused(r.status))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::multistatus;

    #[test]
    fn a_propfind_reply_is_read_with_any_namespace_prefix() {
        let xml = br#"<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:">
 <d:response><d:href>/dav/Tessera/devices/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop></d:propstat></d:response>
 <d:response><d:href>/dav/Tessera/devices/0190aa%20b/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop></d:propstat></d:response>
 <D:response xmlns:D="DAV:"><D:href>http://h/dav/Tessera/devices/00000001.bundle</D:href><D:propstat><D:prop><D:resourcetype/></D:prop></D:propstat></D:response>
</d:multistatus>"#;
        assert_eq!(
            multistatus(xml),
            vec![
                ("/dav/Tessera/devices/".to_string(), true),
                ("/dav/Tessera/devices/0190aa%20b/".to_string(), true),
                ("http://h/dav/Tessera/devices/00000001.bundle".to_string(), false),
            ]
        );
    }
}
