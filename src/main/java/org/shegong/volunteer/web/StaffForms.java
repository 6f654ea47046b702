package org.shegong.volunteer.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shegong.InvalidInput;
import org.shegong.ShegongApplication;
import org.shegong.volunteer.AttendanceManagement;

/** Parsing of the staff pages' form fields (Beijing local times, bulk attendance lines). */
final class StaffForms {

    private static final DateTimeFormatter LINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StaffForms() {
    }

    /** A {@code datetime-local} value ({@code 2026-12-05T09:00}) in Beijing time. */
    static Instant local(String field, String value) {
        try {
            return LocalDateTime.parse(value.strip()).atZone(ShegongApplication.ZONE).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInput(field, "volunteer.input.dateTime");
        }
    }

    /** Lines {@code volunteer number, yyyy-MM-dd HH:mm, yyyy-MM-dd HH:mm}. */
    static List<AttendanceManagement.Entry> entries(String text) {
        List<AttendanceManagement.Entry> out = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*[,，]\\s*");
            if (parts.length != 3) {
                throw new InvalidInput("entries", "volunteer.bulk.line", line.length() > 60 ? line.substring(0, 60) : line);
            }
            try {
                out.add(new AttendanceManagement.Entry(parts[0],
                        LocalDateTime.parse(parts[1], LINE).atZone(ShegongApplication.ZONE).toInstant(),
                        LocalDateTime.parse(parts[2], LINE).atZone(ShegongApplication.ZONE).toInstant()));
            } catch (DateTimeParseException e) {
                throw new InvalidInput("entries", "volunteer.bulk.line", line.length() > 60 ? line.substring(0, 60) : line);
            }
        }
        return out;
    }
}
