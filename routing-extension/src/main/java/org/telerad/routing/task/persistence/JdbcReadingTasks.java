package org.telerad.routing.task.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.ReferencedRequest;
import org.telerad.routing.task.domain.StudyFacts;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.problem.TeleradException;

/**
 * Reading tasks in table {@code routing_reading_task} through plain JDBC on {@code TeleradDS} (the connection
 * joins the caller's JTA transaction). Intake idempotency rests on the unique (study, read type) constraint:
 * {@code INSERT ... ON CONFLICT DO NOTHING} lets exactly one of two concurrent inserts through, on any node;
 * the other sees no row inserted and revises the stored task under {@code SELECT ... FOR UPDATE}.
 * SQL errors are reported by SQL state only: messages may quote row values.
 */
@ApplicationScoped
public class JdbcReadingTasks implements ReadingTasks {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<List<InputSeries>> INPUTS = new TypeReference<>() {
    };

    private static final String COLUMNS = "workitem_uid, study_instance_uid, read_type, patient_id, patient_issuer,"
            + " patient_name, patient_birth_date, patient_sex, accession_number, accession_issuer,"
            + " requested_procedure_id, requested_procedure_description, referring_physician_name, inputs,"
            + " procedure_step_label, worklist_label, priority, input_readiness, facility_code, modality, body_part,"
            + " institution_name, study_description, scheduled_start, expected_completion, source_archive,"
            + " performer_code, performer_scheme, performer_name, performer_organization, performer_username, state,"
            + " transaction_uid, claimed_by, cancellation_requested, cancellation_reason, progress,"
            + " progress_description, created_at, updated_at";
    private static final int COLUMN_COUNT = 40;

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcReadingTasks() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcReadingTasks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean addIfAbsent(ReadingTask task) {
        String marks = "?, ".repeat(COLUMN_COUNT - 1) + "?";
        String sql = "insert into routing_reading_task (" + COLUMNS + ", version) values (" + marks
                + ", 0) on conflict (study_instance_uid, read_type) do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, task.snapshot());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw TeleradException.conflict("TELERAD-TASK-020",
                        "A workitem with this UID already exists for another study.");
            }
            throw failure("stored", e);
        }
    }

    @Override
    public Optional<ReadingTask> find(WorkitemUid uid) {
        return one("select " + COLUMNS + ", version from routing_reading_task where workitem_uid = ?", uid.value());
    }

    @Override
    public Optional<ReadingTask> findForUpdate(WorkitemUid uid) {
        return one("select " + COLUMNS + ", version from routing_reading_task where workitem_uid = ? for update",
                uid.value());
    }

    @Override
    public Optional<ReadingTask> findForUpdateUnlessLocked(WorkitemUid uid) {
        return one("select " + COLUMNS + ", version from routing_reading_task where workitem_uid = ?"
                + " for update skip locked", uid.value());
    }

    @Override
    public Optional<ReadingTask> findForUpdate(String studyInstanceUid, ReadType readType) {
        return one("select " + COLUMNS + ", version from routing_reading_task where study_instance_uid = ?"
                + " and read_type = ? for update", studyInstanceUid, readType.name());
    }

    @Override
    public void update(ReadingTask task) {
        String assignments = String.join(" = ?, ", COLUMNS.split(",\\s*")) + " = ?";
        String sql = "update routing_reading_task set " + assignments
                + ", version = version + 1 where workitem_uid = ? and version = ?";
        ReadingTask.Snapshot s = task.snapshot();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, s);
            st.setString(COLUMN_COUNT + 1, s.uid().value());
            st.setLong(COLUMN_COUNT + 2, s.version());
            if (st.executeUpdate() != 1) {
                throw TeleradException.preconditionFailed("TELERAD-TASK-021",
                        "The workitem was changed by someone else in the meantime; read it again and retry.");
            }
        } catch (SQLException e) {
            throw failure("stored", e);
        }
    }

    @Override
    public List<ReadingTask> search(TaskCriteria c, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (!c.states().isEmpty()) {
            where.append(" and state in (").append(marks(c.states().size())).append(')');
            c.states().forEach(x -> params.add(x.name()));
        }
        if (!c.priorities().isEmpty()) {
            where.append(" and priority in (").append(marks(c.priorities().size())).append(')');
            c.priorities().forEach(x -> params.add(x.name()));
        }
        if (c.worklistLabel() != null) {
            where.append(" and worklist_label = ?");
            params.add(c.worklistLabel());
        }
        if (c.performerCode() != null) {
            where.append(" and performer_code = ?");
            params.add(c.performerCode());
        }
        if (c.performerUsername() != null) {
            where.append(" and (performer_username = ? or claimed_by = ?)");
            params.add(c.performerUsername());
            params.add(c.performerUsername());
        }
        if (!c.studyInstanceUids().isEmpty()) {
            where.append(" and study_instance_uid in (").append(marks(c.studyInstanceUids().size())).append(')');
            params.addAll(c.studyInstanceUids());
        }
        if (c.accessionNumber() != null) {
            where.append(" and accession_number = ?");
            params.add(c.accessionNumber());
        }
        if (c.facilityCode() != null) {
            where.append(" and facility_code = ?");
            params.add(c.facilityCode());
        }
        String sql = "select " + COLUMNS + ", version from routing_reading_task" + where
                + " order by case priority when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, created_at, workitem_uid"
                + " offset ? limit ?";
        try (Connection conn = dataSource.getConnection(); PreparedStatement s = conn.prepareStatement(sql)) {
            int i = 1;
            for (Object p : params) {
                s.setString(i++, (String) p);
            }
            s.setInt(i++, offset);
            s.setInt(i, limit + 1);
            List<ReadingTask> tasks = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tasks.add(map(rs));
                }
            }
            return tasks;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private Optional<ReadingTask> one(String sql, String... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static void bind(PreparedStatement s, ReadingTask.Snapshot t) throws SQLException {
        Patient p = t.patient();
        ReferencedRequest r = t.request();
        StudyFacts f = t.facts();
        Performer who = t.performer();
        int i = 1;
        s.setString(i++, t.uid().value());
        s.setString(i++, t.studyInstanceUid());
        s.setString(i++, t.readType().name());
        s.setString(i++, p.id());
        s.setString(i++, p.issuer());
        s.setString(i++, p.name());
        s.setDate(i++, p.birthDate() == null ? null : Date.valueOf(p.birthDate()));
        s.setString(i++, p.sex());
        s.setString(i++, r.accessionNumber());
        s.setString(i++, r.accessionIssuer());
        s.setString(i++, r.requestedProcedureId());
        s.setString(i++, r.requestedProcedureDescription());
        s.setString(i++, r.referringPhysicianName());
        s.setObject(i++, json(t.inputs()), Types.OTHER);
        s.setString(i++, t.procedureStepLabel());
        s.setString(i++, t.worklistLabel());
        s.setString(i++, t.priority().name());
        s.setString(i++, t.inputReadiness().name());
        s.setString(i++, t.facilityCode());
        s.setString(i++, f.modality());
        s.setString(i++, f.bodyPart());
        s.setString(i++, f.institutionName());
        s.setString(i++, f.studyDescription());
        s.setObject(i++, offset(t.scheduledStart()));
        s.setObject(i++, offset(t.expectedCompletion()));
        s.setString(i++, t.sourceArchive());
        s.setString(i++, who == null ? null : who.code());
        s.setString(i++, who == null ? null : who.codingScheme());
        s.setString(i++, who == null ? null : who.name());
        s.setString(i++, who == null ? null : who.organization());
        s.setString(i++, who == null ? null : who.username());
        s.setString(i++, t.state().name());
        s.setString(i++, t.transactionUid() == null ? null : t.transactionUid().value());
        s.setString(i++, t.claimedBy());
        s.setBoolean(i++, t.cancellationRequested());
        s.setString(i++, t.cancellationReason());
        if (t.progress() == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, t.progress());
        }
        s.setString(i++, t.progressDescription());
        s.setObject(i++, offset(t.createdAt()));
        s.setObject(i, offset(t.updatedAt()));
    }

    private static ReadingTask map(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("patient_birth_date");
        Patient patient = new Patient(rs.getString("patient_id"), rs.getString("patient_issuer"),
                rs.getString("patient_name"), birth == null ? null : birth.toLocalDate(), rs.getString("patient_sex"));
        ReferencedRequest request = new ReferencedRequest(rs.getString("accession_number"),
                rs.getString("accession_issuer"), rs.getString("requested_procedure_id"),
                rs.getString("requested_procedure_description"), rs.getString("referring_physician_name"));
        StudyFacts facts = new StudyFacts(rs.getString("modality"), rs.getString("body_part"),
                rs.getString("institution_name"), rs.getString("study_description"));
        String performerCode = rs.getString("performer_code");
        Performer performer = performerCode == null ? null : new Performer(performerCode,
                rs.getString("performer_scheme"), rs.getString("performer_name"),
                rs.getString("performer_organization"), rs.getString("performer_username"));
        String txn = rs.getString("transaction_uid");
        int progress = rs.getInt("progress");
        Integer progressValue = rs.wasNull() ? null : progress;
        return ReadingTask.restore(new ReadingTask.Snapshot(new WorkitemUid(rs.getString("workitem_uid")),
                rs.getString("study_instance_uid"), ReadType.valueOf(rs.getString("read_type")), patient, request,
                inputs(rs.getString("inputs")), rs.getString("procedure_step_label"), rs.getString("worklist_label"),
                Priority.valueOf(rs.getString("priority")), InputReadiness.valueOf(rs.getString("input_readiness")),
                rs.getString("facility_code"), facts, instant(rs, "scheduled_start"),
                instant(rs, "expected_completion"), rs.getString("source_archive"), performer,
                ProcedureStepState.valueOf(rs.getString("state")), txn == null ? null : new TransactionUid(txn),
                rs.getString("claimed_by"), rs.getBoolean("cancellation_requested"),
                rs.getString("cancellation_reason"), progressValue, rs.getString("progress_description"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version")));
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String json(List<InputSeries> inputs) {
        try {
            return JSON.writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inputs could not be written as JSON");
        }
    }

    private static List<InputSeries> inputs(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, INPUTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inputs are not readable");
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("a reading task could not be " + what + " (SQL state " + e.getSQLState() + ")");
    }
}
