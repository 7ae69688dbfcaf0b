package io.tacitcrm.ops.infrastructure;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Archive entries' names and checksums, the same on the way out and on the way in. */
final class ArchiveEntries {

    static final String MANIFEST = "manifest.json";
    static final String CUSTOMERS = "people/customers.csv";
    static final String CONTACTS = "people/contacts.csv";

    private ArchiveEntries() {
    }

    static String tableEntry(String table) {
        return "tables/" + table + ".jsonl";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 and length of a stream, read to its end. */
    static Checked check(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            bytes += n;
        }
        return new Checked(hex(digest), bytes);
    }

    record Checked(String sha256, long bytes) {
    }

    /** Counts and digests what passes to the zip, and leaves the zip open when the entry's writer is closed. */
    static final class Digesting extends FilterOutputStream {

        private final MessageDigest digest = sha256();
        private long bytes;

        Digesting(OutputStream zip) {
            super(zip);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        Checked checked() {
            return new Checked(hex(digest), bytes);
        }
    }
}
