#!/usr/bin/env bash
# A private PulseAudio server with a silent speaker and a virtual microphone, for the tests
# that drive the real QtMultimedia capture and playback paths (tests/real_audio) on a
# machine without a sound card, such as CI.
#
#   eval "$(bash scripts/virtual-audio.sh start DIR)"   # prints: export PULSE_SERVER=...
#   paplay --device=micsink speech.wav                  # what the microphone "hears"
#   parec --device=speakers.monitor > out.raw           # what the app played
#   bash scripts/virtual-audio.sh stop DIR
#
# DIR is a folder of your own; keep its path short (a socket path has at most 107 bytes).
# The server runs until `stop`; with VIRTUAL_AUDIO_EXIT_IDLE=SECONDS it also ends that long
# after its last client left (tests set it: a killed test run leaves no server behind).
# Needs Debian's pulseaudio and pulseaudio-utils (scripts/apt-packages.txt). Speech for the
# microphone: espeak-ng -v nl -w speech.wav "de heftruck"
set -eu
cmd=${1:?usage: virtual-audio.sh start|stop DIR}
dir=${2:?usage: virtual-audio.sh start|stop DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
server="unix:$dir/native"

start() {
  cat > "$dir/default.pa" <<PA
load-module module-native-protocol-unix auth-anonymous=1 socket=$dir/native
load-module module-null-sink sink_name=speakers sink_properties=device.description=Speakers
load-module module-null-sink sink_name=micsink sink_properties=device.description=MicFeed
load-module module-remap-source source_name=mic master=micsink.monitor source_properties=device.description=Microphone
set-default-sink speakers
set-default-source mic
PA
  # -n: no system configuration, only the modules above.
  HOME="$dir" XDG_RUNTIME_DIR="$dir" pulseaudio --daemonize=yes \
    --exit-idle-time="${VIRTUAL_AUDIO_EXIT_IDLE:--1}" \
    --disallow-exit --system=false -n -F "$dir/default.pa" \
    --log-target=file:"$dir/pulse.log" >/dev/null 2>&1 || true
  for _ in $(seq 100); do
    PULSE_SERVER=$server pactl list short sources 2>/dev/null | grep -q $'\tmic\t' && break
    sleep 0.05
  done
  if ! PULSE_SERVER=$server pactl list short sources 2>/dev/null | grep -q $'\tmic\t'; then
    echo "echo 'PulseAudio did not start: see $dir/pulse.log' >&2; false"
    exit 1
  fi
  echo "export PULSE_SERVER=$server"
}

stop() {
  # `pactl exit` is refused (--disallow-exit): end the daemon by its pid file.
  local pid
  pid=$(cat "$dir/pulse/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.05; done
}

case "$cmd" in
start) start ;;
stop) stop ;;
*) echo "usage: virtual-audio.sh start|stop DIR" >&2; exit 2 ;;
esac
