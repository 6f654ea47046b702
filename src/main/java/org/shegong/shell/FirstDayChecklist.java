package org.shegong.shell;

import java.util.ArrayList;
import java.util.List;
import org.shegong.calendar.CalendarManagement;
import org.shegong.calendar.YearStatus;
import org.shegong.demand.DemandStep;
import org.shegong.demand.Open311Keys;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.duty.DutyLists;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.springframework.stereotype.Component;

/**
 * What an administrator sets up before demands can be dispatched, in the order it is done (README, "First day"):
 * the units that will handle work, their accounts, the townships' duty lists that propose the handling unit, the
 * category catalogue, keys for Open311 partners and next year's official holiday schedule, on which every
 * deadline running into that year depends. Each step is asked of its module, within the administrator's scope.
 */
@Component
class FirstDayChecklist {

    /** One step: its message key ({@code shell.checklist.<name>}), whether it is done and where to do it. */
    record Check(String name, boolean done, String link) {
    }

    private final UnitManagement units;
    private final AccountManagement accounts;
    private final DutyLists dutyLists;
    private final CategoryCatalogue categories;
    private final Open311Keys open311;
    private final CalendarManagement calendar;

    FirstDayChecklist(UnitManagement units, AccountManagement accounts, DutyLists dutyLists, CategoryCatalogue categories,
            Open311Keys open311, CalendarManagement calendar) {
        this.units = units;
        this.accounts = accounts;
        this.dutyLists = dutyLists;
        this.categories = categories;
        this.open311 = open311;
        this.calendar = calendar;
    }

    /** The checklist for an administrator; empty for everyone else. */
    List<Check> of(StaffPrincipal me) {
        if (!me.isAdministrator()) {
            return List.of();
        }
        List<Check> out = new ArrayList<>();
        // the administrator's own unit and account exist from the first start: done means one more of each
        out.add(new Check("units", units.search(me.scope(), "", 2).size() > 1, "/admin/units"));
        out.add(new Check("accounts", accounts.search(me.scope(), "", 2).size() > 1, "/admin/accounts"));
        out.add(new Check("dutyLists", dutyLists.publishedTownships(me.scope()) > 0, "/admin/duty"));
        out.add(new Check("categories", !categories.activeCategories().isEmpty(), "/admin/categories"));
        if (DemandStep.MANAGE_OPEN311_KEYS.allowsAnyOf(me.roles())) {
            out.add(new Check("open311", open311.anyActive(), "/admin/open311"));
        }
        int next = calendar.today().getYear() + 1;
        out.add(new Check("holidays", calendar.year(next).status() == YearStatus.OFFICIAL, "/admin/calendar?year=" + next));
        return out;
    }

    /** The year whose schedule the last step asks for. */
    int nextYear() {
        return calendar.today().getYear() + 1;
    }
}
