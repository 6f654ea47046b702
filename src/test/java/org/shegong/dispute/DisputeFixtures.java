package org.shegong.dispute;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.shegong.Role;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;

/** Real staff accounts and valid resident id numbers for dispute tests. */
final class DisputeFixtures {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 900));

    private DisputeFixtures() {
    }

    /** A valid 公民身份号码 (GB 11643) born in 1980, unique within a run. */
    static String residentId() {
        String first17 = "510107" + "1980" + "0412" + String.format("%03d", SERIAL.incrementAndGet() % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    /** The same number with a wrong check character. */
    static String wrongCheck(String id) {
        char c = id.charAt(17);
        return id.substring(0, 17) + (c == '1' ? '2' : '1');
    }

    /** A real account in a new unit at {@code region}; the principal carries {@code roles}. */
    static StaffPrincipal staff(UnitManagement units, AccountManagement accounts, String username, String unitName, UnitKind kind,
            String region, Role... roles) {
        UnitView unit = units.create(StaffFixtures.provinceAdmin(), unitName, kind, region);
        long id = accounts.create(StaffFixtures.provinceAdmin(), new NewAccount(username, "姓名" + username, unit.id(),
                Set.of(roles), "Dispute#2026ok", null, null)).id().value();
        return StaffFixtures.staff(id, username, unit.id().value(), unit.name(), kind, region, roles);
    }

    static List<String> members(String s) {
        return List.of("张" + s, "李" + s, "王" + s);
    }
}
