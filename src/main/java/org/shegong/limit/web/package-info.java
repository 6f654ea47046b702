/** The administrators' page and API over current blocks. */
@org.jspecify.annotations.NullMarked
package org.shegong.limit.web;
