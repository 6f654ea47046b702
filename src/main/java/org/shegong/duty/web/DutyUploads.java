package org.shegong.duty.web;

import java.io.IOException;
import java.util.List;
import org.shegong.duty.DutyListRejected;
import org.springframework.web.multipart.MultipartFile;

/** Reads an uploaded workbook, refusing an oversized one before reading it into memory. */
final class DutyUploads {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private DutyUploads() {
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new DutyListRejected(List.of(new DutyListRejected.Problem(null, "file", "duty.import.noFile")));
        }
        if (file.getSize() > MAX_BYTES) {
            throw new DutyListRejected(List.of(new DutyListRejected.Problem(null, "file", "duty.import.tooLarge", MAX_BYTES / 1024 / 1024)));
        }
        return file.getBytes();
    }
}
