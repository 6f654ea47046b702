/** Web adapter of 人民建议征集: public pages (no account), staff pages and the REST API; thin over the module API. */
@org.jspecify.annotations.NullMarked
package org.shegong.suggestion.web;
