package org.shegong.suggestion;

/** Register → accept → transfer to the competent organ → answer (§§11–12); or redirected when screened out. */
public enum SuggestionStatus {
    REGISTERED, ACCEPTED, TRANSFERRED, ANSWERED, REDIRECTED;

    public boolean open() {
        return this != ANSWERED && this != REDIRECTED;
    }
}
