#!/usr/bin/env bash
# Install the Debian packages the test servers need (Dovecot IMAP) without
# letting the distribution start its own system-wide dovecot: the test suite
# runs private dovecot instances on free ports, and a system one would only
# take port 143/993 and waste memory.  Safe to run any number of times.
set -euo pipefail

PACKAGES=(dovecot-core dovecot-imapd ca-certificates chromium fonts-dejavu-core)

if [[ $(id -u) -ne 0 ]]; then
    echo "install-debian.sh: must run as root" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive

POLICY=/usr/sbin/policy-rc.d
BACKUP=""

restore_policy() {
    # Put back whatever policy-rc.d was there before (Docker images ship one).
    if [[ -n "$BACKUP" && -e "$BACKUP" ]]; then
        mv -f "$BACKUP" "$POLICY"
    else
        rm -f "$POLICY"
    fi
}

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]})); then
    if [[ -e "$POLICY" ]]; then
        BACKUP=$(mktemp /usr/sbin/policy-rc.d.bak.XXXXXX)
        cp -p "$POLICY" "$BACKUP"
    fi
    trap restore_policy EXIT
    # exit 101 = "action forbidden": invoke-rc.d / deb-systemd-invoke will
    # not start dovecot from the package's postinst.
    printf '#!/bin/sh\nexit 101\n' >"$POLICY"
    chmod 755 "$POLICY"

    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"

    restore_policy
    trap - EXIT
else
    echo "install-debian.sh: ${PACKAGES[*]} already installed"
fi

# Make sure no system dovecot runs or comes back at boot.
if command -v systemctl >/dev/null 2>&1; then
    if [[ -d /run/systemd/system ]]; then
        systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
    else
        # systemd is not PID 1 (containers): disable only edits symlinks.
        systemctl disable dovecot.service dovecot.socket >/dev/null 2>&1 || true
    fi
fi
if command -v update-rc.d >/dev/null 2>&1 && [[ -e /etc/init.d/dovecot ]]; then
    update-rc.d dovecot disable >/dev/null 2>&1 || true
fi
# A system dovecot started some other way: stop it through its own pid file
# (only the default base_dir; the tests' private instances are untouched).
if [[ -s /run/dovecot/master.pid ]]; then
    pid=$(cat /run/dovecot/master.pid)
    if kill -0 "$pid" 2>/dev/null; then
        echo "install-debian.sh: stopping system dovecot (pid $pid)"
        kill -TERM "$pid" || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
fi

# The unprivileged owner of the test mail stores (dovecot refuses root).
if ! getent group iwtest >/dev/null; then
    groupadd --system iwtest
fi
if ! getent passwd iwtest >/dev/null; then
    useradd --system --gid iwtest --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin iwtest
fi

dovecot --version
