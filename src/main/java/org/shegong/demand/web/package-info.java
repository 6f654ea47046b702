/** Web adapter of the demand module: REST API (pages follow). */
@org.jspecify.annotations.NullMarked
package org.shegong.demand.web;
