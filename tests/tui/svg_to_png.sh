#!/bin/sh
# Render a Textual SVG snapshot to PNG for review: rsvg-convert drops the leading/trailing
# non-breaking spaces of each <text> run unless told to preserve space, which makes correct
# snapshots look as if the words next to a highlighted term were glued ("Putinexpressed").
# Usage: tests/tui/svg_to_png.sh snapshot.svg out.png
sed 's/<svg class=/<svg xml:space="preserve" class=/' "$1" | rsvg-convert -w 1200 -o "$2"
