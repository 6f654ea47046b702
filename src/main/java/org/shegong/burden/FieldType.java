package org.shegong.burden;

/** Kinds of field on a data form; the numeric ones are summed and averaged up the region tree. */
public enum FieldType {
    INTEGER, DECIMAL, TEXT, DATE, CHOICE;

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
