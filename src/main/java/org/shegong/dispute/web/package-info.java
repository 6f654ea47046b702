/** Web adapter of disputes: the REST API under {@code /api/v1/disputes} and the pages under {@code /disputes}. */
@org.jspecify.annotations.NullMarked
package org.shegong.dispute.web;
