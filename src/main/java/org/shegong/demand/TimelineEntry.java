package org.shegong.demand;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One immutable step in a demand's history: who (account and unit), when, which {@link DemandStep}, with
 * which outcome where a step has several ({@code variant}, e.g. a dispatch that designates), and why.
 */
@Schema(name = "DemandTimelineEntry")
public record TimelineEntry(Instant at, String actor, @Nullable Long actorUnitId, DemandStep step,
        @Nullable String variant, @Nullable String detail) {

    /** A dispatch after three failed dispatches: the unit is designated (DemandRules). */
    public static final String DESIGNATED = "DESIGNATED";
    /** A co-handler's report to the lead (not the reply to the requester). */
    public static final String CO_HANDLER = "CO_HANDLER";
    /** A call-back attempt that did not reach the requester. */
    public static final String NOT_REACHED = "NOT_REACHED";
    /** The requester's own rating online, in place of a call-back. */
    public static final String ONLINE = "ONLINE";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    /** The demand that took a merged repeat (the repeat itself records the plain step). */
    public static final String PARENT = "PARENT";

    /** The step and its outcome as one name, {@code DISPATCH} or {@code DISPATCH:DESIGNATED}: its label is {@code demand.action.<action>}. */
    public String action() {
        return variant == null ? step.name() : step.name() + ":" + variant;
    }

    boolean is(DemandStep s, @Nullable String v) {
        return step == s && java.util.Objects.equals(variant, v);
    }
}
