/** Web adapter of the grid fusion module: layer pages with the fit map, the grid worker's one list, and the REST API. */
@org.jspecify.annotations.NullMarked
package org.shegong.gridfusion.web;
