package org.shegong.petition;

/** Who performs a step: account id (0 for the petitioner), user name and unit (0 for the petitioner). */
record Actor(long accountId, String username, long unitId) {

    static final Actor PETITIONER = new Actor(0, "petitioner", 0);
}
