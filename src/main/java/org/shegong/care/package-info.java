/**
 * 重点群体关爱服务 (DOMAIN §8): a registry of people who need regular care — elderly living alone, left-behind and
 * vulnerable children, people with disabilities, low-income households and configurable groups — each in a village and
 * a grid; visit plans from group and risk; visits logged on a phone; needs found on visits turned into a demand
 * (接诉即办), a volunteer task or a dispute and followed until they come back settled; overdue visits noticed and
 * escalated; statistics; and the hotline flag for a registered caller.
 *
 * <p><b>Visit plans.</b> Days between visits at normal risk, per group (configurable groups set their own):
 * 独居老人 7 (DOMAIN §8 default: weekly), 困境儿童 14, 留守儿童 30, 残疾人 30, 低收入家庭 90 (quarterly). High risk halves
 * the interval (at least one day), low risk doubles it (at most 365 days) — {@link VisitSchedule}. A visit is due by
 * 24:00 of the last day of the interval counted from the last visit (from registration before the first); from
 * 00:00 of the next day it is overdue and one notice goes to the responsible unit; once it has been overdue for
 * {@value VisitSchedule#ESCALATE_AFTER_DAYS} full days it is escalated once to the township office (or, without
 * one, the supervising unit). A visit resets both.
 *
 * <p><b>Who sees what (PIPL §28: children's and health data are sensitive).</b> Resident id, phone, address and the
 * notes (health, a child's circumstances, the guardian) are sealed in the PII vault; lists show masked values. Only
 * those who need them may reveal them, each reveal audited ({@code pii.reveal}, granted or refused): the person's
 * assigned visitor, and the civil-affairs side of the township and county — township staff and county
 * administrators whose region holds the person. For children's groups the name itself is masked for everyone else
 * (village staff, grid workers who are not the visitor, city and province administrators, auditors).
 *
 * <p><b>Grid rule.</b> A grid worker logs visits only for people in the grids whose worker list names their account
 * (or whom they are assigned to visit); village and township staff log within their region.
 *
 * <p>Depends on {@code identity} (staff, resident id, the vault), {@code region} (codes, grids, scope), {@code demand}
 * (public intake for needs, {@code DemandClosed}, the {@code CallerFlags} port) and {@code volunteer} (tasks made from
 * a need, {@code VolunteerTaskCompleted}). Publishes {@link CareVisitOverdue} and {@link CareVisitEscalated} for
 * notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care for priority groups (重点群体关爱服务)")
@org.jspecify.annotations.NullMarked
package org.shegong.care;
