#!/bin/sh
# Applies Telerad's LDIF files to the archive's LDAP (ldapmodify from OpenLDAP; the slapd-dcm4chee image has it).
# Usage: apply-ldif.sh [--dry-run] file.ldif...
#   Env: LDAP_URL (ldap://ldap:389), LDAP_BASE_DN (dc=dcm4che,dc=org), LDAP_ROOTPASS[_FILE],
#   TELERAD_ARCHIVE_CLIENT_SECRET[_FILE], KEYCLOAK_URL, TELERAD_PUBLIC_URL.
#   TELERAD_ARCHIVE_AUTH: how the archive authenticates to Telerad. keycloak (default): a Keycloak token of client
#   telerad-archive. bearer-token (TELERAD_ARCHIVE_BEARER_TOKEN[_FILE]) or basic (TELERAD_ARCHIVE_BASIC_PASSWORD[_FILE],
#   user TELERAD_ARCHIVE_NAME, the archive's name in Telerad, default dcm4chee-arc): a static credential; then
#   telerad-static-credential.ldif (next to this script) is applied after the given files, and
#   TELERAD_ARCHIVE_CLIENT_SECRET is not needed (the Keycloak client telerad.ldif adds is deleted again).
# --dry-run prints the LDIF with the values filled in (secrets included) instead of applying it.
# Entries that already exist are reported and skipped (-c), so running it twice does no harm.
# Then reload the archive: POST /dcm4chee-arc/ctrl/reload (or restart it).
set -eu
dry_run=false
if [ "${1:-}" = "--dry-run" ]; then dry_run=true; shift; fi
[ "$#" -gt 0 ] || { echo "usage: $0 [--dry-run] file.ldif..." >&2; exit 2; }
from_file() { # NAME: NAME from the file NAME_FILE names, unless NAME is set
	eval "v=\${$1:-} f=\${$1_FILE:-}"
	if [ -z "$v" ] && [ -n "$f" ]; then eval "$1=\"\$(cat \"\$f\")\""; fi
}
from_file LDAP_ROOTPASS
from_file TELERAD_ARCHIVE_CLIENT_SECRET
from_file TELERAD_ARCHIVE_BEARER_TOKEN
from_file TELERAD_ARCHIVE_BASIC_PASSWORD

here="$(cd "$(dirname "$0")" && pwd)"
auth="${TELERAD_ARCHIVE_AUTH:-}"
for f in "$@"; do # the static LDIF named explicitly: the mode follows from the secret given
	if [ "$auth" = keycloak ] && grep -q 'TELERAD_ARCHIVE_STATIC_AUTH' "$f"; then
		echo "Telerad: TELERAD_ARCHIVE_AUTH=keycloak, but $f sets a static credential (bearer-token or basic)" >&2; exit 2
	fi
	if [ -z "$auth" ] && grep -q 'TELERAD_ARCHIVE_STATIC_AUTH' "$f"; then
		if [ -n "${TELERAD_ARCHIVE_BEARER_TOKEN:-}" ] && [ -z "${TELERAD_ARCHIVE_BASIC_PASSWORD:-}" ]; then auth=bearer-token
		elif [ -n "${TELERAD_ARCHIVE_BASIC_PASSWORD:-}" ] && [ -z "${TELERAD_ARCHIVE_BEARER_TOKEN:-}" ]; then auth=basic
		else echo "Telerad: $f needs TELERAD_ARCHIVE_BEARER_TOKEN or TELERAD_ARCHIVE_BASIC_PASSWORD (one of them)" >&2; exit 2
		fi
	fi
done
TELERAD_ARCHIVE_STATIC_AUTH=""
case "${auth:-keycloak}" in
	keycloak) ;;
	bearer-token)
		secret="${TELERAD_ARCHIVE_BEARER_TOKEN:?TELERAD_ARCHIVE_AUTH=bearer-token needs TELERAD_ARCHIVE_BEARER_TOKEN}" min=32
		TELERAD_ARCHIVE_STATIC_AUTH="bearer-token=$secret" ;;
	basic)
		secret="${TELERAD_ARCHIVE_BASIC_PASSWORD:?TELERAD_ARCHIVE_AUTH=basic needs TELERAD_ARCHIVE_BASIC_PASSWORD}" min=16
		TELERAD_ARCHIVE_STATIC_AUTH="basic-auth=${TELERAD_ARCHIVE_NAME:-dcm4chee-arc}:$secret" ;;
	*) echo "Telerad: TELERAD_ARCHIVE_AUTH is keycloak, bearer-token or basic" >&2; exit 2 ;;
