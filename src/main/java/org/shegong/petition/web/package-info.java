/** Web adapter of the petition module: REST API under /api/v1/petitions, staff pages under /petitions, the petitioner's public pages. */
@org.jspecify.annotations.NullMarked
package org.shegong.petition.web;
