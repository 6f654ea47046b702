package org.shegong;

/**
 * A step the caller may not take on a record they may see: refused with 403 and a message in
 * Chinese and English naming the rule (the key is defined in the deciding module's messages).
 * Nothing is changed, and the refusal is audited.
 */
public class NotPermitted extends RuntimeException {

    private final String rule;
    private final Object[] args;

    /** @param rule message key of the rule that refuses, e.g. {@code demand.rule.ownExtension} */
    public NotPermitted(String rule, Object... args) {
        super("not permitted: " + rule);
        this.rule = rule;
        this.args = args;
    }

    public String rule() {
        return rule;
    }

    public Object[] args() {
        return args.clone();
    }
}
