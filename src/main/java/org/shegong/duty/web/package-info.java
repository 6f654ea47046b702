/** Web adapter of the duty module: {@code /admin/duty}, {@code /admin/categories} and {@code /api/v1/duty}, {@code /api/v1/categories}. */
@org.jspecify.annotations.NullMarked
package org.shegong.duty.web;
