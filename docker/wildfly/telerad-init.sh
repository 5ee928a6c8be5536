#!/bin/bash
# WILDFLY_INIT script (listed by /setenv.sh): sourced once per container by the entrypoint, as root, after the
# configuration XMLs were copied and before WildFly starts. Adds telerad.cli to the server configuration
# the entrypoint is about to start (the "-c <file>" in SYS_PROPS), unless that file already has it.

telerad_configure_wildfly() {
	local config xml script
	config=$(sed -n 's/.*-c \([^ ]*\).*/\1/p' <<<"$SYS_PROPS")
	config=${config:-dcm4chee-arc.xml}
	xml="$JBOSS_HOME/standalone/configuration/$config"
	if [ ! -f "$xml" ]; then
		echo >&2 "Telerad: $xml not found; WildFly not configured for telerad.war"
		return 1
	fi
	if grep -q 'TeleradDS' "$xml" && grep -q 'secure-deployment name="telerad.war"' "$xml"; then
		echo "Telerad: $config already configured"
		return 0
	fi
	script=$(mktemp /tmp/telerad-XXXXXX.cli)
	{
		echo "embed-server --server-config=$config --std-out=discard"
		cat /docker-entrypoint.d/telerad/telerad.cli
		echo "stop-embedded-server"
	} > "$script"
	chmod 644 "$script"
	echo "Telerad: configuring $config"
	local rc=0
	chroot --userspec=wildfly:wildfly / "$JBOSS_HOME/bin/jboss-cli.sh" --file="$script" || rc=$?
	rm -f "$script"
	return $rc
}

# The entrypoint runs with set -e: a failure here must not keep the archive from starting.
telerad_configure_wildfly || echo >&2 "Telerad: WildFly configuration failed; telerad.war cannot start without it"
