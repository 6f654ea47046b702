package org.shegong.identity;

/**
 * A personal-information value as stored: SM4-GCM ciphertext (nonce prepended), HMAC-SM3 blind
 * index for exact lookups, and the masked form shown in lists and exports.
 */
public record SealedValue(byte[] cipher, String blindIndex, String masked) {
}
