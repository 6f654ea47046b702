package org.shegong.identity;

import org.shegong.InvalidInput;

/** A mainland China mobile number: 11 digits starting 13–19 (an optional +86 prefix is dropped). */
public record MobileNumber(String value) {

    public MobileNumber {
        value = value == null ? "" : PiiKind.MOBILE.normalize(value);
        if (!value.matches("1[3-9]\\d{9}")) {
            throw new InvalidInput("phone", "identity.phone.format");
        }
    }

    @Override
    public String toString() {
        return PiiKind.MOBILE.mask(value);
    }
}
