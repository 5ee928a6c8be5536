#!/bin/bash
# Adds Telerad's realm roles and clients to the archive's realm (default dcm4che) with kcadm.sh.
# Idempotent: what exists is left alone (a client's secret is reset to TELERAD_ARCHIVE_CLIENT_SECRET).
# - docker compose: run once by the one-shot service `keycloak-telerad` (same image as `keycloak`).
# - existing Keycloak: docker compose exec -T -e TELERAD_ARCHIVE_CLIENT_SECRET keycloak bash -s < docker/keycloak/telerad-realm.sh
#   or anywhere kcadm.sh is installed: KCADM=/path/to/kcadm.sh KEYCLOAK_URL=... bash docker/keycloak/telerad-realm.sh
# Env: KEYCLOAK_URL (https://keycloak:8843), REALM_NAME (dcm4che), KC_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD
# (the master-realm admin), TELERAD_ARCHIVE_CLIENT_SECRET[_FILE], TELERAD_PUBLIC_URL (redirect/web origin of
# telerad-ui), KCADM_TRUSTSTORE + KCADM_TRUSTSTORE_PASSWORD when Keycloak's certificate is not in Java's cacerts.
set -euo pipefail

KCADM="${KCADM:-/opt/keycloak/bin/kcadm.sh}"
KEYCLOAK_URL="${KEYCLOAK_URL:-https://keycloak:8843}"
REALM="${REALM_NAME:-dcm4che}"
if [ -n "${TELERAD_ARCHIVE_CLIENT_SECRET_FILE:-}" ] && [ -z "${TELERAD_ARCHIVE_CLIENT_SECRET:-}" ]; then
	TELERAD_ARCHIVE_CLIENT_SECRET="$(< "$TELERAD_ARCHIVE_CLIENT_SECRET_FILE")"
fi
: "${TELERAD_ARCHIVE_CLIENT_SECRET:?set TELERAD_ARCHIVE_CLIENT_SECRET or TELERAD_ARCHIVE_CLIENT_SECRET_FILE}"
: "${KC_BOOTSTRAP_ADMIN_PASSWORD:?set KC_BOOTSTRAP_ADMIN_PASSWORD (Keycloak admin of the master realm)}"
TELERAD_PUBLIC_URL="${TELERAD_PUBLIC_URL:-https://localhost:8443}"
export KC_OPTS="${KC_OPTS:-}"
CONFIG="$(mktemp -d)/kcadm.config"
kc() { "$KCADM" "$@" --config "$CONFIG"; }

echo "Telerad: waiting for Keycloak at $KEYCLOAK_URL"
if [ -n "${KCADM_TRUSTSTORE:-}" ]; then
	kc config truststore --trustpass "${KCADM_TRUSTSTORE_PASSWORD:-changeit}" "$KCADM_TRUSTSTORE"
fi
for _ in $(seq 1 120); do
	if kc config credentials --server "$KEYCLOAK_URL" --realm master \
		--user "${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" --password "$KC_BOOTSTRAP_ADMIN_PASSWORD" 2>/dev/null; then
		break
	fi
	sleep 5
done
kc get "realms/$REALM" --fields realm >/dev/null

# Realm roles (the archive's LDAP role mapper also maps LDAP groups of these names to them).
for role in radiologist facility-admin credentialing-admin auditor telerad-service; do
	if ! kc get "roles/$role" -r "$REALM" >/dev/null 2>&1; then
		kc create roles -r "$REALM" -s name="$role" -s "description=Telerad $role"
	fi
done

client_uuid() { kc get clients -r "$REALM" -q clientId="$1" --fields id --format csv --noquotes | head -n1; }

ensure_client() { # clientId, then -s attribute=value ... for a new client
	local id="$1"; shift
	if [ -z "$(client_uuid "$id")" ]; then
		kc create clients -r "$REALM" -s clientId="$id" -s protocol=openid-connect -s enabled=true "$@"
		echo "Telerad: client $id created"
	fi
}

FACILITIES_MAPPER='{"name":"telerad_facilities","protocol":"openid-connect","protocolMapper":"oidc-usermodel-attribute-mapper","config":{"user.attribute":"telerad_facilities","claim.name":"telerad_facilities","jsonType.label":"String","multivalued":"true","aggregate.attrs":"false","access.token.claim":"true","id.token.claim":"true","userinfo.token.claim":"true","introspection.token.claim":"true"}}'

# The browser app: public, authorization code + PKCE.
ensure_client telerad-ui -s publicClient=true -s standardFlowEnabled=true -s directAccessGrantsEnabled=false \
	-s 'attributes."pkce.code.challenge.method"=S256' \
	-s "redirectUris=[\"$TELERAD_PUBLIC_URL/telerad/*\"]" -s "webOrigins=[\"$TELERAD_PUBLIC_URL\"]"
# The REST API (telerad.war's secure-deployment): bearer-only, no flows of its own.
ensure_client telerad-api -s publicClient=false -s bearerOnly=true -s standardFlowEnabled=false \
	-s directAccessGrantsEnabled=false
# The archive's credential towards Telerad: confidential, client credentials only.
ensure_client telerad-archive -s publicClient=false -s serviceAccountsEnabled=true -s standardFlowEnabled=false \
	-s directAccessGrantsEnabled=false -s clientAuthenticatorType=client-secret
uuid="$(client_uuid telerad-archive)"
kc update "clients/$uuid" -r "$REALM" -s "secret=$TELERAD_ARCHIVE_CLIENT_SECRET"
kc add-roles -r "$REALM" --uusername service-account-telerad-archive --rolename telerad-service

# Facility admins' facilities (user attribute telerad_facilities, facility codes) as a token claim.
ui_uuid="$(client_uuid telerad-ui)"
if ! kc get "clients/$ui_uuid/protocol-mappers/models" -r "$REALM" --fields name --format csv --noquotes \
		| grep -qx telerad_facilities; then
	kc create "clients/$ui_uuid/protocol-mappers/models" -r "$REALM" -b "$FACILITIES_MAPPER"
fi
echo "Telerad: realm $REALM has Telerad's roles and clients"
