package org.shegong.demand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the requester of a merged repeat sees: their own code and steps, then the parent's handling steps
 * and reply — never the parent's matter, contact or tracking code.
 */
final class MergedProgress {

    private MergedProgress() {
    }

    static Progress of(Demand child, @Nullable Demand parent) {
        Progress own = Progress.of(child);
        if (parent == null) {
            return own;
        }
        Progress followed = Progress.of(parent);
        List<Progress.Step> steps = new ArrayList<>(own.steps());
        steps.add(new Progress.Step(child.timeline().stream().filter(e -> e.is(DemandStep.MERGE, null))
                .map(TimelineEntry::at).reduce((a, b) -> b).orElse(child.receivedAt()), DemandStep.MERGE.name(), null));
        followed.steps().stream().filter(s -> !s.action().equals(DemandStep.SUBMIT.name()) && s.at().isAfter(child.receivedAt()))
                .forEach(steps::add);
        steps.sort(Comparator.comparing(Progress.Step::at));
        DemandStatus status = followed.status() == DemandStatus.CLOSED || followed.status() == DemandStatus.REPLIED
                ? followed.status() : DemandStatus.MERGED;
        return new Progress(own.trackingCode(), own.kind(), status, own.receivedAt(), followed.replyBy(), followed.reply(),
                followed.repliedAt(), own.notice(), steps, false);
    }
}
