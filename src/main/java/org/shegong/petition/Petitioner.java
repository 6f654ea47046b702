package org.shegong.petition;

import org.jspecify.annotations.Nullable;
import org.shegong.identity.SealedValue;

/** A petitioner as stored: name, phone and resident id sealed by the PII vault, and whether an elected representative. */
record Petitioner(String name, @Nullable SealedValue phone, @Nullable SealedValue residentId, boolean representative) {
}
