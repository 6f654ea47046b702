package org.shegong.suggestion;

import java.time.Instant;

/** A collection point (人民建议征集点) in a community, service complex or station. */
public record Point(PointId id, String name, String place, String regionCode, Instant createdAt) {
}
