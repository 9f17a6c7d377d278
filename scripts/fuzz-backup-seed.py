"""Write a seed for the backup fuzz target (crates/backup/fuzz): mode byte 1 and a tar shaped
like a backup's inside (manifest.json, tessera.db, one attachment file), small enough for
libFuzzer's -max_len."""
import hashlib, io, json, sys, tarfile

db = b"SQLite format 3\x00" + bytes(84)
att = b"signed attendance sheet"
h = hashlib.sha256(att).hexdigest()
manifest = {
    "format": 1, "made_by": "tessera 0.1.0", "created_at": "2026-12-02T10:00:00Z",
    "organisation": "Qendra", "schema_version": 11, "database_encrypted": False,
    "database": {"sha256": hashlib.sha256(db).hexdigest(), "bytes": len(db)},
    "attachments": [{"sha256": h, "bytes": len(att)}], "missing": [],
}
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
    for name, data in [("manifest.json", json.dumps(manifest).encode()), ("tessera.db", db), (f"attachments/{h[:2]}/{h}", att)]:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
open(sys.argv[1], "wb").write(b"\x01" + buf.getvalue())
