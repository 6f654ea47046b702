package org.shegong;

/** Someone else changed the record first; the loser's change is refused whole (409). */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