esac
if [ -n "$TELERAD_ARCHIVE_STATIC_AUTH" ]; then
	# Telerad's rule for these secrets: visible ASCII only (no spaces), 32 (token) or 16 (password) to 512 characters.
	if [ "${#secret}" -lt "$min" ] || [ "${#secret}" -gt 512 ] || printf '%s' "$secret" | LC_ALL=C grep -q '[^!-~]'; then
		echo "Telerad: the static credential must be $min to 512 visible ASCII characters (no spaces)" >&2; exit 2
	fi
	case "${TELERAD_ARCHIVE_NAME:-}" in *:*) echo "Telerad: TELERAD_ARCHIVE_NAME must not contain ':'" >&2; exit 2 ;; esac
	# the Keycloak client that telerad.ldif adds is deleted again: a throwaway secret is enough
	[ -n "${TELERAD_ARCHIVE_CLIENT_SECRET:-}" ] \
		|| TELERAD_ARCHIVE_CLIENT_SECRET="unused-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
	static_ldif="$here/telerad-static-credential.ldif"
	named=false
	for f in "$@"; do if grep -q 'TELERAD_ARCHIVE_STATIC_AUTH' "$f"; then named=true; fi; done
	$named || set -- "$@" "$static_ldif"
fi
$dry_run || : "${LDAP_ROOTPASS:?set LDAP_ROOTPASS}"
: "${TELERAD_ARCHIVE_CLIENT_SECRET:?set TELERAD_ARCHIVE_CLIENT_SECRET}"
: "${TELERAD_PUBLIC_URL:?set TELERAD_PUBLIC_URL (Telerad as browsers reach it)}"
LDAP_URL="${LDAP_URL:-ldap://ldap:389}"
LDAP_BASE_DN="${LDAP_BASE_DN:-dc=dcm4che,dc=org}"
KEYCLOAK_URL="${KEYCLOAK_URL:-https://keycloak:8843}"

if ! $dry_run; then
	echo "Telerad: waiting for the archive configuration in $LDAP_URL"
	i=0
	until ldapsearch -x -H "$LDAP_URL" -D "cn=admin,$LDAP_BASE_DN" -w "$LDAP_ROOTPASS" -s base \
			-b "dicomDeviceName=dcm4chee-arc,cn=Devices,cn=DICOM Configuration,$LDAP_BASE_DN" dn >/dev/null 2>&1; do
		i=$((i + 1)); [ "$i" -lt 120 ] || { echo "Telerad: archive configuration not found" >&2; exit 1; }
		sleep 5
	done
fi
esc() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }
for f in "$@"; do
	echo "Telerad: applying $f" >&2
	sed -e "s|dc=dcm4che,dc=org|$(esc "$LDAP_BASE_DN")|g" \
	    -e "s|\${TELERAD_ARCHIVE_CLIENT_SECRET}|$(esc "$TELERAD_ARCHIVE_CLIENT_SECRET")|g" \
	    -e "s|\${KEYCLOAK_URL}|$(esc "$KEYCLOAK_URL")|g" \
	    -e "s|\${TELERAD_PUBLIC_URL}|$(esc "$TELERAD_PUBLIC_URL")|g" \
	    -e "s|\${TELERAD_ARCHIVE_STATIC_AUTH}|$(esc "$TELERAD_ARCHIVE_STATIC_AUTH")|g" "$f" \
	| if $dry_run; then cat; else ldapmodify -c -x -H "$LDAP_URL" -D "cn=admin,$LDAP_BASE_DN" -w "$LDAP_ROOTPASS" || true; fi
done
