package org.shegong;

/**
 * Nothing with this id exists for the caller: either it does not exist or it lies outside the
 * caller's data scope. The two are deliberately indistinguishable (answered as 404).
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
