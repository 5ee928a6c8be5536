package org.telerad.registry.privilege.application;

/** Privilege search filters as interfaces receive them: facility id or code, radiologist id, status. */
public record PrivilegeSearch(String facility, String radiologist, String status) {

    public static PrivilegeSearch any() {
        return new PrivilegeSearch(null, null, null);
    }
}
