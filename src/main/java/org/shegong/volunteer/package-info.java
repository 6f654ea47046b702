/**
 * 志愿服务 (志愿服务条例 2017; 志愿服务记录与证明出具办法 2021): volunteers, volunteer organizations run by units,
 * activities with roles × time slots × places, sign-up with a waiting list, attendance by signed QR tokens,
 * hours confirmed only by the organizing body, star levels, verifiable service-record certificates, volunteer
 * tasks made from citizens' demands, recommendations and statistics.
 *
 * <p><b>Who is who.</b> Volunteers are citizens, not staff accounts. They register themselves on a phone and
 * sign in with their mobile number and the password they set at registration (BCrypt); the session then holds
 * the volunteer's id under the attribute {@code shegong.volunteer.id}, separate from any staff principal
 * (Spring Security's context stays empty for a volunteer). Their pages
 * live under {@code /volunteer/**} and their API under {@code /api/v1/volunteer/**}; those routes are public
 * as far as staff permissions go ({@code @Anyone}) and this module requires the volunteer session itself.
 * Organizers are staff of the identity unit that runs a volunteer organization: "谁组织谁记录、谁记录谁证明"
 * — only they record and confirm hours and issue certificates ({@link VolunteerPermissions}).
 *
 * <p>Depends on {@code identity} (units, staff, resident id and mobile validation, the PII vault),
 * {@code region} (codes and scope). Publishes {@link VolunteerTaskCompleted} for the demand timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteer service (志愿服务)")
@org.jspecify.annotations.NullMarked
package org.shegong.volunteer;
