/**
 * The web shell: page layout and navigation, the home workbench, language switching, and the one
 * place where rule violations, missing records and conflicts become HTTP answers in Chinese and English.
 * Downstream: may use every module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
@org.jspecify.annotations.NullMarked
package org.shegong.shell;
