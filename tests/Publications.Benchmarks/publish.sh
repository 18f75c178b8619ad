#!/usr/bin/env bash
# Publishes the app as every script here measures it: sourced by load.sh, startup.sh, soak.sh and compare.sh, not
# run on its own.
publish_app() { # repository root (or a worktree of it), output folder
  publish_project "$1/src/Publications.Web" "$2"
}
publish_project() { # project folder, output folder; Release, ReadyToRun; the build's log goes to FOLDER.publish.log
  dotnet publish "$1" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
    -o "$2" --nologo -v quiet >"$2.publish.log" 2>&1 || { cat "$2.publish.log" >&2; return 1; }
}
