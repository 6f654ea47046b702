package org.shegong;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One task on a grid worker's single list (多网融合、多格合一, DOMAIN §1): whatever any module asks the worker to do
 * in one of their grids — a demand to verify, a care visit due, a screening round, an inspection a department
 * asked for. Each module registers one {@code identity.GridTaskSource} bean.
 *
 * @param kindKey  message key naming the kind of task, in the contributing module's bundle
 * @param title    what to do, as people read it (data: always escaped)
 * @param gridCode the 15-digit grid the task is in
 * @param deadline when it is due, or {@code null}
 * @param link     a path of this site where the task is done
 */
public record GridTask(String kindKey, String title, String gridCode, @Nullable Instant deadline, String link) {

    public GridTask {
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a grid task links into this site: " + link);
        }
    }

    public boolean overdue(Instant now) {
        return deadline != null && deadline.isBefore(now);
    }
}
