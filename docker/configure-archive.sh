#!/bin/bash
# Applies (or removes) Telerad's archive-side configuration through dcm4chee-arc-light's configuration REST API:
# device `telerad` with web app TELERAD (docker/archive/telerad-device.json), and on device dcm4chee-arc the
# Keycloak client, ups: exporter, export rule, EU storage and AE TR_EU, and the "open in viewer" link
# (docker/archive/dcm4chee-arc-telerad.json); then POST /ctrl/reload. The same content as docker/ldap/telerad.ldif.
#
#   docker/configure-archive.sh [--with-fhir] [--remove] [--dry-run]
#
# Env:
#   ARCHIVE_URL                     archive base URL (default https://localhost:8443/dcm4chee-arc)
#   ARCHIVE_TOKEN                   bearer token of a user or client with the archive's super-user role (root); or
#   KEYCLOAK_URL + ARCHIVE_CLIENT_ID (dcm4chee-arc-rs) + ARCHIVE_CLIENT_SECRET[_FILE] to get one (client credentials)
#   REALM_NAME                      default dcm4che
#   TELERAD_ARCHIVE_CLIENT_SECRET[_FILE], TELERAD_PUBLIC_URL, KEYCLOAK_URL   values for the placeholders
#   ARCHIVE_KEYCLOAK_URL            Keycloak as the archive reaches it (default KEYCLOAK_URL)
#   CURL_OPTS                       extra curl options, e.g. "--cacert ca.pem" (or -k for a test installation)
#   TELERAD_ARCHIVE_AUTH            keycloak (default): the archive calls Telerad with a token of Keycloak client
#                                   telerad-archive. bearer-token or basic: with a static credential instead
#                                   (TELERAD_ARCHIVE_BEARER_TOKEN[_FILE], or TELERAD_ARCHIVE_BASIC_PASSWORD[_FILE] with
#                                   user TELERAD_ARCHIVE_NAME, default dcm4chee-arc): the web apps then point at
#                                   /telerad/archive-rs with web-app property bearer-token= / basic-auth=, have no
#                                   dcmKeycloakClientID, and the Keycloak client is removed from the archive
#                                   (same as docker/ldap/telerad-static-credential.ldif)
# Needs curl and jq. Secrets are read from env or files, never from the command line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
with_fhir=false remove=false dry_run=false
for a in "$@"; do
	case "$a" in
		--with-fhir) with_fhir=true ;;
		--remove) remove=true ;;
		--dry-run) dry_run=true ;;
		*) echo "usage: $0 [--with-fhir] [--remove] [--dry-run]" >&2; exit 2 ;;
	esac
done
command -v jq >/dev/null || { echo "jq is required" >&2; exit 1; }
from_file() { local v="$1" f="${1}_FILE"; if [ -z "${!v:-}" ] && [ -n "${!f:-}" ]; then printf -v "$v" '%s' "$(< "${!f}")"; fi; }
from_file TELERAD_ARCHIVE_CLIENT_SECRET
from_file ARCHIVE_CLIENT_SECRET
from_file TELERAD_ARCHIVE_BEARER_TOKEN
from_file TELERAD_ARCHIVE_BASIC_PASSWORD
static_auth=""
case "${TELERAD_ARCHIVE_AUTH:-keycloak}" in
	keycloak) ;;
	bearer-token)
		secret="${TELERAD_ARCHIVE_BEARER_TOKEN:?TELERAD_ARCHIVE_AUTH=bearer-token needs TELERAD_ARCHIVE_BEARER_TOKEN}" min=32
		static_auth="bearer-token=$secret" ;;
	basic)
		secret="${TELERAD_ARCHIVE_BASIC_PASSWORD:?TELERAD_ARCHIVE_AUTH=basic needs TELERAD_ARCHIVE_BASIC_PASSWORD}" min=16
		[[ "${TELERAD_ARCHIVE_NAME:-}" != *:* ]] || { echo "TELERAD_ARCHIVE_NAME must not contain ':'" >&2; exit 2; }
		static_auth="basic-auth=${TELERAD_ARCHIVE_NAME:-dcm4chee-arc}:$secret" ;;
	*) echo "TELERAD_ARCHIVE_AUTH is keycloak, bearer-token or basic" >&2; exit 2 ;;
