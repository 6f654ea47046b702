package org.shegong.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shegong.ShegongApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities suggested to a volunteer: open shifts still to come with free places, scored by shared skills, nearness to
 * the volunteer's service area and whether the time suits their availability. Risky ones are never suggested to minors
 * (志愿服务条例 §15: tasks fit age and ability).
 */
@Service
public class Recommendations {

    private final JdbcClient jdbc;
    private final VolunteerRegistry registry;
    private final ActivityManagement activities;
    private final Clock clock;

    Recommendations(JdbcClient jdbc, VolunteerRegistry registry, ActivityManagement activities, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.activities = activities;
        this.clock = clock;
    }

    /** A suggested activity and why (shared skills, same area, suitable time). */
    public record Suggestion(ActivityView activity, int score, List<String> sharedSkills, boolean nearby, boolean suitableTime) {
    }

    @Transactional(readOnly = true)
    public List<Suggestion> forVolunteer(VolunteerId volunteerId, int limit) {
        VolunteerProfile me = registry.profile(volunteerId);
        List<Long> ids = jdbc.sql("""
                SELECT DISTINCT a.id FROM volunteer_activity a JOIN volunteer_organization o ON o.id = a.organization_id
                JOIN volunteer_shift s ON s.activity_id = a.id
                WHERE a.status = 'OPEN' AND o.status = 'APPROVED' AND s.starts_at > :now AND s.taken < s.capacity
                  AND (:minor = false OR a.risk <> 'HIGH')
                  AND NOT EXISTS (SELECT 1 FROM volunteer_signup g WHERE g.shift_id = s.id AND g.volunteer_id = :v AND g.status <> 'CANCELLED')
                ORDER BY a.id DESC LIMIT 300""")
                .param("now", Timestamp.from(clock.instant())).param("minor", me.minor()).param("v", volunteerId.value())
                .query(Long.class).list();
        String county = me.regionCode().substring(0, 6);
        return ids.stream().map(id -> activities.view(new ActivityId(id), Set.of())).map(a -> {
            Set<String> shared = new HashSet<>(a.skills());
            shared.retainAll(me.skills());
            boolean sameArea = a.regionCode().startsWith(me.regionCode().replaceAll("0+$", ""));
            boolean nearby = sameArea || a.regionCode().startsWith(county);
            boolean time = a.shifts().stream().filter(s -> s.startsAt().isAfter(clock.instant()) && s.free() > 0)
                    .anyMatch(s -> me.availability().stream().anyMatch(av -> av.covers(s.startsAt().atZone(ShegongApplication.ZONE))));
            int score = 3 * shared.size() + (sameArea ? 2 : nearby ? 1 : 0) + (time ? 2 : 0);
            return new Suggestion(a, score, shared.stream().sorted().toList(), nearby, time);
        }).filter(s -> s.score() > 0).sorted(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.activity().id().value(), Comparator.reverseOrder())).limit(Math.max(1, limit)).toList();
    }
}
