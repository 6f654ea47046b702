package org.shegong.identity;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Session attributes in the form stored before decision 0007: a graph holding {@link StaffPrincipal.StoredBefore0007}
 * values, serialized, with that record's class name put back to {@code StaffPrincipal} — what the principal with
 * {@code long} ids wrote (same components, serial version 0 as every record's, same field layout).
 */
final class SessionFixtures {

    private SessionFixtures() {
    }

    static StaffPrincipal.StoredBefore0007 before0007(StaffPrincipal p) {
        return new StaffPrincipal.StoredBefore0007(p.accountId().value(), p.username(), p.displayName(),
                p.unitId().value(), p.unitName(), p.unitKind(), p.unitRegion(), p.roles(), p.mustChangePassword(),
                p.securityVersion());
    }

    /** {@code graph} serialized as it was stored before decision 0007 (it must hold one or more old principals). */
    static byte[] storedBefore0007(Object graph) {
        byte[] bytes = serialized(graph);
        // a class's name is written once, as modified UTF-8 after its two-byte length; later uses are handles
        byte[] legacy = utf(StaffPrincipal.StoredBefore0007.class.getName());
        byte[] original = utf(StaffPrincipal.class.getName());
        int at = indexOf(bytes, legacy, 0);
        if (at < 0 || indexOf(bytes, legacy, at + 1) >= 0) {
            throw new IllegalArgumentException("expected the old principal's class exactly once in the stream");
        }
        byte[] out = new byte[bytes.length - legacy.length + original.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(original, 0, out, at, original.length);
        System.arraycopy(bytes, at + legacy.length, out, at + original.length, bytes.length - at - legacy.length);
        return out;
    }

    static byte[] serialized(Object graph) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf(String s) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeUTF(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] part, int from) {
        for (int i = from; i <= in.length - part.length; i++) {
            if (Arrays.equals(in, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
