-- What the list pages and searches by, taken from the definition when it is written, so that a page
-- of the list reads these short columns and never the definitions: the title (searched with the id)
-- and the date of the layer (a proposal on a layer this server has not loaded is listed as such).
-- Rows written before this migration get them when the store next opens (JdbcProposalStore).
ALTER TABLE proposal ADD COLUMN title VARCHAR(1200);
ALTER TABLE proposal ADD COLUMN layer VARCHAR(10);
