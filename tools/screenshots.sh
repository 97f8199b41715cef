#!/bin/sh
# The window's screens for docs/screenshots: drawn headless on synthetic
# data by examples/screens.rs (iced's tiny-skia renderer, at twice the
# window's logical 1280x720), then scaled to 1280x720 and to 1920x1080 —
# the window enlarges itself 1.5x on a 1920x1080 screen, so both show the
# same layout. Needs ImageMagick's `convert`.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet --example screens -- "$tmp"
for f in "$tmp"/*.png; do
    name=$(basename "$f" .png)        # board-kk
    screen=${name%-*}                 # board
    lang=${name##*-}                  # kk
    convert "$f" -resize 1280x720 "docs/screenshots/$screen-1280x720-$lang.png"
    convert "$f" -resize 1920x1080 "docs/screenshots/$screen-1920x1080-$lang.png"
done
ls docs/screenshots
