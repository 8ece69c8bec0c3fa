-- Each publication records the hash chain's head when it was made, so that a chain recomputed inside
-- the database later no longer matches what was published outside it. Empty for earlier publications.
ALTER TABLE query.publication ADD COLUMN chain_position BIGINT, ADD COLUMN chain_head_sha256 CHAR(64);
