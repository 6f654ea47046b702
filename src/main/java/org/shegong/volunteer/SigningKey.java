package org.shegong.volunteer;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server's HMAC-SHA256 key for QR tokens and certificate check characters: configured, or generated once
 * and kept in {@code volunteer_key} so that every node signs and checks with the same key.
 */
@Component
class SigningKey {

    private final JdbcClient jdbc;
    private final String configured;
    private final TransactionTemplate own;
    private volatile byte[] key;

    SigningKey(JdbcClient jdbc, VolunteerProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // the key is created in a transaction of its own: callers may be inside a read-only one
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = properties.signingKey() == null ? "" : properties.signingKey().strip();
    }

    byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a presented MAC with the right one. */
    boolean verify(String payload, byte[] presented) {
        return MessageDigest.isEqual(mac(payload), presented);
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = configured.isEmpty() ? stored() : HexFormat.of().parseHex(configured);
            if (k.length < 16) {
                throw new IllegalStateException("shegong.volunteer.signing-key must be at least 16 bytes (32 hex digits)");
            }
            key = k;
        }
        return k;
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return own.execute(status -> {
            jdbc.sql("INSERT INTO volunteer_key (id, value) VALUES (1, :v) ON CONFLICT (id) DO NOTHING").param("v", fresh).update();
            return jdbc.sql("SELECT value FROM volunteer_key WHERE id = 1").query(byte[].class).single();
        });
    }
}
