#!/bin/sh
# Regenerates the README screenshots with the app itself (issue 7, point 14): the three seed
# templates at fit, the inspector on a Choice and on a Task with Retry/Catch, and the code view,
# each in light and dark; and executions (issue 8, point 11): paused on a pending approval, a Map
# with iterations, the data-flow view and a failed execution. Needs no display.
# Usage: make-screenshots.sh [path/to/stepwise]
set -e
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-"$here/../../build/bin/stepwise"}
templates="$here/../templates"
gui="$(dirname "$bin")/stepwise-gui" # the --run-* options are the window's own
input="@$here/../../tests/data/run/seed-orchestration-input.json"
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
    # Executions: the seed paused on its approval, the data flow of its Validate Input step,
    # a Map following one iteration, and a Map whose iteration fails the execution.
    "$gui" "$templates/seed-step-functions-orchestration.asl.json" --theme $theme \
        --docks none --run-input "$input" --run-docks callbacks,history \
        --screenshot "$here/run-paused-approval-$theme.png"
    "$gui" "$templates/seed-step-functions-orchestration.asl.json" --theme $theme \
        --docks none --run-input "$input" --run-docks history --run-event 6 \
        --run-dataflow --screenshot "$here/run-data-flow-$theme.png"
    "$gui" "$here/map-orders.asl.json" --theme $theme --docks none \
        --run-input '{"orders": [{"amount": 20}, {"amount": 400}, {"amount": 60}]}' \
        --run-follow 1 --run-docks history --screenshot "$here/run-map-iterations-$theme.png"
    "$gui" "$here/map-orders.asl.json" --theme $theme --docks none \
        --run-input '{"orders": [{"amount": 20}, {"amount": 4000}, {"amount": 60}]}' \
        --run-docks history --screenshot "$here/run-failed-$theme.png"
done
# The window in Simplified Chinese (the UI language follows LANGUAGE / LANG).
LANGUAGE=zh_CN "$bin" "$templates/seed-step-functions-orchestration.asl.json" --theme light \
    --docks palette,inspector,problems --select "Order Type?" \
    --screenshot "$here/window-zh_CN-light.png"
