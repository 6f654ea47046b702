/** Web adapter of the region module: the region browser, grid map and upload pages, and the REST API. */
@org.jspecify.annotations.NullMarked
package org.shegong.region.web;
