/**
 * Web adapters of volunteer service: the volunteers' mobile pages and API ({@code /volunteer/**},
 * {@code /api/v1/volunteer/**}, public as far as staff permissions go, guarded by the volunteer session), the public
 * certificate check ({@code /public/volunteer/**}), and the staff pages and API ({@code /volunteering/**},
 * {@code /api/v1/volunteering/**}) decided by {@link org.shegong.volunteer.VolunteerRoute}.
 */
@org.jspecify.annotations.NullMarked
package org.shegong.volunteer.web;
