-- Tessera schema, migration 3: whose data a row is. Import matches objects by organisation +
-- ref/code (package.md): a partner's package never overwrites the database owner's projects,
-- people or directory. NULL = the database owner's; otherwise the id of the partner
-- organisation whose package brought the row.
ALTER TABLE organisations ADD COLUMN owner_org_id TEXT;
ALTER TABLE projects ADD COLUMN owner_org_id TEXT;
ALTER TABLE beneficiaries ADD COLUMN owner_org_id TEXT;
ALTER TABLE households ADD COLUMN owner_org_id TEXT;
CREATE INDEX beneficiaries_owner_code ON beneficiaries(owner_org_id, code);
CREATE INDEX households_owner_code ON households(owner_org_id, code);
DROP INDEX beneficiaries_code;
DROP INDEX households_code;
