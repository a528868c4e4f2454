-- A revision per stored definition, drawn anew at every write: the proposal's ETag, and the
-- condition of a conditional update or delete (UPDATE ... WHERE id = ? AND revision = ?), so that
-- two instances on one database cannot both replace the same revision.
ALTER TABLE proposal ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
