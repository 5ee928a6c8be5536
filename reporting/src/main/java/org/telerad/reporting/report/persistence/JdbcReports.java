package org.telerad.reporting.report.persistence;

import java.sql.Connection;
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
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.report.domain.AcrCategory;
import org.telerad.reporting.report.domain.Addendum;
import org.telerad.reporting.report.domain.Communication;
import org.telerad.reporting.report.domain.CommunicationMethod;
import org.telerad.reporting.report.domain.CriticalFinding;
import org.telerad.reporting.report.domain.Report;
import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.reporting.report.domain.ReportState;
import org.telerad.reporting.report.domain.Reports;
import org.telerad.reporting.report.domain.SignedVersion;
import org.telerad.reporting.report.domain.Signer;
import org.telerad.reporting.report.domain.TemplateRef;
import org.telerad.shared.problem.TeleradException;

/**
 * Reports through plain JDBC on {@code TeleradDS} (joining the caller's JTA transaction). The report row carries
 * the working draft and the revision (optimistic lock); signed versions are inserted once and never updated (a
 * trigger refuses it); a version's addenda are the addendum texts of the versions up to it, its critical findings
 * those recorded (and communications documented) by its signing instant. SQL errors are reported by SQL state.
 */
@ApplicationScoped
public class JdbcReports implements Reports {

    private static final String REPORT_COLUMNS = "id, study_instance_uid, facility_code, patient_id, patient_issuer,"
            + " state, workitem_uid,"
            + " clinical_information, technique, comparison, findings, impression, template_id, template_version,"
            + " draft_author, draft_started_at, draft_saved_at, created_at, updated_at, revision";
    private static final String VERSION_COLUMNS = "report_id, version, status, signed_at, workitem_uid,"
            + " signer_username, signer_radiologist_id, signer_name, signer_npi, prelim_username,"
            + " prelim_radiologist_id, prelim_name, prelim_npi, clinical_information, technique, comparison, findings,"
            + " impression, addendum_text, correction_reason, template_id, template_version";
    private static final String FINDING_COLUMNS = "id, report_id, category, description, workitem_uid, recorded_by,"
            + " recorded_at, communicated_to, communicated_at, method, read_back, documented_by, documented_at";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcReports() {
    }

    /** For tests that bring their own data source. */
    public JdbcReports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Report> find(UUID id) {
        return load("select " + REPORT_COLUMNS + " from reporting_report where id = ?", id);
    }

    @Override
    public Optional<Report> findByStudy(String studyInstanceUid) {
        return load("select " + REPORT_COLUMNS + " from reporting_report where study_instance_uid = ?",
                studyInstanceUid);
    }

    @Override
    public Optional<Report> findByStudyForUpdate(String studyInstanceUid) {
        return load("select " + REPORT_COLUMNS + " from reporting_report where study_instance_uid = ? for update",
                studyInstanceUid);
    }

