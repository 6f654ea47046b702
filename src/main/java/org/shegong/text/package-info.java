/**
 * Chinese text: word segmentation (Lucene smartcn, dictionaries inside the jar, nothing downloaded at run
 * time) and similarity of segmented texts, as pure functions. Used for duplicate detection (并单); also the CJK
 * font and line layout every PDF of the platform uses ({@link org.shegong.text.ChinesePdfFont}).
 * Depends on nothing else in the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chinese text")
@org.jspecify.annotations.NullMarked
package org.shegong.text;
