package org.shegong.region;

import org.jspecify.annotations.Nullable;

/**
 * A grid worker as shown on the grid's public display card (DOMAIN §1: worker name and phone are
 * public display data there); lists show {@link #maskedPhone()}.
 *
 * @param accountUsername the worker's staff account, when the worker has one
 */
public record GridWorker(String name, @Nullable String phone, @Nullable String accountUsername) {

    /** {@code 138****1234} for a mobile number, the last four digits only for anything else. */
    public @Nullable String maskedPhone() {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        if (phone.length() == 11 && phone.chars().allMatch(Character::isDigit)) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        return "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
