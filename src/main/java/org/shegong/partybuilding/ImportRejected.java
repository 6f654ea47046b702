package org.shegong.partybuilding;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * A spreadsheet of organizations broke rules on one or more rows; nothing was stored. Carries every problem with
 * its spreadsheet row (the header is row 1); as an {@link InvalidInput} it reports the first.
 */
public class ImportRejected extends InvalidInput {

    public record Problem(@Nullable Integer row, String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public ImportRejected(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
