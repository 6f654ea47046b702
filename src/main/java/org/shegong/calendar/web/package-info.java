/** Web adapter of the calendar: the admin page {@code /admin/calendar} and the REST API {@code /api/v1/calendar}. */
@org.jspecify.annotations.NullMarked
package org.shegong.calendar.web;
