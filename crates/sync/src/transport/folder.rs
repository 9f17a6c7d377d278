//! A share in a folder of this computer (kept in step by Nextcloud, Syncthing, a network
//! share or a USB stick): each file written under a temporary name in its folder, flushed,
//! then renamed, so a file-sync engine never sees half a file under its real name.

use std::io::Write;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::{Entry, Transport};
use crate::{Error, Result};

pub struct Folder {
    root: PathBuf,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Core(tessera_core::Error::Io { path: path.display().to_string(), source })
}

impl Folder {
    pub fn new(root: PathBuf) -> Folder {
        Folder { root }
    }

    fn path(&self, key: &str) -> PathBuf {
        key.split('/').filter(|p| !p.is_empty()).fold(self.root.clone(), |p, part| p.join(part))
    }
}

impl Transport for Folder {
    fn name(&self, key: &str) -> String {
        self.path(key).display().to_string()
    }

    fn check(&self) -> Result<()> {
        if self.root.is_dir() {
            Ok(())
        } else {
            Err(Error::FolderMissing { path: self.root.display().to_string() })
        }
    }

    fn get(&self, key: &str) -> Result<Option<Vec<u8>>> {
        let path = self.path(key);
        match std::fs::read(&path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(&path)(e)),
        }
    }

    fn put(&self, key: &str, bytes: &[u8]) -> Result<()> {
        let path = self.path(key);
        let dir = path.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let tmp = dir.join(format!(".tmp-{}", Uuid::new_v4().simple()));
        let result = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(io(&path))
    }

    fn list(&self, dir: &str) -> Result<Vec<Entry>> {
        let Ok(entries) = std::fs::read_dir(self.path(dir)) else { return Ok(Vec::new()) };
        Ok(entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_string();
                Some(Entry { name, folder: e.file_type().is_ok_and(|t| t.is_dir()) })
            })
            .collect())
    }

    fn delete(&self, key: &str) -> Result<()> {
        let path = self.path(key);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io(&path)(e)),
        }
    }
}
