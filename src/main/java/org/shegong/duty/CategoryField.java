package org.shegong.duty;

import java.util.List;

/** A field of the catalogue with its categories, in sort order. */
public record CategoryField(Category field, List<Category> categories) {
}