    @Override
    public List<Report> search(String patientId, String patientIssuer, String studyInstanceUid,
            java.util.Set<ReportState> states, java.util.Set<String> facilityCodes, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select id from reporting_report where true");
        List<Object> params = new ArrayList<>();
        if (patientId != null) {
            sql.append(" and patient_id = ?");
            params.add(patientId);
        }
        if (patientIssuer != null) {
            sql.append(" and patient_issuer = ?");
            params.add(patientIssuer);
        }
        if (studyInstanceUid != null) {
            sql.append(" and study_instance_uid = ?");
            params.add(studyInstanceUid);
        }
        if (states != null && !states.isEmpty()) {
            sql.append(" and state in (").append(marks(states.size())).append(')');
            states.forEach(x -> params.add(x.name()));
        }
        if (facilityCodes != null) {
            if (facilityCodes.isEmpty()) {
                return List.of();
            }
            sql.append(" and facility_code in (").append(marks(facilityCodes.size())).append(')');
            params.addAll(facilityCodes);
        }
        sql.append(" order by updated_at desc, id offset ? limit ?");
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object p : params) {
                st.setObject(i++, p);
            }
            st.setInt(i++, offset);
            st.setInt(i, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        List<Report> found = new ArrayList<>();
        for (UUID id : ids) {
            find(id).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public void add(Report report) {
        Report.Snapshot s = report.snapshot();
        String sql = "insert into reporting_report (" + REPORT_COLUMNS + ") values (" + marks(20)
                + ") on conflict (study_instance_uid) do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bindReport(st, s, 1);
            if (st.executeUpdate() != 1) {
                throw TeleradException.conflict("TELERAD-REPORT-003",
                        "The study has a report already (started by someone else just now); read it again.");
            }
            storeChildren(c, s, 0);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void update(Report report) {
        Report.Snapshot s = report.snapshot();
        String sql = "update reporting_report set state = ?, workitem_uid = ?, clinical_information = ?,"
                + " technique = ?, comparison = ?, findings = ?, impression = ?, template_id = ?,"
                + " template_version = ?, draft_author = ?, draft_started_at = ?, draft_saved_at = ?, updated_at = ?,"
                + " revision = revision + 1 where id = ? and revision = ?";
        try (Connection c = dataSource.getConnection()) {
            int stored;
            try (PreparedStatement st = c.prepareStatement("select count(*) from reporting_report_version"
                    + " where report_id = ?")) {
                st.setObject(1, s.id());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    stored = rs.getInt(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int i = 1;
                st.setString(i++, s.state().name());
                st.setString(i++, s.workitemUid());
                i = bindContent(st, i, s.draft());
                st.setString(i++, s.template() == null ? null : s.template().id());
                setInt(st, i++, s.template() == null ? null : s.template().version());
                st.setString(i++, s.draftAuthor());
                st.setObject(i++, offset(s.draftStartedAt()));
                st.setObject(i++, offset(s.draftSavedAt()));
                st.setObject(i++, offset(s.updatedAt()));
                st.setObject(i++, s.id());
                st.setLong(i, s.revision());
                if (st.executeUpdate() != 1) {
                    throw TeleradException.preconditionFailed("TELERAD-REPORT-002",
                            "The report was changed by someone else in the meantime; read it again and retry.");
                }
            }
            storeChildren(c, s, stored);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void storeChildren(Connection c, Report.Snapshot s, int storedVersions) throws SQLException {
        List<SignedVersion> versions = s.versions();
        if (versions.size() > storedVersions) {
            try (PreparedStatement st = c.prepareStatement("insert into reporting_report_version (" + VERSION_COLUMNS
                    + ") values (" + marks(22) + ")")) {
                for (SignedVersion v : versions.subList(storedVersions, versions.size())) {
                    bindVersion(st, s.id(), v, versions);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
        if (!s.findings().isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("insert into reporting_critical_finding ("
                    + FINDING_COLUMNS + ") values (" + marks(13) + ") on conflict (id) do update set"
                    + " communicated_to = excluded.communicated_to, communicated_at = excluded.communicated_at,"
                    + " method = excluded.method, read_back = excluded.read_back,"
                    + " documented_by = excluded.documented_by, documented_at = excluded.documented_at"
                    + " where reporting_critical_finding.documented_at is null")) {
                for (CriticalFinding f : s.findings()) {
                    bindFinding(st, s.id(), f);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
    }

    private Optional<Report> load(String sql, Object key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, key);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UUID id = rs.getObject("id", UUID.class);
                List<CriticalFinding> findings = findings(c, id);
                List<SignedVersion> versions = versions(c, id, findings);
                String templateId = rs.getString("template_id");
                return Optional.of(Report.restore(new Report.Snapshot(id, rs.getString("study_instance_uid"),
                        rs.getString("facility_code"), rs.getString("patient_id"), rs.getString("patient_issuer"),
                        ReportState.valueOf(rs.getString("state")),
                        rs.getString("workitem_uid"), content(rs),
                        templateId == null ? null : new TemplateRef(templateId, rs.getInt("template_version")),
                        rs.getString("draft_author"), instant(rs, "draft_started_at"), instant(rs, "draft_saved_at"),
                        versions, findings, instant(rs, "created_at"), instant(rs, "updated_at"),
                        rs.getLong("revision"))));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static List<CriticalFinding> findings(Connection c, UUID reportId) throws SQLException {
        List<CriticalFinding> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select " + FINDING_COLUMNS
                + " from reporting_critical_finding where report_id = ? order by recorded_at, id")) {
            st.setObject(1, reportId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Communication communication = null;
                    if (rs.getString("communicated_to") != null) {
                        communication = new Communication(rs.getString("communicated_to"),
                                instant(rs, "communicated_at"), CommunicationMethod.valueOf(rs.getString("method")),
                                rs.getBoolean("read_back"), rs.getString("documented_by"),
                                instant(rs, "documented_at"));
                    }
                    out.add(new CriticalFinding(rs.getObject("id", UUID.class), AcrCategory.of(rs.getInt("category")),
                            rs.getString("description"), rs.getString("workitem_uid"), rs.getString("recorded_by"),
                            instant(rs, "recorded_at"), communication));
                }
            }
        }
        return out;
    }

    private static List<SignedVersion> versions(Connection c, UUID reportId, List<CriticalFinding> findings)
            throws SQLException {
        List<SignedVersion> out = new ArrayList<>();
        List<Addendum> addenda = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select " + VERSION_COLUMNS
                + " from reporting_report_version where report_id = ? order by version")) {
            st.setObject(1, reportId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Instant signedAt = instant(rs, "signed_at");
                    Signer signer = new Signer(rs.getString("signer_username"),
                            rs.getObject("signer_radiologist_id", UUID.class), rs.getString("signer_name"),
                            rs.getString("signer_npi"));
                    Signer prelim = rs.getString("prelim_username") == null ? null
                            : new Signer(rs.getString("prelim_username"),
                                    rs.getObject("prelim_radiologist_id", UUID.class), rs.getString("prelim_name"),
                                    rs.getString("prelim_npi"));
                    String addendum = rs.getString("addendum_text");
                    if (addendum != null) {
                        addenda.add(new Addendum(addendum, signer.name() != null ? signer.name()
                                : signer.username(), signedAt));
                    }
                    String templateId = rs.getString("template_id");
                    out.add(new SignedVersion(rs.getInt("version"), ReportStatus.valueOf(rs.getString("status")),
                            signedAt, rs.getString("workitem_uid"), signer, prelim, content(rs), addenda,
                            asOf(findings, signedAt),
                            templateId == null ? null : new TemplateRef(templateId, rs.getInt("template_version")),
                            rs.getString("correction_reason")));
                }
            }
        }
        return out;
    }

    /** The findings as they stood at {@code at}: recorded by then, communications documented by then. */
    private static List<CriticalFinding> asOf(List<CriticalFinding> findings, Instant at) {
        List<CriticalFinding> out = new ArrayList<>();
        for (CriticalFinding f : findings) {
            if (f.recordedAt().isAfter(at)) {
                continue;
            }
            if (f.communication() != null && f.communication().documentedAt().isAfter(at)) {
                out.add(new CriticalFinding(f.id(), f.category(), f.description(), f.workitemUid(), f.recordedBy(),
                        f.recordedAt(), null));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static void bindReport(PreparedStatement st, Report.Snapshot s, int start) throws SQLException {
        int i = start;
        st.setObject(i++, s.id());
        st.setString(i++, s.studyInstanceUid());
        st.setString(i++, s.facilityCode());
        st.setString(i++, s.patientId());
        st.setString(i++, s.patientIssuer());
        st.setString(i++, s.state().name());
        st.setString(i++, s.workitemUid());
        i = bindContent(st, i, s.draft());
        st.setString(i++, s.template() == null ? null : s.template().id());
        setInt(st, i++, s.template() == null ? null : s.template().version());
        st.setString(i++, s.draftAuthor());
        st.setObject(i++, offset(s.draftStartedAt()));
        st.setObject(i++, offset(s.draftSavedAt()));
        st.setObject(i++, offset(s.createdAt()));
        st.setObject(i++, offset(s.updatedAt()));
        st.setLong(i, 1);
    }

    private static void bindVersion(PreparedStatement st, UUID reportId, SignedVersion v, List<SignedVersion> all)
            throws SQLException {
        int i = 1;
        st.setObject(i++, reportId);
        st.setInt(i++, v.number());
        st.setString(i++, v.status().name());
        st.setObject(i++, offset(v.signedAt()));
        st.setString(i++, v.workitemUid());
        i = bindSigner(st, i, v.signer());
        i = bindSigner(st, i, v.preliminaryReader());
        i = bindContent(st, i, v.content());
        int before = v.number() >= 2 ? all.get(v.number() - 2).addenda().size() : 0;
        st.setString(i++, v.addenda().size() > before ? v.addenda().get(v.addenda().size() - 1).text() : null);
        st.setString(i++, v.correctionReason());
        st.setString(i++, v.template() == null ? null : v.template().id());
        setInt(st, i, v.template() == null ? null : v.template().version());
    }

    private static int bindSigner(PreparedStatement st, int i, Signer s) throws SQLException {
        st.setString(i++, s == null ? null : s.username());
        st.setObject(i++, s == null ? null : s.radiologistId(), Types.OTHER);
        st.setString(i++, s == null ? null : s.name());
        st.setString(i++, s == null ? null : s.npi());
        return i;
    }

    private static void bindFinding(PreparedStatement st, UUID reportId, CriticalFinding f) throws SQLException {
        Communication c = f.communication();
        st.setObject(1, f.id());
        st.setObject(2, reportId);
        st.setInt(3, f.category().number());
        st.setString(4, f.description());
        st.setString(5, f.workitemUid());
        st.setString(6, f.recordedBy());
        st.setObject(7, offset(f.recordedAt()));
        st.setString(8, c == null ? null : c.communicatedTo());
        st.setObject(9, c == null ? null : offset(c.communicatedAt()));
        st.setString(10, c == null ? null : c.method().name());
        if (c == null) {
            st.setNull(11, Types.BOOLEAN);
        } else {
            st.setBoolean(11, c.readBack());
        }
        st.setString(12, c == null ? null : c.documentedBy());
        st.setObject(13, c == null ? null : offset(c.documentedAt()));
    }

    private static int bindContent(PreparedStatement st, int i, ReportContent c) throws SQLException {
        st.setString(i++, c.clinicalInformation());
        st.setString(i++, c.technique());
        st.setString(i++, c.comparison());
        st.setString(i++, c.findings());
        st.setString(i++, c.impression());
        return i;
    }

    private static ReportContent content(ResultSet rs) throws SQLException {
        return new ReportContent(rs.getString("clinical_information"), rs.getString("technique"),
                rs.getString("comparison"), rs.getString("findings"), rs.getString("impression"));
    }

    private static void setInt(PreparedStatement st, int i, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, value);
        }
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static TeleradException failure(SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-REPORT-004",
                "Reports could not be read or stored (SQL state " + e.getSQLState() + ").");
    }
}
