package org.shegong.petition.web;

import org.shegong.petition.Attachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Attachments are sent as downloads with their checked type, never rendered inline from a name the user chose. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> attachment(Attachment a) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(a.bytes());
    }
}
