package org.shegong.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Personal information at rest (个人信息保护法 §51: encryption and de-identification): values are sealed
 * with SM4-GCM, found again by an HMAC-SM3 blind index, listed masked, and revealed in full only by an
 * explicit, audited act of a permitted role.
 */
@Component
public class PiiVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PiiKeys keys;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    PiiVault(PiiKeys keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    public SealedValue seal(PiiKind kind, String value) {
        String normalized = kind.normalize(value);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] cipher = crypt(true, nonce, normalized.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + cipher.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(cipher, 0, out, NONCE_BYTES, cipher.length);
        return new SealedValue(out, blindIndex(kind, normalized), kind.mask(normalized));
    }

    /** The blind index of a value, to look it up with {@code where x_index = :index}. */
    public String blindIndex(PiiKind kind, String value) {
        return Sm3.hmacHex(keys.indexKey(), kind.name() + ":" + kind.normalize(value));
    }

    /**
     * Reveals a full value to a permitted staff member and records the act in the audit log
     * (who, which record, why). Only administrators may reveal.
     */
    public String reveal(StaffPrincipal actor, byte[] cipher, String target, String purpose) {
        if (!actor.isAdministrator()) {
            audit.record(AuditEntry.of(actor, "pii.reveal", target, "DENIED", purpose));
            throw new AccessDeniedException("reveal not permitted");
        }
        String plain = open(cipher);
        audit.record(AuditEntry.of(actor, "pii.reveal", target, "OK", purpose));
        return plain;
    }

    /**
     * Reveals a full value to a staff member whom the owning module has decided needs it for this record (e.g. the
     * assigned visitor of a care recipient), and records the act — granted or refused — in the audit log.
     */
    public String revealWhenNeeded(StaffPrincipal actor, boolean needed, byte[] cipher, String target, String purpose) {
        if (!needed) {
            audit.record(AuditEntry.of(actor, "pii.reveal", target, "DENIED", purpose));
            throw new AccessDeniedException("reveal not permitted");
        }
        String plain = open(cipher);
        audit.record(AuditEntry.of(actor, "pii.reveal", target, "OK", purpose));
        return plain;
    }

    String open(byte[] sealed) {
        byte[] nonce = Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return new String(crypt(false, nonce, body), StandardCharsets.UTF_8);
    }

    private byte[] crypt(boolean encrypt, byte[] nonce, byte[] input) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(keys.encryptionKey()), TAG_BITS, nonce));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int n = gcm.processBytes(input, 0, input.length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("PII ciphertext fails authentication (wrong key or tampered)", e);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
