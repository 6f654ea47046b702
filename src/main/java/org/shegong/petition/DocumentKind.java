package org.shegong.petition;

/** The written documents of the petition track, each archived with the case as PDF. */
public enum DocumentKind {
    RECEIPT("信访事项登记回执"),
    ACCEPTANCE("信访事项受理告知书"),
    NON_ACCEPTANCE("信访事项不予受理告知书"),
    CHANNEL_NOTICE("信访事项导入相应程序告知书"),
    EXTENSION_NOTICE("信访事项延期办理告知书"),
    HANDLING_DECISION("信访处理意见书"),
    REVIEW_DECISION("信访事项复查意见书"),
    RE_REVIEW_DECISION("信访事项复核意见书");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
