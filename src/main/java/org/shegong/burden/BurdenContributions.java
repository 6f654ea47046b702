package org.shegong.burden;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shegong.OverviewTile;
import org.shegong.PublicEntrance;
import org.shegong.ToDo;
import org.shegong.calendar.Deadline;
import org.shegong.duty.VillageWorkLists;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.ToDoSource;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** This module's lines on the home to-do list, its overview tile and its door on the citizens' entrance page. */
@Configuration(proxyBeanMethods = false)
class BurdenContributions {

    @Bean
    PublicEntrance certificateEntrance() {
        return new PublicEntrance(70, "burden.public.title", "burden.public.description", "/public/certificates", "");
    }

    @Bean
    ToDoSource burdenToDos(DataForms forms, Admissions admissions, Clock clock) {
        return me -> {
            List<ToDo> out = new ArrayList<>();
            LocalDate today = LocalDate.now(clock.withZone(Deadline.ZONE));
            List<DataForm> fill = forms.toFill(me);
            if (!fill.isEmpty()) {
                LocalDate first = fill.get(0).deadline();
                out.add(new ToDo("burden.todo.fill", fill.size(), Deadline.endOf(first), today.isAfter(first), "/burden/forms"));
            }
            var decide = admissions.toDecide(me);
            if (!decide.isEmpty()) {
                LocalDate first = decide.get(0).decideBy();
                out.add(new ToDo("burden.todo.decide", decide.size(), Deadline.endOf(first), today.isAfter(first),
                        "/burden/applications"));
            }
            return out;
        };
    }

    @Bean
    OverviewSource burdenOverview(JdbcClient jdbc, VillageWorkLists lists, Clock clock) {
        return (StaffPrincipal me, String regionCode) -> {
            if (!BurdenStep.VIEW_STATISTICS.allowsAnyOf(me.roles()) || me.scope().assignedOnly()) {
                return Optional.empty();
            }
            RegionCode region = RegionCode.of(regionCode);
            String like = region.prefix() + "%";
            YearMonth month = YearMonth.now(clock.withZone(Deadline.ZONE));
            Instant from = month.atDay(1).atStartOfDay(Deadline.ZONE).toInstant();
            Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Deadline.ZONE).toInstant();
            long admitted = jdbc.sql("select count(*) from burden_application where status = 'ADMITTED' and county_code like :like")
                    .param("like", like).query(Long.class).single();
            long refused = lists.refusals(Scope.of(region), from, to);
            long outstanding = jdbc.sql("""
                    select count(*) from burden_form_target t join burden_form f on f.id = t.form_id
                    where f.status = 'PUBLISHED' and t.status in ('OPEN', 'RETURNED') and t.region_code like :like
                    """).param("like", like).query(Long.class).single();
            return Optional.of(new OverviewTile(70, "burden.overview.title", List.of(
                    new OverviewTile.Figure("burden.overview.admitted", String.format("%,d", admitted), false),
                    new OverviewTile.Figure("burden.overview.refused", String.format("%,d", refused), refused > 0),
                    new OverviewTile.Figure("burden.overview.outstanding", String.format("%,d", outstanding), false)),
                    "/burden"));
        };
    }
}
