#!/bin/bash
# Sourced by the image's docker-entrypoint.sh before WildFly starts (replaces the image's /setenv.sh, which is
# kept as /setenv-dcm4chee.sh and sourced first, so everything it sets stays as it was).

. "${TELERAD_SETENV_ORIGINAL:-/setenv-dcm4chee.sh}"

# TELERAD_DB_PASSWORD or TELERAD_DB_PASSWORD_FILE (Docker secret), as the image does for POSTGRES_PASSWORD.
file_env 'TELERAD_DB_PASSWORD'

TELERAD_WAR=telerad.war
case "${TELERAD_DEPLOY:-auto}" in
	true|false) ;;
	auto) if [ "$WILDFLY_DEPLOY_UI" = 'only' ]; then TELERAD_DEPLOY=false; else TELERAD_DEPLOY=true; fi ;;
	*) echo >&2 "error: TELERAD_DEPLOY must be auto, true or false (is '$TELERAD_DEPLOY')"; exit 1 ;;
esac

if [ "$TELERAD_DEPLOY" = 'true' ]; then
	# WILDFLY_DEPLOY_UI=false|only: the image lists single files; add Telerad's WAR to that list.
	# Unset (WILDFLY_DEPLOY_UI=true): the entrypoint copies the whole deployments folder, telerad.war included.
	if [ -n "$WILDFLY_DEPLOYMENTS" ]; then
		WILDFLY_DEPLOYMENTS="$WILDFLY_DEPLOYMENTS $TELERAD_WAR"
	fi
	WILDFLY_INIT="${WILDFLY_INIT:+$WILDFLY_INIT }/docker-entrypoint.d/telerad/telerad-init.sh"
else
	if [ -z "$WILDFLY_DEPLOYMENTS" ]; then
		WILDFLY_DEPLOYMENTS=$(cd "${TELERAD_DEPLOYMENTS_SOURCE:-/docker-entrypoint.d/deployments}" && ls | grep -vx "$TELERAD_WAR" | tr '\n' ' ')
	fi
	# The entrypoint only removes WARs missing from /docker-entrypoint.d/deployments; telerad.war is there.
	rm -fv "$JBOSS_HOME/standalone/deployments/$TELERAD_WAR" "$JBOSS_HOME/standalone/deployments/$TELERAD_WAR".*
fi
