package com.clientele.booking.imports;

import java.util.Map;

import java.util.LinkedHashMap;

import com.clientele.customer.LookalikeCheck;

import com.clientele.customer.CustomerContact;

import com.clientele.base.ConflictException;
import com.clientele.base.LogContext;
import com.clientele.base.Text;
import com.clientele.base.jobs.ClusterLocks;
import com.clientele.booking.BookingImportResult;
import com.clientele.booking.BookingImportRow;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingService;
import com.clientele.booking.ImportProgress;
import com.clientele.booking.ImportRejectedException;
import com.clientele.booking.RejectedRow;
import com.clientele.provider.ProviderProfile;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;

/**
 * CSV import of customers and bookings, in three steps: read the file (and guess the columns), check
 * every row against the chosen columns, then import on a background thread that reports progress.
 * The writing is {@link BookingService#importBookings}' and {@link CustomerImporter#importCustomers}',
 * each one transaction. Only members who may export and import (owners and managers, SPEC §10) may
 * take any of the steps.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class ImportService {

    public static final int PREVIEW_ROWS = 20;
    public static final int MAX_BYTES = CsvFiles.MAX_BYTES;
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final BookingService bookings;
    private final BookingQueries bookingQueries;
    private final CustomerImporter customers;
    private final LookalikeCheck lookalikes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor;
    private final ClusterLocks locks;

    ImportService(BookingService bookings, BookingQueries bookingQueries, CustomerImporter customers,
            CurrentUser currentUser, Clock clock, ClusterLocks locks, LookalikeCheck lookalikes) {
        this.lookalikes = lookalikes;
        this.locks = locks;
        this.bookings = bookings;
        this.bookingQueries = bookingQueries;
        this.customers = customers;
        this.currentUser = currentUser;
        this.clock = clock;
        // Two at a time: each import holds a database connection and row locks while it runs.
        this.executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(120);
        // the import's log lines name the request that started it
        executor.setTaskDecorator(new LogContext());
        executor.initialize();
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /**
     * Reads an uploaded file as a table and guesses which column holds what.
     *
     * @throws InvalidFileException when the file cannot be read as a table with a header
     */
    public ImportFile read(ImportKind kind, String fileName, byte[] content) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        CsvTable table = CsvFiles.read(fileName, content);
        return new ImportFile(kind, table, ColumnMapping.guess(kind, table.header()));
    }

    /** Checks every row with the mapping; writes nothing. */
    public ImportCheck check(ImportFile file, ColumnMapping mapping) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        List<Text> mappingProblems = mapping.problems(file.table().header());
        if (!mappingProblems.isEmpty()) {
            return new ImportCheck(file.rowCount(), mappingProblems, List.of(), List.of());
        }
        List<RejectedRow> problems = new ArrayList<>();
        Map<Integer, CustomerContact> contacts = new LinkedHashMap<>();
        if (file.kind() == ImportKind.BOOKINGS) {
            ImportRows.Read<BookingImportRow> read = readBookings(file, mapping);
            problems.addAll(read.rejected());
            problems.addAll(bookings.checkImport(read.rows()));
            read.rows().forEach(row -> contacts.put(row.line(), row.customer()));
        } else {
            ImportRows.Read<CustomerImportRow> read = ImportRows.customers(file.table(), mapping);
            problems.addAll(read.rejected());
            problems.addAll(customers.check(read.rows()));
            read.rows().forEach(row -> contacts.put(row.line(), row.contact()));
        }
        problems.sort(Comparator.comparingInt(RejectedRow::line));
        problems.forEach(problem -> contacts.remove(problem.line()));
        return new ImportCheck(file.rowCount(), List.of(), List.copyOf(problems), lookalikes(contacts));
    }

    /**
     * The rows that would add a customer who looks like one the business has, each new person once
     * (a bookings file names a customer on every booking), in line order.
     */
    private List<ImportCheck.Lookalike> lookalikes(Map<Integer, CustomerContact> byLine) {
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        byLine.forEach((line, contact) -> firstLine.putIfAbsent(String.join("|", String.valueOf(contact.name()).strip(),
                String.valueOf(contact.email()).strip().toLowerCase(java.util.Locale.ROOT),
                String.valueOf(contact.phone()).strip()), line));
        List<Integer> lines = List.copyOf(firstLine.values());
        List<CustomerContact> contacts = lines.stream().map(byLine::get).toList();
        List<ImportCheck.Lookalike> found = new ArrayList<>();
        lookalikes.find(contacts).forEach((position, existing) -> found.add(new ImportCheck.Lookalike(
                lines.get(position), contacts.get(position).name().strip(), existing)));
        found.sort(Comparator.comparingInt(ImportCheck.Lookalike::line));
        return List.copyOf(found);
    }

    /**
     * Starts the import on a background thread, as the current user; one import per provider at a
     * time. The progress is reported on that thread; the future completes with the summary, or
     * exceptionally when the import failed (then nothing was written).
     */
    public CompletableFuture<ImportSummary> start(ImportFile file, ColumnMapping mapping, ImportMode mode,
            ImportProgress progress) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        long providerId = currentUser.providerId();
        List<Text> mappingProblems = mapping.problems(file.table().header());
        if (!mappingProblems.isEmpty()) {
            throw new ConflictException(mappingProblems.getFirst());
        }
        // one import per provider at a time on any server: a lock row in the database (ShedLock's table)
        ClusterLocks.Held lock = locks.tryLock("import:" + providerId)
                .orElseThrow(() -> new ConflictException("imports.already-running"));
        try {
            return CompletableFuture.supplyAsync(() -> run(file, mapping, mode, new Throttled(progress)),
                            new DelegatingSecurityContextExecutor(executor))
                    .whenComplete((summary, error) -> {
                        lock.close();
                        if (error != null) {
                            log.warn("Import of {} failed; nothing was written", file.name(), error);
                        }
                    });
        } catch (RejectedExecutionException busy) {
            lock.close();
            throw new ConflictException("imports.too-many");
        }
    }

    private ImportSummary run(ImportFile file, ColumnMapping mapping, ImportMode mode, ImportProgress progress) {
        Instant began = clock.instant();
        boolean allOrNothing = mode == ImportMode.ALL_OR_NOTHING;
        List<RejectedRow> unreadable;
        try {
            if (file.kind() == ImportKind.BOOKINGS) {
                ImportRows.Read<BookingImportRow> read = readBookings(file, mapping);
                unreadable = read.rejected();
                if (allOrNothing && !unreadable.isEmpty()) {
                    return nothingWritten(file, merged(unreadable, bookings.checkImport(read.rows())), began);
                }
                BookingImportResult result = bookings.importBookings(file.name(), read.rows(), allOrNothing, progress);
                return new ImportSummary(file.kind(), file.name(), file.rowCount(), true, result.created(),
                        result.updated(), result.unchanged(), result.newCustomers(), merged(unreadable, result.rejected()),
                        Duration.between(began, clock.instant()));
            }
            ImportRows.Read<CustomerImportRow> read = ImportRows.customers(file.table(), mapping);
            unreadable = read.rejected();
            if (allOrNothing && !unreadable.isEmpty()) {
                return nothingWritten(file, merged(unreadable, customers.check(read.rows())), began);
            }
            CustomerImportResult result = customers.importCustomers(file.name(), read.rows(), allOrNothing, progress);
            return new ImportSummary(file.kind(), file.name(), file.rowCount(), true, result.created(), result.updated(),
                    result.unchanged(), result.created(), merged(unreadable, result.rejected()),
                    Duration.between(began, clock.instant()));
        } catch (ImportRejectedException refused) {
            List<RejectedRow> all = file.kind() == ImportKind.BOOKINGS
                    ? merged(readBookings(file, mapping).rejected(), refused.rejected())
                    : merged(ImportRows.customers(file.table(), mapping).rejected(), refused.rejected());
            return nothingWritten(file, all, began);
        }
    }

    private ImportRows.Read<BookingImportRow> readBookings(ImportFile file, ColumnMapping mapping) {
        ProviderProfile provider = bookingQueries.provider();
        return ImportRows.bookings(file.table(), mapping, provider.timeZone(), "US".equals(provider.country()));
    }

    private ImportSummary nothingWritten(ImportFile file, List<RejectedRow> rejected, Instant began) {
        return new ImportSummary(file.kind(), file.name(), file.rowCount(), false, 0, 0, 0, 0, rejected,
                Duration.between(began, clock.instant()));
    }

    private static List<RejectedRow> merged(List<RejectedRow> first, List<RejectedRow> second) {
        List<RejectedRow> all = new ArrayList<>(first);
        all.addAll(second);
        all.sort(Comparator.comparingInt(RejectedRow::line));
        return List.copyOf(all);
    }

    /** Passes progress on only when the whole percentage changes: at most about a hundred updates. */
    private static final class Throttled implements ImportProgress {

        private final ImportProgress target;
        private long lastPercent = -1;

        Throttled(ImportProgress target) {
            this.target = target;
        }

        @Override
        public void update(long done, long total) {
            long percent = total <= 0 ? 100 : done * 100 / total;
            if (percent != lastPercent) {
                lastPercent = percent;
                target.update(done, total);
            }
        }
    }
}
