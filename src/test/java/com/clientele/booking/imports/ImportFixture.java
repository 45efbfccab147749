package com.clientele.booking.imports;

import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Runs a file of src/test/resources/imports through the import, as a provider, and waits for the end. */
@Component
class ImportFixture {

    private final TestData data;
    private final ImportService imports;

    ImportFixture(TestData data, ImportService imports) {
        this.data = data;
        this.imports = imports;
    }

    ImportSummary run(TestProvider provider, ImportKind kind, String file, ImportMode mode) {
        return data.as(provider, () -> {
            ImportFile read = imports.read(kind, file, CsvFilesTest.file(file));
            try {
                return imports.start(read, read.guessedMapping(), mode, (done, total) -> {
                }).get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    ImportCheck check(TestProvider provider, ImportKind kind, String file) {
        return data.as(provider, () -> {
            ImportFile read = imports.read(kind, file, CsvFilesTest.file(file));
            return imports.check(read, read.guessedMapping());
        });
    }
}
