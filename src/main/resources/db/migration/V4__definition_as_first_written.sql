-- Version 2 of the definition language: stored version-1 definitions are rewritten as version 2 by
-- the next migration (V5, DefinitionVersion2Migration); the text as first written is kept here, so
-- that nothing a writer sent is lost. NULL for definitions written in version 2.
ALTER TABLE proposal ADD COLUMN definition_v1 ${text_type};
