/** Web adapter of 为基层减负赋能: pages, the REST API under {@code /api/v1/burden}, and the public certificate page. */
@org.jspecify.annotations.NullMarked
package org.shegong.burden.web;
