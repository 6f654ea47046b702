package org.shegong.petition;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shegong.petition}.
 *
 * @param pdfFont a TrueType (glyf-outline) CJK font file, .ttf or .ttc, embedded in the documents; when unset the
 *                usual system locations are searched (WenQuanYi Zen Hei, Droid Sans Fallback, AR PL UMing)
 */
@ConfigurationProperties("shegong.petition")
public record PetitionProperties(@Nullable String pdfFont) {
}
