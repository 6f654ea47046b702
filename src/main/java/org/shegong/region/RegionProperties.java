package org.shegong.region;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the region module ({@code shegong.region.*}).
 *
 * @param demoGrids              generate labelled demo grids for two townships on start (玉林街道, 唐昌镇)
 *                               when they have none
 * @param gridRefreshInterval    how often a node checks whether another node changed the grid layer
 */
@ConfigurationProperties("shegong.region")
public record RegionProperties(@DefaultValue("true") boolean demoGrids,
        @DefaultValue("5s") Duration gridRefreshInterval) {
}
