/** Web adapter of insight: ranking, unit, appeal, weights and hotspot pages, the Excel export and the API. */
@org.jspecify.annotations.NullMarked
package org.shegong.insight.web;
