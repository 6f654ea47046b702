package org.shegong.demand;

import org.shegong.identity.SealedValue;

/** Intake facts for domain tests: a sealed value that is clearly not real ciphertext. */
final class DemandFixtures {

    private DemandFixtures() {
    }

    static Intake intake(String matter) {
        return new Intake("SC261102TEST01", Channel.HOTLINE, matter, "成都市武侯区玉林北路1号", null, null, "王女士",
                new SealedValue(new byte[] { 1, 2, 3 }, "index", "138****5678"));
    }
}
