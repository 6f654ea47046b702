/**
 * The database the platform runs on: an external PostgreSQL when {@code spring.datasource.url}
 * is set, otherwise an embedded PostgreSQL 17 whose data lives under {@code ./data/postgres}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
@org.jspecify.annotations.NullMarked
package org.shegong.database;
