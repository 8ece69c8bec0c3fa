package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A link an auditor noted from an earlier verification (position and hash), kept outside the database.
 * Someone able to alter the event store may also recompute every later link; the noted hash is what
 * such a rewrite cannot reproduce.
 */
record ChainAnchor(long position, byte[] hash) {

    /** Both parameters or neither; returns null for neither. */
    static ChainAnchor parse(String position, String hash) {
        if (position == null && hash == null) {
            return null;
        }
        List<FieldProblem> errors = new ArrayList<>();
        long at = 0;
        try {
            at = Long.parseLong(String.valueOf(position).trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem("anchorPosition", "must be the global position of a chained event"));
        }
        byte[] bytes = null;
        try {
            bytes = HexFormat.of().parseHex(String.valueOf(hash).trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("anchorHash", "must be a SHA-256 hash in hex (64 characters)"));
        }
        if (bytes != null && bytes.length != 32) {
            errors.add(new FieldProblem("anchorHash", "must be a SHA-256 hash in hex (64 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new ChainAnchor(at, bytes);
    }
}
