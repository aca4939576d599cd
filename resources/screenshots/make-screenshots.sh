#!/bin/sh
# Regenerates the README screenshots with the app itself (issue 7, point 14): the three seed
# templates at fit, the inspector on a Choice and on a Task with Retry/Catch, and the code view,
# each in light and dark. Needs no display. Usage: make-screenshots.sh [path/to/stepwise]
set -e
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-"$here/../../build/bin/stepwise"}
templates="$here/../templates"
export QT_QPA_PLATFORM=offscreen
for theme in light dark; do
    for seed in step-functions-orchestration serverless-event-processing multi-cloud-serverless; do
        "$bin" "$templates/seed-$seed.fz" --theme $theme --docks none \
            --screenshot "$here/seed-$seed-$theme.png"
    done
    "$bin" "$templates/seed-step-functions-orchestration.asl.json" --theme $theme \
        --docks palette,inspector,problems --select "Order Type?" \
        --screenshot "$here/inspector-choice-$theme.png"
    "$bin" "$templates/seed-step-functions-orchestration.asl.json" --theme $theme \
        --docks palette,inspector,problems --select "Validate Input (Task)" \
        --screenshot "$here/inspector-task-$theme.png"
    "$bin" "$templates/seed-serverless-event-processing.fz" --theme $theme --docks code \
        --screenshot "$here/code-view-$theme.png"
done
# The window in Simplified Chinese (the UI language follows LANGUAGE / LANG).
LANGUAGE=zh_CN "$bin" "$templates/seed-step-functions-orchestration.asl.json" --theme light \
    --docks palette,inspector,problems --select "Order Type?" \
    --screenshot "$here/window-zh_CN-light.png"
