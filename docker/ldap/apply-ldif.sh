#!/bin/sh
# Applies Telerad's LDIF files to the archive's LDAP (ldapmodify from OpenLDAP; the slapd-dcm4chee image has it).
# Usage: apply-ldif.sh file.ldif...   Env: LDAP_URL (ldap://ldap:389), LDAP_BASE_DN (dc=dcm4che,dc=org),
#   LDAP_ROOTPASS[_FILE], TELERAD_ARCHIVE_CLIENT_SECRET[_FILE], KEYCLOAK_URL, TELERAD_PUBLIC_URL.
# Entries that already exist are reported and skipped (-c), so running it twice does no harm.
# Then reload the archive: POST /dcm4chee-arc/ctrl/reload (or restart it).
set -eu
[ -n "${LDAP_ROOTPASS_FILE:-}" ] && [ -z "${LDAP_ROOTPASS:-}" ] && LDAP_ROOTPASS="$(cat "$LDAP_ROOTPASS_FILE")"
[ -n "${TELERAD_ARCHIVE_CLIENT_SECRET_FILE:-}" ] && [ -z "${TELERAD_ARCHIVE_CLIENT_SECRET:-}" ] \
	&& TELERAD_ARCHIVE_CLIENT_SECRET="$(cat "$TELERAD_ARCHIVE_CLIENT_SECRET_FILE")"
: "${LDAP_ROOTPASS:?set LDAP_ROOTPASS}" "${TELERAD_ARCHIVE_CLIENT_SECRET:?set TELERAD_ARCHIVE_CLIENT_SECRET}"
: "${TELERAD_PUBLIC_URL:?set TELERAD_PUBLIC_URL (Telerad as browsers reach it)}"
LDAP_URL="${LDAP_URL:-ldap://ldap:389}"
LDAP_BASE_DN="${LDAP_BASE_DN:-dc=dcm4che,dc=org}"
KEYCLOAK_URL="${KEYCLOAK_URL:-https://keycloak:8843}"

echo "Telerad: waiting for the archive configuration in $LDAP_URL"
i=0
until ldapsearch -x -H "$LDAP_URL" -D "cn=admin,$LDAP_BASE_DN" -w "$LDAP_ROOTPASS" -s base \
		-b "dicomDeviceName=dcm4chee-arc,cn=Devices,cn=DICOM Configuration,$LDAP_BASE_DN" dn >/dev/null 2>&1; do
	i=$((i + 1)); [ "$i" -lt 120 ] || { echo "Telerad: archive configuration not found" >&2; exit 1; }
	sleep 5
done
esc() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }
for f in "$@"; do
	echo "Telerad: applying $f"
	sed -e "s|dc=dcm4che,dc=org|$(esc "$LDAP_BASE_DN")|g" \
	    -e "s|\${TELERAD_ARCHIVE_CLIENT_SECRET}|$(esc "$TELERAD_ARCHIVE_CLIENT_SECRET")|g" \
	    -e "s|\${KEYCLOAK_URL}|$(esc "$KEYCLOAK_URL")|g" \
	    -e "s|\${TELERAD_PUBLIC_URL}|$(esc "$TELERAD_PUBLIC_URL")|g" "$f" \
	| ldapmodify -c -x -H "$LDAP_URL" -D "cn=admin,$LDAP_BASE_DN" -w "$LDAP_ROOTPASS" || true
done
