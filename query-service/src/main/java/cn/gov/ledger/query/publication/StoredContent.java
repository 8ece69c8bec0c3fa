package cn.gov.ledger.query.publication;

import cn.gov.ledger.query.web.ProblemException;

/**
 * Bytes kept for a publication and the hash taken when they were kept. They are served only while they
 * still match it: a row altered in the database behind the service's back is refused, not published.
 *
 * @param what names the content in the refusal ("table 03 of publication 7")
 */
record StoredContent(String what, byte[] content, String sha256) {

    byte[] verified() {
        String now = Sha256.of(content);
        if (!now.equals(sha256.trim())) {
            throw ProblemException.corrupted(what + " no longer matches the SHA-256 it was published with ("
                    + sha256.trim() + ", now " + now + "); it is not served");
        }
        return content;
    }
}
