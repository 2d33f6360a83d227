# Sourced by .ci/run and scripts/test.sh. Some machines (this project's CI among them) come with /dev/null as a
# regular file. Then what one program writes to "/dev/null" (a build script's rustc probe: rustix sends its
# warnings there) is what the next one reads from it: cargo's target-info probe reads its source from
# /dev/null, failed on those warnings ("failed to run `rustc` to learn about target-specific information"),
# cached the failure in target/.rustc_info.json, and stopped every later cargo command. Put the device back.
if [ ! -c /dev/null ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "note: /dev/null is not a character device here; recreating it (mknod c 1 3)" >&2
  $sudo rm -f /dev/null && $sudo mknod -m 666 /dev/null c 1 3
  # A failed probe cached while /dev/null was a file would outlive the fix.
  rm -f target/.rustc_info.json fuzz/target/.rustc_info.json
fi
