package org.shegong.notify;

import java.util.List;
import org.shegong.ToDo;
import org.shegong.identity.ToDoSource;
import org.shegong.identity.StaffPrincipal;
import org.springframework.stereotype.Component;

/** The unit's unread notices as one line of the to-do list. */
@Component
class NoticeToDos implements ToDoSource {

    private final Inbox inbox;

    NoticeToDos(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<ToDo> today(StaffPrincipal me) {
        int unread = inbox.unread(me);
        return unread == 0 ? List.of() : List.of(new ToDo("notify.todo.unread", unread, null, false, "/notices"));
    }
}
