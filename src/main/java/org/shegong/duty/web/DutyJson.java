package org.shegong.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.duty.DutyItem;
import org.shegong.duty.DutyListRejected;
import org.shegong.duty.DutyListVersion;
import org.springframework.context.MessageSource;

/** JSON shapes of the duty API. */
final class DutyJson {

    private DutyJson() {
    }

    @Schema(name = "DutyJsonVersion")
    record Version(long id, String township, int number, String status, @Nullable LocalDate effectiveFrom,
            @Nullable Instant publishedAt, @Nullable String publishedBy, int version, List<DutyItem> items) {
        static Version of(DutyListVersion v) {
            return new Version(v.id(), v.township().value(), v.number(), v.published() ? "PUBLISHED" : "DRAFT",
                    v.effectiveFrom(), v.publishedAt(), v.publishedBy(), v.version(), v.items());
        }
    }

    @Schema(name = "DutyJsonItemChange")
    record ItemChange(@Nullable Integer version, @Nullable String code, @Nullable String name, @Nullable String type,
            @Nullable List<String> categoryCodes, @Nullable String lead) {
    }

    record Publish(@Nullable Integer version, @Nullable LocalDate effectiveFrom) {
    }

    record Problem(@Nullable Integer row, String field, String code, String error, String errorEn) {
    }

    record Rejection(int status, String error, String errorEn, String code, List<Problem> problems) {
        static Rejection of(DutyListRejected e, MessageSource messages) {
            List<Problem> problems = e.problems().stream().map(p -> new Problem(p.row(), p.field(), p.messageKey(),
                    rowPrefix(p.row(), Locale.SIMPLIFIED_CHINESE, messages) + messages.getMessage(p.messageKey(), p.args(), p.messageKey(), Locale.SIMPLIFIED_CHINESE),
                    rowPrefix(p.row(), Locale.ENGLISH, messages) + messages.getMessage(p.messageKey(), p.args(), p.messageKey(), Locale.ENGLISH)))
                    .toList();
            return new Rejection(400, messages.getMessage("duty.import.failed", null, Locale.SIMPLIFIED_CHINESE) + problems.get(0).error(),
                    messages.getMessage("duty.import.failed", null, Locale.ENGLISH) + " " + problems.get(0).errorEn(),
                    e.messageKey(), problems);
        }

        private static String rowPrefix(@Nullable Integer row, Locale locale, MessageSource messages) {
            return row == null ? "" : messages.getMessage("duty.import.row", new Object[] { row }, locale) + ": ";
        }
    }
}
