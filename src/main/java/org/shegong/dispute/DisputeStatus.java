package org.shegong.dispute;

/** Where a dispute stands. */
public enum DisputeStatus {
    /** Registered; consent of the parties is being asked. */
    REGISTERED,
    /** Both parties consented; mediation under way. */
    MEDIATING,
    /** An agreement is written; it takes effect on signatures and seal (人民调解法 §29). */
    AGREED,
    /** The agreement is effective; confirmation and performance are followed up. */
    EFFECTIVE,
    /** The agreement was performed. */
    PERFORMED,
    /** Mediation failed, was refused or stopped; the parties were told of other routes (人民调解法 §26). */
    FAILED;

    public boolean open() {
        return this == REGISTERED || this == MEDIATING || this == AGREED;
    }
}
