package org.shegong.burden;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.identity.UnitManagement;
import org.shegong.notify.Inbox;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One recurring, cluster-safe task: two days before a form's deadline every target unit that has not submitted gets
 * a reminder; the day after the deadline the owner gets one overdue notice with the count, and each late unit one
 * too. Each form is reminded and noticed once (marked on the form row).
 */
@Configuration(proxyBeanMethods = false)
class FormSweep {

    static final int REMIND_DAYS = 2;

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final UnitManagement units;
    private final TransactionTemplate tx;
    private final Clock clock;

    FormSweep(JdbcClient jdbc, Inbox inbox, UnitManagement units, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.units = units;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> burdenFormSweep() {
        return Tasks.recurring("burden-form-sweep", Schedules.fixedDelay(Duration.ofMinutes(10)))
                .execute((instance, context) -> sweep());
    }

    private record Due(DataFormId id, long ownerUnitId, String title) {
    }

    /** Sends the reminders and overdue notices due today; returns how many forms were handled. */
    int sweep() {
        LocalDate today = LocalDate.now(clock.withZone(Deadline.ZONE));
        Integer n = tx.execute(status -> {
            List<Due> remind = jdbc.sql("""
                    update burden_form set reminded_on = :today where id in (select id from burden_form
                      where status = 'PUBLISHED' and reminded_on is null and deadline <= :soon and deadline >= :today
                      for update skip locked) returning id, owner_unit_id, title
                    """).param("today", today).param("soon", today.plusDays(REMIND_DAYS)).query(Rows.of(Due.class)).list();
            for (Due d : remind) {
                inbox.tally("burden-remind", late(d.id()), "表格「" + d.title() + "」即将截止，尚有 %s 份未报送",
                        "Form \"" + d.title() + "\" is due soon: %s not yet submitted", "/burden/forms/" + d.id() + "/fill");
            }
            List<Due> overdue = jdbc.sql("""
                    update burden_form set overdue_noticed = true where id in (select id from burden_form
                      where status = 'PUBLISHED' and not overdue_noticed and deadline < :today for update skip locked)
                    returning id, owner_unit_id, title
                    """).param("today", today).query(Rows.of(Due.class)).list();
            for (Due d : overdue) {
                SortedMap<Long, Integer> late = late(d.id());
                inbox.tally("burden-overdue", late, "表格「" + d.title() + "」已逾期未报送（%s 份）",
                        "Form \"" + d.title() + "\" is overdue (%s not submitted)", "/burden/forms/" + d.id() + "/fill");
                int missing = jdbc.sql("select count(*) from burden_form_target where form_id = :f and status in ('OPEN', 'RETURNED')")
                        .param("f", d.id().value()).query(Integer.class).single();
                if (missing > 0) {
                    inbox.post(d.ownerUnitId(), "burden-overdue", "表格「" + d.title() + "」逾期未报送 " + missing + " 份",
                            "Form \"" + d.title() + "\": " + missing + " units overdue", "/burden/forms/" + d.id());
                }
            }
            return remind.size() + overdue.size();
        });
        return n == null ? 0 : n;
    }

    /** Units sitting at each late target region, each counted once. */
    private SortedMap<Long, Integer> late(DataFormId formId) {
        SortedMap<Long, Integer> out = new TreeMap<>();
        for (String region : jdbc.sql("select region_code from burden_form_target where form_id = :f and status in ('OPEN', 'RETURNED')")
                .param("f", formId.value()).query(String.class).list()) {
            RegionCode code = RegionCode.of(region);
            units.search(Scope.of(code), "", 50).stream().filter(u -> u.region().equals(code) && u.active())
                    .forEach(u -> out.merge(u.id().value(), 1, Integer::sum));
        }
        return out;
    }
}
