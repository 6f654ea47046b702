package org.shegong.petition;

/** Who performs a step: account id (0 for the petitioner), user name and unit (0 for the petitioner). */
record Actor(long accountId, String username, long unitId) {

    static final Actor PETITIONER = new Actor(0, "petitioner", 0);

    /** The platform itself, e.g. recomputing a limit once the official holiday schedule is loaded. */
    static final Actor PLATFORM = new Actor(0, "platform", 0);
}
