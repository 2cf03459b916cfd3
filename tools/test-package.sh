#!/bin/sh
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, as a user gets it (docs/packaging.md): built (tools/package.sh), installed
# with apt (its dependencies with it), run from /usr (the command line on the demo study, the
# window under Xvfb on a study passed as the file manager passes it), its desktop entry, metadata,
# icon and MIME type checked, then removed, leaving nothing behind.
#
#   tools/test-package.sh               on this machine (refuses if a vigie package is installed)
#   tools/test-package.sh --clean-root  in a fresh minimal Debian 12 made by debootstrap in a
#                                       temporary folder: only what the package's dependencies
#                                       bring is there, so a missing dependency shows
#
# Needs root or sudo: it installs into /usr (or makes and enters the chroot).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
fail() { echo "test-package: $*" >&2; exit 1; }
clean=""
[ "${1:-}" = "--clean-root" ] && clean=yes

deb=$("$root/tools/package.sh")
echo "== $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends Recommends

sys="" # the system the package goes into: / or the chroot
within() { if [ -n "$sys" ]; then $sudo chroot "$sys" "$@"; else "$@"; fi; }
tools="xvfb xauth desktop-file-utils appstream"
if [ -n "$clean" ]; then
    sys=$(mktemp -d /tmp/vigie-clean-root.XXXXXX)
    chmod 755 "$sys" # apt downloads as _apt
    cleanup() {
        for m in dev/pts dev proc sys; do $sudo umount "$sys/$m" 2>/dev/null || true; done
        $sudo rm -rf "$sys"
    }
    trap cleanup EXIT
    mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
    mirror=${mirror:-http://deb.debian.org/debian}
    echo "== a fresh Debian 12 in $sys (debootstrap, minbase, from $mirror)"
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq debootstrap >/dev/null
    $sudo debootstrap --variant=minbase bookworm "$sys" "$mirror" >/dev/null
    for m in proc sys dev dev/pts; do $sudo mount --bind "/$m" "$sys/$m"; done
    $sudo cp "$deb" "$sys/tmp/"
    target="/tmp/$(basename "$deb")"
    within apt-get update -qq
else
    if dpkg-query -W -f='${Status}' vigie 2>/dev/null | grep -q "install ok installed"; then
        fail "a vigie package is installed already; remove it first (apt-get remove vigie)"
    fi
    target="$deb"
fi

echo "== install (and the test's own tools: $tools)"
within env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 \
    "$target" $tools >/dev/null
work=$(within mktemp -d)
[ -n "$clean" ] || trap 'rm -rf "$work"' EXIT

echo "== the installed command line"
version=$(within /usr/bin/vigie-cli --version)
echo "$version"
case "$version" in *"(data: /usr/share/vigie)"*) ;; *) fail "vigie-cli does not read /usr/share/vigie" ;; esac
within /usr/bin/vigie-cli demo --db "$work/demo.vigie" >/dev/null
within /usr/bin/vigie-cli stats --db "$work/demo.vigie" --by size --themes numerique | grep -q "^  All	268	161" \
    || fail "the demo study's figures from the installed vigie-cli are not the documented ones"

echo "== desktop entry, metadata, icon, MIME type"
within desktop-file-validate /usr/share/applications/fr.vigie.Vigie.desktop
within appstreamcli validate --no-net /usr/share/metainfo/fr.vigie.Vigie.metainfo.xml >/dev/null
for size in 16 32 48 128 256; do
    [ -s "$sys/usr/share/icons/hicolor/${size}x${size}/apps/fr.vigie.Vigie.png" ] || fail "no ${size}px icon"
done
[ -s "$sys/usr/share/icons/hicolor/scalable/apps/fr.vigie.Vigie.svg" ] || fail "no scalable icon"
grep -q "application/x-vigie-study:\*\.vigie" "$sys/usr/share/mime/globs2" || fail "*.vigie is not a known MIME type"
grep -q "application/x-vigie-study=fr.vigie.Vigie.desktop" "$sys/usr/share/applications/mimeinfo.cache" \
    || fail "the desktop does not know Vigie opens studies"

echo "== the installed window, on a study opened as a double-click opens it"
within mkdir -p "$work/config/Vigie"
within sh -c "printf '[General]\nlanguage=fr\n' > '$work/config/Vigie/Vigie.conf'"
within env XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" timeout 300 \
    xvfb-run -a -s "-screen 0 1280x820x24" /usr/bin/vigie "$work/demo.vigie" --screenshots "$work/shots" 2>/dev/null
[ -s "$sys$work/shots/01-dashboard.png" ] || fail "the installed window did not show the dashboard"
echo "$(ls "$sys$work/shots" | grep -c '\.png$') screenshots taken by /usr/bin/vigie"
[ -z "${VIGIE_PACKAGE_SHOTS:-}" ] || { mkdir -p "$VIGIE_PACKAGE_SHOTS"; cp "$sys$work"/shots/*.png "$VIGIE_PACKAGE_SHOTS/"; }

echo "== remove"
within env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq vigie >/dev/null
for f in /usr/bin/vigie /usr/bin/vigie-cli /usr/share/vigie /usr/share/doc/vigie \
         /usr/share/applications/fr.vigie.Vigie.desktop /usr/share/metainfo/fr.vigie.Vigie.metainfo.xml \
         /usr/share/icons/hicolor/48x48/apps/fr.vigie.Vigie.png /usr/share/mime/packages/fr.vigie.Vigie.xml; do
    [ ! -e "$sys$f" ] || fail "$f is still there after removal"
done
! grep -q "application/x-vigie-study" "$sys/usr/share/mime/globs2" || fail "the MIME type is still known after removal"
[ -n "$clean" ] || rm -rf "$work"
echo "== package installed, run and removed cleanly${clean:+ in a fresh Debian 12}"
