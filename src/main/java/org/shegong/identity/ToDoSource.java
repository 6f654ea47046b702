package org.shegong.identity;

import java.util.List;
import org.shegong.ToDo;

/**
 * A module's contribution to the staff to-do list on the home page: what the signed-in person must do today in
 * that module, within their scope and relation (a module answers only what the person may act on). Each module
 * registers one bean; the shell collects all of them, so a module filed later adds its lines without the shell
 * knowing its types. Lines with nothing waiting are left out.
 */
public interface ToDoSource {

    List<ToDo> today(StaffPrincipal me);
}
