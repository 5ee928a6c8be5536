package org.telerad.reporting.template.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.reporting.template.domain.ReportTemplate;
import org.telerad.reporting.template.domain.ReportTemplates;
import org.telerad.shared.problem.TeleradException;

/** Templates in {@code reporting_template} (primary key id + version); SQL errors by SQL state only. */
@ApplicationScoped
public class JdbcReportTemplates implements ReportTemplates {

    private static final String COLUMNS = "id, version, name, modality, body_part, clinical_information, technique,"
            + " comparison, findings, impression, active, created_at, created_by";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcReportTemplates() {
    }

    /** For tests that bring their own data source. */
    public JdbcReportTemplates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ReportTemplate> latest(String modality, boolean includeInactive) {
        String sql = "select " + COLUMNS + " from reporting_template t where version = (select max(version)"
                + " from reporting_template v where v.id = t.id)" + (includeInactive ? "" : " and active")
                + (modality == null ? "" : " and modality = ?") + " order by modality, body_part nulls last, id";
        return query(sql, modality == null ? new Object[0] : new Object[] { modality.strip().toUpperCase() });
    }

    @Override
    public Optional<ReportTemplate> latest(String id) {
        return query("select " + COLUMNS + " from reporting_template where id = ? order by version desc limit 1", id)
                .stream().findFirst();
    }

    @Override
    public Optional<ReportTemplate> version(String id, int version) {
        return query("select " + COLUMNS + " from reporting_template where id = ? and version = ?", id, version)
                .stream().findFirst();
    }

    @Override
    public List<ReportTemplate> versions(String id) {
        return query("select " + COLUMNS + " from reporting_template where id = ? order by version", id);
    }

    @Override
    public void add(ReportTemplate t) {
        String sql = "insert into reporting_template (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            ReportContent x = t.sections();
            s.setString(1, t.id());
            s.setInt(2, t.version());
            s.setString(3, t.name());
            s.setString(4, t.modality());
            s.setString(5, t.bodyPart());
            s.setString(6, x.clinicalInformation());
            s.setString(7, x.technique());
            s.setString(8, x.comparison());
            s.setString(9, x.findings());
            s.setString(10, x.impression());
            s.setBoolean(11, t.active());
            s.setObject(12, t.createdAt().atOffset(ZoneOffset.UTC));
            s.setString(13, t.createdBy());
            s.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                if (t.version() == 1) {
                    throw TeleradException.conflict("TELERAD-REPORT-061", "A template with id " + t.id()
                            + " exists already; revise it instead.");
                }
                throw TeleradException.preconditionFailed("TELERAD-REPORT-062",
                        "The template was revised by someone else in the meantime; read it again and retry.");
            }
            throw failure(e);
        }
    }

    private List<ReportTemplate> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<ReportTemplate> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportTemplate(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), new ReportContent(rs.getString(6), rs.getString(7), rs.getString(8),
                                    rs.getString(9), rs.getString(10)),
                            rs.getBoolean(11), rs.getObject(12, OffsetDateTime.class).toInstant(), rs.getString(13)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static TeleradException failure(SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-REPORT-004",
                "Report templates could not be read or stored (SQL state " + e.getSQLState() + ").");
    }
}
