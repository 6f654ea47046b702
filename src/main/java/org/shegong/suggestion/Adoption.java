package org.shegong.suggestion;

/** How the competent organ used a suggestion (§13). */
public enum Adoption {
    ADOPTED, PARTLY, REFERENCE, NOT_ADOPTED;

    public boolean shown() {
        return this == ADOPTED || this == PARTLY;
    }
}
