package org.shegong.shell;

import java.util.ArrayList;
import java.util.List;
import org.shegong.ToDo;
import org.shegong.identity.ToDoSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.petition.PetitionQueries;
import org.shegong.petition.PetitionRow;
import org.springframework.stereotype.Component;

/**
 * Petitions near or past their limits as lines of the to-do list, read through the petition module's public
 * queries (which already hide what an accused or recused person may not see). It lives in the shell until the
 * petition module contributes its own {@link ToDoSource}.
 */
@Component
class PetitionToDos implements ToDoSource {

    private static final int LOOK_AT = 1000;

    private final PetitionQueries petitions;

    PetitionToDos(PetitionQueries petitions) {
        this.petitions = petitions;
    }

    @Override
    public List<ToDo> today(StaffPrincipal me) {
        // open petitions come ordered by their next limit, so the first of each colour has the earliest deadline
        List<PetitionRow> open = petitions.search(me, null, null, true, LOOK_AT);
        List<ToDo> out = new ArrayList<>();
        line(out, open, "overdue", "shell.todo.petitionsOverdue", true);
        line(out, open, "soon", "shell.todo.petitionsSoon", false);
        return out;
    }

    private static void line(List<ToDo> out, List<PetitionRow> open, String colour, String key, boolean overdue) {
        List<PetitionRow> rows = open.stream().filter(r -> colour.equals(r.colour())).toList();
        if (!rows.isEmpty()) {
            String link = rows.size() == 1 ? "/petitions/" + rows.get(0).id() : "/petitions?open=true";
            out.add(new ToDo(key, rows.size(), rows.get(0).nextDueAt(), overdue, link));
        }
    }
}
