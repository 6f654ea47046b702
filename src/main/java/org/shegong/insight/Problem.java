package org.shegong.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An adopted problem of the month (每月一题): the hotspot, its lead department, the plan and the follow-ups. */
public record Problem(long id, LocalDate month, String categoryCode, String areaCode, String areaName, long demandCount,
        long leadUnitId, String leadUnitName, String plan, String adoptedBy, Instant adoptedAt, List<Note> notes) {

    public record Note(Instant at, String author, String note) {
    }
}
