package org.shegong.dispute;

/** Kinds of civil dispute as the 矛盾纠纷排查 registers count them. */
public enum DisputeKind {
    NEIGHBOURS, FAMILY, LAND, LABOUR, PROPERTY, EXPROPRIATION, MEDICAL, OTHER
}