esac
if [ -n "$static_auth" ]; then
	# Telerad's rule for these secrets: visible ASCII only (no spaces), 32 (token) or 16 (password) to 512 characters.
	if (( ${#secret} < min || ${#secret} > 512 )) || LC_ALL=C grep -q '[^!-~]' <<<"$secret"; then
		echo "the static credential must be $min to 512 visible ASCII characters (no spaces)" >&2; exit 2
	fi
fi
static=false; [ -z "$static_auth" ] || static=true
ARCHIVE_URL="${ARCHIVE_URL:-https://localhost:8443/dcm4chee-arc}"
REALM_NAME="${REALM_NAME:-dcm4che}"
read -r -a curl_opts <<<"${CURL_OPTS:-}"
http() { curl -sS "${curl_opts[@]}" "$@"; }

if [ -z "${ARCHIVE_TOKEN:-}" ] && ! $dry_run; then
	: "${KEYCLOAK_URL:?set ARCHIVE_TOKEN, or KEYCLOAK_URL and ARCHIVE_CLIENT_SECRET}"
	: "${ARCHIVE_CLIENT_SECRET:?set ARCHIVE_TOKEN, or ARCHIVE_CLIENT_SECRET (client ${ARCHIVE_CLIENT_ID:-dcm4chee-arc-rs})}"
	ARCHIVE_TOKEN="$(http -f -d grant_type=client_credentials -d "client_id=${ARCHIVE_CLIENT_ID:-dcm4chee-arc-rs}" \
		--data-urlencode "client_secret@-" "$KEYCLOAK_URL/realms/$REALM_NAME/protocol/openid-connect/token" \
		<<<"$ARCHIVE_CLIENT_SECRET" | jq -r .access_token)"
fi
auth=(-H "Authorization: Bearer ${ARCHIVE_TOKEN:-}")

substitute() { # JSON on stdin, placeholders replaced by values (jq does the quoting)
	jq --arg secret "${TELERAD_ARCHIVE_CLIENT_SECRET:-}" --arg kc "${ARCHIVE_KEYCLOAK_URL:-${KEYCLOAK_URL:-https://keycloak:8843}}" \
	   --arg pub "${TELERAD_PUBLIC_URL:-}" \
	   'walk(if type == "string" then
	       gsub("\\$\\{TELERAD_ARCHIVE_CLIENT_SECRET\\}"; $secret) | gsub("\\$\\{KEYCLOAK_URL\\}"; $kc)
	       | gsub("\\$\\{TELERAD_PUBLIC_URL\\}"; $pub) else . end)'
}
get_device() { http -f "${auth[@]}" -H 'Accept: application/json' "$ARCHIVE_URL/devices/$1"; }
put_device() { # name, JSON on stdin
	if $dry_run; then echo "--- PUT $ARCHIVE_URL/devices/$1"; jq .; return; fi
	http -f "${auth[@]}" -X PUT -H 'Content-Type: application/json' --data-binary @- \
		"$ARCHIVE_URL/devices/$1?register=true" >/dev/null
	echo "Telerad: device $1 updated"
}

fragment="$(substitute < "$here/archive/dcm4chee-arc-telerad.json")"
device="$(substitute < "$here/archive/telerad-device.json")"
fhir="$(substitute < "$here/archive/telerad-fhir.json")"
if ! $with_fhir; then fhir='{"telerad":{"dcmWebApp":[]},"dcm4chee-arc":{"dcmExporter":[],"dcmExportRule":[]}}'; fi
if $static; then # Telerad's web apps take the static credential at /telerad/archive-rs instead of a Keycloak client
	to_static='map(.dcmWebServicePath = "/telerad/archive-rs" | del(.dcmKeycloakClientID) | .dcmProperty = [$auth])'
	device="$(jq --arg auth "$static_auth" ".dcmDevice.dcmWebApp |= $to_static" <<<"$device")"
	fhir="$(jq --arg auth "$static_auth" ".telerad.dcmWebApp |= $to_static" <<<"$fhir")"
fi
if ! $remove && ! $static; then
	: "${TELERAD_ARCHIVE_CLIENT_SECRET:?set TELERAD_ARCHIVE_CLIENT_SECRET (client telerad-archive)}"
fi
if ! $remove; then
	: "${TELERAD_PUBLIC_URL:?set TELERAD_PUBLIC_URL (Telerad as browsers reach it)}"
fi

if $dry_run; then
	archive='{"dicomDeviceName":"dcm4chee-arc","dicomNetworkConnection":[{"cn":"dicom"}],"dicomNetworkAE":[{"dicomAETitle":"DCM4CHEE","dicomTransferCapability":[]}],"dcmDevice":{"dcmWebApp":[{"dcmWebAppName":"DCM4CHEE","dcmProperty":["IID_STUDY_URL=","IID_URL_TARGET=","IID_PATIENT_URL="]}],"dcmArchiveDevice":{}}}'
else
	archive="$(get_device dcm4chee-arc)"
fi

# Merge (or remove) Telerad's entries by their keys; everything else on the device stays as it is.
merged="$(jq --argjson frag "$fragment" --argjson fhir "$fhir" --argjson remove "$remove" --argjson static "$static" '
	def upsert($key; $new): [ .[]? | select(.[$key] as $k | ($new | map(.[$key]) | index($k)) | not) ]
		+ (if $remove then [] else $new end);
	(.dicomNetworkConnection | map(.cn) | index("dicom")) as $dicom
	| (.dicomNetworkAE[]? | select(.dicomAETitle == "DCM4CHEE") | .dicomTransferCapability) as $tcs
	# --remove keeps AE TR_EU and storage eu-fs1: studies stored there must stay reachable.
	| if $remove then . else
		(.dicomNetworkAE |= upsert("dicomAETitle"; $frag.dicomNetworkAE
			| map(.dicomNetworkConnectionReference = ["/dicomNetworkConnection/\($dicom)"]
			      | .dicomTransferCapability = (.dicomTransferCapability // $tcs // []))))
		| .dcmDevice.dcmArchiveDevice.dcmStorage |= upsert("dcmStorageID"; $frag.dcmDevice.dcmArchiveDevice.dcmStorage)
	  end
	# with a static credential no web app uses the Keycloak client: it is removed (and its secret with it)
	| .dcmDevice.dcmKeycloakClient |= (if $static then
		[ .[]? | select(.dcmKeycloakClientID as $k | ($frag.dcmDevice.dcmKeycloakClient | map(.dcmKeycloakClientID) | index($k)) | not) ]
		else upsert("dcmKeycloakClientID"; $frag.dcmDevice.dcmKeycloakClient) end)
	| .dcmDevice.dcmArchiveDevice.dcmExporter |= upsert("dcmExporterID";
		$frag.dcmDevice.dcmArchiveDevice.dcmExporter + $fhir["dcm4chee-arc"].dcmExporter)
	| .dcmDevice.dcmArchiveDevice.dcmExportRule |= upsert("cn";
		$frag.dcmDevice.dcmArchiveDevice.dcmExportRule + $fhir["dcm4chee-arc"].dcmExportRule)
	| ($frag.dcmDevice.dcmWebApp[0].dcmProperty) as $iid
	| .dcmDevice.dcmWebApp |= map(if .dcmWebAppName == "DCM4CHEE" then
		.dcmProperty = ([ .dcmProperty[]? | select(startswith("IID_STUDY_URL=") or startswith("IID_URL_TARGET=") | not) ]
			+ (if $remove then ["IID_STUDY_URL=", "IID_URL_TARGET="] else $iid end))
		else . end)
	' <<<"$archive")"

if $remove; then
	put_device dcm4chee-arc <<<"$merged"
	if $dry_run; then echo "--- DELETE $ARCHIVE_URL/devices/telerad"
	else http "${auth[@]}" -X DELETE "$ARCHIVE_URL/devices/telerad" -o /dev/null -w 'Telerad: DELETE device telerad: %{http_code}\n'; fi
else
	jq --argjson fhir "$fhir" '.dcmDevice.dcmWebApp += $fhir.telerad.dcmWebApp' <<<"$device" | put_device telerad
	put_device dcm4chee-arc <<<"$merged"
fi
if $dry_run; then echo "--- POST $ARCHIVE_URL/ctrl/reload"; exit 0; fi
http -f "${auth[@]}" -X POST "$ARCHIVE_URL/ctrl/reload" -o /dev/null
echo "Telerad: archive configuration reloaded"
