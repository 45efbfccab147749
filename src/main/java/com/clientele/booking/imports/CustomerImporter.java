package com.clientele.booking.imports;

import static com.clientele.activity.ActivitySummary.count;
import static com.clientele.activity.ActivitySummary.text;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivitySummary;
import com.clientele.activity.ActivityType;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.booking.ImportProgress;
import com.clientele.booking.ImportProblems;
import com.clientele.booking.ImportRejectedException;
import com.clientele.booking.RejectedRow;
import com.clientele.base.Chunks;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.CustomerService;
import com.clientele.customer.ImportedNote;
import com.clientele.customer.LockedRelation;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a provider's customer list in: each row becomes the provider's customer through
 * {@link CustomerDirectory#lockOrCreate}, which recognises customers already known (normalised
 * e-mail, else phone), so importing a file twice creates nobody twice.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerImporter {


    private final CustomerDirectory customers;
    private final ProviderDirectory providers;
    private final ActivityLog activityLog;
    private final CurrentUser currentUser;
    private final InputValidator validator;

    CustomerImporter(CustomerDirectory customers, ProviderDirectory providers, ActivityLog activityLog,
            CurrentUser currentUser, InputValidator validator) {
        this.customers = customers;
        this.providers = providers;
        this.activityLog = activityLog;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** What a customer import would refuse, before anything is written. */
    @Transactional(readOnly = true)
    public List<RejectedRow> check(List<CustomerImportRow> rows) {
        currentUser.require(Capability.EXPORT_AND_IMPORT);
        String region = providers.profile(currentUser.providerId()).country();
        List<RejectedRow> rejected = new ArrayList<>();
        for (CustomerImportRow row : rows) {
            Text problem = problem(row.contact(), region);
            if (problem != null) {
                rejected.add(new RejectedRow(row.line(), problem));
            }
        }
        return rejected;
    }

    /**
     * Imports the rows in one transaction, a thousand customers at a time through
     * {@link CustomerDirectory#lockOrCreateAll}: one line for the file in the recent activity, and an
     * event in the timeline of each customer added or whose notes grew (see
     * {@link ActivityLog#recordImport}). With
     * {@code allOrNothing} a refused row means nothing is written ({@link ImportRejectedException});
     * otherwise refused rows are skipped and reported. Notes in the file go through
     * {@link CustomerDirectory#addImportedNotes}: a known customer whose notes grow counts as updated.
     */
    @Transactional
    public CustomerImportResult importCustomers(String source, List<CustomerImportRow> rows, boolean allOrNothing,
            ImportProgress progress) {
        List<RejectedRow> rejected = new ArrayList<>(check(rows));
        rejected.sort(Comparator.comparingInt(RejectedRow::line));
        if (allOrNothing && !rejected.isEmpty()) {
            throw new ImportRejectedException(rejected);
        }
        var refused = rejected.stream().map(RejectedRow::line).collect(Collectors.toSet());
        List<CustomerImportRow> valid = rows.stream().filter(row -> !refused.contains(row.line())).toList();
        int unchanged = 0;
        Map<Long, ActivitySummary> created = new LinkedHashMap<>();
        Map<Long, ActivitySummary> notesAdded = new LinkedHashMap<>();
        Set<Long> updated = new HashSet<>();
        List<RejectedRow> notesRefused = new ArrayList<>();
        int done = 0;
        for (List<CustomerImportRow> chunk : Chunks.of(valid)) {
            List<LockedRelation> relations = customers.lockOrCreateAll(chunk.stream().map(CustomerImportRow::contact)
                    .toList());
            List<ImportedNote> notes = new ArrayList<>();
            List<Integer> notedRows = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                if (chunk.get(i).notes() != null) {
                    notes.add(new ImportedNote(relations.get(i).relationId(), chunk.get(i).notes()));
                    notedRows.add(i);
                }
            }
            List<ImportedNote.Outcome> outcomes = customers.addImportedNotes(notes);
            Map<Integer, ImportedNote.Outcome> outcomeByRow = new HashMap<>();
            for (int i = 0; i < notedRows.size(); i++) {
                outcomeByRow.put(notedRows.get(i), outcomes.get(i));
            }
            for (int i = 0; i < chunk.size(); i++) {
                LockedRelation relation = relations.get(i);
                ImportedNote.Outcome outcome = outcomeByRow.get(i);
                boolean isNew = relation.created() && !created.containsKey(relation.customerId())
                        && !updated.contains(relation.customerId());
                if (outcome == ImportedNote.Outcome.TOO_LONG) {
                    notesRefused.add(new RejectedRow(chunk.get(i).line(),
                            Text.of("imports.row.notes.would-be-too-long", CustomerService.NOTES_MAX)));
                }
                if (isNew) {
                    created.put(relation.customerId(),
                            ActivitySummary.of("activity.import.customers.added", text(source)));
                } else if (outcome == ImportedNote.Outcome.APPENDED && !created.containsKey(relation.customerId())) {
                    updated.add(relation.customerId());
                    notesAdded.put(relation.customerId(),
                            ActivitySummary.of("activity.import.customers.notes-added", text(source)));
                } else if (outcome != ImportedNote.Outcome.TOO_LONG) {
                    unchanged++;
                }
            }
            done += chunk.size();
            progress.update(done, valid.size() + 1L);
        }
        if (allOrNothing && !notesRefused.isEmpty()) {
            throw new ImportRejectedException(notesRefused);
        }
        activityLog.recordInTimelines(ActivityType.NOTE_CHANGED, notesAdded);
        activityLog.recordImport(fileSummary(source, created.size(), notesAdded.size(), unchanged),
                ActivityType.CUSTOMER_IMPORTED, created);
        progress.update(1, 1);
        rejected.addAll(notesRefused);
        rejected.sort(Comparator.comparingInt(RejectedRow::line));
        return new CustomerImportResult(created.size(), updated.size(), unchanged, List.copyOf(rejected));
    }

    /** The recent activity: "customers.csv: 6 customers added, notes added to 2". */
    static ActivitySummary fileSummary(String source, int added, int notesAdded, int unchanged) {
        if (added == 0 && notesAdded == 0) {
            return ActivitySummary.of("activity.import.customers.nothing-new", text(source), count(unchanged));
        }
        return notesAdded == 0 ? ActivitySummary.of("activity.import.customers.file", text(source), count(added))
                : ActivitySummary.of("activity.import.customers.file.notes", text(source), count(added),
                        count(notesAdded));
    }

    private Text problem(CustomerContact contact, String region) {
        try {
            validator.check(contact);
            CustomerDirectory.checkContact(contact, region);
        } catch (InvalidInputException e) {
            return ImportProblems.of(e, contact);
        }
        if (contact.email() == null && contact.phone() == null) {
            return Text.of("imports.row.email-or-phone");
        }
        return null;
    }
}
