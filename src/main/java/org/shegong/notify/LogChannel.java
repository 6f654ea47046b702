package org.shegong.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default outward channel: writes one log line per notice (no gateway is configured). */
class LogChannel implements NoticeChannel {

    private static final Logger log = LoggerFactory.getLogger(LogChannel.class);

    @Override
    public void send(Notice notice) {
        log.info("notice {} to unit {}: {}", notice.kind(), notice.unitId(), notice.subject());
    }
}
