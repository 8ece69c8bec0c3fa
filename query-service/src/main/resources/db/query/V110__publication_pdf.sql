-- The report as PDF, printed once when it is published and kept with its SHA-256 like the HTML, so the
-- paper copy is as frozen as the rest. Publications made before this column existed have none: theirs
-- is printed from their kept (and verified) HTML when asked for.
ALTER TABLE query.publication ADD COLUMN report_pdf BYTEA;
ALTER TABLE query.publication ADD COLUMN report_pdf_sha256 CHAR(64);
