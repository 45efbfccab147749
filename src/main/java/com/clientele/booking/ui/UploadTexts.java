package com.clientele.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;

/** The upload's own texts (its button, file list and errors) in the reader's language instead of Vaadin's English. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component reader) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(text(reader, "add")).setMany(text(reader, "add")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(text(reader, "too-big"))
                .setIncorrectFileType(text(reader, "wrong-type")).setTooManyFiles(text(reader, "too-many")));
        texts.setFile(new UploadI18N.File().setRetry(text(reader, "retry")).setStart(text(reader, "start"))
                .setRemove(text(reader, "remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(reader, "connecting"))
                        .setStalled(text(reader, "stalled")).setProcessing(text(reader, "processing"))
                        .setHeld(text(reader, "held")))
                // the prefix is followed directly by the time
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text(reader, "remaining") + " ")
                        .setUnknown(text(reader, "remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text(reader, "server-unavailable"))
                        .setUnexpectedServerError(text(reader, "server-error")).setForbidden(text(reader, "forbidden"))
                        .setFileTooLarge(text(reader, "too-big"))));
        texts.setUnits(Arrays.asList(text(reader, "units").split(",")));
        return texts;
    }

    private static String text(Component reader, String key) {
        return reader.getTranslation("import.upload." + key);
    }
}
