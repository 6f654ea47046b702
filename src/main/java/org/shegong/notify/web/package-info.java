/** Web adapter of the notify module: the notices page, the unread badge and the API. */
@org.jspecify.annotations.NullMarked
package org.shegong.notify.web;
