/** Pages (mobile-first for grid workers and visitors) and the REST API of care for priority groups. */
@org.jspecify.annotations.NullMarked
package org.shegong.care.web;
