package org.shegong.petition;

import java.util.Optional;
import org.shegong.calendar.ProvisionalDeadlineRecomputed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the calendar when it recomputes a limit registered by {@link StatutoryLimits}: the stored limit moves,
 * the timeline records old → new ({@link PetitionStep#RECOMPUTE_DEADLINE}) and the answerable unit is told.
 */
@Component
class ProvisionalLimits {

    private final Petitions petitions;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ProvisionalLimits(Petitions petitions, ApplicationEventPublisher events, java.time.Clock clock) {
        this.petitions = petitions;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProvisionalDeadlineRecomputed e) {
        if (!StatutoryLimits.OWNER.equals(e.owner())) {
            return;
        }
        String[] ref = e.referenceId().split(":", 2);
        if (ref.length != 2 || !ref[0].matches("\\d{1,18}")) {
            return;
        }
        Limit limit;
        try {
            limit = Limit.valueOf(ref[1]);
        } catch (IllegalArgumentException unknown) {
            return;
        }
        Optional<Petition> found = petitions.findUnchecked(new PetitionId(Long.parseLong(ref[0])));
        if (found.isEmpty()) {
            return;
        }
        Petition p = found.get();
        Long unit = p.deadlineRecomputed(limit, e.oldDate(), e.newDate(), clock.instant());
        if (unit == null) {
            return;
        }
        petitions.save(p);
        events.publishEvent(new PetitionDeadlineRecomputed(p.id(), p.caseNumber(), unit, limit.name(), e.oldDate(),
                e.newDate()));
    }
}
