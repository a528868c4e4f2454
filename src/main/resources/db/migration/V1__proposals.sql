-- Proposals made through the API: the definition JSON as sent (after validation), by id.
CREATE TABLE proposal (
  id          VARCHAR(80) PRIMARY KEY,
  definition  ${text_type} NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
