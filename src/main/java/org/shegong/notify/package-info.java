/**
 * Notifications: a unit's in-app inbox of notices (消息), filled from other modules' events — deadline sweeps of
 * 接诉即办 (to the handling unit and the unit that supervises it) and, later, petition alerts — and handed to
 * outward channels (SMS, WeChat) through {@link org.shegong.notify.NoticeChannel}; the default channel only logs.
 * Notices carry no citizen's personal information: a subject, counts, and links into the owning module, which
 * applies its own scope when the link is opened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications (消息)")
@org.jspecify.annotations.NullMarked
package org.shegong.notify;
