package org.shegong.region;

import java.util.List;
import org.shegong.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A grid upload broke one or more rules; nothing of it was stored. Carries every problem found so
 * that the upload page can list them per feature; as an {@link InvalidInput} it reports the first.
 */
public class GridUploadRejected extends InvalidInput {

    /**
     * @param feature the 0-based index of the offending feature, or {@code null} for the whole upload
     */
    public record Problem(@Nullable Integer feature, String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public GridUploadRejected(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
