package org.shegong.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The two 128-bit keys of the PII vault: SM4 for encryption and a separate HMAC-SM3 key for blind
 * indexes. Taken from configuration ({@code SHEGONG_PII_KEY}, {@code SHEGONG_PII_INDEX_KEY}, hex) or,
 * when unset, from a key file that is generated once (owner-only permissions) under the data directory.
 */
@Component
class PiiKeys {

    private static final Logger log = LoggerFactory.getLogger(PiiKeys.class);

    private final byte[] encryptionKey;
    private final byte[] indexKey;

    PiiKeys(IdentityProperties properties) {
        var pii = properties.pii();
        if (!pii.encryptionKey().isBlank() && !pii.indexKey().isBlank()) {
            this.encryptionKey = parse(pii.encryptionKey(), "SHEGONG_PII_KEY");
            this.indexKey = parse(pii.indexKey(), "SHEGONG_PII_INDEX_KEY");
            return;
        }
        Path file = Path.of(pii.keyFile()).toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                SecureRandom random = new SecureRandom();
                byte[] a = new byte[16];
                byte[] b = new byte[16];
                random.nextBytes(a);
                random.nextBytes(b);
                Files.writeString(file, HexFormat.of().formatHex(a) + "\n" + HexFormat.of().formatHex(b) + "\n",
                        StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system; the file still works
                }
                log.warn("Generated new PII keys in {} — back this file up: without it encrypted personal data cannot be read.", file);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.size() < 2) {
                throw new IllegalStateException("PII key file " + file + " must hold two hex keys, one per line");
            }
            this.encryptionKey = parse(lines.get(0), file.toString());
            this.indexKey = parse(lines.get(1), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create PII key file " + file, e);
        }
    }

    private static byte[] parse(String hex, String source) {
        byte[] key = HexFormat.of().parseHex(hex.strip());
        if (key.length != 16) {
            throw new IllegalStateException(source + ": an SM4 key is 16 bytes (32 hex digits)");
        }
        return key;
    }

    byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    byte[] indexKey() {
        return indexKey.clone();
    }
}
