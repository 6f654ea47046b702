/** Web adapter of the workforce module: pages and the REST API under {@code /api/v1/workforce}. */
@org.jspecify.annotations.NullMarked
package org.shegong.workforce.web;
