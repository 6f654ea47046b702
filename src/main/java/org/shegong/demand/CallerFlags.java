package org.shegong.demand;

import java.util.List;
import org.shegong.identity.MobileNumber;
import org.shegong.region.Scope;

/**
 * What a hotline operator should know about a caller before taking the call, asked with the caller's number while the
 * operator types it: e.g. "重点关爱对象：独居老人" from the care registry. Another module implements it (demand names
 * none); an answer says only which group the caller belongs to — nothing sensitive — and is matched on the
 * number's blind index, never by scanning plaintext.
 */
public interface CallerFlags {

    /** Flags for the caller with this number, inside the operator's scope; empty when there is nothing to say. */
    List<Flag> flagsFor(MobileNumber caller, Scope scope);

    /** One line for the operator, in Chinese and English. */
    record Flag(String text, String textEn) {
    }
}
