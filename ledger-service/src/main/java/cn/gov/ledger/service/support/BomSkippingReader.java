package cn.gov.ledger.service.support;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Drops the byte-order mark that Excel writes at the start of a UTF-8 CSV file. */
public final class BomSkippingReader extends FilterReader {

    public BomSkippingReader(Reader in) {
        super(skipBom(in));
    }

    private static Reader skipBom(Reader in) {
        PushbackReader pushback = new PushbackReader(in, 1);
        try {
            int first = pushback.read();
            if (first != -1 && first != '\uFEFF') {
                pushback.unread(first);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the file", e);
        }
        return pushback;
    }
}
