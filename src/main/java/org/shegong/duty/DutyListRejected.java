package org.shegong.duty;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * A set of duty-list items (typically an Excel import) broke one or more rules; nothing was stored.
 * Carries every problem with its spreadsheet row; as an {@link InvalidInput} it reports the first.
 */
public class DutyListRejected extends InvalidInput {

    /** @param row the 1-based spreadsheet row (the header is row 1), or {@code null} for the whole file */
    public record Problem(@Nullable Integer row, String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public DutyListRejected(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
