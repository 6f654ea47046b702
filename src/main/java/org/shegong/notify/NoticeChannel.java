package org.shegong.notify;

/**
 * An outward channel (SMS gateway, WeChat work message) a notice is also sent through. Provide a bean of this type
 * to connect one; without it notices are logged only ({@link LogChannel}). A channel must not throw for a
 * recipient it cannot reach: the in-app notice is the record.
 */
public interface NoticeChannel {

    void send(Notice notice);
}
