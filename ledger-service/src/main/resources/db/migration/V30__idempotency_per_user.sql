-- Idempotency keys are scoped to the signed-in user: the same key from two users is two requests. The import's
-- row keys stay shared (scope ''), so that the same file imported twice, by anyone, posts its rows once.
-- Keys recorded before this migration keep scope '' and no longer answer a user's retry.
ALTER TABLE idempotency_record ADD COLUMN scope VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_pkey;
ALTER TABLE idempotency_record ADD PRIMARY KEY (scope, idempotency_key);
