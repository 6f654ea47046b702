package org.shegong.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.serializer.Deserializer;

/**
 * Reads a stored session attribute as Spring's default deserializer does (Java serialization, the application's class
 * loader), except that a {@link StaffPrincipal} stored before decision 0007 — its {@code accountId} and {@code unitId}
 * still {@code long} — is read as {@link StaffPrincipal.StoredBefore0007}, which resolves to the principal with typed
 * ids. Without it every session begun before the deploy fails to load ({@code InvalidClassException: incompatible
 * types for field accountId}).
 */
final class StoredSessionDeserializer implements Deserializer<Object> {

    private static final ObjectStreamClass BEFORE_0007 = ObjectStreamClass.lookup(StaffPrincipal.StoredBefore0007.class);

    private final ClassLoader classLoader;

    StoredSessionDeserializer(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Object deserialize(InputStream in) throws IOException {
        ObjectInputStream objects = new ConfigurableObjectInputStream(in, classLoader) {
            @Override
            protected ObjectStreamClass readClassDescriptor() throws IOException, ClassNotFoundException {
                ObjectStreamClass stored = super.readClassDescriptor();
                return isBefore0007(stored) ? BEFORE_0007 : stored;
            }
        };
        try {
            return objects.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("Failed to deserialize object type", e);
        }
    }

    /** The principal's class under its own name with both ids still primitive {@code long} ({@code J}). */
    static boolean isBefore0007(ObjectStreamClass stored) {
        return stored.getName().equals(StaffPrincipal.class.getName())
                && isLong(stored.getField("accountId")) && isLong(stored.getField("unitId"));
    }

    private static boolean isLong(ObjectStreamField field) {
        return field != null && field.getTypeCode() == 'J';
    }
}
